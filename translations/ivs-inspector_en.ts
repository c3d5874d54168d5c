<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArnBar</name>
    <message numerus="yes">
        <source>%n good ARN(s) will be inspected; skipped: %1</source>
        <translation>
            <numerusform>%n good ARN will be inspected; skipped: %1</numerusform><numerusform>%n good ARNs will be inspected; skipped: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ARNs, each inspected in its own tab.</source>
        <translation>
            <numerusform>%n ARNs, each inspected in its own tab.</numerusform><numerusform>%n ARNs, each inspected in its own tab.</numerusform></translation>
    </message>
</context>
<context>
    <name>GoLiveInspection</name>
    <message numerus="yes">
        <source>%n other ingest configuration(s) use this stage (%1); each publishes as its own participant, and %2 of at most 12 publishers are live.</source>
        <translation>
            <numerusform>%n other ingest configuration uses this stage (%1); each publishes as its own participant, and %2 of at most 12 publishers are live.</numerusform><numerusform>%n other ingest configurations use this stage (%1); each publishes as its own participant, and %2 of at most 12 publishers are live.</numerusform></translation>
    </message>
</context>
<context>
    <name>GoLivePanel</name>
    <message numerus="yes">
        <source>%1 copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>%1 copied. The clipboard is cleared in %n second.</numerusform><numerusform>%1 copied. The clipboard is cleared in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>IngestConfigModel</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform><numerusform>%1 (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Redundant ingest credentials (%n)</source>
        <translation>
            <numerusform>Redundant ingest credentials (%n)</numerusform><numerusform>Redundant ingest credentials (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Other members (%n)</source>
        <translation>
            <numerusform>Other members (%n)</numerusform><numerusform>Other members (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>InspectionEngine</name>
    <message numerus="yes">
        <source>the server's Date header is %n hour(s) away from this computer's clock, more than any wrong clock explains; it was not used to correct the signing time.</source>
        <translation>
            <numerusform>the server's Date header is %n hour away from this computer's clock, more than any wrong clock explains; it was not used to correct the signing time.</numerusform><numerusform>the server's Date header is %n hours away from this computer's clock, more than any wrong clock explains; it was not used to correct the signing time.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>The clipboard holds a stream key; it is cleared in %n second(s).</source>
        <translation>
            <numerusform>The clipboard holds a stream key; it is cleared in %n second.</numerusform><numerusform>The clipboard holds a stream key; it is cleared in %n seconds.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ARN(s) not inspected</source>
        <translation>
            <numerusform>%n ARN not inspected</numerusform><numerusform>%n ARNs not inspected</numerusform></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message numerus="yes">
        <source>%1, %n attempt(s)</source>
        <translation>
            <numerusform>%1, %n attempt</numerusform><numerusform>%1, %n attempts</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message numerus="yes">
        <source>%1 (%n s)</source>
        <translation>
            <numerusform>%1 (%n s)</numerusform><numerusform>%1 (%n s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Stream key copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Stream key copied. The clipboard is cleared in %n second.</numerusform><numerusform>Stream key copied. The clipboard is cleared in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>TerminalText</name>
    <message numerus="yes">
        <source>%1… (%n more character(s))</source>
        <translation>
            <numerusform>%1… (%n more character)</numerusform><numerusform>%1… (%n more characters)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform><numerusform>… and %n more.</numerusform></translation>
    </message>
</context>
</TS>
