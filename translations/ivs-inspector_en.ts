<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArnBar</name>
    <message numerus="yes">
        <source>%n good ARN(s) will be inspected; skipped: %1</source>
        <translation>
            <numerusform>%n good ARN will be inspected; skipped: %1</numerusform>
            <numerusform>%n good ARNs will be inspected; skipped: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ARNs, each inspected in its own tab.</source>
        <translation>
            <numerusform>%n ARNs, each inspected in its own tab.</numerusform>
            <numerusform>%n ARNs, each inspected in its own tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArnSubmission</name>
    <message numerus="yes">
        <source>%n ARN(s) not inspected</source>
        <translation>
            <numerusform>%n ARN not inspected</numerusform>
            <numerusform>%n ARNs not inspected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s) are called %1</source>
        <translation>
            <numerusform>%n configuration is called %1</numerusform>
            <numerusform>%n configurations are called %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowsePanel</name>
    <message numerus="yes">
        <source>Listing… %n configuration(s) so far; pages wait their turn in the quota of 5 requests a second per region.</source>
        <translation>
            <numerusform>Listing… %n configuration so far; pages wait their turn in the quota of 5 requests a second per region.</numerusform>
            <numerusform>Listing… %n configurations so far; pages wait their turn in the quota of 5 requests a second per region.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) could not be listed</source>
        <translation>
            <numerusform>%n region could not be listed</numerusform>
            <numerusform>%n regions could not be listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln configuration(s)</source>
        <translation>
            <numerusform>%1 of %Ln configuration</numerusform>
            <numerusform>%1 of %Ln configurations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipboardStatus</name>
    <message numerus="yes">
        <source>The clipboard holds a stream key; it is cleared in %n second(s).</source>
        <translation>
            <numerusform>The clipboard holds a stream key; it is cleared in %n second.</numerusform>
            <numerusform>The clipboard holds a stream key; it is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsFlow</name>
    <message numerus="yes">
        <source>No profile could be read: the AWS configuration files have %n problem(s). The first:
%1
Fix the file, or add the access key of an IAM user or role that may read your ingest configurations.</source>
        <translation>
            <numerusform>No profile could be read: the AWS configuration files have %n problem. The first:
%1
Fix the file, or add the access key of an IAM user or role that may read your ingest configurations.</numerusform>
            <numerusform>No profile could be read: the AWS configuration files have %n problems. The first:
%1
Fix the file, or add the access key of an IAM user or role that may read your ingest configurations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoLiveInspection</name>
    <message numerus="yes">
        <source>%n other ingest configuration(s) use this stage (%1); each publishes as its own participant, and %2 of at most 12 publishers are live.</source>
        <translation>
            <numerusform>%n other ingest configuration uses this stage (%1); each publishes as its own participant, and %2 of at most 12 publishers are live.</numerusform>
            <numerusform>%n other ingest configurations use this stage (%1); each publishes as its own participant, and %2 of at most 12 publishers are live.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoLivePanel</name>
    <message numerus="yes">
        <source>%1 copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>%1 copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>%1 copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IngestConfigModel</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redundant ingest credentials (%n)</source>
        <translation>
            <numerusform>Redundant ingest credentials (%n)</numerusform>
            <numerusform>Redundant ingest credentials (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other members (%n)</source>
        <translation>
            <numerusform>Other members (%n)</numerusform>
            <numerusform>Other members (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectionEngine</name>
    <message numerus="yes">
        <source>the server's Date header is %n hour(s) away from this computer's clock, more than any wrong clock explains; it was not used to correct the signing time.</source>
        <translation>
            <numerusform>the server's Date header is %n hour away from this computer's clock, more than any wrong clock explains; it was not used to correct the signing time.</numerusform>
            <numerusform>the server's Date header is %n hours away from this computer's clock, more than any wrong clock explains; it was not used to correct the signing time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LastKnownStore</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveWatch</name>
    <message numerus="yes">
        <source>IVS did not report the configuration ACTIVE within %n second(s).</source>
        <translation>
            <numerusform>IVS did not report the configuration ACTIVE within %n second.</numerusform>
            <numerusform>IVS did not report the configuration ACTIVE within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message numerus="yes">
        <source>%1, %n attempt(s)</source>
        <translation>
            <numerusform>%1, %n attempt</numerusform>
            <numerusform>%1, %n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObsPanel</name>
    <message numerus="yes">
        <source>Not IVS-safe: %n setting(s) to change</source>
        <translation>
            <numerusform>Not IVS-safe: %n setting to change</numerusform>
            <numerusform>Not IVS-safe: %n settings to change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n cannot be read through OBS's API: check them in OBS (Settings &gt; Output)</source>
        <translation>
            <numerusform>; %n cannot be read through OBS's API: check them in OBS (Settings &gt; Output)</numerusform>
            <numerusform>; %n cannot be read through OBS's API: check them in OBS (Settings &gt; Output)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) of OBS's current profile will change, from the next stream start. "Restore previous settings" puts them back.</source>
        <translation>
            <numerusform>%n setting of OBS's current profile will change, from the next stream start. "Restore previous settings" puts them back.</numerusform>
            <numerusform>%n settings of OBS's current profile will change, from the next stream start. "Restore previous settings" puts them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) changed; OBS uses them from the next stream start. "Restore previous settings" puts them back.</source>
        <translation>
            <numerusform>%n setting changed; OBS uses them from the next stream start. "Restore previous settings" puts them back.</numerusform>
            <numerusform>%n settings changed; OBS uses them from the next stream start. "Restore previous settings" puts them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObsStreamBox</name>
    <message numerus="yes">
        <source>For %n second(s), a moving test pattern and a tone are published with this configuration's key: everyone in the stage %1 will see and hear them.</source>
        <translation>
            <numerusform>For %n second, a moving test pattern and a tone are published with this configuration's key: everyone in the stage %1 will see and hear them.</numerusform>
            <numerusform>For %n seconds, a moving test pattern and a tone are published with this configuration's key: everyone in the stage %1 will see and hear them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message numerus="yes">
        <source>%1 (%n s)</source>
        <translation>
            <numerusform>%1 (%n s)</numerusform>
            <numerusform>%1 (%n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stream key copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Stream key copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Stream key copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TerminalText</name>
    <message numerus="yes">
        <source>%1… (%n more character(s))</source>
        <translation>
            <numerusform>%1… (%n more character)</numerusform>
            <numerusform>%1… (%n more characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchPanel</name>
    <message numerus="yes">
        <source>Looking every %n second(s): watching takes at most one of the 5 requests a second that the account shares per region, production included.</source>
        <translation>
            <numerusform>Looking every %n second: watching takes at most one of the 5 requests a second that the account shares per region, production included.</numerusform>
            <numerusform>Looking every %n seconds: watching takes at most one of the 5 requests a second that the account shares per region, production included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s) watched; the timeline is kept across restarts.</source>
        <translation>
            <numerusform>%n configuration watched; the timeline is kept across restarts.</numerusform>
            <numerusform>%n configurations watched; the timeline is kept across restarts.</numerusform>
        </translation>
    </message>
</context>
</TS>
