#include "core/Redactor.h"

#include <QTest>

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void streamKeysKeepOnlyTheirPrefix();
    void knownSecretsAreRemoved();
    void signaturesAndTokensAreRemoved();
    void ordinaryTextIsLeftAlone();
    void credentialsInReplies();
};

void TestRedactor::streamKeysKeepOnlyTheirPrefix()
{
    const QString json =
        QStringLiteral(R"({"streamKey":"rt_123456789012_us-east-1_AbCd_s3cr_et-Value","other":"rt_1_eu-west-1_X_y"})");
    const QString redacted = Redactor::redact(json);
    QVERIFY(!redacted.contains(QLatin1String("s3cr_et-Value")));
    QVERIFY(redacted.contains(QLatin1String("rt_123456789012_us-east-1_AbCd_<redacted>\"")));
    QVERIFY(redacted.contains(QLatin1String("rt_1_eu-west-1_X_<redacted>")));
}

void TestRedactor::knownSecretsAreRemoved()
{
    const QString secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    const QString redacted =
        Redactor::redact(QStringLiteral("key is ") + secret + QStringLiteral("!"), {secret, QString()});
    QCOMPARE(redacted, QStringLiteral("key is <redacted>!"));
}

void TestRedactor::signaturesAndTokensAreRemoved()
{
    const QString text = QStringLiteral("Authorization: AWS4-HMAC-SHA256 Credential=AKID/x, Signature=0123abcdef\n"
                                        "x-amz-security-token:FQoGZXIvYXdzEJr//////////\n"
                                        "X-Amz-Security-Token: IQoJb3JpZ2luX2VjEJr");
    const QString redacted = Redactor::redact(text);
    QVERIFY(!redacted.contains(QLatin1String("0123abcdef")));
    QVERIFY(!redacted.contains(QLatin1String("FQoGZXIvYXdzEJr")));
    QVERIFY(!redacted.contains(QLatin1String("IQoJb3JpZ2luX2VjEJr")));
    QVERIFY(redacted.contains(QLatin1String("Credential=AKID/x")));
}

void TestRedactor::ordinaryTextIsLeftAlone()
{
    const QString text = QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/AbCd rt_ alone");
    QCOMPARE(Redactor::redact(text, {QStringLiteral("short")}), text);
}

void TestRedactor::credentialsInReplies()
{
    const QString xml = QStringLiteral("<Credentials><AccessKeyId>ASIAKEY</AccessKeyId><SecretAccessKey>xmlSecret1"
                                       "</SecretAccessKey><SessionToken>xml/Token+1=</SessionToken></Credentials>");
    const QString redactedXml = Redactor::redact(xml);
    QVERIFY(!redactedXml.contains(QLatin1String("xmlSecret1")));
    QVERIFY(!redactedXml.contains(QLatin1String("xml/Token+1=")));
    QVERIFY(redactedXml.contains(QLatin1String("<AccessKeyId>ASIAKEY</AccessKeyId>")));
    const QString json = QStringLiteral(R"({"roleCredentials":{"accessKeyId":"ASIA","secretAccessKey":"jsonSecret2",)"
                                        R"("sessionToken" : "jsonToken2"},"accessToken":"ssoToken2"})");
    const QString redactedJson = Redactor::redact(json);
    for (const char* secret : {"jsonSecret2", "jsonToken2", "ssoToken2"}) {
        QVERIFY2(!redactedJson.contains(QLatin1String(secret)), secret);
    }
    QVERIFY(redactedJson.contains(QLatin1String(R"("accessKeyId":"ASIA")")));
    QVERIFY(!Redactor::redact(QStringLiteral("x-amz-sso_bearer_token: abc123def")).contains(QLatin1String("abc123")));
    QVERIFY(!Redactor::redact(QStringLiteral("SerialNumber=arn&TokenCode=123456")).contains(QLatin1String("123456")));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
