#include "OnPublishReceiver.h"

#include <QUrlQuery>

OnPublishReceiver::OnPublishReceiver(QObject* parent)
    : LoopbackHttpServer(parent)
{}

void OnPublishReceiver::setAcceptedKey(const QString& key)
{
    m_acceptedKey = key;
}

void OnPublishReceiver::setOnAccepted(std::function<void(const QString&)> hook)
{
    m_onAccepted = std::move(hook);
}

void OnPublishReceiver::setOnDone(std::function<void(const QString&)> hook)
{
    m_onDone = std::move(hook);
}

QUrl OnPublishReceiver::callbackUrl() const
{
    QUrl callback = url();
    callback.setPath(QStringLiteral("/on-publish"));
    return callback;
}

HttpReply OnPublishReceiver::handle(const RecordedRequest& request, const SignatureVerifier::Result& auth)
{
    Q_UNUSED(auth) // nginx does not sign
    // nginx-rtmp POSTs the publish form-encoded: call=publish&name=KEY&app=app&...
    const QUrlQuery form(QString::fromUtf8(request.body).replace(u'+', u' '));
    const HttpReply ok{200, "OK", {{"Content-Type", "text/plain"}}, "ok"};
    if (form.queryItemValue(QStringLiteral("call")) == QLatin1String("publish_done")) {
        if (m_onDone) {
            m_onDone(form.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded));
        }
        return ok;
    }
    Attempt attempt;
    attempt.call = form.queryItemValue(QStringLiteral("call"), QUrl::FullyDecoded);
    attempt.streamKey = form.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    attempt.accepted = attempt.call != QLatin1String("publish") || attempt.streamKey == m_acceptedKey;
    m_attempts.append(attempt);
    if (attempt.call == QLatin1String("publish")) {
        emit publishAttempted(attempt.streamKey, attempt.accepted);
        if (attempt.accepted && m_onAccepted) {
            m_onAccepted(attempt.streamKey);
        }
    }
    return attempt.accepted ? ok : HttpReply{403, "Forbidden", {{"Content-Type", "text/plain"}}, "refused"};
}
