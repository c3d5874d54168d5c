#include "ui/GoLivePanel.h"

#include "ivs/EventAdvice.h"
#include "ivs/GoLiveVerdict.h"
#include "ui/ClipboardGuard.h"
#include "ui/WrappingLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace
{
QString iconFor(const ReadinessCheck& check)
{
    if (!check.known) {
        return QStringLiteral(":/icons/check-unknown.svg");
    }
    if (check.ok) {
        return QStringLiteral(":/icons/check-ok.svg");
    }
    return check.blocking ? QStringLiteral(":/icons/check-problem.svg") : QStringLiteral(":/icons/check-note.svg");
}

QString iconFor(GoLiveVerdict::Kind kind)
{
    switch (kind) {
    case GoLiveVerdict::Kind::Live:
        return QStringLiteral(":/icons/state-active.svg");
    case GoLiveVerdict::Kind::Ready:
        return QStringLiteral(":/icons/check-ok.svg");
    case GoLiveVerdict::Kind::NotLive:
        return QStringLiteral(":/icons/check-problem.svg");
    case GoLiveVerdict::Kind::Unknown:
        break;
    }
    return QStringLiteral(":/icons/check-unknown.svg");
}

} // namespace

GoLivePanel::GoLivePanel(ClipboardGuard* clipboard, QWidget* parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
    , m_verdictIcon(new QLabel(this))
    , m_verdict(WrappingLabel::create(QStringLiteral("verdictLabel"), this))
    , m_fix(WrappingLabel::create(QStringLiteral("fixLabel"), this))
    , m_obsStatus(WrappingLabel::create(QStringLiteral("obsStatusLabel"), this))
    , m_server(new QLineEdit(this))
    , m_copyServer(new QPushButton(tr("Copy s&erver"), this))
    , m_copyKey(new QPushButton(tr("Copy stream ke&y"), this))
    , m_copyUrl(new QPushButton(tr("Copy full &URL"), this))
    , m_redundant(new QWidget(this))
    , m_redundantLayout(new QVBoxLayout(m_redundant))
    , m_checks(new QListWidget(this))
    , m_events(new QTreeWidget(this))
    , m_advice(WrappingLabel::create(QStringLiteral("adviceLabel"), this))
    , m_note(WrappingLabel::create(QStringLiteral("silentFailuresLabel"), this))
{
    setObjectName(QStringLiteral("goLivePanel"));
    QFont bold = m_verdict->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_verdict->setFont(bold);
    m_verdict->setAccessibleName(tr("Verdict"));
    m_fix->setAccessibleName(tr("What to do"));
    m_obsStatus->setAccessibleName(tr("OBS stream status"));
    m_obsStatus->hide();
    m_verdictIcon->setObjectName(QStringLiteral("verdictIconLabel"));
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
    m_checks->setResizeMode(QListView::Adjust);
    m_checks->setMinimumHeight(60);
    m_events->setObjectName(QStringLiteral("eventsTreeWidget"));
    m_events->setAccessibleName(tr("Participant events"));
    m_events->setHeaderLabels({tr("Participant / event"), tr("Time"), tr("Meaning")});
    m_events->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_events->setMinimumHeight(60);
    m_advice->setAccessibleName(tr("What the selected event means"));
    m_note->setAccessibleName(tr("About failures that leave no event"));
    m_redundantLayout->setContentsMargins(0, 0, 0, 0);
    connect(m_events, &QTreeWidget::currentItemChanged, this, &GoLivePanel::showAdvice);

    // Everything scrolls, so a small window reaches every control.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("goLiveScrollArea"));
    scroll->setAccessibleName(tr("Get it live"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildContent());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

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

QWidget* GoLivePanel::buildContent()
{
    auto* content = new QWidget;
    const int iconSize = fontMetrics().height() * 2;
    m_verdictIcon->setFixedSize(iconSize, iconSize);
    auto* verdictText = new QVBoxLayout;
    verdictText->addWidget(m_verdict);
    verdictText->addWidget(m_fix);
    verdictText->addWidget(m_obsStatus);
    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    verdictRow->addLayout(verdictText, 1);
    auto* checksLabel = new QLabel(tr("Checks:"), content);
    auto* eventsLabel = new QLabel(tr("What the stage session says:"), content);
    auto* layout = new QVBoxLayout(content);
    layout->addLayout(verdictRow);
    layout->addWidget(buildServerRows(content));
    layout->addWidget(m_redundant);
    layout->addWidget(checksLabel);
    layout->addWidget(m_checks, 1);
    layout->addWidget(eventsLabel);
    layout->addWidget(m_events, 1);
    layout->addWidget(m_advice);
    layout->addWidget(m_note);
    return content;
}

QWidget* GoLivePanel::buildServerRows(QWidget* parent)
{
    auto* rows = new QWidget(parent);
    auto* serverRow = new QHBoxLayout;
    serverRow->addWidget(m_server, 1);
    serverRow->addWidget(m_copyServer);
    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyKey);
    copyRow->addWidget(m_copyUrl);
    copyRow->addStretch(1);
    auto* form = new QFormLayout(rows);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* serverLabel = new QLabel(tr("&Server:"), rows);
    serverLabel->setBuddy(m_server);
    form->addRow(serverLabel, serverRow);
    form->addRow(QString(), copyRow);
    return rows;
}

QString GoLivePanel::markFor(const ReadinessCheck& check)
{
    // A word and a symbol, not colour alone.
    if (!check.known) {
        return tr("? Unknown");
    }
    if (check.ok) {
        return tr("✔ OK");
    }
    return check.blocking ? tr("✘ Problem") : tr("• Note");
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
    m_fix->clear();
    m_fix->hide();
    m_verdictIcon->clear();
    m_server->clear();
    for (QPushButton* button : {m_copyServer, m_copyKey, m_copyUrl}) {
        button->setEnabled(false);
    }
    m_checks->clear();
    m_events->clear();
    m_advice->clear();
    m_advice->hide();
    m_redundant->hide();
}

void GoLivePanel::showReport(const GoLiveReport& report)
{
    m_report = report;
    const QString server = report.server();
    showVerdict();
    m_server->setText(server.isEmpty() ? tr("(no server: see the checks)") : server);
    m_server->setToolTip(report.stageFromCache ? tr("From the cache: the stage could not be read just now.")
                                               : QString());
    m_copyServer->setEnabled(!server.isEmpty());
    m_copyKey->setEnabled(!report.configuration.streamKey.isEmpty());
    m_copyUrl->setEnabled(!server.isEmpty() && !report.configuration.streamKey.isEmpty());
    fillRedundant();
    fillChecks();
    fillEvents();
    emit reportShown();
}

void GoLivePanel::setObsStatus(const QString& status)
{
    m_obsStatus->setText(status);
    m_obsStatus->setVisible(!status.isEmpty());
}

QString GoLivePanel::obsStatus() const
{
    return m_obsStatus->text();
}

void GoLivePanel::showVerdict()
{
    const GoLiveVerdict verdict = GoLiveVerdict::of(m_report);
    m_verdict->setText(verdict.headline);
    m_fix->setText(verdict.fix);
    m_fix->setVisible(!verdict.fix.isEmpty());
    const int size = m_verdictIcon->width();
    m_verdictIcon->setPixmap(QIcon(iconFor(verdict.kind)).pixmap(size, size));
    m_verdictIcon->setAccessibleName(verdict.headline);
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
    auto* intro = new QLabel(tr("Redundant ingest: configure two encoders, each with its own key, on the same server."),
                             m_redundant);
    intro->setWordWrap(true);
    m_redundantLayout->addWidget(intro);
    int number = 0;
    for (const RedundantIngestCredential& credential : credentials) {
        ++number;
        auto* row = new QWidget(m_redundant);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* text = new QLabel(
            tr("Encoder %1 (participant %2): %3")
                .arg(number)
                .arg(credential.participantId, IngestConfiguration::maskStreamKey(credential.streamKey, QChar(0x2022))),
            row);
        text->setWordWrap(true);
        layout->addWidget(text, 1);
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
        const QString mark = markFor(check);
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(mark, check.detail), m_checks);
        item->setData(Qt::UserRole, check.id);
        item->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(mark, check.detail));
        item->setIcon(QIcon(iconFor(check)));
        item->setToolTip(check.detail);
    }
}

