#include "aws/AwsIniFile.h"
#include "aws/AwsSharedConfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <malloc.h>

class TestAwsSharedConfig : public QObject
{
    Q_OBJECT

private slots:
    void iniValue_data();
    void iniValue();
    void iniSectionsInFileOrder();
    void iniDefaultSectionIsNotListed();
    void iniCommentLinesAreNotKeys();
    void iniProblems_data();
    void iniProblems();
    void iniProblemsAreInLineOrder();
    void iniDuplicateKeyInRepeatedSection();
    void iniProblemWithoutPath();

    void profileSections_data();
    void profileSections();
    void profileNamesAreSortedUnion();
    void malformedProfileSectionsAreIgnoredWithANote_data();
    void malformedProfileSectionsAreIgnoredWithANote();
    void profileDefaultWinsOverDefault_data();
    void profileDefaultWinsOverDefault();
    void laterSectionForSameProfileReplacesEarlier();
    void credentialsOverrideConfig();
    void credentialsSectionsNeedNoPrefix();
    void ssoSession();
    void endpointUrl_data();
    void endpointUrl();
    void missingServicesSectionIsAProblem();
    void emptyServicesSectionIsAProblem();
    void region();

    void loadFromHome();
    void loadFromEnvironmentPaths();
    void loadExpandsTildeAndVariables();
    void loadMissingFilesIsFine();
    void loadEmptyVariableNamesNoFile();
    void loadDirectoryIsIgnored();
    void loadInvalidUtf8IsAProblem();
    void loadUnreadableFileIsAProblem();
    void loadProblemsNameTheFileUnderHome();
    void problemsNeverQuoteASecret_data();
    void problemsNeverQuoteASecret();
    void aFloodOfProblemsIsCounted();
    void bigFileStaysModest();
    void laterSimpleValueReplacesNestedBlock();
};

namespace
{
// The services example from the AWS documentation, for IVS Real-Time.
const QString kLocalIvs = QStringLiteral("[profile dev]\n"
                                         "region = us-west-2\n"
                                         "services = local-ivs\n"
                                         "[services local-ivs]\n"
                                         "ivs_realtime =\n"
                                         "  endpoint_url = http://localhost:4566\n");

void writeFile(const QString& path, const QByteArray& contents)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
    QCOMPARE(file.write(contents), contents.size());
}

QProcessEnvironment homeEnvironment(const QString& home)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("USERPROFILE"), home);
    return env;
}
} // namespace

