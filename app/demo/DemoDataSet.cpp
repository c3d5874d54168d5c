#include "demo/DemoDataSet.h"

#include "demo/IvsDataSet.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

#include <iterator>

namespace
{
const QString Account = QStringLiteral("123456789012");
const QString Region = QStringLiteral("us-east-1");

QString text(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

QString stageArn(const QString& id)
{
    return QStringLiteral("arn:aws:ivs:%1:%2:stage/%3").arg(Region, Account, id);
}

// Letters and digits derived from a seed: reproducible, random-looking.
QString derived(const QString& seed, int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString result;
    QByteArray digest = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256);
    while (result.size() < length) {
        for (const char byte : digest) {
            if (result.size() < length) {
                result.append(QLatin1Char(alphabet[static_cast<unsigned char>(byte) % 62]));
            }
        }
        digest = QCryptographicHash::hash(digest, QCryptographicHash::Sha256);
    }
    return result;
}

// The stream key layout IVS uses (rt_<account>_<region>_<id>_<secret>), with
// a secret that says it is made up.
QString streamKey(const QString& id, const QString& which = QString())
{
    return QStringLiteral("rt_%1_%2_%3_demoNotASecret%4").arg(Account, Region, id, derived(id + which, 16));
}

QString at(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

struct Config
{
    Config() = default;
    Config(const QString& id,
           const QString& name,
           const QString& protocol,
           const QString& stageId,
           const QString& participantId,
           const QString& state = QStringLiteral("INACTIVE"),
           const QString& userId = QString())
        : id(id)
        , name(name)
        , protocol(protocol)
        , stageId(stageId)
        , participantId(participantId)
        , state(state)
        , userId(userId)
    {}

    QString id;
    QString name;
    QString protocol;
    QString stageId; // empty: detached
    QString participantId;
    QString state = QStringLiteral("INACTIVE");
    QString userId;
    QJsonObject attributes;
    QJsonObject tags;

    QJsonObject toJson() const
    {
        return {{text("arn"), DemoDataSet::arn(id)},
                {text("name"), name},
                {text("ingestProtocol"), protocol},
                {text("streamKey"), streamKey(id)},
                {text("stageArn"), stageId.isEmpty() ? QString() : stageArn(stageId)},
                {text("participantId"), participantId},
                {text("state"), state},
                {text("userId"), userId},
                {text("redundantIngest"), false},
                {text("attributes"), attributes},
                {text("tags"), tags}};
    }
};

QJsonObject stage(const QString& id, const QString& name, const QString& sessionId, bool rtmp)
{
    // Made-up hosts in the shape GetStage returns; "demo" in each says so.
    const QString host = QStringLiteral("demo") + derived(id, 8).toLower();
    QJsonObject endpoints{{text("events"), QStringLiteral("wss://global.events.live-video.net")},
                          {text("whip"), QStringLiteral("https://%1.global-bm.whip.live-video.net").arg(host)}};
    if (rtmp) {
        endpoints.insert(text("rtmp"), QStringLiteral("rtmp://%1.global-contribute.live-video.net/app/").arg(host));
        endpoints.insert(text("rtmps"),
                         QStringLiteral("rtmps://%1.global-contribute.live-video.net:443/app/").arg(host));
    }
    QJsonObject stage{{text("arn"), stageArn(id)},
                      {text("name"), name},
                      {text("endpoints"), endpoints},
                      {text("tags"), QJsonObject{{text("app"), text("ivs-inspector-demo")}}}};
    if (!sessionId.isEmpty()) {
        stage.insert(text("activeSessionId"), sessionId);
    }
    return stage;
}

QJsonObject participant(const Config& config, const QString& participantId, bool connected, const QDateTime& joined)
{
    QJsonObject participant{{text("participantId"), participantId},
                            {text("state"), connected ? text("CONNECTED") : text("DISCONNECTED")},
                            {text("firstJoinTime"), at(joined)},
                            {text("published"), true},
                            {text("protocol"), config.protocol},
                            {text("ingestConfigurationArn"), DemoDataSet::arn(config.id)},
                            {text("recordingState"), text("DISABLED")}};
    if (!config.userId.isEmpty()) {
        participant.insert(text("userId"), config.userId);
    }
    return participant;
}

QJsonObject event(const char* name, const QString& participantId, const QDateTime& time, const char* errorCode = "")
{
    QJsonObject event{
        {text("name"), text(name)}, {text("participantId"), participantId}, {text("eventTime"), at(time)}};
    if (*errorCode != '\0') {
        event.insert(text("errorCode"), text(errorCode));
    }
    return event;
}

const QString MainStage = QStringLiteral("DemoMainStage");
const QString MainSession = QStringLiteral("st-DemoMainSess1");
const QString BackupStage = QStringLiteral("DemoBackupStage");
const QString BackupSession = QStringLiteral("st-DemoBackupSe1");
const QString RehearsalStage = QStringLiteral("DemoRehearsalStage");
const QString RehearsalSession = QStringLiteral("st-DemoRehearse1");

struct Venue
{
    const char* city; // in names: some are not ASCII
    const char* stageName;
};
const Venue Venues[] = {
    {"berlin", "venue-berlin"}, {"köln", "venue-koeln"},          {"zürich", "venue-zurich"},
    {"東京", "venue-tokyo"},    {"são-paulo", "venue-sao-paulo"}, {"dublin", "venue-dublin"},
};
const char* const Roles[] = {"main", "backup", "stage-left", "stage-right", "interview", "backstage", "crowd"};
const char* const PastErrors[] = {"RESOLUTION_EXCEEDED", "INVALID_VIDEO_CODEC", "BITRATE_EXCEEDED",
                                  "REUSE_OF_STREAM_KEY", "INVALID_STREAM_KEY"};

QString venueStage(int venue)
{
    return QStringLiteral("DemoVenueStage%1").arg(venue + 1);
}

QString venueSession(int venue)
{
    return QStringLiteral("st-DemoVenue%1").arg(venue + 1, 4, 10, QLatin1Char('0'));
}
} // namespace

QString DemoDataSet::arn(const QString& id)
{
    return QStringLiteral("arn:aws:ivs:%1:%2:ingest-configuration/%3").arg(Region, Account, id);
}

QStringList DemoDataSet::featuredArns()
{
    QStringList arns;
    for (const char* id : {ActiveRtmps, ErrorHistory, Redundant, Detached, NonAscii, Changing}) {
        arns.append(arn(text(id)));
    }
    return arns;
}

QStringList DemoDataSet::allFeaturedArns()
{
    return featuredArns() << arn(text(LegacyRtmp)) << arn(text(StageGone));
}

IvsStateSchedule DemoDataSet::changingSchedule(const QDateTime& started)
{
    IvsStateSchedule schedule;
    schedule.configurationId = text(Changing);
    schedule.activeSeconds = 40;
    schedule.inactiveSeconds = 20;
    schedule.start = started.addSecs(-3 * schedule.periodSeconds());
    schedule.dropErrorCodes = {QStringLiteral("BITRATE_EXCEEDED"), QString()};
    return schedule;
}

void DemoDataSet::fill(IvsDataSet* data, const QDateTime& started)
{
    addStages(data);
    addLive(data, started);
    addErrorHistory(data, started);
    addRedundant(data, started);
    addOthers(data);
    addGenerated(data, started);
    data->addSchedule(changingSchedule(started));
}

void DemoDataSet::addStages(IvsDataSet* data)
{
    data->addStage(stage(MainStage, QStringLiteral("main-stage"), MainSession, true));
    data->addStage(stage(BackupStage, QStringLiteral("backup-stage"), BackupSession, true));
    data->addStage(stage(RehearsalStage, QStringLiteral("rehearsal-stage"), RehearsalSession, true));
    // Made before RTMP ingest existed: no rtmp or rtmps endpoint.
    data->addStage(stage(QStringLiteral("DemoLegacyStage"), QStringLiteral("legacy-stage"), QString(), false));
    for (int venue = 0; venue < int(std::size(Venues)); ++venue) {
        data->addStage(stage(venueStage(venue), text(Venues[venue].stageName), venueSession(venue), true));
    }
}

void DemoDataSet::addLive(IvsDataSet* data, const QDateTime& started)
{
    Config live{text(ActiveRtmps),
                QStringLiteral("studio-a-main"),
                QStringLiteral("RTMPS"),
                MainStage,
                QStringLiteral("pDemoStudioA"),
                QStringLiteral("ACTIVE"),
                QStringLiteral("encoder-studio-a")};
    live.attributes = {{text("camera"), text("wide")}, {text("role"), text("main")}};
    live.tags = {{text("team"), text("live")}, {text("env"), text("demo")}};
    data->addIngestConfiguration(live.toJson());
    const QDateTime joined = started.addSecs(-25 * 60);
    data->addParticipant(MainSession, participant(live, live.participantId, true, joined));
    data->addEvents(
        MainSession, live.participantId,
        {event("JOINED", live.participantId, joined), event("PUBLISH_STARTED", live.participantId, joined.addSecs(1))});
    // A viewer on the same stage: not ours, and the inspector says so by leaving it out.
    data->addParticipantSummary(MainSession, {{text("participantId"), text("viewer-7")},
                                              {text("userId"), text("viewer")},
                                              {text("state"), text("CONNECTED")},
                                              {text("firstJoinTime"), at(started.addSecs(-20 * 60))},
                                              {text("published"), false}});
}

void DemoDataSet::addErrorHistory(IvsDataSet* data, const QDateTime& started)
{
    Config field{text(ErrorHistory),
                 QStringLiteral("field-camera-rtmp"),
                 QStringLiteral("RTMP"),
                 MainStage,
                 QStringLiteral("pDemoFieldCam"),
                 QStringLiteral("INACTIVE"),
                 QStringLiteral("field-cam-2")};
    field.tags = {{text("team"), text("field")}};
    data->addIngestConfiguration(field.toJson());
    const QString id = field.participantId;
    const QDateTime first = started.addSecs(-50 * 60);
    const QDateTime second = started.addSecs(-12 * 60);
    data->addParticipant(MainSession, participant(field, id, false, first));
    // First the encoder sent B-frames; after that was fixed, it sent too much.
    data->addEvents(
        MainSession, id,
        {event("JOINED", id, first), event("PUBLISH_STARTED", id, first.addSecs(1)),
         event("PUBLISH_ERROR", id, first.addSecs(2), "B_FRAME_PRESENT"), event("LEFT", id, first.addSecs(2)),
         event("JOINED", id, second), event("PUBLISH_STARTED", id, second.addSecs(1)),
         event("PUBLISH_ERROR", id, second.addSecs(95), "BITRATE_EXCEEDED"), event("LEFT", id, second.addSecs(95))});
}

void DemoDataSet::addRedundant(IvsDataSet* data, const QDateTime& started)
{
    Config pair{text(Redundant), QStringLiteral("redundant-pair"), QStringLiteral("RTMPS"),
                BackupStage,     QStringLiteral("pDemoVirtual"),   QStringLiteral("ACTIVE")};
    pair.tags = {{text("tier"), text("gold")}};
    QJsonObject json = pair.toJson();
    json.insert(text("redundantIngest"), true);
    QJsonArray credentials;
    const QDateTime joined = started.addSecs(-40 * 60);
    for (const char* physical : {"pDemoEncoderA", "pDemoEncoderB"}) {
        const QString id = text(physical);
        credentials.append(QJsonObject{{text("participantId"), id}, {text("streamKey"), streamKey(pair.id, id)}});
        QJsonObject status = participant(pair, id, true, joined);
        status.insert(text("redundantIngest"), true);
        data->addParticipant(BackupSession, status);
        data->addEvents(BackupSession, id, {event("JOINED", id, joined), event("PUBLISH_STARTED", id, joined)});
    }
    // Encoder B had a short outage and came back.
    const QString b = QStringLiteral("pDemoEncoderB");
    data->addEvents(BackupSession, b,
                    {event("PUBLISH_STOPPED", b, joined.addSecs(600)), event("LEFT", b, joined.addSecs(600)),
                     event("JOINED", b, joined.addSecs(660)), event("PUBLISH_STARTED", b, joined.addSecs(661))});
    json.insert(text("redundantIngestCredentials"), credentials);
    data->addIngestConfiguration(json);
}

void DemoDataSet::addOthers(IvsDataSet* data)
{
    Config detached{text(Detached), QStringLiteral("detached-after-disconnect"), QStringLiteral("RTMPS"), QString(),
                    QStringLiteral("pDemoDetached")};
    data->addIngestConfiguration(detached.toJson());

    // userId and attributes are any UTF-8; the name pattern is not anchored
    // in the model, so IVS accepts these too.
    Config unicode{text(NonAscii),
                   QStringLiteral("Bühne-東京-1"),
                   QStringLiteral("RTMPS"),
                   MainStage,
                   QStringLiteral("pDemoUnicode"),
                   QStringLiteral("INACTIVE"),
                   QStringLiteral("José \"DJ\" Müller / 配信者 🎥")};
    unicode.attributes = {{text("stadt"), QStringLiteral("Köln")},
                          {QStringLiteral("会場"), QStringLiteral("東京ドーム")},
                          {text("emoji"), QStringLiteral("🎬 Bühne")}};
    unicode.tags = {{text("Projekt"), QStringLiteral("Übertragung")},
                    {QStringLiteral("チーム"), QStringLiteral("ライブ")}};
    data->addIngestConfiguration(unicode.toJson());

    Config changing{text(Changing),
                    QStringLiteral("rehearsal-flaky-uplink"),
                    QStringLiteral("RTMPS"),
                    RehearsalStage,
                    QStringLiteral("pDemoRehearsal"),
                    QStringLiteral("INACTIVE"),
                    QStringLiteral("rehearsal-encoder")};
    changing.tags = {{text("env"), text("rehearsal")}};
    data->addIngestConfiguration(changing.toJson());

    Config legacy{text(LegacyRtmp), QStringLiteral("rtmp-on-legacy-stage"), QStringLiteral("RTMP"),
                  QStringLiteral("DemoLegacyStage"), QStringLiteral("pDemoLegacy")};
    data->addIngestConfiguration(legacy.toJson());

    Config gone{text(StageGone), QStringLiteral("stage-was-deleted"), QStringLiteral("RTMPS"),
                QStringLiteral("DemoDeletedStage"), QStringLiteral("pDemoGone")};
    data->addIngestConfiguration(gone.toJson());
}

void DemoDataSet::addGenerated(IvsDataSet* data, const QDateTime& started)
{
    const int venues = int(std::size(Venues));
    const int roles = int(std::size(Roles));
    for (int i = 0; i < GeneratedCount; ++i) {
        const int venue = i % venues;
        Config config;
        config.id = derived(QStringLiteral("generated-%1").arg(i), 12);
        config.name = QStringLiteral("%1-%2-%3")
                          .arg(QString::fromUtf8(Venues[venue].city), text(Roles[(i / venues) % roles]))
                          .arg(i + 1, 3, 10, QLatin1Char('0'));
        config.protocol = i % 4 == 3 ? QStringLiteral("RTMP") : QStringLiteral("RTMPS");
        config.stageId = venueStage(venue);
        config.participantId = QStringLiteral("p") + derived(config.id, 11);
        config.state = i % 9 == 0 ? QStringLiteral("ACTIVE") : QStringLiteral("INACTIVE");
        config.userId = i % 5 == 0 ? QStringLiteral("operator-%1").arg(i % 17) : QString();
        config.tags = {{text("venue"), QString::fromUtf8(Venues[venue].city)}};
        data->addIngestConfiguration(config.toJson());
        const bool live = i % 9 == 0;
        const bool failed = !live && i % 10 == 1;
        if (!live && !failed) {
            continue;
        }
        const QString session = venueSession(venue);
        const QDateTime joined = started.addSecs(-60 * (5 + i % 50));
        data->addParticipant(session, participant(config, config.participantId, live, joined));
        QJsonArray events{event("JOINED", config.participantId, joined),
                          event("PUBLISH_STARTED", config.participantId, joined.addSecs(1))};
        if (failed) {
            const char* code = PastErrors[(i / 10) % int(std::size(PastErrors))];
            events.append(event("PUBLISH_ERROR", config.participantId, joined.addSecs(30), code));
            events.append(event("LEFT", config.participantId, joined.addSecs(30)));
        }
        data->addEvents(session, config.participantId, events);
    }
}
