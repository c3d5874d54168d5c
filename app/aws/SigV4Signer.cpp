#include "aws/SigV4Signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>

#include <algorithm>
#include <cstdio>

namespace
{
const QByteArray kAlgorithm = QByteArrayLiteral("AWS4-HMAC-SHA256");
const QByteArray kTerminator = QByteArrayLiteral("aws4_request");

// Headers that proxies and SDKs rewrite in flight, so signing them would make
// a request fail for reasons the user cannot see (aws-sdk-cpp does the same).
bool isUnsignable(const QByteArray& lowerName)
{
    return lowerName == "user-agent" || lowerName == "x-amzn-trace-id" || lowerName == "authorization" ||
           lowerName == "x-amz-date" || lowerName == "host";
}
} // namespace

QByteArray SigV4Signer::amzDate(const QDateTime& now)
{
    // Formatted by hand: QDateTime::toString is the slowest step of signing.
    const QDateTime utc = now.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    char text[17];
    std::snprintf(text, sizeof text, "%04d%02d%02dT%02d%02d%02dZ", date.year(), date.month(), date.day(), time.hour(),
                  time.minute(), time.second());
    return QByteArray(text, 16);
}

QByteArray SigV4Signer::canonicalUri(const QByteArray& path)
{
    if (path.isEmpty()) {
        return QByteArrayLiteral("/");
    }
    // The path arrives as it goes on the wire (encoded once); non-S3 services
    // expect each segment encoded a second time, which leaves ASCII paths as
    // they are.
    const QList<QByteArray> segments = path.split('/');
    QByteArrayList encoded;
    encoded.reserve(segments.size());
    for (const QByteArray& segment : segments) {
        encoded.append(segment.toPercentEncoding());
    }
    return encoded.join('/');
}

QByteArray SigV4Signer::canonicalQuery(const QList<QPair<QString, QString>>& query)
{
    // Encode first, then sort: the spec orders by the encoded bytes, which
    // differs from UTF-16 order for non-ASCII keys.
    QList<QPair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto& [key, value] : query) {
        encoded.append({QUrl::toPercentEncoding(key), QUrl::toPercentEncoding(value)});
    }
    std::sort(encoded.begin(), encoded.end());
    QByteArrayList parts;
    parts.reserve(encoded.size());
    for (const auto& [key, value] : encoded) {
        parts.append(key + '=' + value);
    }
    return parts.join('&');
}

QByteArray SigV4Signer::trimmedValue(const QByteArray& value)
{
    return value.simplified();
}

HttpHeaderList SigV4Signer::canonicalHeaders(const HttpHeaderList& headers)
{
    HttpHeaderList merged;
    for (const auto& [name, value] : headers) {
        const QByteArray lower = name.toLower();
        const auto existing =
            std::find_if(merged.begin(), merged.end(), [&lower](const HttpHeader& h) { return h.first == lower; });
        if (existing != merged.end()) {
            existing->second += ',' + trimmedValue(value);
        } else {
            merged.append({lower, trimmedValue(value)});
        }
    }
    std::sort(merged.begin(), merged.end(), [](const HttpHeader& a, const HttpHeader& b) { return a.first < b.first; });
    return merged;
}

QByteArray SigV4Signer::hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray SigV4Signer::hexSha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray SigV4Signer::cachedSigningKey(const QString& secret,
                                         const QByteArray& date,
                                         const QString& region,
                                         const QString& service)
{
    // The key depends only on these four and changes once a day: derive it
    // once (aws-sdk-cpp caches it the same way). Held in memory only.
    struct Entry
    {
        QString secret;
        QByteArray date;
        QString region;
        QString service;
        QByteArray key;
    };
    thread_local Entry last;
    if (last.key.isEmpty() || last.secret != secret || last.date != date || last.region != region ||
        last.service != service) {
        last = {secret, date, region, service, signingKey(secret, date, region, service)};
    }
    return last.key;
}

QByteArray
SigV4Signer::signingKey(const QString& secret, const QByteArray& date, const QString& region, const QString& service)
{
    const QByteArray kDate = hmac("AWS4" + secret.toUtf8(), date);
    const QByteArray kRegion = hmac(kDate, region.toUtf8());
    const QByteArray kService = hmac(kRegion, service.toUtf8());
    return hmac(kService, kTerminator);
}

QByteArray SigV4Signer::redactAuthorization(const QByteArray& authorization)
{
    const int at = authorization.indexOf("Signature=");
    if (at < 0) {
        return authorization;
    }
    return authorization.left(at) + QByteArrayLiteral("Signature=<redacted>");
}

SigV4Result SigV4Signer::sign(const SigV4Request& request, const AwsCredentials& credentials, const QDateTime& now)
{
    SigV4Result result;
    const QByteArray timestamp = amzDate(now);
    const QByteArray date = timestamp.left(8);

    // X-Amz-Date and the session token are added before canonicalising so
    // that both are covered by the signature.
    HttpHeaderList toSign;
    toSign.append({QByteArrayLiteral("Host"), request.host});
    toSign.append({QByteArrayLiteral("X-Amz-Date"), timestamp});
    result.headersToSet = toSign;
    bool hasToken = false;
    for (const auto& [name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (isUnsignable(lower)) {
            continue;
        }
        hasToken = hasToken || lower == "x-amz-security-token";
        toSign.append({name, value});
    }
    if (!credentials.sessionToken.isEmpty() && !hasToken) {
        const HttpHeader token{QByteArrayLiteral("X-Amz-Security-Token"), credentials.sessionToken.toUtf8()};
        toSign.append(token);
        result.headersToSet.append(token);
    }

    const HttpHeaderList canonical = canonicalHeaders(toSign);
    QByteArray headerBlock;
    QByteArrayList names;
    for (const auto& [name, value] : canonical) {
        headerBlock += name + ':' + value + '\n';
        names.append(name);
    }
    result.signedHeaders = names.join(';');

    result.canonicalRequest = request.method + '\n' + canonicalUri(request.path) + '\n' +
                              canonicalQuery(request.query) + '\n' + headerBlock + '\n' + result.signedHeaders + '\n' +
                              hexSha256(request.body);

    result.credentialScope = date + '/' + request.region.toUtf8() + '/' + request.service.toUtf8() + '/' + kTerminator;
    result.stringToSign =
        kAlgorithm + '\n' + timestamp + '\n' + result.credentialScope + '\n' + hexSha256(result.canonicalRequest);

    const QByteArray key = cachedSigningKey(credentials.secretAccessKey, date, request.region, request.service);
    result.signature = hmac(key, result.stringToSign).toHex();
    result.authorization = kAlgorithm + " Credential=" + credentials.accessKeyId.toUtf8() + '/' +
                           result.credentialScope + ", SignedHeaders=" + result.signedHeaders +
                           ", Signature=" + result.signature;
    result.headersToSet.append({QByteArrayLiteral("Authorization"), result.authorization});
    return result;
}
