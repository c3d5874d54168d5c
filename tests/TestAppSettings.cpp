#include "core/SettingsFile.h"
#include "ui/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

// The settings file and its folder are the user's alone (0600 and 0700) from
// the first write on, whatever the umask, and a file left readable by an
// older version is closed up again.
class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void firstWriteIsPrivate();
    void readableFileIsClosedUp();

private:
    static QString file()
    {
        return QSettings().fileName();
    }
    static QFile::Permissions permissionsOf(const QString& path)
    {
        return QFileInfo(path).permissions() &
               (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup |
                QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
    }
};

void TestAppSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ivs-inspector-settings-test"));
    QCoreApplication::setApplicationName(QStringLiteral("ivs-inspector-settings-test"));
    ::umask(022); // the usual one: new files readable by everyone
}

void TestAppSettings::cleanup()
{
    QDir(QFileInfo(file()).absolutePath()).removeRecursively();
}

void TestAppSettings::firstWriteIsPrivate()
{
    QDir(QFileInfo(file()).absolutePath()).removeRecursively();
    QVERIFY(!QFileInfo::exists(file()));
    AppSettings::setLastProfile(QStringLiteral("ops"));
    QCOMPARE(AppSettings::lastProfile(), QStringLiteral("ops"));
    QCOMPARE(permissionsOf(file()), QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(permissionsOf(QFileInfo(file()).absolutePath()), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // Written again (QSettings replaces the file): still private.
    AppSettings::addRecentArn(QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/A"));
    QCOMPARE(permissionsOf(file()), QFile::ReadOwner | QFile::WriteOwner);
}

void TestAppSettings::readableFileIsClosedUp()
{
    QDir().mkpath(QFileInfo(file()).absolutePath());
    QFile::setPermissions(QFileInfo(file()).absolutePath(), QFile::Permissions(0x7755));
    QFile old(file());
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("[inspect]\nlastProfile=old\n");
    old.close();
    QFile::setPermissions(file(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    SettingsFile::protect();
    QCOMPARE(permissionsOf(file()), QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(permissionsOf(QFileInfo(file()).absolutePath()), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(AppSettings::lastProfile(), QStringLiteral("old"));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "TestAppSettings.moc"
