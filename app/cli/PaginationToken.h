#pragma once

#include <QString>

#include <optional>

// The AWS CLI's own pagination token (--starting-token, and "NextToken" in
// its output after --max-items), as botocore's paginator makes it
// (botocore/paginate.py: PageIterator.resume_token, TokenEncoder,
// TokenDecoder): base64 of Python's json.dumps of {"nextToken": <the
// service's token or null>} and, when the listing stopped in the middle of a
// page, "boto_truncate_amount": <items of that page already returned>.
// Reading one takes the older "<token>___<index>" form and plain service
// tokens too, as botocore does.
struct PaginationToken
{
    QString nextToken; // the service's token; empty for null
    int truncateAmount = 0;
    bool hasTruncateAmount = false;

    QString encode() const;
    // std::nullopt when the token decodes to a JSON object that is not a
    // token of this operation (botocore refuses those too).
    static std::optional<PaginationToken> decode(const QString& token);
    // Python's json.dumps of a string (ensure_ascii: everything beyond ASCII
    // as \uXXXX escapes).
    static QByteArray pythonJsonString(const QString& text);
};
