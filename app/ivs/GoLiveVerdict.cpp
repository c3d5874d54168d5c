#include "ivs/GoLiveVerdict.h"

#include "ivs/EventAdvice.h"

namespace
{
// The newest error event of any of the configuration's participants.
const ParticipantEvent* latestError(const GoLiveReport& report)
{
    const ParticipantEvent* latest = nullptr;
    for (const ParticipantStatus& participant : report.participants) {
        for (const ParticipantEvent& event : participant.events) {
            if (!event.errorCode.isEmpty() && (!latest || event.time >= latest->time)) {
                latest = &event;
            }
        }
    }
    return latest;
}
QString causeOf(const ReadinessCheck& check, const GoLiveReport& report)
{
    if (check.id == QLatin1String("stage-associated")) {
        return GoLiveVerdict::tr("the configuration is not associated with a stage");
    }
    if (check.id == QLatin1String("stage-exists")) {
        return GoLiveVerdict::tr("its stage does not exist any more");
    }
    if (check.id == QLatin1String("protocol-allowed")) {
        return GoLiveVerdict::tr("the stage offers no %1 endpoint").arg(report.configuration.ingestProtocol);
    }
    return GoLiveVerdict::tr("a check failed (%1)").arg(check.id);
}
} // namespace

QString GoLiveVerdict::id() const
{
    switch (kind) {
    case Kind::Live:
        return QStringLiteral("live");
    case Kind::Ready:
        return QStringLiteral("ready");
    case Kind::NotLive:
        return QStringLiteral("not-live");
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

GoLiveVerdict GoLiveVerdict::of(const GoLiveReport& report)
{
    GoLiveVerdict verdict;
    if (report.configuration.isActive()) {
        verdict.kind = Kind::Live;
        verdict.headline = tr("Live: a publisher is streaming to the stage.");
        return verdict;
    }
    if (const ParticipantEvent* error = latestError(report)) {
        verdict.kind = Kind::NotLive;
        verdict.headline = tr("Not live because %1.").arg(EventAdvice::cause(error->errorCode));
        verdict.fix = EventAdvice::explain(error->errorCode);
        verdict.source = QStringLiteral("participant-errors");
        return verdict;
    }
    const ReadinessCheck* unknown = nullptr;
    for (const ReadinessCheck& check : report.checks) {
        if (check.blocking && check.known && !check.ok) {
            verdict.kind = Kind::NotLive;
            verdict.headline = tr("Not live because %1.").arg(causeOf(check, report));
            verdict.fix = check.detail;
            verdict.source = check.id;
            return verdict;
        }
        if (check.blocking && !check.known && !unknown) {
            unknown = &check;
        }
    }
    if (unknown) {
        verdict.kind = Kind::Unknown;
        verdict.headline = tr("Not live, and the reason could not be read.");
        verdict.fix = unknown->detail;
        verdict.source = unknown->id;
        return verdict;
    }
    verdict.kind = Kind::Ready;
    verdict.headline = tr("Ready, waiting for a publisher.");
    verdict.fix = tr("Start the encoder with the server URL and the stream key below.");
    return verdict;
}
