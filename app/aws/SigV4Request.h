#pragma once

#include "aws/HttpHeader.h"

#include <QString>

// Everything SigV4 needs to know about one HTTP request. Plain data: the
// signer never looks at a QNetworkRequest, so it can be tested on its own.
struct SigV4Request
{
    QByteArray method = QByteArrayLiteral("GET");
    // Host exactly as the Host header will carry it, with ":port" when the URL
    // names a port: Qt sends the port, so it must be signed.
    QByteArray host;
    // The path as it appears on the request line (already percent-encoded).
    QByteArray path = QByteArrayLiteral("/");
    // Decoded query parameters; the signer encodes and sorts them.
    QList<QPair<QString, QString>> query;
    // Extra headers to sign (Content-Type and the like). Host, X-Amz-Date and
    // X-Amz-Security-Token are added by the signer.
    HttpHeaderList headers;
    QByteArray body;
    QString region;
    QString service;
};