void TestAwsSharedConfig::iniValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    const QString s = QStringLiteral("s");
    QTest::newRow("equals") << QStringLiteral("[s]\nregion = us-east-1\n") << s << QStringLiteral("region")
                            << QStringLiteral("us-east-1");
    QTest::newRow("colon") << QStringLiteral("[s]\nregion: eu-west-1\n") << s << QStringLiteral("region")
                           << QStringLiteral("eu-west-1");
    QTest::newRow("no spaces") << QStringLiteral("[s]\nregion=eu-west-1\n") << s << QStringLiteral("region")
                               << QStringLiteral("eu-west-1");
    QTest::newRow("first delimiter is colon")
        << QStringLiteral("[s]\nurl: http://h/?a=b\n") << s << QStringLiteral("url") << QStringLiteral("http://h/?a=b");
    QTest::newRow("first delimiter is equals")
        << QStringLiteral("[s]\nendpoint_url = http://localhost:4566\n") << s << QStringLiteral("endpoint_url")
        << QStringLiteral("http://localhost:4566");
    QTest::newRow("key lower-cased and trimmed")
        << QStringLiteral("[s]\n  AWS_Access_Key_ID   = AKIDEXAMPLE\n") << s << QStringLiteral("aws_access_key_id")
        << QStringLiteral("AKIDEXAMPLE");
    QTest::newRow("key with spaces") << QStringLiteral("[s]\nA Key : v = w\n") << s << QStringLiteral("a key")
                                     << QStringLiteral("v = w");
    QTest::newRow("value trimmed") << QStringLiteral("[s]\nregion =  \t us-east-1 \t \n") << s
                                   << QStringLiteral("region") << QStringLiteral("us-east-1");
    QTest::newRow("value case kept") << QStringLiteral("[s]\noutput = JSON\n") << s << QStringLiteral("output")
                                     << QStringLiteral("JSON");
    QTest::newRow("empty value") << QStringLiteral("[s]\nregion =\n") << s << QStringLiteral("region") << QString();
    QTest::newRow("no inline # comment") << QStringLiteral("[s]\nregion = us-east-1 # x\n") << s
                                         << QStringLiteral("region") << QStringLiteral("us-east-1 # x");
    QTest::newRow("no inline ; comment") << QStringLiteral("[s]\nregion = us-east-1 ; x\n") << s
                                         << QStringLiteral("region") << QStringLiteral("us-east-1 ; x");
    QTest::newRow("indented comment") << QStringLiteral("[s]\n   # region = commented\n\t; region = too\nregion = a\n")
                                      << s << QStringLiteral("region") << QStringLiteral("a");
    QTest::newRow("continuation") << QStringLiteral("[s]\nv = a\n  b\n\tc\nw = d\n") << s << QStringLiteral("v")
                                  << QStringLiteral("a\nb\nc");
    QTest::newRow("after continuation") << QStringLiteral("[s]\nv = a\n  b\nw = d\n") << s << QStringLiteral("w")
                                        << QStringLiteral("d");
    QTest::newRow("comment inside continuation")
        << QStringLiteral("[s]\nv = a\n  # gone\n  b\n") << s << QStringLiteral("v") << QStringLiteral("a\nb");
    // RawConfigParser's empty_lines_in_values keeps a blank line between continuation lines.
    QTest::newRow("blank line inside continuation")
        << QStringLiteral("[s]\nv = a\n\n  b\n") << s << QStringLiteral("v") << QStringLiteral("a\n\nb");
    QTest::newRow("trailing blank lines dropped")
        << QStringLiteral("[s]\nv = a\n\n\n[t]\n") << s << QStringLiteral("v") << QStringLiteral("a");
    QTest::newRow("same indent is the next key")
        << QStringLiteral("[s]\n  a = 1\n  b = 2\n") << s << QStringLiteral("a") << QStringLiteral("1");
    QTest::newRow("indented header continues a value")
        << QStringLiteral("[s]\nv = a\n  [t]\n") << s << QStringLiteral("v") << QStringLiteral("a\n[t]");
    QTest::newRow("nested") << QStringLiteral("[s]\nivs_realtime =\n  endpoint_url = http://localhost:4566\n") << s
                            << QStringLiteral("ivs_realtime.endpoint_url") << QStringLiteral("http://localhost:4566");
    QTest::newRow("nested with comment and blank line")
        << QStringLiteral("[s]\nsts =\n  # local\n\n  endpoint_url=http://h:1\n") << s
        << QStringLiteral("sts.endpoint_url") << QStringLiteral("http://h:1");
    QTest::newRow("nested key case kept") << QStringLiteral("[s]\ns3 =\n  Addressing_Style = path\n") << s
                                          << QStringLiteral("s3.Addressing_Style") << QStringLiteral("path");
    QTest::newRow("nested parent key is lower-cased")
        << QStringLiteral("[s]\nIVS_Realtime =\n  endpoint_url = http://h\n") << s
        << QStringLiteral("ivs_realtime.endpoint_url") << QStringLiteral("http://h");
    QTest::newRow("CRLF") << QStringLiteral("[s]\r\nregion = us-east-1\r\n\r\nv = a\r\n  b\r\n") << s
                          << QStringLiteral("v") << QStringLiteral("a\nb");
    QTest::newRow("CRLF value") << QStringLiteral("[s]\r\nregion = us-east-1\r\n") << s << QStringLiteral("region")
                                << QStringLiteral("us-east-1");
    QTest::newRow("CR only") << QStringLiteral("[s]\rregion = us-east-1\r") << s << QStringLiteral("region")
                             << QStringLiteral("us-east-1");
    QTest::newRow("BOM") << QStringLiteral("\uFEFF[s]\nregion = us-east-1\n") << s << QStringLiteral("region")
                         << QStringLiteral("us-east-1");
    QTest::newRow("no final newline") << QStringLiteral("[s]\nregion = us-east-1") << s << QStringLiteral("region")
                                      << QStringLiteral("us-east-1");
    QTest::newRow("text after header bracket")
        << QStringLiteral("[s] # note\nregion = a\n") << s << QStringLiteral("region") << QStringLiteral("a");
    QTest::newRow("spaces inside brackets kept") << QStringLiteral("[ s ]\nregion = a\n") << QStringLiteral(" s ")
                                                 << QStringLiteral("region") << QStringLiteral("a");
    QTest::newRow("section name case kept") << QStringLiteral("[Prod]\nregion = a\n") << QStringLiteral("Prod")
                                            << QStringLiteral("region") << QStringLiteral("a");
    QTest::newRow("DEFAULT lends its keys") << QStringLiteral("[DEFAULT]\nregion = d\n[s]\noutput = json\n") << s
                                            << QStringLiteral("region") << QStringLiteral("d");
    QTest::newRow("section beats DEFAULT") << QStringLiteral("[s]\nregion = s\n[DEFAULT]\nregion = d\n") << s
                                           << QStringLiteral("region") << QStringLiteral("s");
    QTest::newRow("unknown key") << QStringLiteral("[s]\nregion = a\n") << s << QStringLiteral("output") << QString();
    QTest::newRow("unknown section") << QStringLiteral("[s]\nregion = a\n") << QStringLiteral("t")
                                     << QStringLiteral("region") << QString();
}

void TestAwsSharedConfig::iniValue()
{
    QFETCH(QString, text);
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const AwsIniFile ini = AwsIniFile::parse(text, QStringLiteral("test.ini"));
    QVERIFY2(ini.problems().isEmpty(), qPrintable(ini.problems().join(u'\n')));
    QCOMPARE(ini.value(section, key), expected);
    QCOMPARE(ini.section(section).value(key), expected);
}

void TestAwsSharedConfig::iniSectionsInFileOrder()
{
    const AwsIniFile ini =
        AwsIniFile::parse(QStringLiteral("[zeta]\na = 1\n[alpha]\n[ mid ]\n[zeta]\nb = 2\n[profile x]\n"));
    QCOMPARE(ini.sections(), QStringList({QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral(" mid "),
                                          QStringLiteral("profile x")}));
    QVERIFY(ini.hasSection(QStringLiteral("alpha")));
    QVERIFY(ini.section(QStringLiteral("alpha")).isEmpty());
    QVERIFY(!ini.hasSection(QStringLiteral("mid")));
    QVERIFY(!ini.hasSection(QStringLiteral("ZETA")));
    // The repeated [zeta] adds to the first one.
    const QHash<QString, QString> zeta{{QStringLiteral("a"), QStringLiteral("1")},
                                       {QStringLiteral("b"), QStringLiteral("2")}};
    QCOMPARE(ini.section(QStringLiteral("zeta")), zeta);
}

void TestAwsSharedConfig::iniDefaultSectionIsNotListed()
{
    const AwsIniFile ini = AwsIniFile::parse(QStringLiteral("[DEFAULT]\nregion = d\n[s]\n"));
    QCOMPARE(ini.sections(), QStringList{QStringLiteral("s")});
    QVERIFY(!ini.hasSection(QStringLiteral("DEFAULT")));
    QCOMPARE(ini.value(QStringLiteral("DEFAULT"), QStringLiteral("region")), QStringLiteral("d"));
    QVERIFY(ini.problems().isEmpty());
}

