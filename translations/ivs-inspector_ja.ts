<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AppProfileStore</name>
    <message>
        <source>the keychain entry is damaged</source>
        <translation>キーチェーンのエントリが破損しています</translation>
    </message>
</context>
<context>
    <name>AwsError</name>
    <message>
        <source>No error</source>
        <translation>エラーなし</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>無効なリクエスト</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>アクセス拒否</translation>
    </message>
    <message>
        <source>Credentials rejected</source>
        <translation>認証情報が拒否されました</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>リクエストが多すぎます</translation>
    </message>
    <message>
        <source>Service error</source>
        <translation>サービスエラー</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>リクエストが拒否されました</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>安全な接続に失敗しました</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Unreadable reply</source>
        <translation>応答を読み取れません</translation>
    </message>
    <message>
        <source>Reply too large</source>
        <translation>応答が大きすぎます</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>Check that the region, account and ID in the ARN are right and that the ingest configuration was not deleted.</source>
        <translation>ARN のリージョン、アカウント、ID が正しいこと、および取り込み設定が削除されていないことを確認してください。</translation>
    </message>
    <message>
        <source>The service refused the request as invalid: check the ARN.</source>
        <translation>サービスはリクエストを無効として拒否しました。ARN を確認してください。</translation>
    </message>
    <message>
        <source>The credentials are valid but not allowed to do this: check the IAM policy.</source>
        <translation>認証情報は有効ですが、この操作は許可されていません。IAM ポリシーを確認してください。</translation>
    </message>
    <message>
        <source>The credentials are valid but not allowed to do this: the IAM policy needs %1 on this resource.</source>
        <translation>認証情報は有効ですが、この操作は許可されていません。IAM ポリシーでこのリソースに対する %1 を許可する必要があります。</translation>
    </message>
    <message>
        <source>The credentials were not accepted: check the access key, the secret and the session token, and renew them if they have expired. Also check that this computer&apos;s clock is right.</source>
        <translation>認証情報が受け入れられませんでした。アクセスキー、シークレット、セッショントークンを確認し、有効期限が切れている場合は更新してください。また、このコンピューターの時計が正しいことも確認してください。</translation>
    </message>
    <message>
        <source>IVS allows 5 requests a second per account and region. Wait a moment and try again.</source>
        <translation>IVS では、アカウントおよびリージョンごとに 1 秒あたり 5 リクエストまで許可されています。しばらく待ってから再試行してください。</translation>
    </message>
    <message>
        <source>The service had a problem. Try again in a moment; if it persists, check the AWS Health Dashboard.</source>
        <translation>サービスで問題が発生しました。しばらくしてから再試行してください。問題が解決しない場合は、AWS Health Dashboard を確認してください。</translation>
    </message>
    <message>
        <source>Read the service&apos;s message above for the reason.</source>
        <translation>理由については、上記のサービスからのメッセージを参照してください。</translation>
    </message>
    <message>
        <source>Check the network connection, any proxy, and the endpoint URL.</source>
        <translation>ネットワーク接続、プロキシ (使用している場合)、エンドポイント URL を確認してください。</translation>
    </message>
    <message>
        <source>The secure connection could not be set up: check the system&apos;s date and CA certificates, and any proxy that intercepts HTTPS.</source>
        <translation>安全な接続を確立できませんでした。システムの日付と CA 証明書、および HTTPS を傍受するプロキシがあればその設定を確認してください。</translation>
    </message>
    <message>
        <source>The service did not answer in time. Check the network, or raise the timeout.</source>
        <translation>サービスが時間内に応答しませんでした。ネットワークを確認するか、タイムアウトを長くしてください。</translation>
    </message>
    <message>
        <source>The reply was cut short or is not what IVS sends. Try again; if you use a custom endpoint, check that it is an IVS Real-Time endpoint.</source>
        <translation>応答が途中で切れているか、IVS が返す形式ではありません。再試行してください。カスタムエンドポイントを使用している場合は、それが IVS Real-Time のエンドポイントであることを確認してください。</translation>
    </message>
    <message>
        <source>The reply is far larger than any IVS reply: check that the endpoint URL points at IVS Real-Time.</source>
        <translation>応答が IVS の応答としては大きすぎます。エンドポイント URL が IVS Real-Time を指していることを確認してください。</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP ステータス %1</translation>
    </message>
    <message>
        <source>Insecure endpoint</source>
        <translation>安全でないエンドポイント</translation>
    </message>
    <message>
        <source>Signed requests go over plain http:// only to this computer (localhost). Use https://, or allow this host explicitly (--allow-http-endpoint, or Preferences in the window).</source>
        <translation>署名付きリクエストを暗号化されていない http:// で送信できるのは、このコンピューター (localhost) 宛ての場合のみです。https:// を使用するか、このホストを明示的に許可してください (--allow-http-endpoint、またはウィンドウの [環境設定])。</translation>
    </message>
</context>
<context>
    <name>AwsHttpCall</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 seconds.</source>
        <translation>%2 秒以内に %1 に接続できませんでした。</translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing arrived for %2 seconds.</source>
        <translation>%1 が応答しなくなりました。%2 秒間データを受信していません。</translation>
    </message>
    <message>
        <source>The reply was refused because it is larger than %1 KiB.</source>
        <translation>応答が %1 KiB を超えているため、受け付けませんでした。</translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2 bytes of the reply.</source>
        <translation>応答を %1 / %2 バイト受信した時点で接続が閉じられました。</translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The endpoint %1 uses plain http://, which would expose the signed request to anyone on the network; nothing was sent.</source>
        <translation>エンドポイント %1 は暗号化されていない http:// を使用しているため、署名付きリクエストがネットワーク上の誰にでも見えてしまいます。何も送信していません。</translation>
    </message>
    <message>
        <source>the computer&apos;s clock is off</source>
        <translation>コンピューターの時計がずれています</translation>
    </message>
</context>
<context>
    <name>AwsIniFile</name>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 の %2 行目</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the section [%1] appears a second time; its keys are added to the first one, but the AWS CLI rejects the whole file.</source>
        <translation>セクション [%1] が 2 回出現しています。ここではそのキーは最初のセクションに追加されますが、AWS CLI はファイル全体を拒否します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes before the first [section] header; it is ignored here, but the AWS CLI rejects the whole file.</source>
        <translation>&quot;%1&quot; は最初の [section] ヘッダーより前にあります。ここでは無視されますが、AWS CLI はファイル全体を拒否します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a [section] header nor a &quot;key = value&quot; line; it is ignored here, but the AWS CLI rejects the whole file.</source>
        <translation>&quot;%1&quot; は [section] ヘッダーでも &quot;key = value&quot; 行でもありません。ここでは無視されますが、AWS CLI はファイル全体を拒否します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no key before the &quot;%2&quot;; it is ignored here, but the AWS CLI rejects the whole file.</source>
        <translation>&quot;%1&quot; には &quot;%2&quot; の前にキーがありません。ここでは無視されますが、AWS CLI はファイル全体を拒否します。</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; in section [%2] was already set on line %3; the later value is used here, but the AWS CLI rejects the whole file.</source>
        <translation>セクション [%2] のキー &quot;%1&quot; は %3 行目ですでに設定されています。ここでは後の値が使用されますが、AWS CLI はファイル全体を拒否します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; under &quot;%2&quot; has no &quot;=&quot;; it is ignored here, but the AWS CLI rejects the whole file.</source>
        <translation>&quot;%2&quot; の下の &quot;%1&quot; に &quot;=&quot; がありません。ここでは無視されますが、AWS CLI はファイル全体を拒否します。</translation>
    </message>
