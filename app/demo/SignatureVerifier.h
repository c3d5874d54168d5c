#pragma once

#include "demo/RecordedRequest.h"

#include <QDateTime>
#include <QHash>

// Checks a received request's SigV4 signature the way AWS does: it rebuilds
// the canonical request from the bytes on the wire (the headers named in
// SignedHeaders, the Host as received, the body as received) and recomputes
// the signature with the secret it knows for the access key.
class SignatureVerifier
{
public:
    enum class Verdict
    {
        Valid,
        UnknownKey,   // UnrecognizedClientException
        BadSignature, // InvalidSignatureException
        Expired,      // InvalidSignatureException, "Signature expired"
        Missing,      // MissingAuthenticationTokenException
        BadToken,     // UnrecognizedClientException
    };

    struct Result
    {
        Verdict verdict = Verdict::Missing;
        QString message;
        QString region;
        QString service;
    };

    void addKey(const QString& accessKeyId, const QString& secret, const QString& sessionToken = QString());
    Result verify(const RecordedRequest& request, const QDateTime& now) const;

private:
    struct Key
    {
        QString secret;
        QString token;
    };
    QHash<QString, Key> m_keys;
};
