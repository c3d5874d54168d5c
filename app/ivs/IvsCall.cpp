#include "ivs/IvsCall.h"

#include "aws/RestJsonErrorParser.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace
{
QUrl operationUrl(const QUrl& base, const QString& operation)
{
    QUrl url = base;
    QString path = base.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    url.setPath(path + u'/' + operation);
    return url;
}
} // namespace

IvsCall::IvsCall(const QString& operation, const QJsonObject& input, QObject* parent)
    : AwsHttpCall(parent)
    , m_operation(operation)
    , m_input(input)
{}

void IvsCall::setWaiting(bool waiting)
{
    m_waiting = waiting;
    if (waiting) {
        emit waitingForQuota();
    }
}

void IvsCall::start(AwsTransport* transport, const IvsClientConfig& config)
{
    m_waiting = false;
    if (!config.endpoint.isValid()) {
        finishLater(AwsError::Category::Network, config.endpoint.error);
        return;
    }
    if (!config.credentials.isComplete()) {
        finishLater(AwsError::Category::Authentication, tr("No credentials were given for the request."));
        return;
    }
    AwsHttpRequest request;
    request.url = operationUrl(config.endpoint.url, m_operation);
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = QJsonDocument(m_input).toJson(QJsonDocument::Compact);
    request.region = config.endpoint.region;
    request.service = config.endpoint.signingName;
    request.operation = m_operation;
    send(transport, request, config.credentials, config.http);
}

void IvsCall::handleReply(int status, const HttpHeaderList& headers, const QByteArray& body)
{
    if (status != 200) {
        AwsError error = RestJsonErrorParser::parse(status, headers, body, reasonPhrase());
        error.iamAction = QStringLiteral("ivs:") + m_operation;
        finishWithError(error);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString why = parseError.error != QJsonParseError::NoError
                                ? tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)
                                : tr("it is not a JSON object");
        finishWithError(AwsError::Category::MalformedReply,
                        tr("The reply (%1 bytes) is not valid JSON: %2.").arg(body.size()).arg(why));
        return;
    }
    m_response = doc.object();
    const QString problem = acceptResponse(m_response);
    if (!problem.isEmpty()) {
        finishWithError(AwsError::Category::MalformedReply,
                        tr("The reply is not what %1 returns: %2").arg(m_operation, problem));
        return;
    }
    finish();
}

QString IvsCall::acceptResponse(const QJsonObject&)
{
    return {};
}