</context>
<context>
    <name>AwsSharedConfig</name>
    <message>
        <source>%1 cannot be read (%2); its settings are not used.</source>
        <translation>%1 を読み取れません (%2)。その設定は使用されません。</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; the AWS CLI rejects it. Save it as UTF-8.</source>
        <translation>%1 は有効な UTF-8 ではないため、AWS CLI はこのファイルを拒否します。UTF-8 で保存してください。</translation>
    </message>
    <message>
        <source>config file</source>
        <translation>config ファイル</translation>
    </message>
    <message>
        <source>credentials file</source>
        <translation>credentials ファイル</translation>
    </message>
    <message>
        <source>%1: the section [%2] is ignored, as the AWS CLI ignores it. Write it as [%3 NAME], with quotes around a name that contains spaces.</source>
        <translation>%1: セクション [%2] は AWS CLI と同様に無視されます。[%3 NAME] の形式で記述し、名前に空白が含まれる場合は引用符で囲んでください。</translation>
    </message>
    <message>
        <source>%1: the sections [%2] and [%3] both define the profile &quot;%4&quot;; only [%3] is used.</source>
        <translation>%1: セクション [%2] と [%3] の両方がプロファイル &quot;%4&quot; を定義しています。[%3] のみが使用されます。</translation>
    </message>
    <message>
        <source>%1: both [default] and [%2] define the default profile; [%2] is used.</source>
        <translation>%1: [default] と [%2] の両方がデフォルトプロファイルを定義しています。[%2] が使用されます。</translation>
    </message>
    <message>
        <source>profile %1 names services section %2, which does not exist</source>
        <translation>プロファイル %1 が指定している services セクション %2 は存在しません</translation>
    </message>
    <message>
        <source>profile %1 names services section %2, which is empty</source>
        <translation>プロファイル %1 が指定している services セクション %2 は空です</translation>
    </message>
</context>
<context>
    <name>CredentialProcess</name>
    <message>
        <source>The credential process printed something that is not JSON (%1).</source>
        <translation>認証情報プロセスが JSON ではない内容を出力しました (%1)。</translation>
    </message>
    <message>
        <source>The credential process printed an unsupported Version; only Version 1 is supported.</source>
        <translation>認証情報プロセスがサポートされていない Version を出力しました。サポートされているのは Version 1 のみです。</translation>
    </message>
    <message>
        <source>The credential process&apos;s output lacks AccessKeyId or SecretAccessKey.</source>
        <translation>認証情報プロセスの出力に AccessKeyId または SecretAccessKey がありません。</translation>
    </message>
    <message>
        <source>The credential process&apos;s Expiration &quot;%1&quot; is not an ISO 8601 time.</source>
        <translation>認証情報プロセスの Expiration &quot;%1&quot; は ISO 8601 形式の時刻ではありません。</translation>
    </message>
    <message>
        <source>credential_process is empty.</source>
        <translation>credential_process が空です。</translation>
    </message>
    <message>
        <source>The credential process &quot;%1&quot; could not be started: %2</source>
        <translation>認証情報プロセス &quot;%1&quot; を開始できませんでした: %2</translation>
    </message>
    <message>
        <source>did not finish within %1 seconds</source>
        <translation>%1 秒以内に終了しませんでした</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>クラッシュしました</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>ステータス %1 で終了しました</translation>
    </message>
    <message>
        <source>The credential process &quot;%1&quot; %2.%3</source>
        <translation>認証情報プロセス &quot;%1&quot; が%2。%3</translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>Unable to locate credentials. Add a profile (ivs-inspector configure), set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or name a profile with --profile.</source>
        <translation>認証情報が見つかりません。プロファイルを追加する (ivs-inspector configure)、AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY を設定する、または --profile でプロファイルを指定してください。</translation>
    </message>
    <message>
        <source>The credentials of profile %1 could not be read from the keychain: %2</source>
        <translation>プロファイル %1 の認証情報をキーチェーンから読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>The config profile (%1) could not be found</source>
        <translation>設定プロファイル (%1) が見つかりませんでした</translation>
    </message>
    <message>
        <source>The profile %1 has no credentials: it needs aws_access_key_id and aws_secret_access_key, role_arn, an SSO configuration or credential_process.</source>
        <translation>プロファイル %1 には認証情報がありません。aws_access_key_id と aws_secret_access_key、role_arn、SSO 設定、credential_process のいずれかが必要です。</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>プロファイル %1: %2</translation>
    </message>
    <message>
        <source>Profile %1 names sso_session %2, but the config file has no [sso-session %2] section.</source>
        <translation>プロファイル %1 は sso_session %2 を指定していますが、config ファイルに [sso-session %2] セクションがありません。</translation>
    </message>
    <message>
        <source>Profile %1 is an SSO profile but lacks one of sso_start_url, sso_region, sso_account_id and sso_role_name.</source>
        <translation>プロファイル %1 は SSO プロファイルですが、sso_start_url、sso_region、sso_account_id、sso_role_name のいずれかがありません。</translation>
    </message>
    <message>
        <source>Run &quot;aws sso login --profile %1&quot;, then try again.</source>
        <translation>&quot;aws sso login --profile %1&quot; を実行してから、再試行してください。</translation>
    </message>
    <message>
        <source>Profile %1 has no SSO login: %2. %3</source>
        <translation>プロファイル %1 は SSO にログインしていません: %2。%3</translation>
    </message>
    <message>
        <source>The SSO session of profile %1 expired at %2. %3</source>
        <translation>プロファイル %1 の SSO セッションは %2 に期限切れになりました。%3</translation>
    </message>
    <message>
        <source>The SSO portal refused the login of profile %1 (%2). %3</source>
        <translation>SSO ポータルがプロファイル %1 のログインを拒否しました (%2)。%3</translation>
    </message>
    <message>
        <source>IAM Identity Center could not give credentials for profile %1: %2</source>
        <translation>IAM Identity Center からプロファイル %1 の認証情報を取得できませんでした: %2</translation>
    </message>
    <message>
        <source>Profile %1 has both source_profile and credential_source; keep only one.</source>
        <translation>プロファイル %1 に source_profile と credential_source の両方が設定されています。どちらか一方のみにしてください。</translation>
    </message>
    <message>
        <source>Profile %1 has role_arn but neither source_profile nor credential_source.</source>
        <translation>プロファイル %1 には role_arn がありますが、source_profile も credential_source もありません。</translation>
    </message>
    <message>
        <source>Profile %1 needs an MFA code (mfa_serial), but there is no way to ask for one here.</source>
        <translation>プロファイル %1 には MFA コード (mfa_serial) が必要ですが、ここではコードの入力を求めることができません。</translation>
    </message>
    <message>
        <source>No MFA code was entered for profile %1.</source>
        <translation>プロファイル %1 の MFA コードが入力されませんでした。</translation>
    </message>
    <message>
        <source>Profile %1 uses credential_source = %2, which only works on AWS compute; ivs-inspector supports Environment or a source_profile.</source>
        <translation>プロファイル %1 は credential_source = %2 を使用していますが、これは AWS のコンピューティング環境でのみ機能します。ivs-inspector がサポートしているのは Environment または source_profile です。</translation>
    </message>
    <message>
        <source>Profile %1 takes its source credentials from the environment, but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set.</source>
        <translation>プロファイル %1 はソース認証情報を環境変数から取得しますが、AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY が設定されていません。</translation>
    </message>
    <message>
        <source>The source_profile settings form a loop (%1); a chain of roles must end in a profile with keys, SSO or credential_process.</source>
        <translation>source_profile の設定がループしています (%1)。ロールのチェーンは、キー、SSO、または credential_process を持つプロファイルで終わる必要があります。</translation>
    </message>
    <message>
        <source>Profile %1 could not assume its role: %2 (%3)</source>
        <translation>プロファイル %1 はロールを引き受けられませんでした: %2 (%3)</translation>
    </message>
    <message>
        <source>STS answered AssumeRole for profile %1 without credentials.</source>
        <translation>STS はプロファイル %1 の AssumeRole に対し、認証情報を含まない応答を返しました。</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>環境変数</translation>
    </message>
