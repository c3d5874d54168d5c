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

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
