#pragma once

#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

// Runs the real ivs-inspector binary as a script would, while the calling
// test's event loop keeps serving its fake endpoints.
class CliRunner
{
public:
    struct Result
    {
        int exitCode = -1; // -1 when it crashed or hung
        QByteArray out;
        QByteArray err;
    };

    // Killed after timeoutMs (a command that waits for a stream needs longer than the default).
    static Result run(const QStringList& arguments,
                      const QProcessEnvironment& env,
                      const QByteArray& input = {},
                      int timeoutMs = 30000);
    // A clean environment: no AWS_* variables, no display, HOME and the XDG
    // folders inside home, and the D-Bus session of the test (if any).
    static QProcessEnvironment cleanEnvironment(const QString& home);
    // cleanEnvironment() plus the fake account's keys and the fake IVS
    // endpoint: where most command-line tests start.
    static QProcessEnvironment fakeAccountEnvironment(const QString& home, const QUrl& ivsEndpoint);
};