</context>
<context>
    <name>CredentialSource</name>
    <message>
        <source>no credentials</source>
        <translation>認証情報なし</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>このセッションのみ</translation>
    </message>
    <message>
        <source>shared credentials file</source>
        <translation>共有 credentials ファイル</translation>
    </message>
    <message>
        <source>shared config file</source>
        <translation>共有 config ファイル</translation>
    </message>
    <message>
        <source>credential process</source>
        <translation>認証情報プロセス</translation>
    </message>
    <message>
        <source>IAM Identity Center (SSO)</source>
        <translation>IAM Identity Center (SSO)</translation>
    </message>
    <message>
        <source>assumed role</source>
        <translation>引き受けたロール</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>認証情報</translation>
    </message>
    <message>
        <source>Profiles kept by IVS Ingest Inspector</source>
        <translation>IVS Ingest Inspector が保持するプロファイル</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>アクセスキー ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>シークレットアクセスキー</translation>
    </message>
    <message>
        <source>Session token (optional)</source>
        <translation>セッショントークン (オプション)</translation>
    </message>
    <message>
        <source>Only for temporary credentials</source>
        <translation>一時的な認証情報の場合のみ</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>デフォルトリージョン</translation>
    </message>
    <message>
        <source>Ask AWS STS who these credentials belong to</source>
        <translation>この認証情報の所有者を AWS STS に問い合わせます</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Access key ID:</source>
        <translation>アクセスキー ID(&amp;A):</translation>
    </message>
    <message>
        <source>Secret access &amp;key:</source>
        <translation>シークレットアクセスキー(&amp;K):</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>セッショントークン(&amp;T):</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>デフォルトリージョン(&amp;R):</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain. Profiles from ~/.aws are used as they are and are not shown here.</source>
        <translation>シークレットはシステムのキーチェーンに保存されます。~/.aws のプロファイルはそのまま使用され、ここには表示されません。</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (このセッションのみ)</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>Give the profile a name of letters, digits and _ . @ + - (it starts with a letter or digit).</source>
        <translation>プロファイル名には英字、数字、_ . @ + - を使用してください (先頭は英字または数字)。</translation>
    </message>
    <message>
        <source>An access key ID and a secret access key are needed.</source>
        <translation>アクセスキー ID とシークレットアクセスキーが必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name such as us-east-1.</source>
        <translation>&quot;%1&quot; は us-east-1 のようなリージョン名ではありません。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存されていません</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存しました</translation>
    </message>
    <message>
        <source>Profile %1 is in the system keychain.</source>
        <translation>プロファイル %1 をシステムのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>Not saved in the keychain</source>
        <translation>キーチェーンに保存されていません</translation>
    </message>
    <message>
        <source>&amp;Keep for this session only</source>
        <translation>このセッションのみ保持(&amp;K)</translation>
    </message>
    <message>
        <source>Kept for this session</source>
        <translation>このセッションで保持しています</translation>
    </message>
    <message>
        <source>Profile %1 is held in memory until the app closes; nothing was written to disk.</source>
        <translation>プロファイル %1 はアプリを終了するまでメモリに保持されます。ディスクには何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>削除されていません</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除しました</translation>
    </message>
    <message>
        <source>Profile %1 was deleted.</source>
        <translation>プロファイル %1 を削除しました。</translation>
    </message>
    <message>
        <source>These credentials work</source>
        <translation>この認証情報は有効です</translation>
    </message>
    <message>
        <source>They belong to account %1.</source>
        <translation>アカウント %1 に属しています。</translation>
    </message>
</context>
<context>
    <name>DebugLogDialog</name>
    <message>
        <source>&amp;Record requests and replies</source>
        <translation>リクエストと応答を記録(&amp;R)</translation>
    </message>
    <message>
        <source>Debug log</source>
        <translation>デバッグログ</translation>
    </message>
    <message>
        <source>Signatures, secrets, session tokens and stream keys are always redacted</source>
        <translation>署名、シークレット、セッショントークン、ストリームキーは常にマスクされます</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>消去(&amp;L)</translation>
    </message>
</context>
<context>
    <name>EndpointResolver</name>
    <message>
        <source>&quot;%1&quot; is not a usable endpoint URL: it needs a scheme and a host, such as https://ivsrealtime.us-east-1.amazonaws.com.</source>
        <translation>&quot;%1&quot; は使用可能なエンドポイント URL ではありません。https://ivsrealtime.us-east-1.amazonaws.com のように、スキームとホストが必要です。</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; must not contain a query or a fragment.</source>
        <translation>エンドポイント URL &quot;%1&quot; にクエリやフラグメントを含めることはできません。</translation>
    </message>
    <message>
        <source>No region is known: give an ARN, which names its region, or pass --region.</source>
        <translation>リージョンが不明です。リージョンを含む ARN を指定するか、--region を指定してください。</translation>
    </message>
    <message>
        <source>the profile&apos;s endpoint_url</source>
        <translation>プロファイルの endpoint_url</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (%2 で指定)</translation>
    </message>
    <message>
        <source>IVS Real-Time is not known to run in %1; it runs in %2. The request is sent anyway.</source>
        <translation>IVS Real-Time は %1 で提供されていない可能性があります (提供リージョン: %2)。リクエストはそのまま送信されます。</translation>
    </message>
