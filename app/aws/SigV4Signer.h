#pragma once

#include "aws/AwsCredentials.h"
#include "aws/SigV4Request.h"
#include "aws/SigV4Result.h"

#include <QDateTime>

// AWS Signature Version 4 (AWS IAM User Guide, "Create a signed AWS API
// request"): no clock (the caller passes the time) and no network. The steps
// are public so tests can check each against AWS's published suite. Not pure:
// sign() remembers, per thread, the last signing key it derived (for one
// secret, date, region and service), so the HMAC chain runs once a day rather
// than per request.
class SigV4Signer
{
public:
    static SigV4Result sign(const SigV4Request& request, const AwsCredentials& credentials, const QDateTime& now);

    static QByteArray amzDate(const QDateTime& now);
    static QByteArray canonicalUri(const QByteArray& path);
    static QByteArray canonicalQuery(const QList<QPair<QString, QString>>& query);
    // Lower-cased, trimmed, sorted "name:value" lines; repeated names joined by ",".
    static HttpHeaderList canonicalHeaders(const HttpHeaderList& headers);
    static QByteArray
    signingKey(const QString& secret, const QByteArray& date, const QString& region, const QString& service);
    static QByteArray hexSha256(const QByteArray& data);
    // The Authorization value with the signature replaced, safe for logs.
    static QByteArray redactAuthorization(const QByteArray& authorization);

private:
    static QByteArray
    cachedSigningKey(const QString& secret, const QByteArray& date, const QString& region, const QString& service);
    static QByteArray hmac(const QByteArray& key, const QByteArray& message);
    static QByteArray trimmedValue(const QByteArray& value);
};
