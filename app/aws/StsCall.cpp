#include "aws/StsCall.h"

#include "aws/EndpointResolver.h"

#include <QUrlQuery>
#include <QXmlStreamReader>

StsCall::StsCall(const QString& action, const QList<QPair<QString, QString>>& parameters, QObject* parent)
    : AwsHttpCall(parent)
    , m_action(action)
    , m_parameters(parameters)
{}

void StsCall::start(AwsTransport* transport,
                    const AwsEndpoint& endpoint,
                    const AwsCredentials& credentials,
                    const AwsHttpOptions& options)
{
    if (!endpoint.isValid()) {
        finishLater(AwsError::Category::Network, endpoint.error);
        return;
    }
    QByteArrayList form{"Action=" + QUrl::toPercentEncoding(m_action), QByteArrayLiteral("Version=2011-06-15")};
    for (const auto& [key, value] : m_parameters) {
        form.append(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    }
    AwsHttpRequest request;
    request.url = endpoint.url;
    if (request.url.path().isEmpty()) {
        request.url.setPath(QStringLiteral("/"));
    }
    request.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded; charset=utf-8")});
    request.body = form.join('&');
    request.region = endpoint.region;
    request.service = endpoint.signingName;
    request.operation = m_action;
    send(transport, request, credentials, options);
}

StsCall* StsCall::callerIdentity(AwsTransport* transport,
                                 const AwsCredentials& credentials,
                                 const QString& region,
                                 const QProcessEnvironment& env,
                                 const QString& profileEndpoint,
                                 const AwsHttpOptions& options,
                                 QObject* parent)
{
    const AwsEndpoint endpoint =
        EndpointResolver::resolve(EndpointResolver::sts(), region.isEmpty() ? QStringLiteral("us-east-1") : region,
                                  QString(), env, profileEndpoint);
    auto* call = new StsCall(QStringLiteral("GetCallerIdentity"), {}, parent);
    call->start(transport, endpoint, credentials, options);
    return call;
}

QHash<QString, QString> StsCall::readXml(const QByteArray& body, const QString& rootName, QString* problem)
{
    QHash<QString, QString> values;
    QXmlStreamReader xml(body);
    QStringList path;
    bool inside = false;
    QString text;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (inside) {
                path.append(xml.name().toString());
            } else if (xml.name() == rootName) {
                inside = true;
            }
            text.clear();
            break;
        case QXmlStreamReader::Characters:
            text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (inside && path.isEmpty()) {
                inside = false;
            } else if (inside) {
                values.insert(path.join(u'/'), text.trimmed());
                path.removeLast();
            }
            text.clear();
            break;
        default:
            break;
        }
    }
    if (xml.hasError()) {
        *problem = xml.errorString();
    }
    return values;
}

void StsCall::handleReply(int status, const HttpHeaderList& headers, const QByteArray& body)
{
    QString problem;
    if (status != 200) {
        const QHash<QString, QString> error = readXml(body, QStringLiteral("ErrorResponse"), &problem);
        AwsError failure;
        failure.httpStatus = status;
        failure.code = error.value(QStringLiteral("Error/Code"), QString::number(status));
        failure.message = error.value(QStringLiteral("Error/Message"), reasonPhrase());
        failure.requestId = error.value(QStringLiteral("RequestId"));
        failure.category = status >= 500                                   ? AwsError::Category::ServerError
                           : failure.code == QLatin1String("AccessDenied") ? AwsError::Category::AccessDenied
                           : failure.code.contains(QLatin1String("Token")) ||
                                   failure.code.contains(QLatin1String("Signature")) || status == 403
                               ? AwsError::Category::Authentication
                               : AwsError::Category::OtherService;
        failure.iamAction = QStringLiteral("sts:") + m_action;
        Q_UNUSED(headers)
        finishWithError(failure);
        return;
    }
    m_values = readXml(body, m_action + QStringLiteral("Result"), &problem);
    if (!problem.isEmpty() || m_values.isEmpty()) {
        finishWithError(AwsError::Category::MalformedReply,
                        tr("The STS reply to %1 could not be read: %2")
                            .arg(m_action, problem.isEmpty() ? tr("no result element") : problem));
        return;
    }
    finish();
}
