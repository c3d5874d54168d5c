#pragma once

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

// The access token that `aws sso login` leaves in ~/.aws/sso/cache, named by
// the SHA-1 of the sso-session name (or, for legacy profiles, of the start
// URL). It is re-read on every use, so a fresh login works without a
// restart.
class SsoTokenCache
{
    Q_DECLARE_TR_FUNCTIONS(SsoTokenCache)

public:
    struct Token
    {
        QString accessToken;
        QDateTime expiresAt;
    };

    static QString cachePath(const QString& home, const QString& sessionNameOrStartUrl);
    // Nothing, with *problem set, when the file is missing or unreadable.
    static std::optional<Token> read(const QString& home, const QString& sessionNameOrStartUrl, QString* problem);
};
