#pragma once

#include "aws/AwsHttpOptions.h"

#include <QByteArray>
#include <QStringList>

// Typed access to what the app remembers between runs (QSettings, in the
// platform's usual place). Never a key, a secret or a token.
class AppSettings
{
public:
    static constexpr int MaxRecentArns = 20;

    static QStringList recentArns();
    static void addRecentArn(const QString& arn);
    static QString lastProfile(); // "" means the AWS CLI's default chain
    static void setLastProfile(const QString& profile);
    static QString draftArnText();
    static void setDraftArnText(const QString& text);
    static QString language(); // "" follows the system
    static void setLanguage(const QString& language);
    static int clipboardClearSeconds();
    static void setClipboardClearSeconds(int seconds);
    static int connectTimeoutSeconds();
    static void setConnectTimeoutSeconds(int seconds);
    static int readTimeoutSeconds();
    static void setReadTimeoutSeconds(int seconds);
    // Hosts that may be reached over plain http:// besides loopback.
    static QStringList allowedHttpHosts();
    static void setAllowedHttpHosts(const QStringList& hosts);
    // The window's transport settings: timeouts, user agent, allowed hosts.
    static AwsHttpOptions httpOptions();
    // The view a new result opens on ("golive", "fields", "raw"): the user's last choice.
    static QString resultPage();
    static void setResultPage(const QString& page);
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& geometry);
};
