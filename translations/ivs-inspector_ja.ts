<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AppProfileStore</name>
    <message>
        <source>the keychain entry is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsError</name>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the region, account and ID in the ARN are right and that the ingest configuration was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the request as invalid: check the ARN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are valid but not allowed to do this: check the IAM policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are valid but not allowed to do this: the IAM policy needs %1 on this resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials were not accepted: check the access key, the secret and the session token, and renew them if they have expired. Also check that this computer&apos;s clock is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVS allows 5 requests a second per account and region. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service had a problem. Try again in a moment; if it persists, check the AWS Health Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the service&apos;s message above for the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection, any proxy, and the endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection could not be set up: check the system&apos;s date and CA certificates, and any proxy that intercepts HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not answer in time. Check the network, or raise the timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was cut short or is not what IVS sends. Try again; if you use a custom endpoint, check that it is an IVS Real-Time endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is far larger than any IVS reply: check that the endpoint URL points at IVS Real-Time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsHttpCall</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing arrived for %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was refused because it is larger than %1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2 bytes of the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsIniFile</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section [%1] appears a second time; its keys are added to the first one, but the AWS CLI rejects the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes before the first [section] header; it is ignored here, but the AWS CLI rejects the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a [section] header nor a &quot;key = value&quot; line; it is ignored here, but the AWS CLI rejects the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no key before the &quot;%2&quot;; it is ignored here, but the AWS CLI rejects the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; in section [%2] was already set on line %3; the later value is used here, but the AWS CLI rejects the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; under &quot;%2&quot; has no &quot;=&quot;; it is ignored here, but the AWS CLI rejects the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsSharedConfig</name>
    <message>
        <source>%1 cannot be read (%2); its settings are not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; the AWS CLI rejects it. Save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the section [%2] is ignored, as the AWS CLI ignores it. Write it as [%3 NAME], with quotes around a name that contains spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sections [%2] and [%3] both define the profile &quot;%4&quot;; only [%3] is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: both [default] and [%2] define the default profile; [%2] is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 names services section %2, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 names services section %2, which is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialProcess</name>
    <message>
        <source>The credential process printed something that is not JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential process printed an unsupported Version; only Version 1 is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential process&apos;s output lacks AccessKeyId or SecretAccessKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential process&apos;s Expiration &quot;%1&quot; is not an ISO 8601 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential process &quot;%1&quot; could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not finish within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential process &quot;%1&quot; %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>Unable to locate credentials. Add a profile (ivs-inspector configure), set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or name a profile with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials of profile %1 could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config profile (%1) could not be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 has no credentials: it needs aws_access_key_id and aws_secret_access_key, role_arn, an SSO configuration or credential_process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 names sso_session %2, but the config file has no [sso-session %2] section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 is an SSO profile but lacks one of sso_start_url, sso_region, sso_account_id and sso_role_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;aws sso login --profile %1&quot;, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 has no SSO login: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSO session of profile %1 expired at %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSO portal refused the login of profile %1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM Identity Center could not give credentials for profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 has both source_profile and credential_source; keep only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 has role_arn but neither source_profile nor credential_source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 needs an MFA code (mfa_serial), but there is no way to ask for one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MFA code was entered for profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 uses credential_source = %2, which only works on AWS compute; ivs-inspector supports Environment or a source_profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 takes its source credentials from the environment, but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source_profile settings form a loop (%1); a chain of roles must end in a profile with keys, SSO or credential_process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 could not assume its role: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS answered AssumeRole for profile %1 without credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialSource</name>
    <message>
        <source>no credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared credentials file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM Identity Center (SSO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumed role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles kept by IVS Ingest Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for temporary credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask AWS STS who these credentials belong to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain. Profiles from ~/.aws are used as they are and are not shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name of letters, digits and _ . @ + - (it starts with a letter or digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access key ID and a secret access key are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name such as us-east-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 is held in memory until the app closes; nothing was written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These credentials work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They belong to account %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointResolver</name>
    <message>
        <source>&quot;%1&quot; is not a usable endpoint URL: it needs a scheme and a host, such as https://ivsrealtime.us-east-1.amazonaws.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; must not contain a query or a fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region is known: give an ARN, which names its region, or pass --region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile&apos;s endpoint_url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVS Real-Time is not known to run in %1; it runs in %2. The request is sent anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>IVS Ingest Inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IngestConfigModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not returned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Redundant ingest credentials (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Encoder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Other members (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingest protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not associated with a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redundant ingest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IngestConfiguration</name>
    <message>
        <source>The member &quot;%1&quot; should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; should be a map of names to text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; in &quot;%2&quot; should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; should be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry of &quot;%1&quot; should be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has no &quot;ingestConfiguration&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; should be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IngestConfigurationArn</name>
    <message>
        <source>Enter the ARN of an ingest configuration, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an ARN: an ARN starts with &quot;arn:&quot;. Copy the ingest configuration&apos;s ARN from the IVS console or from &quot;aws ivs-realtime list-ingest-configurations&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ARN is incomplete: it has %1 of the 6 parts separated by colons. An ingest configuration ARN looks like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVS Real-Time ARNs use the &quot;aws&quot; partition, but this one uses &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVS Real-Time ARNs name the service &quot;ivs&quot;, not &quot;ivsrealtime&quot;: use arn:aws:ivs:….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an ARN of another AWS service (&quot;%1&quot;), not of IVS. Paste the ARN of an ingest configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a stage ARN. Paste the ARN of an ingest configuration instead; it contains &quot;:ingest-configuration/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ARN names an IVS &quot;%1&quot;, not an ingest configuration; the resource part must start with &quot;ingest-configuration/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region is missing: the fourth part of the ARN must name a region such as us-east-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is not valid: regions use only lower-case letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account ID is missing: the fifth part of the ARN must be a 12-digit AWS account ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account ID &quot;%1&quot; is not 12 digits: check that the ARN was copied completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ingest configuration ID is missing after &quot;ingest-configuration/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ingest configuration ID contains &quot;%1&quot;, but IDs use only letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ARN is %1 characters long; the service accepts at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IvsCall</name>
    <message>
        <source>No credentials were given for the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply (%1 bytes) is not valid JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is not what %1 returns: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>System keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>C&amp;redentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVS Ingest Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The clipboard holds a stream key; it is cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the account and identity behind this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account of the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ARN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingest configuration ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more ARNs, separated by spaces or new lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arn:aws:ivs:REGION:ACCOUNT:ingest-configuration/ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARN check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;ARN field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About IVS Ingest Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About IVS Ingest Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;IVS Ingest Inspector&lt;/b&gt; %1&lt;br&gt;Inspect Amazon IVS Real-Time ingest configurations.&lt;br&gt;Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (environment variables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARN %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVS Real-Time is not known to run in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These credentials are for account %1, but the ARN is in account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the ARN of an ingest configuration, or several, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot inspect yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1 · account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ARNs, each inspected in its own tab.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the request budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys came from the environment (AWS_ACCESS_KEY_ID %1): set fresh ones and restart, or pick a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys came from %1 (%2): update them under Credentials….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys came from IAM Identity Center for %1: run &quot;aws sso login --profile %2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys came from %1 (%2): check its settings in the AWS configuration files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) belongs to account %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 needs a code from the MFA device %2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>This session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds before a copied stream key is cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear a copied stream key &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when the app starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Fields of the ingest configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views of the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the ingest configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARN of the ingest configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the stream key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the stream key for a while (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the stream key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the stream key; the clipboard is cleared again after a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stream key copied. The clipboard is cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not associated with a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ingest configuration has no stage, so its stream key cannot be used: an encoder that connects with it is refused. This typically follows DisconnectParticipant or DeleteStage; associate it with a stage again (UpdateIngestConfiguration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the stream key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown. Press Ctrl+H to hide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden. Press Ctrl+H to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no entry for this profile%1. Enter the credentials again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available%1. On Linux it needs a desktop session with a Secret Service such as GNOME Keyring or KWallet. Credentials can be kept for this session only; nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access%1. Unlock it (for example by logging in again) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer%1. It may be waiting for an unlock prompt that cannot be shown; unlock it and retry, or keep the credentials for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SsoRoleCredentialsCall</name>
    <message>
        <source>The SSO portal&apos;s reply has no usable role credentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SsoTokenCache</name>
    <message>
        <source>there is no cached SSO token (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cached SSO token in %1 is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A publisher is streaming to the stage now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is being published to the stage right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of the ingest configuration is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StsCall</name>
    <message>
        <source>The STS reply to %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result element</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
