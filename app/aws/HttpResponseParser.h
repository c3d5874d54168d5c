#pragma once

#include "aws/HttpHeader.h"

#include <QByteArray>

// Reads one HTTP/1.1 response from the bytes of a connection, with hard
// bounds: the status line and headers together (a server that sends a
// megabyte of headers is refused, not buffered) and the body. Bodies come
// with Content-Length, chunked, or up to the close of the connection
// (RFC 9112 section 6.3). Content-Encoding is not undone: the transport asks
// for none, so a compressed body can only be a server's mistake, and it
// counts against the body bound as it arrived (no decompression bomb).
class HttpResponseParser
{
public:
    enum class State
    {
        NeedMore,
        Complete,
        Failed,
    };
    enum class Failure
    {
        None,
        HeadersTooLarge,
        BodyTooLarge,
        Malformed,
        CutShort, // the connection closed before the response was whole
    };

    HttpResponseParser(qint64 maxHeaderBytes, qint64 maxBodyBytes);

    State feed(const QByteArray& bytes);
    // The connection closed: completes a body that runs to the close.
    State finish();

    State state() const
    {
        return m_state;
    }
    Failure failure() const
    {
        return m_failure;
    }
    QString problem() const
    {
        return m_problem;
    }
    // True once the status line and headers are in.
    bool hasHead() const
    {
        return m_headDone;
    }
    int status() const
    {
        return m_status;
    }
    QByteArray reason() const
    {
        return m_reason;
    }
    const HttpHeaderList& headers() const
    {
        return m_headers;
    }
    QByteArray header(const QByteArray& name) const;
    const QByteArray& body() const
    {
        return m_body;
    }
    // Bytes of the response seen so far, head included.
    qint64 bytesSeen() const
    {
        return m_bytesSeen;
    }
    // What the headers announced (-1 when unknown).
    qint64 announcedLength() const
    {
        return m_contentLength;
    }
    // The server lets the connection be reused for another request.
    bool keepAlive() const;

private:
    enum class BodyKind
    {
        Length,
        Chunked,
        UntilClose,
    };

    qint64 m_maxHeaderBytes;
    qint64 m_maxBodyBytes;
    QByteArray m_buffer;
    State m_state = State::NeedMore;
    Failure m_failure = Failure::None;
    QString m_problem;
    bool m_headDone = false;
    int m_status = 0;
    QByteArray m_reason;
    QByteArray m_version;
    HttpHeaderList m_headers;
    BodyKind m_bodyKind = BodyKind::UntilClose;
    qint64 m_contentLength = -1;
    qint64 m_chunkLeft = -1; // -1: a chunk-size line is expected next
    bool m_inTrailers = false;
    QByteArray m_body;
    qint64 m_bytesSeen = 0;

    State fail(Failure failure, const QString& problem);
    State parseHead();
    bool parseStatusLine(const QByteArray& line);
    bool parseHeaderLine(const QByteArray& line);
    State chooseBody();
    State parseBody();
    State parseChunks();
    State appendBody(const QByteArray& bytes);
};
