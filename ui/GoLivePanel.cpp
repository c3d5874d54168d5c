#include "ui/GoLivePanel.h"

#include "ivs/EventAdvice.h"
#include "ui/ClipboardGuard.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

GoLivePanel::GoLivePanel(ClipboardGuard* clipboard, QWidget* parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
    , m_verdict(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_copyServer(new QPushButton(tr("Copy &server"), this))
    , m_copyKey(new QPushButton(tr("Copy stream &key"), this))
    , m_copyUrl(new QPushButton(tr("Copy full &URL"), this))
    , m_redundant(new QWidget(this))
    , m_redundantLayout(new QVBoxLayout(m_redundant))
    , m_checks(new QListWidget(this))
    , m_events(new QTreeWidget(this))
    , m_note(new QLabel(EventAdvice::silentFailuresNote(), this))
{
    setObjectName(QStringLiteral("goLivePanel"));
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setAccessibleName(tr("Readiness verdict"));
    m_verdict->setWordWrap(true);
    m_server->setObjectName(QStringLiteral("serverLineEdit"));
    m_server->setAccessibleName(tr("Server URL for the encoder"));
    m_server->setReadOnly(true);
    m_copyServer->setObjectName(QStringLiteral("copyServerPushButton"));
    m_copyKey->setObjectName(QStringLiteral("copyKeyPushButton"));
    m_copyUrl->setObjectName(QStringLiteral("copyUrlPushButton"));
    m_copyUrl->setToolTip(tr("The server followed by the stream key, as FFmpeg takes it"));
    m_checks->setObjectName(QStringLiteral("checksListWidget"));
    m_checks->setAccessibleName(tr("Readiness checklist"));
    m_checks->setWordWrap(true);
    m_events->setObjectName(QStringLiteral("eventsTreeWidget"));
    m_events->setAccessibleName(tr("Participant events"));
    m_events->setHeaderLabels({tr("Participant / event"), tr("Time"), tr("Meaning")});
    m_events->setWordWrap(true);
    m_events->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_note->setObjectName(QStringLiteral("silentFailuresLabel"));
    m_note->setWordWrap(true);
    m_redundantLayout->setContentsMargins(0, 0, 0, 0);

    auto* serverRow = new QHBoxLayout;
    serverRow->addWidget(m_server, 1);
    serverRow->addWidget(m_copyServer);
    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyKey);
    copyRow->addWidget(m_copyUrl);
    copyRow->addStretch(1);
    auto* form = new QFormLayout;
    auto* serverLabel = new QLabel(tr("Ser&ver:"), this);
    serverLabel->setBuddy(m_server);
    form->addRow(serverLabel, serverRow);
    form->addRow(QString(), copyRow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addLayout(form);
    layout->addWidget(m_redundant);
    layout->addWidget(new QLabel(tr("Checks:"), this));
    layout->addWidget(m_checks, 1);
    layout->addWidget(new QLabel(tr("What the stage session says:"), this));
    layout->addWidget(m_events, 1);
    layout->addWidget(m_note);

    connect(m_copyServer, &QPushButton::clicked, this, [this] {
        m_clipboard->copyPlain(m_report.server());
        emit statusMessage(tr("Server URL copied."));
    });
    connect(m_copyKey, &QPushButton::clicked, this,
            [this] { copySecret(m_report.configuration.streamKey, tr("Stream key")); });
    connect(m_copyUrl, &QPushButton::clicked, this,
            [this] { copySecret(m_report.server() + m_report.configuration.streamKey, tr("Full URL")); });
    setWaiting(tr("Not inspected yet."));
}

void GoLivePanel::copySecret(const QString& text, const QString& what)
{
    m_clipboard->copySecret(text);
    emit statusMessage(
        tr("%1 copied. The clipboard is cleared in %n second(s).", nullptr, m_clipboard->clearAfterSeconds())
            .arg(what));
}

void GoLivePanel::setWaiting(const QString& status)
{
    m_verdict->setText(status);
    m_server->clear();
    for (QPushButton* button : {m_copyServer, m_copyKey, m_copyUrl}) {
        button->setEnabled(false);
    }
    m_checks->clear();
    m_events->clear();
    m_redundant->hide();
}

void GoLivePanel::showReport(const GoLiveReport& report)
{
    m_report = report;
    const QString server = report.server();
    const bool unknown = std::any_of(report.checks.begin(), report.checks.end(),
                                     [](const ReadinessCheck& check) { return check.blocking && !check.known; });
    m_verdict->setText(report.ready() ? tr("Ready: an encoder can publish with these settings.")
                       : unknown      ? tr("Not ready: what decides it could not be read; see the checks below.")
                                      : tr("Not ready: see the checks below."));
    m_server->setText(server.isEmpty() ? tr("(no server: see the checks)") : server);
    if (report.stageFromCache) {
        m_server->setToolTip(tr("From the cache: the stage could not be read just now."));
    }
    m_copyServer->setEnabled(!server.isEmpty());
    m_copyKey->setEnabled(!report.configuration.streamKey.isEmpty());
    m_copyUrl->setEnabled(!server.isEmpty() && !report.configuration.streamKey.isEmpty());
    fillRedundant();
    fillChecks();
    fillEvents();
}

void GoLivePanel::fillRedundant()
{
    while (QLayoutItem* item = m_redundantLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto& credentials = m_report.configuration.redundantIngestCredentials;
    m_redundant->setVisible(!credentials.isEmpty());
    if (credentials.isEmpty()) {
        return;
    }
    m_redundantLayout->addWidget(new QLabel(
        tr("Redundant ingest: configure two encoders, each with its own key, on the same server."), m_redundant));
    int number = 0;
    for (const RedundantIngestCredential& credential : credentials) {
        ++number;
        auto* row = new QWidget(m_redundant);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(new QLabel(tr("Encoder %1 (participant %2): %3")
                                         .arg(number)
                                         .arg(credential.participantId,
                                              IngestConfiguration::maskStreamKey(credential.streamKey, QChar(0x2022))),
                                     row),
                          1);
        auto* copyKey = new QPushButton(tr("Copy key %1").arg(number), row);
        copyKey->setObjectName(QStringLiteral("copyRedundantKey%1PushButton").arg(number));
        auto* copyUrl = new QPushButton(tr("Copy URL %1").arg(number), row);
        copyUrl->setObjectName(QStringLiteral("copyRedundantUrl%1PushButton").arg(number));
        copyUrl->setEnabled(!m_report.server().isEmpty());
        const QString key = credential.streamKey;
        connect(copyKey, &QPushButton::clicked, this, [this, key] { copySecret(key, tr("Stream key")); });
        connect(copyUrl, &QPushButton::clicked, this,
                [this, key] { copySecret(m_report.server() + key, tr("Full URL")); });
        layout->addWidget(copyKey);
        layout->addWidget(copyUrl);
        m_redundantLayout->addWidget(row);
    }
}

void GoLivePanel::fillChecks()
{
    m_checks->clear();
    for (const ReadinessCheck& check : m_report.checks) {
        // A word and a symbol, not colour alone. What could not be read is
        // neither OK nor a known problem: it says so.
        const QString mark = !check.known ? tr("? Unknown")
                                          : (check.ok ? tr("✔ OK") : (check.blocking ? tr("✘ Problem") : tr("• Note")));
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(mark, check.detail), m_checks);
        item->setData(Qt::UserRole, check.id);
        item->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(mark, check.detail));
        item->setIcon(QIcon(check.ok ? QStringLiteral(":/icons/state-active.svg")
                                     : QStringLiteral(":/icons/state-inactive.svg")));
        item->setToolTip(check.id);
    }
}

void GoLivePanel::fillEvents()
{
    m_events->clear();
    if (m_report.participants.isEmpty()) {
        const QString why = m_report.participantsError.isError()
                                ? tr("The participants could not be listed: %1").arg(m_report.participantsError.message)
                                : (m_report.stage && !m_report.stage->activeSessionId.isEmpty()
                                       ? tr("This configuration's participant is not in the stage's current session.")
                                       : tr("No active session, so there are no events to show."));
        auto* item = new QTreeWidgetItem(m_events, {why});
        item->setFirstColumnSpanned(true);
        return;
    }
    for (const ParticipantStatus& participant : m_report.participants) {
        auto* top = new QTreeWidgetItem(
            m_events, {tr("%1 (%2, %3)")
                           .arg(participant.participantId, participant.state,
                                participant.protocol.isEmpty() ? tr("protocol unknown") : participant.protocol),
                       participant.firstJoinTime.isValid()
                           ? QLocale().toString(participant.firstJoinTime.toLocalTime(), QLocale::ShortFormat)
                           : QString(),
                       participant.problem});
        for (const ParticipantEvent& event : participant.events) {
            new QTreeWidgetItem(top,
                                {event.errorCode.isEmpty() ? event.name : tr("%1: %2").arg(event.name, event.errorCode),
                                 QLocale().toString(event.time.toLocalTime(), QLocale::ShortFormat),
                                 event.errorCode.isEmpty() ? QString() : EventAdvice::explain(event.errorCode)});
        }
    }
    m_events->expandAll();
    m_events->resizeColumnToContents(0);
    m_events->resizeColumnToContents(1);
}