void TestAwsSharedConfig::iniCommentLinesAreNotKeys()
{
    const AwsIniFile ini =
        AwsIniFile::parse(QStringLiteral("# top\n; top\n[s]\n# region = a\n  ; output = b\nc = d\n"));
    const QHash<QString, QString> expected{{QStringLiteral("c"), QStringLiteral("d")}};
    QCOMPARE(ini.section(QStringLiteral("s")), expected);
    QVERIFY(ini.problems().isEmpty());
}

void TestAwsSharedConfig::iniProblems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<QString>("key"); // in section "s", still read despite the problem
    QTest::addColumn<QString>("value");

    QTest::newRow("key before any section")
        << QStringLiteral("region = us-east-1\n[s]\nb = 1\n") << 1 << QStringLiteral("region = us-east-1")
        << QStringLiteral("b") << QStringLiteral("1");
    QTest::newRow("neither header nor key")
        << QStringLiteral("[s]\na = 1\n\njust words\nb = 2\n") << 4 << QStringLiteral("just words")
        << QStringLiteral("b") << QStringLiteral("2");
    QTest::newRow("empty brackets") << QStringLiteral("[s]\n[]\nb = 2\n") << 2 << QStringLiteral("[]")
                                    << QStringLiteral("b") << QStringLiteral("2");
    QTest::newRow("missing key") << QStringLiteral("[s]\n= value\nb = 2\n") << 2 << QStringLiteral("= value")
                                 << QStringLiteral("b") << QStringLiteral("2");
    QTest::newRow("duplicate key, last wins") << QStringLiteral("[s]\nb = 1\nc = 3\nB = 2\n") << 4
                                              << QStringLiteral("line 2") << QStringLiteral("b") << QStringLiteral("2");
    QTest::newRow("duplicate section, merged") << QStringLiteral("[s]\na = 1\n[t]\nx = y\n[s]\nb = 2\n") << 5
                                               << QStringLiteral("[s]") << QStringLiteral("a") << QStringLiteral("1");
    QTest::newRow("nested line without equals")
        << QStringLiteral("[s]\nsvc =\n  endpoint_url: http://h\n  region = r\n") << 3
        << QStringLiteral("endpoint_url: http://h") << QStringLiteral("svc.region") << QStringLiteral("r");
    QTest::newRow("BOM not counted as a line") << QStringLiteral("\uFEFF[s]\nb = 1\noops\n") << 3
                                               << QStringLiteral("oops") << QStringLiteral("b") << QStringLiteral("1");
    QTest::newRow("CRLF line numbers") << QStringLiteral("[s]\r\nb = 1\r\n\r\noops\r\n") << 4 << QStringLiteral("oops")
                                       << QStringLiteral("b") << QStringLiteral("1");
}

void TestAwsSharedConfig::iniProblems()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, mentions);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const AwsIniFile ini = AwsIniFile::parse(text, QStringLiteral("~/.aws/config"));
    QCOMPARE(ini.problems().size(), 1);
    const QString problem = ini.problems().constFirst();
    QVERIFY2(problem.startsWith(QStringLiteral("~/.aws/config line %1: ").arg(line)), qPrintable(problem));
    QVERIFY2(problem.contains(mentions), qPrintable(problem));
    QCOMPARE(ini.value(QStringLiteral("s"), key), value);
}

void TestAwsSharedConfig::iniProblemsAreInLineOrder()
{
    // The nested block is only split after the whole file is read; its
    // problem must still come before the later line's.
    const AwsIniFile ini =
        AwsIniFile::parse(QStringLiteral("[s]\nsvc =\n  broken\n[t]\nalso broken\n"), QStringLiteral("f"));
    QCOMPARE(ini.problems().size(), 2);
    QVERIFY2(ini.problems().at(0).startsWith(QStringLiteral("f line 3: ")), qPrintable(ini.problems().at(0)));
    QVERIFY2(ini.problems().at(1).startsWith(QStringLiteral("f line 5: ")), qPrintable(ini.problems().at(1)));
}

void TestAwsSharedConfig::iniDuplicateKeyInRepeatedSection()
{
    // RawConfigParser counts keys per section over the whole file, so a key
    // set again in a repeated section is a duplicate too.
    const AwsIniFile ini = AwsIniFile::parse(QStringLiteral("[s]\nb = 1\n[t]\n[s]\nb = 2\n"), QStringLiteral("f"));
    QCOMPARE(ini.problems().size(), 2);
    QVERIFY2(ini.problems().at(0).startsWith(QStringLiteral("f line 4: ")), qPrintable(ini.problems().at(0)));
    QVERIFY2(ini.problems().at(1).startsWith(QStringLiteral("f line 5: ")), qPrintable(ini.problems().at(1)));
    QVERIFY2(ini.problems().at(1).contains(QStringLiteral("line 2")), qPrintable(ini.problems().at(1)));
    QCOMPARE(ini.value(QStringLiteral("s"), QStringLiteral("b")), QStringLiteral("2"));
}

void TestAwsSharedConfig::iniProblemWithoutPath()
{
    const AwsIniFile ini = AwsIniFile::parse(QStringLiteral("[s]\noops\n"));
    QCOMPARE(ini.problems().size(), 1);
    QVERIFY2(ini.problems().constFirst().startsWith(QStringLiteral("line 2: ")), qPrintable(ini.problems().at(0)));
}

