#pragma once

#include "aws/HttpHeader.h"
#include "ivs/IvsClientConfig.h"
#include "ivs/IvsError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

// One signed rest-json request in flight. Emits finished() exactly once,
// with either response() or error() set. cancel() is safe at any time.
class IvsCall : public QObject
{
    Q_OBJECT

public:
    IvsCall(const QString& operation, const QJsonObject& input, QObject* parent = nullptr);
    ~IvsCall() override;

    void start(QNetworkAccessManager* nam, const IvsClientConfig& config);
    void cancel();

    QString operation() const
    {
        return m_operation;
    }
    bool isFinished() const
    {
        return m_finished;
    }
    const IvsError& error() const
    {
        return m_error;
    }
    const QJsonObject& response() const
    {
        return m_response;
    }
    QByteArray rawBody() const
    {
        return m_body;
    }
    int httpStatus() const
    {
        return m_status;
    }
    QString requestId() const
    {
        return m_requestId;
    }
    QUrl url() const
    {
        return m_url;
    }

signals:
    void finished();

protected:
    // Turns the JSON of a 200 reply into a typed result; returns an
    // explanation when the reply does not have the expected shape.
    virtual QString acceptResponse(const QJsonObject& response);

private:
    enum class Timeout
    {
        None,
        Connect,
        Read
    };

    QString m_operation;
    QJsonObject m_input;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QTimer m_connectTimer;
    QTimer m_readTimer;
    IvsClientConfig m_config;
    QByteArray m_body;
    QJsonObject m_response;
    IvsError m_error;
    QString m_requestId;
    int m_status = 0;
    Timeout m_timedOut = Timeout::None;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_finished = false;

    void onReadyRead();
    void onReplyFinished();
    void onTimeout(Timeout which);
    void finishWithError(IvsError::Category category, const QString& message);
    void finishLater(IvsError::Category category, const QString& message);
    void finish();
    void handleHttpReply(QNetworkReply* reply);
    void handleSuccess(QNetworkReply* reply);
    void handleTransportFailure(QNetworkReply* reply);
    HttpHeaderList responseHeaders(QNetworkReply* reply) const;
    QStringList secrets() const;
};
