#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <functional>

// Transport settings of a call. Timeouts follow the AWS CLI: 60 s each by
// default, 0 for none. Milliseconds in 64 bits: no setting can overflow.
struct AwsHttpOptions
{
    qint64 connectTimeoutMs = 60000;
    qint64 readTimeoutMs = 60000;
    // The most one attempt may take from start to the last byte of the reply,
    // so a server that drips its reply a byte at a time cannot hold a call
    // forever. 0 derives it: connect timeout + read timeout, or none when
    // either of those is none.
    qint64 attemptDeadlineMs = 0;
    // No reply of the APIs we call comes near these; a bigger one means a
    // wrong endpoint, and reading it all would only waste memory.
    qint64 maxReplyBytes = 1024 * 1024;
    qint64 maxHeaderBytes = 64 * 1024;
    QByteArray userAgent;
    // The signing clock; tests pin it. The transport's clock-skew correction
    // is applied on top.
    std::function<QDateTime()> clock;
    // The AWS SDKs' "standard" retry mode: at most this many attempts, with
    // jittered exponential backoff of random() * min(2^(n-1), 20) base delays.
    int maxAttempts = 3;
    int retryBaseDelayMs = 1000;
    // Plain http:// carries signed requests only to loopback hosts, unless a
    // host is allowed here explicitly (a warning says so), or any configured
    // endpoint is (--allow-http-endpoint: default endpoints are always https).
    QStringList allowedHttpHosts;
    bool allowPlainHttp = false;

    qint64 effectiveAttemptDeadlineMs() const
    {
        if (attemptDeadlineMs > 0) {
            return attemptDeadlineMs;
        }
        return connectTimeoutMs > 0 && readTimeoutMs > 0 ? connectTimeoutMs + readTimeoutMs : 0;
    }
};
