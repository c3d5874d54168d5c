#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <functional>

// Transport settings shared by every AWS call. Timeouts follow the AWS CLI:
// 60 s each by default, 0 for none.
struct AwsHttpOptions
{
    int connectTimeoutMs = 60000;
    int readTimeoutMs = 60000;
    // No reply of the APIs we call comes near this; a bigger one means a
    // wrong endpoint, and reading it all would only waste memory.
    qint64 maxReplyBytes = 1024 * 1024;
    QByteArray userAgent;
    // The signing clock; tests pin it, clock-skew correction shifts it.
    std::function<QDateTime()> clock;
    // The AWS SDKs' "standard" retry mode: at most this many attempts, with
    // jittered exponential backoff of random() * min(2^(n-1), 20) base delays.
    int maxAttempts = 3;
    int retryBaseDelayMs = 1000;
    // Plain http:// carries signed requests only to loopback hosts, unless a
    // host is allowed here explicitly (the window then shows a warning).
    QStringList allowedHttpHosts;
};