void TestAwsSharedConfig::profileSections_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("profile"); // empty: not a profile

    QTest::newRow("default") << QStringLiteral("default") << QStringLiteral("default");
    QTest::newRow("profile") << QStringLiteral("profile dev") << QStringLiteral("dev");
    QTest::newRow("extra spaces") << QStringLiteral("profile   dev ") << QStringLiteral("dev");
    QTest::newRow("tab") << QStringLiteral("profile\tdev") << QStringLiteral("dev");
    QTest::newRow("double quotes") << QStringLiteral("profile \"with space\"") << QStringLiteral("with space");
    QTest::newRow("single quotes") << QStringLiteral("profile 'with space'") << QStringLiteral("with space");
    QTest::newRow("escaped space") << QStringLiteral("profile with\\ space") << QStringLiteral("with space");
    QTest::newRow("escaped quote in quotes") << QStringLiteral("profile \"a\\\"b\"") << QStringLiteral("a\"b");
    QTest::newRow("backslash kept in double quotes") << QStringLiteral("profile \"a\\b\"") << QStringLiteral("a\\b");
    QTest::newRow("backslash kept in single quotes") << QStringLiteral("profile 'a\\b'") << QStringLiteral("a\\b");
    QTest::newRow("quotes inside a word") << QStringLiteral("profile a\"b c\"d") << QStringLiteral("ab cd");
    QTest::newRow("name case kept") << QStringLiteral("profile Prod") << QStringLiteral("Prod");
    // botocore only checks that the section name starts with "profile".
    QTest::newRow("prefix only") << QStringLiteral("profilex y") << QStringLiteral("y");
    QTest::newRow("upper-case prefix") << QStringLiteral("Profile dev") << QString();
    QTest::newRow("leading space") << QStringLiteral(" profile dev") << QString();
    QTest::newRow("spaced default") << QStringLiteral(" default ") << QString();
    QTest::newRow("DEFAULT") << QStringLiteral("Default") << QString();
    QTest::newRow("other section") << QStringLiteral("preview") << QString();
    QTest::newRow("plugins") << QStringLiteral("plugins") << QString();
}

void TestAwsSharedConfig::profileSections()
{
    QFETCH(QString, section);
    QFETCH(QString, profile);
    const AwsSharedConfig shared =
        AwsSharedConfig::fromText(QStringLiteral("[%1]\nregion = eu-central-1\n").arg(section), QString());
    QVERIFY2(shared.problems().isEmpty(), qPrintable(shared.problems().join(u'\n')));
    if (profile.isEmpty()) {
        QVERIFY(shared.profileNames().isEmpty());
        return;
    }
    QCOMPARE(shared.profileNames(), QStringList{profile});
    QVERIFY(shared.hasProfile(profile));
    QCOMPARE(shared.region(profile), QStringLiteral("eu-central-1"));
    QCOMPARE(shared.configFileProfile(profile).value(QStringLiteral("region")), QStringLiteral("eu-central-1"));
    QVERIFY(shared.credentialsFileProfile(profile).isEmpty());
}

void TestAwsSharedConfig::profileNamesAreSortedUnion()
{
    const AwsSharedConfig shared = AwsSharedConfig::fromText(
        QStringLiteral("[profile zed]\n[default]\n[profile beta]\n[sso-session corp]\n[services s]\n[preview]\n"),
        QStringLiteral("[beta]\n[alpha]\n[profile zed]\n"));
    QCOMPARE(shared.profileNames(),
             QStringList({QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("default"),
                          QStringLiteral("profile zed"), QStringLiteral("zed")}));
    QVERIFY(shared.hasProfile(QStringLiteral("alpha")));
    QVERIFY(!shared.hasProfile(QStringLiteral("corp")));
    QVERIFY(!shared.hasProfile(QStringLiteral("preview")));
    QVERIFY(!shared.hasProfile(QStringLiteral("s")));
    QVERIFY(shared.problems().isEmpty());
}

void TestAwsSharedConfig::malformedProfileSectionsAreIgnoredWithANote_data()
{
    QTest::addColumn<QString>("section");
    QTest::newRow("unquoted space") << QStringLiteral("profile my name");
    QTest::newRow("no name") << QStringLiteral("profile");
    QTest::newRow("unclosed quote") << QStringLiteral("profile \"my name");
    QTest::newRow("trailing backslash") << QStringLiteral("profile dev\\");
    QTest::newRow("sso-session without name") << QStringLiteral("sso-session");
    QTest::newRow("services with two names") << QStringLiteral("services a b");
}

void TestAwsSharedConfig::malformedProfileSectionsAreIgnoredWithANote()
{
    QFETCH(QString, section);
    const AwsSharedConfig shared =
        AwsSharedConfig::fromText(QStringLiteral("[%1]\nregion = a\n").arg(section), QString());
    QVERIFY(shared.profileNames().isEmpty());
    QCOMPARE(shared.problems().size(), 1);
    QVERIFY2(shared.problems().constFirst().contains(QStringLiteral("[%1]").arg(section)),
             qPrintable(shared.problems().constFirst()));
}

void TestAwsSharedConfig::profileDefaultWinsOverDefault_data()
{
    QTest::addColumn<QString>("config");
    QTest::newRow("profile default first") << QStringLiteral("[profile default]\nregion = p\n[default]\nregion = d\n"
                                                             "output = json\n");
    QTest::newRow("profile default last") << QStringLiteral("[default]\nregion = d\noutput = json\n"
                                                            "[profile default]\nregion = p\n");
}

void TestAwsSharedConfig::profileDefaultWinsOverDefault()
{
    QFETCH(QString, config);
    const AwsSharedConfig shared = AwsSharedConfig::fromText(config, QString());
    QCOMPARE(shared.profileNames(), QStringList{QStringLiteral("default")});
    // The whole [default] section is set aside, not merged.
    const QHash<QString, QString> expected{{QStringLiteral("region"), QStringLiteral("p")}};
    QCOMPARE(shared.profile(QStringLiteral("default")), expected);
    QCOMPARE(shared.problems().size(), 1);
    QVERIFY2(shared.problems().constFirst().contains(QStringLiteral("[profile default] is used")),
             qPrintable(shared.problems().constFirst()));
}

