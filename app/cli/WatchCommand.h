#pragma once

#include <QCoreApplication>

class CliSession;
struct WatchObservation;

// `ivs-inspector watch --arn ARN [--arn ARN…] [--interval SECONDS]
// [--output json|text]`: looks at each configuration every interval and
// prints one line per look that differs from the one before (the first line
// is the current state), until interrupted (Ctrl-C: exit 0). Failed looks
// are lines too; watching goes on. The interval is raised to what the
// request quota allows for everything watched (a note on stderr says so).
class WatchCommand
{
    Q_DECLARE_TR_FUNCTIONS(WatchCommand)

public:
    static int run(CliSession& session);
    // text: "<timestamp>  <arn>  <state>  <what changed>"; json: one object.
    static QByteArray line(const WatchObservation& observation, bool json);
};
