#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

// The command line, parsed the way the AWS CLI reads its own: global options
// may stand anywhere, as "--name value" or "--name=value".
class CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    QString command;
    QString subcommand; // configure list | delete
    QString arn;
    QString region;
    QString endpointUrl;
    QString profile;
    QString obsUrl;   // obs-check, obs-send: OBS's WebSocket server
    QStringList arns; // every --arn in order (watch takes several; other commands the last)
    // list-ingest-configurations: the service's filters and the AWS CLI's paging
    QString filterByStageArn;
    QString filterByState;
    QString startingToken;
    int maxItems = 0; // 0: all
    int pageSize = 0; // 0: the service's default
    // watch: seconds between looks
    int intervalSeconds = 10;
    // obs-send --start: seconds to wait for ACTIVE; test-signal: seconds to send (0: the command's default)
    int seconds = 0;
    bool fixEncoder = false;     // obs-send: apply "Make OBS IVS-safe"
    bool restoreEncoder = false; // obs-send: put back what --fix-encoder changed
    bool start = false;          // obs-send: start streaming and wait for ACTIVE
    bool yes = false;            // obs-send, test-signal: the confirmation, for scripts
    QString output = QStringLiteral("json");
    bool outputGiven = false;       // --output or AWS_DEFAULT_OUTPUT
    bool outputFromOption = false;  // --output (not AWS_DEFAULT_OUTPUT)
    qint64 readTimeoutSeconds = 60; // 0: none
    qint64 connectTimeoutSeconds = 60;
    bool debug = false;
    bool showStreamKey = false;     // encoder-settings: print the key and the full URL
    bool allowHttpEndpoint = false; // sign and send over plain http:// to a host that is not loopback
    bool demo = false;              // the built-in demo endpoint and profile instead of AWS
    bool help = false;
    bool version = false;
    QString error; // set when the arguments are not usable (exit 252)

    // The longest timeout a timer can wait for (2^31 - 1 ms, about 24.8 days).
    static constexpr qint64 MaxTimeoutSeconds = 2147483;
    // --seconds: at most an hour (a test signal is a test).
    static constexpr int MaxSeconds = 3600;

    static CliOptions parse(const QStringList& arguments, const QProcessEnvironment& env);
    static const QStringList& commands();

private:
    bool takeValue(const QString& name, const QString& value);
    bool takeTimeout(const QString& name, const QString& value, qint64* target);
    bool takeCount(const QString& name, const QString& value, int* target);
    void checkComplete();
    void checkDemo();
};
