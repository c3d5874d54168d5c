#pragma once

#include <QCoreApplication>
#include <QJsonObject>

class CliSession;
struct GoLiveReport;

// `ivs-inspector encoder-settings --arn ARN [--show-stream-key]`: what to
// put into OBS or FFmpeg, whether the configuration is ready, and why not.
// Exits 0 when ready, 1 when not, and as the AWS CLI on errors.
class EncoderSettingsCommand
{
    Q_DECLARE_TR_FUNCTIONS(EncoderSettingsCommand)

public:
    static int run(CliSession& session);
    static QJsonObject toJson(const GoLiveReport& report, bool showStreamKey);
};