void TestAwsSharedConfig::laterSectionForSameProfileReplacesEarlier()
{
    const AwsSharedConfig shared = AwsSharedConfig::fromText(
        QStringLiteral("[profile a]\nregion = one\noutput = json\n[profile \"a\"]\nregion = two\n"), QString());
    const QHash<QString, QString> expected{{QStringLiteral("region"), QStringLiteral("two")}};
    QCOMPARE(shared.profile(QStringLiteral("a")), expected);
    QCOMPARE(shared.problems().size(), 1);
    QVERIFY2(shared.problems().constFirst().contains(QStringLiteral("[profile \"a\"]")),
             qPrintable(shared.problems().constFirst()));
}

void TestAwsSharedConfig::credentialsOverrideConfig()
{
    const AwsSharedConfig shared =
        AwsSharedConfig::fromText(QStringLiteral("[profile dev]\nregion = us-west-2\naws_access_key_id = FROMCONFIG\n"
                                                 "output = json\n"),
                                  QStringLiteral("[dev]\naws_access_key_id = FROMCREDS\naws_secret_access_key = s\n"));
    const QHash<QString, QString> merged{{QStringLiteral("region"), QStringLiteral("us-west-2")},
                                         {QStringLiteral("output"), QStringLiteral("json")},
                                         {QStringLiteral("aws_access_key_id"), QStringLiteral("FROMCREDS")},
                                         {QStringLiteral("aws_secret_access_key"), QStringLiteral("s")}};
    QCOMPARE(shared.profile(QStringLiteral("dev")), merged);
    QCOMPARE(shared.configFileProfile(QStringLiteral("dev")).value(QStringLiteral("aws_access_key_id")),
             QStringLiteral("FROMCONFIG"));
    QCOMPARE(shared.credentialsFileProfile(QStringLiteral("dev")).value(QStringLiteral("aws_access_key_id")),
             QStringLiteral("FROMCREDS"));
    QCOMPARE(shared.credentialsFileProfile(QStringLiteral("dev")).size(), 2);
    QVERIFY(shared.problems().isEmpty());
}

void TestAwsSharedConfig::credentialsSectionsNeedNoPrefix()
{
    const AwsSharedConfig shared = AwsSharedConfig::fromText(
        QString(), QStringLiteral("[default]\naws_access_key_id = A\n[profile x]\naws_access_key_id = B\n"));
    QCOMPARE(shared.profileNames(), QStringList({QStringLiteral("default"), QStringLiteral("profile x")}));
    QCOMPARE(shared.profile(QStringLiteral("profile x")).value(QStringLiteral("aws_access_key_id")),
             QStringLiteral("B"));
    QVERIFY(!shared.hasProfile(QStringLiteral("x")));
    QVERIFY(shared.configFileProfile(QStringLiteral("default")).isEmpty());
}

void TestAwsSharedConfig::ssoSession()
{
    const AwsSharedConfig shared =
        AwsSharedConfig::fromText(QStringLiteral("[profile sso]\nsso_session = my-sso\nsso_account_id = 123456789012\n"
                                                 "sso_role_name = Admin\n"
                                                 "[sso-session my-sso]\nsso_region = us-east-1\n"
                                                 "sso_start_url = https://my-sso-portal.awsapps.com/start\n"
                                                 "sso_registration_scopes = sso:account:access\n"
                                                 "[sso-session \"with space\"]\nsso_region = eu-west-1\n"),
                                  QStringLiteral("[sso-session my-sso]\nsso_region = nope\n"));
    const QHash<QString, QString> expected{
        {QStringLiteral("sso_region"), QStringLiteral("us-east-1")},
        {QStringLiteral("sso_start_url"), QStringLiteral("https://my-sso-portal.awsapps.com/start")},
        {QStringLiteral("sso_registration_scopes"), QStringLiteral("sso:account:access")}};
    QCOMPARE(shared.ssoSession(QStringLiteral("my-sso")), expected);
    QCOMPARE(shared.ssoSession(QStringLiteral("with space")).value(QStringLiteral("sso_region")),
             QStringLiteral("eu-west-1"));
    QVERIFY(shared.ssoSession(QStringLiteral("other")).isEmpty());
    QCOMPARE(shared.profile(QStringLiteral("sso")).value(QStringLiteral("sso_session")), QStringLiteral("my-sso"));
    // In the credentials file the section is a profile with an odd name, as for botocore.
    QVERIFY(shared.hasProfile(QStringLiteral("sso-session my-sso")));
    QVERIFY(!shared.hasProfile(QStringLiteral("my-sso")));
}

