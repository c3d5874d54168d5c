#pragma once

#include <QCoreApplication>
#include <QObject>

#include <functional>

// Where secrets live: the OS keychain in the app, memory for "this session
// only" and in tests. Every operation is asynchronous and calls back exactly
// once, on the context object's thread, unless the context is gone.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Ok,
        NotFound,
        Unavailable, // no keychain service (no D-Bus session, no Secret Service)
        Denied,      // locked, or the user said no
        Timeout,     // the keychain accepted the call and never answered
        Other,
    };
    Q_ENUM(Status)

    using Callback = std::function<void(Status status, const QByteArray& data, const QString& message)>;

    using QObject::QObject;

    virtual void read(const QString& key, QObject* context, Callback done) = 0;
    virtual void write(const QString& key, const QByteArray& data, QObject* context, Callback done) = 0;
    virtual void remove(const QString& key, QObject* context, Callback done) = 0;
    // Shown to the user: "System keychain", "This session only".
    virtual QString displayName() const = 0;

    // What happened and what to do about it, in words.
    static QString explain(Status status, const QString& detail);
};