</context>
<context>
    <name>EventAdvice</name>
    <message>
        <source>The stream contains B-frames, which IVS Real-Time refuses. Turn B-frames off in the encoder (OBS: Output &gt; Streaming &gt; B-frames 0; x264: bframes=0; FFmpeg: -bf 0).</source>
        <translation>ストリームに B フレームが含まれていますが、IVS Real-Time は B フレームを受け付けません。エンコーダーで B フレームをオフにしてください (OBS: Output &gt; Streaming &gt; B-frames 0、x264: bframes=0、FFmpeg: -bf 0)。</translation>
    </message>
    <message>
        <source>The bitrate went above the 8.5 Mbps limit. Set the encoder to constant bitrate at 6 Mbps or less (OBS: Rate control CBR; FFmpeg: -b:v 6M -maxrate 6M -bufsize 12M).</source>
        <translation>ビットレートが上限の 8.5 Mbps を超えました。エンコーダーを 6 Mbps 以下の固定ビットレートに設定してください (OBS: Rate control CBR、FFmpeg: -b:v 6M -maxrate 6M -bufsize 12M)。</translation>
    </message>
    <message>
        <source>The resolution is above the 720p limit. Scale the output to 1280×720 or less (OBS: Video &gt; Output resolution; FFmpeg: -vf scale=-2:720).</source>
        <translation>解像度が上限の 720p を超えています。出力を 1280×720 以下にスケーリングしてください (OBS: Video &gt; Output resolution、FFmpeg: -vf scale=-2:720)。</translation>
    </message>
    <message>
        <source>The stream ran longer than the 24-hour limit. Restart the stream to begin a new session.</source>
        <translation>ストリームが上限の 24 時間を超えました。ストリームを再開して新しいセッションを開始してください。</translation>
    </message>
    <message>
        <source>The audio codec is not accepted. Send AAC-LC audio (FFmpeg: -c:a aac).</source>
        <translation>このオーディオコーデックは受け付けられません。AAC-LC のオーディオを送信してください (FFmpeg: -c:a aac)。</translation>
    </message>
    <message>
        <source>The video codec is not accepted. Send H.264 video (OBS: x264 or a hardware H.264 encoder; FFmpeg: -c:v libx264).</source>
        <translation>このビデオコーデックは受け付けられません。H.264 のビデオを送信してください (OBS: x264 またはハードウェア H.264 エンコーダー、FFmpeg: -c:v libx264)。</translation>
    </message>
    <message>
        <source>The encoder used RTMP, but this configuration requires RTMPS. Use the rtmps:// server URL.</source>
        <translation>エンコーダーは RTMP を使用しましたが、この取り込み設定では RTMPS が必要です。rtmps:// のサーバー URL を使用してください。</translation>
    </message>
    <message>
        <source>The stream key was not accepted. Copy it again from here; if the configuration was recreated, the old key no longer works.</source>
        <translation>ストリームキーが受け付けられませんでした。ここからもう一度コピーしてください。取り込み設定を作成し直した場合、古いキーは使用できなくなっています。</translation>
    </message>
    <message>
        <source>The stream key is already in use by another active stage session. Stop the other encoder, or use a separate ingest configuration for each encoder.</source>
        <translation>このストリームキーは、別のアクティブなステージセッションですでに使用されています。もう一方のエンコーダーを停止するか、エンコーダーごとに別の取り込み設定を使用してください。</translation>
    </message>
    <message>
        <source>The input stream was not usable. Check that it carries both audio and video, and the encoder&apos;s codec settings.</source>
        <translation>入力ストリームを使用できませんでした。オーディオとビデオの両方が含まれていること、およびエンコーダーのコーデック設定を確認してください。</translation>
    </message>
    <message>
        <source>The participant tried something its token does not allow.</source>
        <translation>参加者が、トークンで許可されていない操作を試みました。</translation>
    </message>
    <message>
        <source>The stage already has as many publishers as its quota allows (12). Stop another publisher first.</source>
        <translation>ステージのパブリッシャー数がすでにクォータの上限 (12) に達しています。先に別のパブリッシャーを停止してください。</translation>
    </message>
    <message>
        <source>The participant tried to subscribe to a publisher that does not exist.</source>
        <translation>参加者が、存在しないパブリッシャーをサブスクライブしようとしました。</translation>
    </message>
    <message>
        <source>IVS had an internal error. Start the stream again; if it keeps happening, contact AWS Support.</source>
        <translation>IVS で内部エラーが発生しました。ストリームを再開してください。繰り返し発生する場合は、AWS サポートに問い合わせてください。</translation>
    </message>
    <message>
        <source>IVS reported %1. See the IVS Real-Time documentation for this error code.</source>
        <translation>IVS が %1 を報告しました。このエラーコードについては、IVS Real-Time のドキュメントを参照してください。</translation>
    </message>
    <message>
        <source>Some failures leave no event: a wrong server URL, a blocked network or a stream key refused before the connection is made never reach the stage. If the encoder cannot connect and nothing shows here, check its server URL, key and network first.</source>
        <translation>イベントが残らない失敗もあります。サーバー URL の誤り、ネットワークのブロック、接続確立前に拒否されたストリームキーは、ステージに届きません。エンコーダーが接続できず、ここに何も表示されない場合は、まずサーバー URL、キー、ネットワークを確認してください。</translation>
    </message>
</context>
<context>
    <name>GoLiveInspection</name>
    <message>
        <source>Not associated with a stage, so the stream key is unusable: an encoder that connects is refused. This usually follows DisconnectParticipant or DeleteStage. Associate a stage with UpdateIngestConfiguration while the configuration is inactive.</source>
        <translation>ステージに関連付けられていないため、ストリームキーを使用できません。接続したエンコーダーは拒否されます。これは通常、DisconnectParticipant または DeleteStage の後に発生します。取り込み設定が非アクティブな間に、UpdateIngestConfiguration でステージを関連付けてください。</translation>
    </message>
    <message>
        <source>Associated with stage %1.</source>
        <translation>ステージ %1 に関連付けられています。</translation>
    </message>
    <message>
        <source>The stage %1 does not exist any more (GetStage: not found), so the key cannot be used. Associate the configuration with an existing stage.</source>
        <translation>ステージ %1 はもう存在しないため (GetStage: not found)、キーを使用できません。取り込み設定を既存のステージに関連付けてください。</translation>
    </message>
    <message>
        <source>The stage could not be read (%1: %2). %3</source>
        <translation>ステージを読み取れませんでした (%1: %2)。%3</translation>
    </message>
    <message>
        <source>Its endpoints come from the cache.</source>
        <translation>エンドポイントはキャッシュから取得しています。</translation>
    </message>
    <message>
        <source>The stage exists%1.</source>
        <translation>ステージは存在します%1。</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Unknown: without the stage, its %1 endpoint is not known.</source>
        <translation>不明: ステージを取得できないため、%1 エンドポイントはわかりません。</translation>
    </message>
    <message>
        <source>The stage offers no %1 endpoint, so an encoder has nowhere to connect. Stages created before RTMP ingest existed lack it: create a new stage.</source>
        <translation>ステージに %1 エンドポイントがないため、エンコーダーの接続先がありません。RTMP 取り込みの導入前に作成されたステージにはこのエンドポイントがありません。新しいステージを作成してください。</translation>
    </message>
    <message>
        <source>RTMP is allowed: this configuration was created with insecure ingest, which RTMP requires. Use the rtmp:// server below; the stream travels unencrypted.</source>
        <translation>RTMP を使用できます。この取り込み設定は、RTMP に必要な安全でない取り込み (insecure ingest) を有効にして作成されています。下の rtmp:// サーバーを使用してください。ストリームは暗号化されずに送信されます。</translation>
    </message>
    <message>
        <source>RTMPS is allowed; the encoder connects to the rtmps:// server below.</source>
        <translation>RTMPS を使用できます。エンコーダーは下の rtmps:// サーバーに接続します。</translation>
    </message>
    <message>
        <source>A publisher is live now.</source>
        <translation>現在、パブリッシャーがライブ配信中です。</translation>
    </message>
    <message>
        <source>Nothing is being published right now. Start the encoder with the server URL and the stream key.</source>
        <translation>現在、何も配信されていません。サーバー URL とストリームキーを指定してエンコーダーを開始してください。</translation>
    </message>
    <message>
        <source>The stage has no active session: nobody is connected to it. A session starts when the first participant joins and ends a few minutes after the last one leaves.</source>
        <translation>ステージにアクティブなセッションがありません。誰も接続していません。セッションは最初の参加者が参加したときに始まり、最後の参加者が退出してから数分後に終了します。</translation>
    </message>
    <message>
        <source>The stage has an active session (%1).</source>
        <translation>ステージにはアクティブなセッションがあります (%1)。</translation>
    </message>
    <message>
        <source>Other ingest configurations on this stage could not be listed (%1).</source>
        <translation>このステージの他の取り込み設定を一覧表示できませんでした (%1)。</translation>
    </message>
    <message>
        <source>No other ingest configuration uses this stage.</source>
        <translation>このステージを使用している他の取り込み設定はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n other ingest configuration(s) use this stage (%1); each publishes as its own participant, and %2 of at most 12 publishers are live.</source>
        <translation>
            <numerusform>他に %n 件の取り込み設定がこのステージを使用しています (%1)。それぞれが個別の参加者として配信します。ライブ配信中のパブリッシャーは %2 です (最大 12)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The participant&apos;s events in this session show no errors.</source>
        <translation>このセッションの参加者イベントにエラーはありません。</translation>
    </message>
    <message>
        <source>The participant&apos;s events report %1: %2</source>
        <translation>参加者イベントが %1 を報告しています: %2</translation>
    </message>