void TestAwsSharedConfig::endpointUrl_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("credentials");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("serviceKey");
    QTest::addColumn<QString>("expected");

    QTest::newRow("documented services example")
        << kLocalIvs << QString() << QStringLiteral("dev") << QStringLiteral("ivs_realtime")
        << QStringLiteral("http://localhost:4566");
    QTest::newRow("service key case") << kLocalIvs << QString() << QStringLiteral("dev")
                                      << QStringLiteral("IVS_REALTIME") << QStringLiteral("http://localhost:4566");
    QTest::newRow("other service in section")
        << kLocalIvs << QString() << QStringLiteral("dev") << QStringLiteral("sts") << QString();
    QTest::newRow("other service falls back to profile")
        << kLocalIvs + QStringLiteral("[profile dev]\nendpoint_url = http://global:1\n") << QString()
        << QStringLiteral("dev") << QStringLiteral("sso") << QStringLiteral("http://global:1");
    QTest::newRow("services section beats profile")
        << QStringLiteral("[default]\nendpoint_url = http://global:1\nservices = s\n"
                          "[services s]\nsts =\n  endpoint_url = http://sts:2\n")
        << QString() << QStringLiteral("default") << QStringLiteral("sts") << QStringLiteral("http://sts:2");
    QTest::newRow("profile endpoint only")
        << QStringLiteral("[default]\nendpoint_url = http://global:1\n") << QString() << QStringLiteral("default")
        << QStringLiteral("ivs_realtime") << QStringLiteral("http://global:1");
    QTest::newRow("nothing configured") << QStringLiteral("[default]\nregion = us-east-1\n") << QString()
                                        << QStringLiteral("default") << QStringLiteral("ivs_realtime") << QString();
    QTest::newRow("unknown profile") << kLocalIvs << QString() << QStringLiteral("prod")
                                     << QStringLiteral("ivs_realtime") << QString();
    QTest::newRow("empty service endpoint falls back")
        << QStringLiteral("[default]\nendpoint_url = http://global:1\nservices = s\n"
                          "[services s]\nsts =\n  endpoint_url =\n  region = x\n")
        << QString() << QStringLiteral("default") << QStringLiteral("sts") << QStringLiteral("http://global:1");
    QTest::newRow("flat key in services section is not nested")
        << QStringLiteral("[default]\nservices = s\n[services s]\nsts = http://flat\n") << QString()
        << QStringLiteral("default") << QStringLiteral("sts") << QString();
    QTest::newRow("services named in credentials file")
        << QStringLiteral("[profile dev]\nregion = us-west-2\n[services local-ivs]\n"
                          "ivs_realtime =\n  endpoint_url = http://localhost:4566\n")
        << QStringLiteral("[dev]\nservices = local-ivs\n") << QStringLiteral("dev") << QStringLiteral("ivs_realtime")
        << QStringLiteral("http://localhost:4566");
    QTest::newRow("credentials endpoint overrides config")
        << QStringLiteral("[default]\nendpoint_url = http://config\n")
        << QStringLiteral("[default]\n"
                          "endpoint_url = http://creds\n")
        << QStringLiteral("default") << QStringLiteral("sts") << QStringLiteral("http://creds");
}

void TestAwsSharedConfig::endpointUrl()
{
    QFETCH(QString, config);
    QFETCH(QString, credentials);
    QFETCH(QString, profile);
    QFETCH(QString, serviceKey);
    QFETCH(QString, expected);
    const AwsSharedConfig shared = AwsSharedConfig::fromText(config, credentials);
    QCOMPARE(shared.endpointUrl(profile, serviceKey), expected);
}

void TestAwsSharedConfig::missingServicesSectionIsAProblem()
{
    const AwsSharedConfig shared = AwsSharedConfig::fromText(
        QStringLiteral("[profile dev]\nservices = nope\nendpoint_url = http://global:1\n[profile ok]\n"), QString());
    QCOMPARE(shared.problems(),
             QStringList{QStringLiteral("profile dev names services section nope, which does not exist")});
    QCOMPARE(shared.endpointUrl(QStringLiteral("dev"), QStringLiteral("ivs_realtime")),
             QStringLiteral("http://global:1"));
}

void TestAwsSharedConfig::emptyServicesSectionIsAProblem()
{
    const AwsSharedConfig shared =
        AwsSharedConfig::fromText(QStringLiteral("[default]\nservices = s\n[services s]\n"), QString());
    QVERIFY(shared.services(QStringLiteral("s")).isEmpty());
    QCOMPARE(shared.problems().size(), 1);
    QVERIFY2(shared.problems().constFirst().contains(QStringLiteral("profile default names services section s")),
             qPrintable(shared.problems().constFirst()));
    QCOMPARE(shared.endpointUrl(QStringLiteral("default"), QStringLiteral("sts")), QString());
}

void TestAwsSharedConfig::region()
{
    const AwsSharedConfig shared =
        AwsSharedConfig::fromText(kLocalIvs, QStringLiteral("[other]\nregion = ap-south-1\n"));
    QCOMPARE(shared.region(QStringLiteral("dev")), QStringLiteral("us-west-2"));
    QCOMPARE(shared.region(QStringLiteral("other")), QStringLiteral("ap-south-1"));
    QCOMPARE(shared.region(QStringLiteral("missing")), QString());
    const QHash<QString, QString> services{
        {QStringLiteral("ivs_realtime.endpoint_url"), QStringLiteral("http://localhost:4566")}};
    QCOMPARE(shared.services(QStringLiteral("local-ivs")), services);
    QVERIFY(shared.problems().isEmpty());
    QVERIFY(shared.configPath().isEmpty());
    QVERIFY(shared.credentialsPath().isEmpty());
}

void TestAwsSharedConfig::loadFromHome()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    writeFile(home.filePath(QStringLiteral(".aws/config")), kLocalIvs.toUtf8());
    writeFile(home.filePath(QStringLiteral(".aws/credentials")),
              QByteArrayLiteral("[dev]\r\naws_access_key_id = AKID\r\naws_secret_access_key = SECRET\r\n"));

    const AwsSharedConfig shared = AwsSharedConfig::load(homeEnvironment(home.path()));
    QCOMPARE(shared.configPath(), home.filePath(QStringLiteral(".aws/config")));
    QCOMPARE(shared.credentialsPath(), home.filePath(QStringLiteral(".aws/credentials")));
    QVERIFY2(shared.problems().isEmpty(), qPrintable(shared.problems().join(u'\n')));
    QCOMPARE(shared.profileNames(), QStringList{QStringLiteral("dev")});
    QCOMPARE(shared.region(QStringLiteral("dev")), QStringLiteral("us-west-2"));
    QCOMPARE(shared.profile(QStringLiteral("dev")).value(QStringLiteral("aws_secret_access_key")),
             QStringLiteral("SECRET"));
    QCOMPARE(shared.endpointUrl(QStringLiteral("dev"), QStringLiteral("ivs_realtime")),
             QStringLiteral("http://localhost:4566"));
}

