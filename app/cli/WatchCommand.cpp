#include "cli/WatchCommand.h"

#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/ExitCode.h"
#include "cli/InterruptNotifier.h"
#include "core/TerminalText.h"
#include "inspect/Watcher.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace
{
// One JSON object on one line, members in WatchObservation's order
// (QJsonDocument would sort them).
QByteArray compactOrdered(const QJsonObject& object, const QStringList& order)
{
    QByteArrayList members;
    for (const QString& key : order) {
        if (!object.contains(key)) {
            continue;
        }
        const QByteArray value = QJsonDocument(QJsonArray{object.value(key)}).toJson(QJsonDocument::Compact);
        members.append(QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + ':' +
                       value.mid(1).chopped(1));
    }
    return '{' + members.join(',') + '}';
}
} // namespace

QByteArray WatchCommand::line(const WatchObservation& observation, bool json)
{
    if (json) {
        return compactOrdered(observation.toJson(), WatchObservation::jsonOrder()) + '\n';
    }
    const QString state = observation.isError() ? QStringLiteral("ERROR") : observation.state;
    // Outside text (names, the service's messages) is made safe for a terminal.
    return QStringLiteral("%1  %2  %3  %4\n")
        .arg(observation.timestamp(), observation.arn, TerminalText::sanitize(state),
             TerminalText::sanitize(observation.changeText()))
        .toUtf8();
}

int WatchCommand::run(CliSession& session)
{
    const CliOptions& options = session.options();
    QList<IngestConfigurationArn> arns;
    for (const QString& text : options.arns) {
        const IngestConfigurationArn arn = IngestConfigurationArn::parse(text);
        if (!arn.isValid()) {
            return CliOutput::usageError(tr("argument --arn: %1").arg(arn.explanation()));
        }
        arns.append(arn);
    }
    InspectionEngine* engine = session.engine();
    // Each look would repeat the same warnings: say each one once.
    QObject::disconnect(engine, &InspectionEngine::warning, engine, nullptr);
    auto shown = std::make_shared<QSet<QString>>();
    QObject::connect(engine, &InspectionEngine::warning, engine,
                     [shown](const QString&, const InspectionWarning& warning) {
                         if (!shown->contains(warning.text)) {
                             shown->insert(warning.text);
                             CliOutput::err(tr("Warning: %1").arg(warning.text) + u'\n');
                         }
                     });
    Watcher watcher(engine);
    for (const IngestConfigurationArn& arn : std::as_const(arns)) {
        watcher.add(arn);
    }
    watcher.setIntervalSeconds(options.intervalSeconds);
    if (watcher.effectiveIntervalSeconds() > options.intervalSeconds) {
        CliOutput::err(tr("Note: looking every %1 seconds instead of %2, so watching %3 configurations in one account "
                          "and region takes at most %4 of the 5 GetIngestConfiguration requests a second that the "
                          "account shares with everything else.\n")
                           .arg(watcher.effectiveIntervalSeconds())
                           .arg(options.intervalSeconds)
                           .arg(Watcher::floorSeconds(arns) * Watcher::RequestsPerSecondShare)
                           .arg(Watcher::RequestsPerSecondShare));
    }
    // Lines for people by default; JSON when asked (or AWS_DEFAULT_OUTPUT says so).
    const bool json = options.outputGiven && options.output == QLatin1String("json");
    QObject::connect(&watcher, &Watcher::changed, &watcher,
                     [json](const WatchObservation& observation) { CliOutput::out(line(observation, json)); });
    QEventLoop loop;
    InterruptNotifier interrupt;
    QObject::connect(&interrupt, &InterruptNotifier::interrupted, &loop, [&loop] { loop.quit(); });
    watcher.start();
    loop.exec();
    watcher.stop();
    return ExitCode::Success;
}
