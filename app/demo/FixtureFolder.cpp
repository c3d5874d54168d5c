#include "demo/FixtureFolder.h"

#include "demo/IvsDataSet.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace
{
struct Fixture
{
    QString name; // the file name without .json
    QJsonDocument document;
};

QList<Fixture> read(const QDir& folder, const QString& operation, QStringList* problems)
{
    QList<Fixture> fixtures;
    const QDir dir(folder.filePath(operation));
    // In name order: ListIngestConfigurations lists them in this order.
    for (const QString& file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile input(dir.filePath(file));
        QJsonParseError error;
        const QJsonDocument document =
            input.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(input.readAll(), &error) : QJsonDocument();
        if (document.isNull()) {
            problems->append(QStringLiteral("%1/%2: %3").arg(operation, file, error.errorString()));
            continue;
        }
        fixtures.append({file.chopped(5), document});
    }
    return fixtures;
}

// "<session id>-<participant id>": session ids have no dash after "st-".
std::pair<QString, QString> sessionAndParticipant(const QString& name)
{
    const qsizetype dash = name.indexOf(u'-', 3);
    return {name.left(dash), dash < 0 ? QString() : name.mid(dash + 1)};
}

QList<QJsonArray> pagesOf(const QJsonDocument& document, const QString& itemsKey)
{
    QList<QJsonArray> pages;
    if (document.isArray()) {
        for (const QJsonValue& page : document.array()) {
            pages.append(page.toObject().value(itemsKey).toArray());
        }
    } else {
        pages.append(document.object().value(itemsKey).toArray());
    }
    return pages;
}
} // namespace

QStringList FixtureFolder::load(const QString& folder, IvsDataSet* data)
{
    const QDir dir(folder);
    QStringList problems;
    for (const Fixture& fixture : read(dir, QStringLiteral("GetIngestConfiguration"), &problems)) {
        data->addIngestConfiguration(fixture.document.object().value(QStringLiteral("ingestConfiguration")).toObject());
    }
    for (const Fixture& fixture : read(dir, QStringLiteral("GetStage"), &problems)) {
        data->addStage(fixture.document.object().value(QStringLiteral("stage")).toObject());
    }
    for (const Fixture& fixture : read(dir, QStringLiteral("ListParticipants"), &problems)) {
        for (const QJsonArray& page : pagesOf(fixture.document, QStringLiteral("participants"))) {
            for (const QJsonValue& summary : page) {
                data->addParticipantSummary(fixture.name, summary.toObject());
            }
        }
    }
    for (const Fixture& fixture : read(dir, QStringLiteral("GetParticipant"), &problems)) {
        const auto [session, participant] = sessionAndParticipant(fixture.name);
        Q_UNUSED(participant)
        data->setParticipantDetails(session, fixture.document.object().value(QStringLiteral("participant")).toObject());
    }
    for (const Fixture& fixture : read(dir, QStringLiteral("ListParticipantEvents"), &problems)) {
        const auto [session, participant] = sessionAndParticipant(fixture.name);
        data->setEventPages(session, participant, pagesOf(fixture.document, QStringLiteral("events")));
    }
    return problems;
}
