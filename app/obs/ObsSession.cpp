#include "obs/ObsSession.h"

#include "obs/ObsSettingsReader.h"
#include "obs/ObsStreamKey.h"
#include "obs/ObsStreamWatcher.h"
#include "obs/ObsWebSocketClient.h"

#include <QJsonObject>
#include <QPointer>

#include <memory>

ObsSession::ObsSession(QObject* parent)
    : QObject(parent)
    , m_client(new ObsWebSocketClient(this))
{
    connect(m_client, &ObsWebSocketClient::eventReceived, this, [this](const QString& type, const QJsonObject& data) {
        if (type == QLatin1String("StreamStateChanged")) {
            emit streamStateChanged(data.value(QStringLiteral("outputState")).toString(),
                                    data.value(QStringLiteral("outputActive")).toBool());
        }
    });
}

void ObsSession::connectToObs(const QUrl& url, const ObsPassword::Provider& password, Done done)
{
    // One of the two signals fires once; the other connection must not
    // outlive it, so both hang off a context that is deleted then.
    auto* context = new QObject(this);
    auto finish = [context, done](const ObsError& error) {
        context->deleteLater();
        done(error);
    };
    connect(m_client, &ObsWebSocketClient::identified, context, [finish] { finish(ObsError()); });
    connect(m_client, &ObsWebSocketClient::failed, context, [finish](const ObsError& error) { finish(error); });
    m_client->open(url, password ? password() : QString());
}

void ObsSession::close()
{
    m_client->close();
}

void ObsSession::readSettings(SettingsDone done)
{
    ObsSettingsReader::read(m_client, this, std::move(done));
}

void ObsSession::compareService(const QString& server, const QString& key, ComparisonDone done)
{
    m_client->request(QStringLiteral("GetStreamServiceSettings"), {}, this, [server, key, done](const ObsReply& reply) {
        ObsServiceComparison comparison;
        const QJsonObject settings = reply.data.value(QStringLiteral("streamServiceSettings")).toObject();
        const QString currentKey = settings.value(QStringLiteral("key")).toString();
        comparison.currentType = reply.data.value(QStringLiteral("streamServiceType")).toString();
        comparison.currentServer = settings.value(QStringLiteral("server")).toString();
        comparison.currentKeyMasked = ObsStreamKey::mask(currentKey);
        comparison.newServer = server;
        comparison.newKeyMasked = ObsStreamKey::mask(key);
        comparison.sameServer = comparison.currentServer == server;
        comparison.sameKey = currentKey == key;
        done(comparison, reply.error);
    });
}

void ObsSession::setService(const QString& server, const QString& key, Done done)
{
    const QJsonObject settings{{QStringLiteral("server"), server}, {QStringLiteral("key"), key}};
    simpleRequest(QStringLiteral("SetStreamServiceSettings"),
                  {{QStringLiteral("streamServiceType"), QStringLiteral("rtmp_custom")},
                   {QStringLiteral("streamServiceSettings"), settings}},
                  std::move(done));
}

void ObsSession::simpleRequest(const QString& type, const QJsonObject& data, Done done)
{
    m_client->request(type, data, this, [done](const ObsReply& reply) { done(reply.error); });
}

void ObsSession::applyPlan(const ObsFixPlan& plan, Done done)
{
    applyFrom(plan.changes, 0, std::move(done));
}

void ObsSession::applyFrom(const QList<ObsParameterChange>& changes, qsizetype index, Done done)
{
    if (index >= changes.size()) {
        done(ObsError());
        return;
    }
    const ObsParameterChange& change = changes.at(index);
    if (change.isVideoSetting()) {
        applyVideo(changes, index, std::move(done));
        return;
    }
    QJsonObject data{{QStringLiteral("parameterCategory"), change.category},
                     {QStringLiteral("parameterName"), change.name}};
    // A null value deletes the parameter, which restores "not set".
    data.insert(QStringLiteral("parameterValue"), change.newValue ? QJsonValue(*change.newValue) : QJsonValue());
    simpleRequest(QStringLiteral("SetProfileParameter"), data, [this, changes, index, done](const ObsError& error) {
        if (error.isError()) {
            done(error);
        } else {
            applyFrom(changes, index + 1, done);
        }
    });
}

void ObsSession::applyVideo(const QList<ObsParameterChange>& changes, qsizetype index, Done done)
{
    // SetVideoSettings takes fields in pairs: send the run of video changes
    // that starts here as one request.
    QJsonObject data;
    qsizetype next = index;
    while (next < changes.size() && changes.at(next).isVideoSetting()) {
        data.insert(changes.at(next).name, changes.at(next).newValue.value_or(QString()).toInt());
        ++next;
    }
    simpleRequest(QStringLiteral("SetVideoSettings"), data, [this, changes, next, done](const ObsError& error) {
        if (error.isError()) {
            done(error);
        } else {
            applyFrom(changes, next, done);
        }
    });
}

void ObsSession::startStream(Done done)
{
    simpleRequest(QStringLiteral("StartStream"), {}, std::move(done));
}

void ObsSession::stopStream(Done done)
{
    simpleRequest(QStringLiteral("StopStream"), {}, std::move(done));
}

void ObsSession::streamStatus(StatusDone done)
{
    m_client->request(QStringLiteral("GetStreamStatus"), {}, this,
                      [done](const ObsReply& reply) { done(ObsStreamStatus::fromJson(reply.data), reply.error); });
}

ObsStreamWatcher* ObsSession::newWatcher(int timeoutMs, OutcomeDone done)
{
    // The watcher reports once and is deleted after that.
    auto self = std::make_shared<QPointer<ObsStreamWatcher>>();
    auto* watcher = new ObsStreamWatcher(
        m_client, timeoutMs, 500,
        [self, done](const ObsStreamOutcome& outcome) {
            if (*self) {
                (*self)->deleteLater();
            }
            done(outcome);
        },
        this);
    *self = watcher;
    return watcher;
}

void ObsSession::watchStream(int timeoutMs, OutcomeDone done)
{
    newWatcher(timeoutMs, std::move(done))->start();
}

void ObsSession::startAndWatch(int timeoutMs, OutcomeDone done)
{
    const QPointer<ObsStreamWatcher> watcher = newWatcher(timeoutMs, std::move(done));
    watcher->listen();
    startStream([watcher](const ObsError& error) {
        if (!watcher) {
            return;
        } else if (error.isError()) {
            watcher->fail(error);
        } else {
            watcher->beginPolling();
        }
    });
}
