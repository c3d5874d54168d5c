#include "ivs/IngestConfigurationArn.h"

#include <QTest>

class TestIngestConfigurationArn : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void flawed_data();
    void flawed();
    void exactlyMaxLengthIsValid();
};

using Flaw = IngestConfigurationArn::Flaw;
Q_DECLARE_METATYPE(IngestConfigurationArn::Flaw)

namespace
{
const QString kArn = QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/AbCdEfGh1234");
}

void TestIngestConfigurationArn::valid_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::newRow("plain") << kArn;
    QTest::newRow("whitespace") << QStringLiteral("  \t") + kArn + QStringLiteral("\n\r\n");
    QTest::newRow("double quotes") << QStringLiteral("\"") + kArn + QStringLiteral("\"");
    QTest::newRow("single quotes and spaces") << QStringLiteral(" ' ") + kArn + QStringLiteral(" ' ");
    QTest::newRow("curly quotes") << QStringLiteral("\u201C") + kArn + QStringLiteral("\u201D");
    QTest::newRow("backticks") << QStringLiteral("`") + kArn + QStringLiteral("`");
}

void TestIngestConfigurationArn::valid()
{
    QFETCH(QString, pasted);
    const IngestConfigurationArn arn = IngestConfigurationArn::parse(pasted);
    QVERIFY2(arn.isValid(), qPrintable(arn.explanation()));
    QCOMPARE(arn.toString(), kArn);
    QCOMPARE(arn.region(), QStringLiteral("us-east-1"));
    QCOMPARE(arn.accountId(), QStringLiteral("123456789012"));
    QCOMPARE(arn.resourceId(), QStringLiteral("AbCdEfGh1234"));
    QVERIFY(arn.explanation().isEmpty());
}

void TestIngestConfigurationArn::flawed_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<Flaw>("flaw");
    QTest::addColumn<QString>("mentions"); // a word the explanation must contain

    QTest::newRow("empty") << QStringLiteral("  \"\" ") << Flaw::Empty << QStringLiteral("ingest-configuration/");
    QTest::newRow("not an arn") << QStringLiteral("AbCdEfGh1234") << Flaw::NotAnArn << QStringLiteral("arn:");
    QTest::newRow("too few parts") << QStringLiteral("arn:aws:ivs:us-east-1") << Flaw::MissingParts
                                   << QStringLiteral("4");
    QTest::newRow("china partition") << QStringLiteral("arn:aws-cn:ivs:cn-north-1:123456789012:ingest-configuration/A")
                                     << Flaw::WrongPartition << QStringLiteral("aws-cn");
    QTest::newRow("another service") << QStringLiteral("arn:aws:s3:::my-bucket/key") << Flaw::WrongService
                                     << QStringLiteral("s3");
    QTest::newRow("endpoint prefix as service")
        << QStringLiteral("arn:aws:ivsrealtime:us-east-1:123456789012:ingest-configuration/A") << Flaw::WrongService
        << QStringLiteral("ivsrealtime");
    QTest::newRow("stage arn") << QStringLiteral("arn:aws:ivs:us-east-1:123456789012:stage/AbCdEfGh1234")
                               << Flaw::StageArn << QStringLiteral("stage");
    QTest::newRow("channel arn") << QStringLiteral("arn:aws:ivs:us-east-1:123456789012:channel/AbCdEfGh1234")
                                 << Flaw::WrongResourceType << QStringLiteral("channel");
    QTest::newRow("missing region") << QStringLiteral("arn:aws:ivs::123456789012:ingest-configuration/AbCd")
                                    << Flaw::MissingRegion << QStringLiteral("region");
    QTest::newRow("upper-case region") << QStringLiteral("arn:aws:ivs:US-EAST-1:123456789012:ingest-configuration/A")
                                       << Flaw::BadRegion << QStringLiteral("US-EAST-1");
    QTest::newRow("missing account") << QStringLiteral("arn:aws:ivs:us-east-1::ingest-configuration/AbCd")
                                     << Flaw::MissingAccount << QStringLiteral("12-digit");
    QTest::newRow("short account") << QStringLiteral("arn:aws:ivs:us-east-1:12345678901:ingest-configuration/AbCd")
                                   << Flaw::AccountNotTwelveDigits << QStringLiteral("12345678901");
    QTest::newRow("letters in account") << QStringLiteral("arn:aws:ivs:us-east-1:12345678901O:ingest-configuration/A")
                                        << Flaw::AccountNotTwelveDigits << QStringLiteral("12345678901O");
    QTest::newRow("missing id") << QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/")
                                << Flaw::MissingId << QStringLiteral("ingest-configuration/");
    QTest::newRow("underscore in id") << QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/Ab_Cd")
                                      << Flaw::BadIdCharacters << QStringLiteral("\"_\"");
    QTest::newRow("space in id") << QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/Ab Cd")
                                 << Flaw::BadIdCharacters << QStringLiteral("\" \"");
    // Invisible characters are shown escaped, never as "".
    QTest::newRow("zero-width space in id")
        << QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/Ab\u200bCd") << Flaw::BadIdCharacters
        << QStringLiteral("\"\\u200b\"");
    QTest::newRow("escape in region") << QStringLiteral(
                                             "arn:aws:ivs:us-east-1\x1b[2J:123456789012:ingest-configuration/A")
                                      << Flaw::BadRegion << QStringLiteral("\"us-east-1\\x1b[2J\"");
    QTest::newRow("too long") << QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/") +
                                     QString(80, u'a')
                              << Flaw::TooLong << QStringLiteral("136");
}

void TestIngestConfigurationArn::flawed()
{
    QFETCH(QString, pasted);
    QFETCH(Flaw, flaw);
    QFETCH(QString, mentions);
    const IngestConfigurationArn arn = IngestConfigurationArn::parse(pasted);
    QVERIFY(!arn.isValid());
    QCOMPARE(arn.flaw(), flaw);
    QVERIFY2(arn.explanation().contains(mentions), qPrintable(arn.explanation()));
}

void TestIngestConfigurationArn::exactlyMaxLengthIsValid()
{
    const QString prefix = QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/");
    const QString arn = prefix + QString(IngestConfigurationArn::MaxLength - prefix.size(), u'Z');
    QCOMPARE(arn.size(), 128);
    QVERIFY(IngestConfigurationArn::parse(arn).isValid());
    QCOMPARE(IngestConfigurationArn::parse(arn + u'Z').flaw(), Flaw::TooLong);
}

QTEST_GUILESS_MAIN(TestIngestConfigurationArn)
#include "TestIngestConfigurationArn.moc"
