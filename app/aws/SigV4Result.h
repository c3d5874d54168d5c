#pragma once

#include "aws/HttpHeader.h"

// What signing produced: the headers to put on the request, and the
// intermediate strings for diagnostics (never the signing key).
struct SigV4Result
{
    // Host, X-Amz-Date, X-Amz-Security-Token (when there is a token) and
    // Authorization, in that order.
    HttpHeaderList headersToSet;
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray credentialScope;
    QByteArray signedHeaders;
    QByteArray signature;
    QByteArray authorization;
};