void TestAwsSharedConfig::loadFromEnvironmentPaths()
{
    QTemporaryDir home;
    QTemporaryDir elsewhere;
    QVERIFY(home.isValid() && elsewhere.isValid());
    writeFile(home.filePath(QStringLiteral(".aws/config")), QByteArrayLiteral("[profile home]\nregion = h\n"));
    writeFile(home.filePath(QStringLiteral(".aws/credentials")), QByteArrayLiteral("[homecreds]\n"));
    const QString configPath = elsewhere.filePath(QStringLiteral("my config"));
    const QString credentialsPath = elsewhere.filePath(QStringLiteral("creds.ini"));
    writeFile(configPath, QByteArrayLiteral("\xEF\xBB\xBF[profile there]\nregion = t\n"));
    writeFile(credentialsPath, QByteArrayLiteral("[there]\naws_access_key_id = K\n"));

    QProcessEnvironment env = homeEnvironment(home.path());
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), configPath);
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), credentialsPath);
    const AwsSharedConfig shared = AwsSharedConfig::load(env);
    QCOMPARE(shared.configPath(), configPath);
    QCOMPARE(shared.credentialsPath(), credentialsPath);
    QVERIFY2(shared.problems().isEmpty(), qPrintable(shared.problems().join(u'\n')));
    QCOMPARE(shared.profileNames(), QStringList{QStringLiteral("there")});
    QCOMPARE(shared.region(QStringLiteral("there")), QStringLiteral("t"));
    QCOMPARE(shared.profile(QStringLiteral("there")).value(QStringLiteral("aws_access_key_id")), QStringLiteral("K"));
}

void TestAwsSharedConfig::loadExpandsTildeAndVariables()
{
    QTemporaryDir home;
    QTemporaryDir elsewhere;
    QVERIFY(home.isValid() && elsewhere.isValid());
    writeFile(home.filePath(QStringLiteral("conf/aws.ini")), QByteArrayLiteral("[default]\nregion = tilde\n"));
    writeFile(elsewhere.filePath(QStringLiteral("creds")), QByteArrayLiteral("[default]\noutput = text\n"));

    QProcessEnvironment env = homeEnvironment(home.path());
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("~/conf/aws.ini"));
    env.insert(QStringLiteral("MY_DIR"), elsewhere.path());
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("${MY_DIR}/creds"));
    const AwsSharedConfig shared = AwsSharedConfig::load(env);
    QCOMPARE(shared.configPath(), home.filePath(QStringLiteral("conf/aws.ini")));
    QCOMPARE(shared.credentialsPath(), elsewhere.filePath(QStringLiteral("creds")));
    const QHash<QString, QString> expected{{QStringLiteral("region"), QStringLiteral("tilde")},
                                           {QStringLiteral("output"), QStringLiteral("text")}};
    QCOMPARE(shared.profile(QStringLiteral("default")), expected);

    // An unknown variable stays as written, as in Python's os.path.expandvars.
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("$NOT_SET_ANYWHERE/config"));
    QCOMPARE(AwsSharedConfig::load(env).configPath(), QStringLiteral("$NOT_SET_ANYWHERE/config"));
}

void TestAwsSharedConfig::loadMissingFilesIsFine()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const AwsSharedConfig shared = AwsSharedConfig::load(homeEnvironment(home.path()));
    QCOMPARE(shared.configPath(), home.filePath(QStringLiteral(".aws/config")));
    QCOMPARE(shared.credentialsPath(), home.filePath(QStringLiteral(".aws/credentials")));
    QVERIFY(shared.problems().isEmpty());
    QVERIFY(shared.profileNames().isEmpty());
    QVERIFY(!shared.hasProfile(QStringLiteral("default")));
    QCOMPARE(shared.endpointUrl(QStringLiteral("default"), QStringLiteral("ivs_realtime")), QString());
}

void TestAwsSharedConfig::loadEmptyVariableNamesNoFile()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    writeFile(home.filePath(QStringLiteral(".aws/config")), QByteArrayLiteral("[default]\nregion = home\n"));
    QProcessEnvironment env = homeEnvironment(home.path());
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), QString());
    // botocore takes a set-but-empty variable at its word: there is no config file.
    const AwsSharedConfig shared = AwsSharedConfig::load(env);
    QCOMPARE(shared.configPath(), QString());
    QVERIFY(shared.profileNames().isEmpty());
    QVERIFY(shared.problems().isEmpty());
}

void TestAwsSharedConfig::loadDirectoryIsIgnored()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".aws/config")));
    writeFile(home.filePath(QStringLiteral(".aws/credentials")), QByteArrayLiteral("[default]\n"));
    const AwsSharedConfig shared = AwsSharedConfig::load(homeEnvironment(home.path()));
    QVERIFY(shared.problems().isEmpty());
    QCOMPARE(shared.profileNames(), QStringList{QStringLiteral("default")});
}

void TestAwsSharedConfig::loadInvalidUtf8IsAProblem()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    writeFile(home.filePath(QStringLiteral(".aws/config")), QByteArrayLiteral("[default]\nregion = caf\xE9\n"));
    const AwsSharedConfig shared = AwsSharedConfig::load(homeEnvironment(home.path()));
    QCOMPARE(shared.problems().size(), 1);
    QVERIFY2(shared.problems().constFirst().contains(QStringLiteral("UTF-8")),
             qPrintable(shared.problems().constFirst()));
    // The rest of the file is still read.
    QVERIFY(shared.hasProfile(QStringLiteral("default")));
}

void TestAwsSharedConfig::loadUnreadableFileIsAProblem()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QString path = home.filePath(QStringLiteral(".aws/credentials"));
    QString expectedName = QDir::toNativeSeparators(QStringLiteral("~/.aws/credentials"));
    writeFile(path, QByteArrayLiteral("[default]\naws_access_key_id = A\n"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    QProcessEnvironment env = homeEnvironment(home.path());
    if (QFile probe(path); probe.open(QIODevice::ReadOnly)) {
        // Permissions do not stop root; a write-only sysctl does.
        path = QStringLiteral("/proc/sys/vm/drop_caches");
        expectedName = path;
        if (QFile proc(path); !QFileInfo(path).isFile() || proc.open(QIODevice::ReadOnly)) {
            QSKIP("No file here is unreadable for this user.");
        }
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), path);
    }
    const AwsSharedConfig shared = AwsSharedConfig::load(env);
    QCOMPARE(shared.credentialsPath(), path);
    QCOMPARE(shared.problems().size(), 1);
    QVERIFY2(shared.problems().constFirst().startsWith(expectedName + QStringLiteral(" cannot be read")),
             qPrintable(shared.problems().constFirst()));
    QVERIFY(shared.profileNames().isEmpty());
}

