#pragma once

#include "demo/RecordedRequest.h"

// Accumulates bytes from a socket until one whole request has arrived: the
// head up to the blank line, then Content-Length bytes of body. (Answering
// at the blank line, as simple test servers do, breaks every POST.)
class HttpRequestReader
{
public:
    enum class State
    {
        Incomplete,
        Complete,
        Malformed
    };

    State feed(const QByteArray& bytes);
    const RecordedRequest& request() const
    {
        return m_request;
    }
    QString problem() const
    {
        return m_problem;
    }

private:
    QByteArray m_buffer;
    RecordedRequest m_request;
    qsizetype m_headEnd = -1;
    qint64 m_contentLength = 0;
    QString m_problem;

    bool parseHead();
};
