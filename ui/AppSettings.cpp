#include "ui/AppSettings.h"

#include "core/SettingsFile.h"
#include "ivs/IvsClient.h"

#include <QFile>
#include <QSettings>

namespace
{
QVariant get(const char* key, const QVariant& fallback = {})
{
    return QSettings().value(QLatin1String(key), fallback);
}

void set(const char* key, const QVariant& value)
{
    // The file and its folder are the user's alone from the first write on.
    SettingsFile::protect();
    QSettings settings;
    settings.setValue(QLatin1String(key), value);
    settings.sync();
    QFile::setPermissions(settings.fileName(), QFile::ReadOwner | QFile::WriteOwner);
}
} // namespace

QStringList AppSettings::recentArns()
{
    return get("inspect/recentArns").toStringList();
}

void AppSettings::addRecentArn(const QString& arn)
{
    QStringList arns = recentArns();
    arns.removeAll(arn);
    arns.prepend(arn);
    set("inspect/recentArns", arns.mid(0, MaxRecentArns));
}

QString AppSettings::lastProfile()
{
    return get("inspect/lastProfile").toString();
}

void AppSettings::setLastProfile(const QString& profile)
{
    // Settling on the profile already remembered is no news: a window opened
    // with --demo would otherwise make a settings file just to say "" (issue
    // 16: the demo writes nothing).
    if (profile == lastProfile()) {
        return;
    }
    set("inspect/lastProfile", profile);
}

QString AppSettings::draftArnText()
{
    return get("inspect/draft").toString();
}

void AppSettings::setDraftArnText(const QString& text)
{
    set("inspect/draft", text);
}

QString AppSettings::language()
{
    return get("ui/language").toString();
}

void AppSettings::setLanguage(const QString& language)
{
    set("ui/language", language);
}

int AppSettings::clipboardClearSeconds()
{
    return get("clipboard/clearSeconds", 30).toInt();
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    set("clipboard/clearSeconds", seconds);
}

int AppSettings::connectTimeoutSeconds()
{
    return get("network/connectTimeoutSeconds", 10).toInt();
}

void AppSettings::setConnectTimeoutSeconds(int seconds)
{
    set("network/connectTimeoutSeconds", seconds);
}

int AppSettings::readTimeoutSeconds()
{
    return get("network/readTimeoutSeconds", 20).toInt();
}

void AppSettings::setReadTimeoutSeconds(int seconds)
{
    set("network/readTimeoutSeconds", seconds);
}

QStringList AppSettings::allowedHttpHosts()
{
    return get("network/allowedHttpHosts").toStringList();
}

void AppSettings::setAllowedHttpHosts(const QStringList& hosts)
{
    set("network/allowedHttpHosts", hosts);
}

AwsHttpOptions AppSettings::httpOptions()
{
    AwsHttpOptions http;
    http.connectTimeoutMs = connectTimeoutSeconds() * 1000;
    http.readTimeoutMs = readTimeoutSeconds() * 1000;
    http.userAgent = IvsClient::defaultUserAgent();
    http.allowedHttpHosts = allowedHttpHosts();
    return http;
}

QString AppSettings::resultPage()
{
    return get("inspect/resultPage", QStringLiteral("golive")).toString();
}

void AppSettings::setResultPage(const QString& page)
{
    set("inspect/resultPage", page);
}

QByteArray AppSettings::windowGeometry()
{
    return get("window/geometry").toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    set("window/geometry", geometry);
}
