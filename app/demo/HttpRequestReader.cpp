#include "demo/HttpRequestReader.h"

bool HttpRequestReader::parseHead()
{
    const QList<QByteArray> lines = m_buffer.left(m_headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3) {
        m_problem = QStringLiteral("bad request line");
        return false;
    }
    m_request.method = requestLine.at(0);
    m_request.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            m_problem = QStringLiteral("bad header line");
            return false;
        }
        m_request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    bool ok = true;
    const QByteArray length = m_request.header("Content-Length");
    m_contentLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!ok || m_contentLength < 0) {
        m_problem = QStringLiteral("bad Content-Length");
        return false;
    }
    return true;
}

HttpRequestReader::State HttpRequestReader::feed(const QByteArray& bytes)
{
    m_buffer += bytes;
    // A TLS ClientHello (0x16…) or other binary never becomes a request line:
    // say so at once rather than wait for a blank line that will not come.
    if (!m_buffer.isEmpty() && !(m_buffer.front() >= 'A' && m_buffer.front() <= 'Z')) {
        m_problem = QStringLiteral("not an HTTP request");
        return State::Malformed;
    }
    if (m_headEnd < 0) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return State::Incomplete;
        }
        m_headEnd = end;
        if (!parseHead()) {
            return State::Malformed;
        }
    }
    const qsizetype bodyStart = m_headEnd + 4;
    if (m_buffer.size() - bodyStart < m_contentLength) {
        return State::Incomplete;
    }
    m_request.body = m_buffer.mid(bodyStart, m_contentLength);
    m_request.raw = m_buffer.left(bodyStart + m_contentLength);
    return State::Complete;
}
