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
    void secretBearingConfigKeys_data();
    void secretBearingConfigKeys();
    void secretShapedRuns_data();
    void secretShapedRuns();
    void jsonEscapesHideNothing_data();
    void jsonEscapesHideNothing();
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

void TestRedactor::secretBearingConfigKeys_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("secret");
    QTest::newRow("secret key") << QStringLiteral("aws_secret_access_key = short-but-secret")
                                << QStringLiteral("short-but-secret");
    QTest::newRow("session token, colon")
        << QStringLiteral("aws_session_token: tok en with spaces") << QStringLiteral("tok en with spaces");
    QTest::newRow("legacy token, no spaces") << QStringLiteral("AWS_SECURITY_TOKEN=abc") << QStringLiteral("abc");
    QTest::newRow("quoted key") << QStringLiteral(R"({"aws_secret_access_key": "jsonish"})")
                                << QStringLiteral("jsonish");
    QTest::newRow("no delimiter") << QStringLiteral("aws_secret_access_key missingEqualsSign0001")
                                  << QStringLiteral("missingEqualsSign0001");
    QTest::newRow("no delimiter, short") << QStringLiteral("aws_secret_access_key shortval2")
                                         << QStringLiteral("shortval2");
    QTest::newRow("no delimiter, upper case")
        << QStringLiteral("AWS_SECRET_ACCESS_KEY hunter3upper") << QStringLiteral("hunter3upper");
    QTest::newRow("no delimiter, token") << QStringLiteral("aws_session_token tok1") << QStringLiteral("tok1");
    QTest::newRow("sso token") << QStringLiteral("access_token = sso-token-value") << QStringLiteral("sso-token-value");
}

void TestRedactor::secretBearingConfigKeys()
{
    QFETCH(QString, line);
    QFETCH(QString, secret);
    const QString redacted = Redactor::redact(QStringLiteral("~/.aws/credentials line 3: \"%1\" is wrong").arg(line));
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY2(redacted.contains(Redactor::mark()), qPrintable(redacted));
    // Naming a key in prose leaves the prose alone.
    const QString prose = QStringLiteral("it needs aws_access_key_id and aws_secret_access_key, or role_arn.");
    QCOMPARE(Redactor::redact(prose), prose);
}

void TestRedactor::secretShapedRuns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("redacted");
    QTest::newRow("secret access key") << QStringLiteral("oops wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY here") << true;
    QTest::newRow("session token") << QStringLiteral("IQoJb3JpZ2luX2VjEKn//////////wEaCXVzLWVhc3QtMSJHMEUCIQD+abc0123")
                                   << true;
    QTest::newRow("hex digest") << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
                                << false;
    QTest::newRow("ARN") << QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/AbCdEfGh1234")
                         << false;
    QTest::newRow("ordinary long word") << QStringLiteral("ThisIsAnOrdinaryCamelCaseWordOfFortyChars") << false;
    QTest::newRow("short mixed") << QStringLiteral("AKIDEXAMPLE/20260101/us-east-1/ivs/aws4_request") << false;
    QTest::newRow("host") << QStringLiteral("rtmps://1a2b3c4d5e6f.global-contribute.live-video.net:443/app/") << false;
}

void TestRedactor::secretShapedRuns()
{
    QFETCH(QString, text);
    QFETCH(bool, redacted);
    QCOMPARE(Redactor::redact(text) != text, redacted);
}

void TestRedactor::jsonEscapesHideNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::newRow("escaped stream key") << QStringLiteral(R"({"streamKey":"\u0072t_1_us-east-1_Id_escapedKey1"})")
                                        << QStringLiteral("escapedKey1");
    QTest::newRow("escaped member name") << QStringLiteral(
                                                R"({"\u0073treamKey":"notShapedLikeAKey","\u0073ecretAccessKey":"s3"})")
                                         << QStringLiteral("notShapedLikeAKey");
    QTest::newRow("escaped secret member")
        << QStringLiteral(R"({"\u0073ecretAccessKey":"plainSecret1"})") << QStringLiteral("plainSecret1");
    QTest::newRow("escaped slash in a known secret")
        << QStringLiteral(R"({"x":"wJalrXUtnFEMI\/K7MDENG+bPxRfiCYEXAMPLEKEY"})") << QStringLiteral("wJalrXUtnFEMI");
}

void TestRedactor::jsonEscapesHideNothing()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    const QString redacted = Redactor::redact(text);
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
