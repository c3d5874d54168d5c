#include "aws/HttpResponseParser.h"

#include <QString>

HttpResponseParser::HttpResponseParser(qint64 maxHeaderBytes, qint64 maxBodyBytes)
    : m_maxHeaderBytes(maxHeaderBytes)
    , m_maxBodyBytes(maxBodyBytes)
{}

HttpResponseParser::State HttpResponseParser::fail(Failure failure, const QString& problem)
{
    m_state = State::Failed;
    m_failure = failure;
    m_problem = problem;
    m_buffer.clear();
    return m_state;
}

QByteArray HttpResponseParser::header(const QByteArray& name) const
{
    for (const auto& [key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

bool HttpResponseParser::keepAlive() const
{
    const QByteArray connection = header("Connection").toLower();
    if (m_version == "HTTP/1.0") {
        return connection.contains("keep-alive") && m_bodyKind != BodyKind::UntilClose;
    }
    return !connection.contains("close") && m_bodyKind != BodyKind::UntilClose;
}

HttpResponseParser::State HttpResponseParser::feed(const QByteArray& bytes)
{
    if (m_state != State::NeedMore) {
        return m_state;
    }
    m_bytesSeen += bytes.size();
    m_buffer += bytes;
    if (!m_headDone) {
        parseHead();
        if (m_state != State::NeedMore || !m_headDone) {
            return m_state;
        }
    }
    return parseBody();
}

HttpResponseParser::State HttpResponseParser::finish()
{
    if (m_state != State::NeedMore) {
        return m_state;
    }
    if (m_headDone && m_bodyKind == BodyKind::UntilClose) {
        m_state = State::Complete;
        return m_state;
    }
    return fail(Failure::CutShort, QString());
}

HttpResponseParser::State HttpResponseParser::parseHead()
{
    while (!m_headDone) {
        const qsizetype end = m_buffer.indexOf("\r\n");
        if (end < 0) {
            // Everything seen so far belongs to the head: past the bound, it
            // is too large, whole line or not.
            if (m_bytesSeen > m_maxHeaderBytes) {
                return fail(Failure::HeadersTooLarge, QString());
            }
            return m_state;
        }
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        if (m_bytesSeen - m_buffer.size() > m_maxHeaderBytes) {
            return fail(Failure::HeadersTooLarge, QString());
        }
        if (m_status == 0) {
            if (!parseStatusLine(line)) {
                return fail(Failure::Malformed, QStringLiteral("the status line is not HTTP"));
            }
            continue;
        }
        if (line.isEmpty()) {
            // 1xx answers come before the real one (RFC 9110 section 15.2).
            if (m_status >= 100 && m_status < 200) {
                m_status = 0;
                m_headers.clear();
                continue;
            }
            m_headDone = true;
            return chooseBody();
        }
        if (!parseHeaderLine(line)) {
            return fail(Failure::Malformed, QStringLiteral("a header line has no name"));
        }
    }
    return m_state;
}

bool HttpResponseParser::parseStatusLine(const QByteArray& line)
{
    // HTTP/1.1 200 OK
    const qsizetype firstSpace = line.indexOf(' ');
    if (firstSpace < 0 || !line.startsWith("HTTP/1.")) {
        return false;
    }
    m_version = line.left(firstSpace);
    const QByteArray rest = line.mid(firstSpace + 1);
    const qsizetype secondSpace = rest.indexOf(' ');
    const QByteArray code = secondSpace < 0 ? rest : rest.left(secondSpace);
    bool ok = false;
    m_status = code.toInt(&ok);
    if (!ok || code.size() != 3 || m_status < 100) {
        m_status = 0;
        return false;
    }
    m_reason = secondSpace < 0 ? QByteArray() : rest.mid(secondSpace + 1);
    return true;
}

bool HttpResponseParser::parseHeaderLine(const QByteArray& line)
{
    const qsizetype colon = line.indexOf(':');
    // Obsolete line folding (a leading space) is refused, as RFC 9112 allows.
    if (colon <= 0 || line.front() == ' ' || line.front() == '\t') {
        return false;
    }
    m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    return true;
}

HttpResponseParser::State HttpResponseParser::chooseBody()
{
    const bool noBody = m_status == 204 || m_status == 304;
    if (header("Transfer-Encoding").toLower().contains("chunked")) {
        m_bodyKind = BodyKind::Chunked;
        return m_state;
    }
    const QByteArray length = header("Content-Length");
    if (noBody) {
        m_bodyKind = BodyKind::Length;
        m_contentLength = 0;
    } else if (!length.isEmpty()) {
        bool ok = false;
        m_contentLength = length.toLongLong(&ok);
        if (!ok || m_contentLength < 0) {
            return fail(Failure::Malformed, QStringLiteral("Content-Length is not a number"));
        }
        if (m_contentLength > m_maxBodyBytes) {
            return fail(Failure::BodyTooLarge, QString());
        }
        m_bodyKind = BodyKind::Length;
    } else {
        m_bodyKind = BodyKind::UntilClose;
    }
    return m_state;
}

HttpResponseParser::State HttpResponseParser::appendBody(const QByteArray& bytes)
{
    if (m_body.size() + bytes.size() > m_maxBodyBytes) {
        return fail(Failure::BodyTooLarge, QString());
    }
    m_body += bytes;
    return m_state;
}

HttpResponseParser::State HttpResponseParser::parseBody()
{
    switch (m_bodyKind) {
    case BodyKind::Chunked:
        return parseChunks();
    case BodyKind::UntilClose:
        appendBody(m_buffer);
        m_buffer.clear();
        return m_state;
    case BodyKind::Length: {
        const qint64 wanted = m_contentLength - m_body.size();
        appendBody(m_buffer.left(wanted));
        m_buffer.clear(); // anything after the body is not ours to read
        if (m_state == State::NeedMore && m_body.size() == m_contentLength) {
            m_state = State::Complete;
        }
        return m_state;
    }
    }
    return m_state;
}

HttpResponseParser::State HttpResponseParser::parseChunks()
{
    while (m_state == State::NeedMore) {
        if (m_chunkLeft > 0) {
            const QByteArray piece = m_buffer.left(m_chunkLeft);
            m_buffer.remove(0, piece.size());
            m_chunkLeft -= piece.size();
            if (appendBody(piece) != State::NeedMore || m_chunkLeft > 0) {
                return m_state;
            }
        }
        const qsizetype end = m_buffer.indexOf("\r\n");
        if (end < 0) {
            if (m_buffer.size() > 1024) {
                return fail(Failure::Malformed, QStringLiteral("a chunk-size line is too long"));
            }
            return m_state;
        }
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        if (m_inTrailers) {
            if (line.isEmpty()) {
                m_state = State::Complete;
            }
            continue;
        }
        if (m_chunkLeft == 0) {
            // The CRLF that ends a chunk's data.
            if (!line.isEmpty()) {
                return fail(Failure::Malformed, QStringLiteral("a chunk is longer than its size says"));
            }
            m_chunkLeft = -1;
            continue;
        }
        const QByteArray size = line.left(line.indexOf(';') < 0 ? line.size() : line.indexOf(';')).trimmed();
        bool ok = false;
        m_chunkLeft = size.toLongLong(&ok, 16);
        if (!ok || m_chunkLeft < 0 || size.size() > 15) {
            return fail(Failure::Malformed, QStringLiteral("a chunk size is not a hexadecimal number"));
        }
        if (m_chunkLeft > m_maxBodyBytes) {
            return fail(Failure::BodyTooLarge, QString());
        }
        if (m_chunkLeft == 0) {
            m_inTrailers = true;
        }
    }
    return m_state;
}
