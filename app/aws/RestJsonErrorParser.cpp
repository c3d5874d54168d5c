#include "aws/RestJsonErrorParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace
{
QString firstString(const QJsonObject& object, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString() && !value.toString().isEmpty()) {
            return value.toString();
        }
    }
    return {};
}

// Not modeled by IVS; these come from the AWS front end: the "Common Errors"
// of the AWS API references and smithy-typescript's CLOCK_SKEW_ERROR_CODES
// (packages/service-error-classification/src/constants.ts).
const QSet<QString>& authenticationCodes()
{
    static const QSet<QString> codes{
        QStringLiteral("InvalidSignatureException"),
        QStringLiteral("SignatureDoesNotMatch"),
        QStringLiteral("UnrecognizedClientException"),
        QStringLiteral("InvalidClientTokenId"),
        QStringLiteral("ExpiredTokenException"),
        QStringLiteral("ExpiredToken"),
        QStringLiteral("IncompleteSignature"),
        QStringLiteral("IncompleteSignatureException"),
        QStringLiteral("MissingAuthenticationToken"),
        QStringLiteral("MissingAuthenticationTokenException"),
        QStringLiteral("AuthFailure"),
        QStringLiteral("RequestExpired"),
        QStringLiteral("RequestInTheFuture"),
        QStringLiteral("RequestTimeTooSkewed"),
        QStringLiteral("InvalidAccessKeyId"),
    };
    return codes;
}

// The AWS SDKs' standard retry mode's throttling set (botocore retries).
const QSet<QString>& throttlingCodes()
{
    static const QSet<QString> codes{
        QStringLiteral("Throttling"),
        QStringLiteral("ThrottlingException"),
        QStringLiteral("ThrottledException"),
        QStringLiteral("RequestThrottledException"),
        QStringLiteral("TooManyRequestsException"),
        QStringLiteral("ProvisionedThroughputExceededException"),
        QStringLiteral("TransactionInProgressException"),
        QStringLiteral("RequestLimitExceeded"),
        QStringLiteral("BandwidthLimitExceeded"),
        QStringLiteral("LimitExceededException"),
        QStringLiteral("RequestThrottled"),
        QStringLiteral("SlowDown"),
        QStringLiteral("EC2ThrottledException"),
    };
    return codes;
}
} // namespace

QByteArray RestJsonErrorParser::headerValue(const HttpHeaderList& headers, const QByteArray& name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QString RestJsonErrorParser::sanitizeCode(const QString& raw)
{
    QString code = raw.trimmed();
    const qsizetype colon = code.indexOf(u':');
    if (colon >= 0) {
        code.truncate(colon);
    }
    const qsizetype hash = code.lastIndexOf(u'#');
    if (hash >= 0) {
        code = code.mid(hash + 1);
    }
    return code.trimmed();
}

AwsError::Category RestJsonErrorParser::categorize(const QString& code, int httpStatus)
{
    using C = AwsError::Category;
    if (code == QLatin1String("ResourceNotFoundException")) {
        return C::NotFound;
    }
    if (code == QLatin1String("ValidationException")) {
        return C::Validation;
    }
    if (code == QLatin1String("AccessDeniedException") || code == QLatin1String("PendingVerification")) {
        return C::AccessDenied;
    }
    if (authenticationCodes().contains(code)) {
        return C::Authentication;
    }
    if (httpStatus == 429 || throttlingCodes().contains(code)) {
        return C::Throttling;
    }
    if (httpStatus >= 500) {
        return C::ServerError;
    }
    switch (httpStatus) {
    case 400:
        return C::Validation;
    case 401:
        return C::Authentication;
    case 403:
        return C::AccessDenied;
    case 404:
        return C::NotFound;
    default:
        return C::OtherService;
    }
}

AwsError RestJsonErrorParser::parse(int httpStatus,
                                    const HttpHeaderList& headers,
                                    const QByteArray& body,
                                    const QString& reasonPhrase)
{
    AwsError error;
    error.httpStatus = httpStatus;
    error.requestId = QString::fromUtf8(headerValue(headers, "x-amzn-RequestId"));

    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject object = doc.object();
    QString code = QString::fromUtf8(headerValue(headers, "x-amzn-ErrorType"));
    if (code.isEmpty()) {
        code = firstString(object, {"code", "Code", "__type"});
    }
    code = sanitizeCode(code);
    error.code = code.isEmpty() ? QString::number(httpStatus) : code;

    error.message = firstString(object, {"exceptionMessage", "message", "Message"});
    if (error.message.isEmpty() && !doc.isObject()) {
        // An HTML page from a proxy or load balancer says nothing useful in
        // its markup; plain text might.
        const QString text = QString::fromUtf8(body).trimmed();
        const bool looksLikeMarkup = text.startsWith(u'<');
        error.message = (looksLikeMarkup || text.isEmpty()) ? reasonPhrase : text.left(500);
    }
    if (error.message.isEmpty()) {
        error.message = reasonPhrase.isEmpty() ? AwsError::tr("HTTP status %1").arg(httpStatus) : reasonPhrase;
    }
    error.category = categorize(error.code, httpStatus);
    return error;
}