void TestAwsSharedConfig::loadProblemsNameTheFileUnderHome()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    writeFile(home.filePath(QStringLiteral(".aws/config")), QByteArrayLiteral("[default]\nregion = a\n\n\noops\n"));
    const AwsSharedConfig shared = AwsSharedConfig::load(homeEnvironment(home.path()));
    QCOMPARE(shared.problems().size(), 1);
    const QString expectedStart =
        QDir::toNativeSeparators(QStringLiteral("~/.aws/config")) + QStringLiteral(" line 5: ");
    QVERIFY2(shared.problems().constFirst().startsWith(expectedStart), qPrintable(shared.problems().constFirst()));
    QCOMPARE(shared.region(QStringLiteral("default")), QStringLiteral("a"));
}

void TestAwsSharedConfig::problemsNeverQuoteASecret_data()
{
    QTest::addColumn<QString>("text");
    const QString secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    QTest::newRow("before any section") << QStringLiteral("aws_secret_access_key = %1\n").arg(secret);
    QTest::newRow("missing ] above") << QStringLiteral("[default\naws_secret_access_key = %1\n").arg(secret);
    QTest::newRow("no =") << QStringLiteral("[s]\naws_secret_access_key %1\n").arg(secret);
    QTest::newRow("a secret alone") << QStringLiteral("[s]\n%1\n").arg(secret);
    QTest::newRow("short secret, named") << QStringLiteral("[s\naws_session_token = shortish\n");
    QTest::newRow("nested") << QStringLiteral("[s]\nsvc =\n  %1\n").arg(secret);
    QTest::newRow("no key") << QStringLiteral("[s]\n= %1\n").arg(secret);
    QTest::newRow("in a section name") << QStringLiteral("[s]\n[s]\n[profile %1 x]\n").arg(secret);
}

void TestAwsSharedConfig::problemsNeverQuoteASecret()
{
    QFETCH(QString, text);
    const AwsSharedConfig shared = AwsSharedConfig::fromText(text, text);
    QVERIFY(!shared.problems().isEmpty());
    for (const QString& problem : shared.problems()) {
        QVERIFY2(!problem.contains(QLatin1String("EXAMPLEKEY")), qPrintable(problem));
        QVERIFY2(!problem.contains(QLatin1String("shortish")), qPrintable(problem));
    }
}

void TestAwsSharedConfig::aFloodOfProblemsIsCounted()
{
    QString text;
    for (int i = 0; i < 5000; ++i) {
        text += QStringLiteral("garbage line %1 \x1b[2J\n").arg(i);
    }
    const AwsIniFile ini = AwsIniFile::parse(text, QStringLiteral("f"));
    QCOMPARE(ini.problemCount(), 5000);
    QCOMPARE(ini.problems().size(), AwsIniFile::MaxProblems);
    QVERIFY(ini.problems().first().startsWith(QLatin1String("f line 1: ")));
    QVERIFY2(ini.problems().first().contains(QLatin1String("\\x1b[2J")), qPrintable(ini.problems().first()));
    const AwsSharedConfig shared = AwsSharedConfig::fromText(text, text);
    QCOMPARE(shared.problemCount(), 10000);
    QCOMPARE(shared.problems().size(), AwsIniFile::MaxProblems);
}

void TestAwsSharedConfig::bigFileStaysModest()
{
    // 240,000 profiles, about 9 MB: memory proportional to the file, a few
    // times its size at most, and any one profile still there.
    QByteArray utf8;
    for (int i = 0; i < 240000; ++i) {
        utf8 += "[profile p" + QByteArray::number(i) + "]\nregion = us-east-1\noutput = json\n\n";
    }
    const QString text = QString::fromUtf8(utf8);
#if defined(__GLIBC__)
    const size_t before = mallinfo2().uordblks;
    const AwsSharedConfig shared = AwsSharedConfig::fromText(text, QString());
    const size_t used = mallinfo2().uordblks - before;
    QVERIFY2(used < size_t(4 * utf8.size()),
             qPrintable(QStringLiteral("%1 bytes for a %2-byte file").arg(used).arg(utf8.size())));
#else
    const AwsSharedConfig shared = AwsSharedConfig::fromText(text, QString());
#endif
    QVERIFY(shared.problems().isEmpty());
    QVERIFY(shared.hasProfile(QStringLiteral("p123456")));
    QCOMPARE(shared.region(QStringLiteral("p239999")), QStringLiteral("us-east-1"));
    QCOMPARE(shared.profile(QStringLiteral("p7")).value(QStringLiteral("output")), QStringLiteral("json"));
}

void TestAwsSharedConfig::laterSimpleValueReplacesNestedBlock()
{
    // RawConfigParser keeps the last value of a key: a nested block set again
    // as a plain value is gone, and the other way round.
    const AwsIniFile ini =
        AwsIniFile::parse(QStringLiteral("[s]\nsvc =\n  a = 1\nsvc = plain\n[t]\nsvc = plain\nsvc =\n  b = 2\n"));
    const QHash<QString, QString> s{{QStringLiteral("svc"), QStringLiteral("plain")}};
    QCOMPARE(ini.section(QStringLiteral("s")), s);
    const QHash<QString, QString> t{{QStringLiteral("svc.b"), QStringLiteral("2")}};
    QCOMPARE(ini.section(QStringLiteral("t")), t);
}

QTEST_GUILESS_MAIN(TestAwsSharedConfig)
#include "TestAwsSharedConfig.moc"