</context>
<context>
    <name>GoLivePanel</name>
    <message>
        <source>Copy &amp;server</source>
        <translation>サーバーをコピー(&amp;S)</translation>
    </message>
    <message>
        <source>Copy stream &amp;key</source>
        <translation>ストリームキーをコピー(&amp;K)</translation>
    </message>
    <message>
        <source>Copy full &amp;URL</source>
        <translation>完全な URL をコピー(&amp;U)</translation>
    </message>
    <message>
        <source>Readiness verdict</source>
        <translation>準備状況の判定</translation>
    </message>
    <message>
        <source>Server URL for the encoder</source>
        <translation>エンコーダー用のサーバー URL</translation>
    </message>
    <message>
        <source>The server followed by the stream key, as FFmpeg takes it</source>
        <translation>サーバーの後にストリームキーを続けた URL (FFmpeg で指定する形式)</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>準備状況のチェックリスト</translation>
    </message>
    <message>
        <source>Participant events</source>
        <translation>参加者イベント</translation>
    </message>
    <message>
        <source>Participant / event</source>
        <translation>参加者 / イベント</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>サーバー(&amp;V):</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>チェック項目:</translation>
    </message>
    <message>
        <source>What the stage session says:</source>
        <translation>ステージセッションの情報:</translation>
    </message>
    <message>
        <source>Server URL copied.</source>
        <translation>サーバー URL をコピーしました。</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>ストリームキー</translation>
    </message>
    <message>
        <source>Full URL</source>
        <translation>完全な URL</translation>
    </message>
    <message>
        <source>Not inspected yet.</source>
        <translation>まだ検査していません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>%1 をコピーしました。クリップボードは %n 秒後に消去されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: an encoder can publish with these settings.</source>
        <translation>準備完了: この設定でエンコーダーから配信できます。</translation>
    </message>
    <message>
        <source>Not ready: see the checks below.</source>
        <translation>準備未完了: 以下のチェック項目を確認してください。</translation>
    </message>
    <message>
        <source>(no server: see the checks)</source>
        <translation>(サーバーなし: チェック項目を確認してください)</translation>
    </message>
    <message>
        <source>From the cache: the stage could not be read just now.</source>
        <translation>キャッシュの情報です。今回はステージを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Redundant ingest: configure two encoders, each with its own key, on the same server.</source>
        <translation>冗長取り込み: 同じサーバーに対して、それぞれ専用のキーを使う 2 台のエンコーダーを設定してください。</translation>
    </message>
    <message>
        <source>Encoder %1 (participant %2): %3</source>
        <translation>エンコーダー %1 (参加者 %2): %3</translation>
    </message>
    <message>
        <source>Copy key %1</source>
        <translation>キー %1 をコピー</translation>
    </message>
    <message>
        <source>Copy URL %1</source>
        <translation>URL %1 をコピー</translation>
    </message>
    <message>
        <source>✔ OK</source>
        <translation>✔ 問題なし</translation>
    </message>
    <message>
        <source>✘ Problem</source>
        <translation>✘ 問題あり</translation>
    </message>
    <message>
        <source>• Note</source>
        <translation>• 注意</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The participants could not be listed: %1</source>
        <translation>参加者を一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>This configuration&apos;s participant is not in the stage&apos;s current session.</source>
        <translation>この取り込み設定の参加者は、ステージの現在のセッションにいません。</translation>
    </message>
    <message>
        <source>No active session, so there are no events to show.</source>
        <translation>アクティブなセッションがないため、表示するイベントはありません。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2、%3)</translation>
    </message>
    <message>
        <source>protocol unknown</source>
        <translation>プロトコル不明</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>IVS Ingest Inspector</source>
        <translation>IVS Ingest Inspector</translation>
    </message>