void GoLivePanel::fillEvents()
{
    m_events->clear();
    m_note->setText(EventAdvice::silentFailuresNote());
    if (m_report.participants.isEmpty()) {
        const QString why = m_report.participantsError.isError()
                                ? tr("The participants could not be listed: %1").arg(m_report.participantsError.message)
                                : (m_report.stage && !m_report.stage->activeSessionId.isEmpty()
                                       ? tr("This configuration's participant is not in the stage's current session.")
                                       : tr("No active session, so there are no events to show."));
        auto* item = new QTreeWidgetItem(m_events, {why});
        item->setFirstColumnSpanned(true);
        showAdvice(nullptr);
        return;
    }
    QTreeWidgetItem* latestError = nullptr;
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
            const QString meaning = event.errorCode.isEmpty() ? QString() : EventAdvice::explain(event.errorCode);
            auto* item = new QTreeWidgetItem(
                top, {event.errorCode.isEmpty() ? event.name : tr("%1: %2").arg(event.name, event.errorCode),
                      QLocale().toString(event.time.toLocalTime(), QLocale::ShortFormat), meaning});
            item->setToolTip(2, meaning);
            if (!event.errorCode.isEmpty()) {
                latestError = item;
            }
        }
    }
    m_events->expandAll();
    m_events->resizeColumnToContents(0);
    m_events->resizeColumnToContents(1);
    // The latest error's meaning shows in full below the list.
    m_events->setCurrentItem(latestError);
    showAdvice(latestError);
}

void GoLivePanel::showAdvice(QTreeWidgetItem* item)
{
    const QString meaning = item ? item->text(2) : QString();
    m_advice->setText(meaning.isEmpty() ? QString() : tr("%1: %2").arg(item->text(0), meaning));
    m_advice->setVisible(!meaning.isEmpty());
}