</context>
<context>
    <name>IngestConfigModel</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>(not returned)</source>
        <translation>(返されませんでした)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message numerus="yes">
        <source>Redundant ingest credentials (%n)</source>
        <translation>
            <numerusform>冗長取り込みの認証情報 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoder %1</source>
        <translation>エンコーダー %1</translation>
    </message>
    <message>
        <source>Participant ID</source>
        <translation>参加者 ID</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>ストリームキー</translation>
    </message>
    <message numerus="yes">
        <source>Other members (%n)</source>
        <translation>
            <numerusform>その他のメンバー (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Ingest protocol</source>
        <translation>取り込みプロトコル</translation>
    </message>
    <message>
        <source>Stage ARN</source>
        <translation>ステージ ARN</translation>
    </message>
    <message>
        <source>Not associated with a stage</source>
        <translation>ステージに関連付けられていません</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <source>Redundant ingest</source>
        <translation>冗長取り込み</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API のキー名</translation>
    </message>
</context>
<context>
    <name>IngestConfiguration</name>
    <message>
        <source>The member &quot;%1&quot; should be text.</source>
        <translation>メンバー &quot;%1&quot; はテキストである必要があります。</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; should be a map of names to text.</source>
        <translation>メンバー &quot;%1&quot; は名前からテキストへのマップである必要があります。</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; in &quot;%2&quot; should be text.</source>
        <translation>&quot;%2&quot; 内の &quot;%1&quot; の値はテキストである必要があります。</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; should be a list.</source>
        <translation>メンバー &quot;%1&quot; はリストである必要があります。</translation>
    </message>
    <message>
        <source>Each entry of &quot;%1&quot; should be an object.</source>
        <translation>&quot;%1&quot; の各エントリはオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>The reply has no &quot;ingestConfiguration&quot; object.</source>
        <translation>応答に &quot;ingestConfiguration&quot; オブジェクトがありません。</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; should be true or false.</source>
        <translation>メンバー &quot;%1&quot; は true または false である必要があります。</translation>
    </message>
</context>
<context>
    <name>IngestConfigurationArn</name>
    <message>
        <source>Enter the ARN of an ingest configuration, for example %1.</source>
        <translation>取り込み設定の ARN を入力してください (例: %1)。</translation>
    </message>
    <message>
        <source>This is not an ARN: an ARN starts with &quot;arn:&quot;. Copy the ingest configuration&apos;s ARN from the IVS console or from &quot;aws ivs-realtime list-ingest-configurations&quot;.</source>
        <translation>これは ARN ではありません。ARN は &quot;arn:&quot; で始まります。取り込み設定の ARN を IVS コンソールまたは &quot;aws ivs-realtime list-ingest-configurations&quot; の出力からコピーしてください。</translation>
    </message>
    <message>
        <source>This ARN is incomplete: it has %1 of the 6 parts separated by colons. An ingest configuration ARN looks like %2.</source>
        <translation>この ARN は不完全です。コロンで区切られた 6 つの部分のうち %1 つしかありません。取り込み設定の ARN は %2 のような形式です。</translation>
    </message>
    <message>
        <source>IVS Real-Time ARNs use the &quot;aws&quot; partition, but this one uses &quot;%1&quot;.</source>
        <translation>IVS Real-Time の ARN は &quot;aws&quot; パーティションを使用しますが、この ARN は &quot;%1&quot; を使用しています。</translation>
    </message>
    <message>
        <source>IVS Real-Time ARNs name the service &quot;ivs&quot;, not &quot;ivsrealtime&quot;: use arn:aws:ivs:….</source>
        <translation>IVS Real-Time の ARN のサービス名は &quot;ivsrealtime&quot; ではなく &quot;ivs&quot; です。arn:aws:ivs:… を使用してください。</translation>
    </message>
    <message>
        <source>This is an ARN of another AWS service (&quot;%1&quot;), not of IVS. Paste the ARN of an ingest configuration.</source>
        <translation>これは IVS ではなく、別の AWS サービス (&quot;%1&quot;) の ARN です。取り込み設定の ARN を貼り付けてください。</translation>
    </message>
    <message>
        <source>This is a stage ARN. Paste the ARN of an ingest configuration instead; it contains &quot;:ingest-configuration/&quot;.</source>
        <translation>これはステージの ARN です。代わりに取り込み設定の ARN を貼り付けてください。取り込み設定の ARN には &quot;:ingest-configuration/&quot; が含まれます。</translation>
    </message>
    <message>
        <source>This ARN names an IVS &quot;%1&quot;, not an ingest configuration; the resource part must start with &quot;ingest-configuration/&quot;.</source>
        <translation>この ARN は取り込み設定ではなく、IVS の &quot;%1&quot; を指しています。リソース部分は &quot;ingest-configuration/&quot; で始まる必要があります。</translation>
    </message>
    <message>
        <source>The region is missing: the fourth part of the ARN must name a region such as us-east-1.</source>
        <translation>リージョンがありません。ARN の 4 番目の部分には us-east-1 などのリージョンを指定する必要があります。</translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is not valid: regions use only lower-case letters, digits and hyphens.</source>
        <translation>リージョン &quot;%1&quot; は無効です。リージョンには英小文字、数字、ハイフンのみを使用します。</translation>
    </message>
    <message>
        <source>The account ID is missing: the fifth part of the ARN must be a 12-digit AWS account ID.</source>
        <translation>アカウント ID がありません。ARN の 5 番目の部分は 12 桁の AWS アカウント ID である必要があります。</translation>
    </message>
    <message>
        <source>The account ID &quot;%1&quot; is not 12 digits: check that the ARN was copied completely.</source>
        <translation>アカウント ID &quot;%1&quot; が 12 桁ではありません。ARN が完全にコピーされているか確認してください。</translation>
    </message>
    <message>
        <source>The ingest configuration ID is missing after &quot;ingest-configuration/&quot;.</source>
        <translation>&quot;ingest-configuration/&quot; の後に取り込み設定 ID がありません。</translation>
    </message>
    <message>
        <source>The ingest configuration ID contains &quot;%1&quot;, but IDs use only letters, digits and hyphens.</source>
        <translation>取り込み設定 ID に &quot;%1&quot; が含まれていますが、ID には英字、数字、ハイフンのみを使用します。</translation>
    </message>
    <message>
        <source>The ARN is %1 characters long; the service accepts at most %2.</source>
        <translation>ARN の長さは %1 文字ですが、サービスが受け付けるのは最大 %2 文字です。</translation>
    </message>
</context>
<context>
    <name>IvsCall</name>
    <message>
        <source>No credentials were given for the request.</source>
        <translation>リクエストに認証情報が指定されていません。</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 (%2 バイト目)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>The reply (%1 bytes) is not valid JSON: %2.</source>
        <translation>応答 (%1 バイト) は有効な JSON ではありません: %2。</translation>
    </message>
    <message>
        <source>The reply is not what %1 returns: %2</source>
        <translation>応答は %1 が返す形式ではありません: %2</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>System keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>C&amp;redentials…</source>
        <translation>認証情報(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>確認(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>検査(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>IVS Ingest Inspector</source>
        <translation>IVS Ingest Inspector</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard holds a stream key; it is cleared in %n second(s).</source>
        <translation>
            <numerusform>クリップボードにストリームキーがあります。%n 秒後に消去されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>クリップボードを消去しました。</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>Credentials profile</source>
        <translation>認証情報プロファイル</translation>
    </message>
    <message>
        <source>Manage credentials</source>
        <translation>認証情報を管理</translation>
    </message>
    <message>
        <source>Check credentials</source>
        <translation>認証情報を確認</translation>
    </message>
    <message>
        <source>Show the account and identity behind this profile</source>
        <translation>このプロファイルのアカウントと ID を表示します</translation>
    </message>
    <message>
        <source>Account of the selected profile</source>
        <translation>選択したプロファイルのアカウント</translation>
    </message>
    <message>
        <source>&amp;ARN:</source>
        <translation>ARN(&amp;A):</translation>
    </message>
    <message>
        <source>Ingest configuration ARN</source>
        <translation>取り込み設定の ARN</translation>
    </message>
    <message>
        <source>One or more ARNs, separated by spaces or new lines</source>
        <translation>1 つ以上の ARN (スペースまたは改行で区切る)</translation>
    </message>
    <message>
        <source>arn:aws:ivs:REGION:ACCOUNT:ingest-configuration/ID</source>
        <translation>arn:aws:ivs:REGION:ACCOUNT:ingest-configuration/ID</translation>
    </message>
    <message>
        <source>ARN check</source>
        <translation>ARN のチェック</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>検査</translation>
    </message>
    <message>
        <source>Cancel the requests</source>
        <translation>リクエストをキャンセル</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>認証情報(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Go to the &amp;ARN field</source>
        <translation>ARN フィールドへ移動(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About IVS Ingest Inspector</source>
        <translation>IVS Ingest Inspector について(&amp;A)</translation>
    </message>
    <message>
        <source>About IVS Ingest Inspector</source>
        <translation>IVS Ingest Inspector について</translation>
    </message>
    <message>
        <source>&lt;b&gt;IVS Ingest Inspector&lt;/b&gt; %1&lt;br&gt;Inspect Amazon IVS Real-Time ingest configurations.&lt;br&gt;Qt %2</source>
        <translation>&lt;b&gt;IVS Ingest Inspector&lt;/b&gt; %1&lt;br&gt;Amazon IVS Real-Time の取り込み設定を検査します。&lt;br&gt;Qt %2</translation>
    </message>
    <message>
        <source>Automatic (environment variables)</source>
        <translation>自動 (環境変数)</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自動 (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>アカウント %1</translation>
    </message>
    <message>
        <source>ARN %1: %2</source>
        <translation>ARN %1: %2</translation>
    </message>
    <message>
        <source>IVS Real-Time is not known to run in %1.</source>
        <translation>IVS Real-Time は %1 で提供されていない可能性があります。</translation>
    </message>
    <message>
        <source>These credentials are for account %1, but the ARN is in account %2.</source>
        <translation>この認証情報はアカウント %1 のものですが、ARN はアカウント %2 のものです。</translation>
    </message>
    <message>
        <source>Paste the ARN of an ingest configuration, or several, one per line.</source>
        <translation>取り込み設定の ARN を貼り付けてください。複数の場合は 1 行に 1 つずつ貼り付けます。</translation>
    </message>
    <message>
        <source>Cannot inspect yet: %1</source>
        <translation>まだ検査できません: %1</translation>
    </message>
    <message>
        <source>Region %1 · account %2</source>
        <translation>リージョン %1 · アカウント %2</translation>
    </message>
    <message numerus="yes">
        <source>%n ARNs, each inspected in its own tab.</source>
        <translation>
            <numerusform>%n 件の ARN をそれぞれ個別のタブで検査します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <source>Getting credentials…</source>
        <translation>認証情報を取得しています…</translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation>認証情報がありません</translation>
    </message>
    <message>
        <source>Waiting for the request budget…</source>
        <translation>リクエストの上限枠が空くのを待っています…</translation>
    </message>
    <message>
        <source>Inspecting…</source>
        <translation>検査しています…</translation>
    </message>
    <message>
        <source>the environment variables</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>プロファイル %1</translation>
    </message>
    <message>
        <source>The keys came from the environment (AWS_ACCESS_KEY_ID %1): set fresh ones and restart, or pick a profile.</source>
        <translation>キーは環境変数 (AWS_ACCESS_KEY_ID %1) から取得されました。新しいキーを設定して再起動するか、プロファイルを選択してください。</translation>
    </message>
    <message>
        <source>The keys came from %1 (%2): update them under Credentials….</source>
        <translation>キーは %1 (%2) から取得されました。[認証情報…] で更新してください。</translation>
    </message>
    <message>
        <source>The keys came from IAM Identity Center for %1: run &quot;aws sso login --profile %2&quot;.</source>
        <translation>キーは %1 の IAM Identity Center から取得されました。&quot;aws sso login --profile %2&quot; を実行してください。</translation>
    </message>
    <message>
        <source>The keys came from %1 (%2): check its settings in the AWS configuration files.</source>
        <translation>キーは %1 (%2) から取得されました。AWS 設定ファイルでその設定を確認してください。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>The request was cancelled before it finished.</source>
        <translation>リクエストは完了前にキャンセルされました。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>Account %1 · %2</source>
        <translation>アカウント %1 · %2</translation>
    </message>
    <message>
        <source>Credentials work</source>
        <translation>認証情報は有効です</translation>
    </message>
    <message>
        <source>%1 (%2) belongs to account %3.</source>
        <translation>%1 (%2) はアカウント %3 に属しています。</translation>
    </message>
    <message>
        <source>The environment&apos;s key</source>
        <translation>環境変数のキー</translation>
    </message>
    <message>
        <source>MFA code</source>
        <translation>MFA コード</translation>
    </message>
    <message>
        <source>Profile %1 needs a code from the MFA device %2:</source>
        <translation>プロファイル %1 には MFA デバイス %2 のコードが必要です:</translation>
    </message>
    <message>
        <source>&amp;Debug log…</source>
        <translation>デバッグログ(&amp;D)…</translation>
    </message>
    <message>
        <source>Plain HTTP</source>
        <translation>暗号化されていない HTTP</translation>
    </message>
    <message>
        <source>Requests to %1 go over plain http://, as allowed in Preferences: anyone on the network can read them.</source>
        <translation>%1 へのリクエストは、[環境設定] での許可に従い、暗号化されていない http:// で送信されます。ネットワーク上の誰でもその内容を読み取れます。</translation>
    </message>
    <message>
        <source>Retrying (%1 of %2) after: %3…</source>
        <translation>再試行しています (%1 / %2 回目)。理由: %3…</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong</source>
        <translation>このコンピューターの時計が正しくありません</translation>
    </message>
    <message>
        <source>It is off by %1 from AWS&apos;s clock. Requests are now signed with the corrected time, but other tools will fail: set the system clock right.</source>
        <translation>AWS の時計とのずれ: %1。リクエストは補正した時刻で署名されるようになりましたが、他のツールは失敗します。システムの時計を正しく設定してください。</translation>
    </message>
    <message>
        <source>Reading the stage and its session…</source>
        <translation>ステージとそのセッションを読み取っています…</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (it is behind)</source>
        <translation>%1 (遅れています)</translation>
    </message>
    <message>
        <source>%1 (it is ahead)</source>
        <translation>%1 (進んでいます)</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>This session only</source>
        <translation>このセッションのみ</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Information: %1</source>
        <translation>情報: %1</translation>
    </message>
    <message>
        <source>Success: %1</source>
        <translation>成功: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>コード: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムのデフォルト</translation>
    </message>
    <message>
        <source>Seconds before a copied stream key is cleared</source>
        <translation>コピーしたストリームキーを消去するまでの秒数</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>消去しない</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>接続タイムアウト (秒)</translation>
    </message>
    <message>
        <source>Read timeout in seconds</source>
        <translation>読み取りタイムアウト (秒)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Clear a copied stream key &amp;after:</source>
        <translation>コピーしたストリームキーを消去するまでの時間(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>接続タイムアウト(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Read timeout:</source>
        <translation>読み取りタイムアウト(&amp;R):</translation>
    </message>
    <message>
        <source>A new language takes effect when the app starts again.</source>
        <translation>新しい言語はアプリの再起動後に有効になります。</translation>
    </message>
    <message>
        <source>Hosts allowed over plain HTTP</source>
        <translation>暗号化されていない HTTP を許可するホスト</translation>
    </message>
    <message>
        <source>none (only this computer)</source>
        <translation>なし (このコンピューターのみ)</translation>
    </message>
    <message>
        <source>Signed requests go over plain http:// only to this computer, unless the host is listed here (comma-separated). Anyone on the network can read such requests.</source>
        <translation>ここに記載したホスト (カンマ区切り) を除き、署名付きリクエストを暗号化されていない http:// で送信できるのはこのコンピューター宛てのみです。このようなリクエストはネットワーク上の誰でも読み取れます。</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP to:</source>
        <translation>暗号化されていない HTTP を許可(&amp;H):</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Fields of the ingest configuration</source>
        <translation>取り込み設定のフィールド</translation>
    </message>
    <message>
        <source>Raw JSON reply</source>
        <translation>JSON の生の応答</translation>
    </message>
    <message>
        <source>Views of the result</source>
        <translation>結果の表示</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>フィールド(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Raw JSON</source>
        <translation>生の JSON(&amp;R)</translation>
    </message>
    <message>
        <source>Name of the ingest configuration</source>
        <translation>取り込み設定の名前</translation>
    </message>
    <message>
        <source>ARN of the ingest configuration</source>
        <translation>取り込み設定の ARN</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Fetch again (F5)</source>
        <translation>再取得 (F5)</translation>
    </message>
    <message>
        <source>Stream &amp;key:</source>
        <translation>ストリームキー(&amp;K):</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>ストリームキー</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show the stream key</source>
        <translation>ストリームキーを表示</translation>
    </message>
    <message>
        <source>Show the stream key for a while (Ctrl+Shift+K)</source>
        <translation>ストリームキーを一定時間表示します (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>キーをコピー</translation>
    </message>
    <message>
        <source>Copy the stream key</source>
        <translation>ストリームキーをコピー</translation>
    </message>
    <message>
        <source>Copy the stream key; the clipboard is cleared again after a while</source>
        <translation>ストリームキーをコピーします。一定時間が経つとクリップボードは再び消去されます</translation>
    </message>
    <message numerus="yes">
        <source>Stream key copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>ストリームキーをコピーしました。クリップボードは %n 秒後に消去されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation>最終更新 %1</translation>
    </message>
    <message>
        <source>Not associated with a stage</source>
        <translation>ステージに関連付けられていません</translation>
    </message>
    <message>
        <source>This ingest configuration has no stage, so its stream key cannot be used: an encoder that connects with it is refused. This typically follows DisconnectParticipant or DeleteStage; associate it with a stage again (UpdateIngestConfiguration).</source>
        <translation>この取り込み設定にはステージがないため、ストリームキーを使用できません。このキーで接続したエンコーダーは拒否されます。これは通常、DisconnectParticipant または DeleteStage の後に発生します。取り込み設定を再度ステージに関連付けてください (UpdateIngestConfiguration)。</translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation>%1 に失敗しました</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Hide the stream key</source>
        <translation>ストリームキーを非表示</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>値をコピー(&amp;V)</translation>
    </message>
    <message>
        <source>Copy &amp;key=value</source>
        <translation>キー=値の形式でコピー(&amp;K)</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>JSON としてコピー(&amp;J)</translation>
    </message>
    <message>
        <source>Filter the fields</source>
        <translation>フィールドの絞り込み</translation>
    </message>
    <message>
        <source>Filter fields, keys and values</source>
        <translation>フィールド、キー、値で絞り込み</translation>
    </message>
    <message>
        <source>Get it &amp;live</source>
        <translation>ライブ配信(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>シークレットを非表示</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>シークレットを表示</translation>
    </message>
    <message>
        <source>Show or hide (Ctrl+H)</source>
        <translation>表示/非表示 (Ctrl+H)</translation>
    </message>
    <message>
        <source>Shown. Press Ctrl+H to hide.</source>
        <translation>表示中です。Ctrl+H キーで非表示にします。</translation>
    </message>
    <message>
        <source>Hidden. Press Ctrl+H to show.</source>
        <translation>非表示です。Ctrl+H キーで表示します。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>The keychain has no entry for this profile%1. Enter the credentials again.</source>
        <translation>このプロファイルのエントリがキーチェーンにありません%1。認証情報をもう一度入力してください。</translation>
    </message>
    <message>
        <source>The system keychain is not available%1. On Linux it needs a desktop session with a Secret Service such as GNOME Keyring or KWallet. Credentials can be kept for this session only; nothing is written to disk.</source>
        <translation>システムのキーチェーンを使用できません%1。Linux では、GNOME Keyring や KWallet などの Secret Service を備えたデスクトップセッションが必要です。認証情報をこのセッションのみ保持することもできます。その場合、ディスクには何も書き込まれません。</translation>
    </message>
    <message>
        <source>The system keychain refused access%1. Unlock it (for example by logging in again) and retry.</source>
        <translation>システムのキーチェーンがアクセスを拒否しました%1。キーチェーンのロックを解除して (再ログインするなど)、再試行してください。</translation>
    </message>
    <message>
        <source>The system keychain did not answer%1. It may be waiting for an unlock prompt that cannot be shown; unlock it and retry, or keep the credentials for this session only.</source>
        <translation>システムのキーチェーンが応答しませんでした%1。表示できないロック解除プロンプトを待っている可能性があります。ロックを解除して再試行するか、認証情報をこのセッションのみ保持してください。</translation>
    </message>
    <message>
        <source>The system keychain failed%1.</source>
        <translation>システムのキーチェーンでエラーが発生しました%1。</translation>
    </message>
</context>
<context>
    <name>SsoRoleCredentialsCall</name>
    <message>
        <source>The SSO portal&apos;s reply has no usable role credentials.</source>
        <translation>SSO ポータルの応答に使用可能なロール認証情報がありません。</translation>
    </message>
</context>
<context>
    <name>SsoTokenCache</name>
    <message>
        <source>there is no cached SSO token (%1)</source>
        <translation>キャッシュされた SSO トークンがありません (%1)</translation>
    </message>
    <message>
        <source>the cached SSO token in %1 is incomplete</source>
        <translation>%1 のキャッシュされた SSO トークンが不完全です</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>The reply has no &quot;stage&quot; object.</source>
        <translation>応答に &quot;stage&quot; オブジェクトがありません。</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; should be an object.</source>
        <translation>メンバー &quot;%1&quot; はオブジェクトである必要があります。</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVE</translation>
    </message>
    <message>
        <source>INACTIVE</source>
        <translation>INACTIVE</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>UNKNOWN</translation>
    </message>
    <message>
        <source>A publisher is streaming to the stage now.</source>
        <translation>現在、パブリッシャーがステージに配信しています。</translation>
    </message>
    <message>
        <source>Nothing is being published to the stage right now.</source>
        <translation>現在、ステージには何も配信されていません。</translation>
    </message>
    <message>
        <source>The state of the ingest configuration is not known.</source>
        <translation>取り込み設定の状態は不明です。</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
</context>
<context>
    <name>StsCall</name>
    <message>
        <source>The STS reply to %1 could not be read: %2</source>
        <translation>%1 に対する STS の応答を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>no result element</source>
        <translation>結果要素がありません</translation>
    </message>
</context>
</TS>
