#include "ui/ResultView.h"

#include "core/Redactor.h"
#include "ui/Accessibility.h"
#include "ui/AppSettings.h"
#include "ui/ClipboardGuard.h"
#include "ui/ElidedLabel.h"
#include "ui/GoLivePanel.h"
#include "ui/IngestConfigModel.h"
#include "ui/MessageBanner.h"
#include "ui/StateBadge.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

ResultView::ResultView(const IngestConfigurationArn& arn, ClipboardGuard* clipboard, QWidget* parent)
    : QWidget(parent)
    , m_arn(arn)
    , m_clipboard(clipboard)
    , m_model(new IngestConfigModel(this))
    , m_nameLabel(new ElidedLabel(Qt::ElideRight, this))
    , m_badge(new StateBadge(this))
    , m_arnLabel(new ElidedLabel(Qt::ElideMiddle, this))
    , m_streamKeyField(new QLineEdit(this))
    , m_revealButton(new QToolButton(this))
    , m_copyKeyButton(new QToolButton(this))
    , m_refreshedLabel(new QLabel(this))
    , m_refreshButton(new QToolButton(this))
    , m_banner(new MessageBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_tree(new QTreeView(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_rawView(new QPlainTextEdit(this))
    , m_goLive(new GoLivePanel(clipboard, this))
{
    setObjectName(QStringLiteral("resultView"));
    m_tree->setObjectName(QStringLiteral("fieldsTreeView"));
    m_tree->setAccessibleName(tr("Fields of the ingest configuration"));
    // Configurations with many attributes or tags: type to narrow the tree.
    m_filter->setSourceModel(m_model);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_tree->setModel(m_filter);
    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterEdit->setAccessibleName(tr("Filter the fields"));
    m_filterEdit->setPlaceholderText(tr("Filter fields, keys and values"));
    Accessibility::nameClearButton(m_filterEdit, tr("Clear the filter"));
    connect(m_filterEdit, &QLineEdit::textChanged, this, &ResultView::setFilterText);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setSectionResizeMode(IngestConfigModel::ValueColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->installEventFilter(this);
    m_rawView->setObjectName(QStringLiteral("rawJsonPlainTextEdit"));
    m_rawView->setAccessibleName(tr("Raw JSON reply"));
    m_rawView->setReadOnly(true);
    m_rawView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->setObjectName(QStringLiteral("resultTabWidget"));
    m_tabs->setAccessibleName(tr("Views of the result"));
    auto* fields = new QWidget(this);
    auto* fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(m_filterEdit);
    fieldsLayout->addWidget(m_tree, 1);
    // What operators come for (server and key) first; the last page the user
    // chose is where new results open.
    m_tabs->addTab(m_goLive, tr("Get it &live"));
    m_tabs->addTab(fields, tr("Fiel&ds"));
    m_tabs->addTab(m_rawView, tr("Ra&w JSON"));
    m_goLive->setObjectName(QStringLiteral("goLivePanel"));
    fields->setObjectName(QStringLiteral("fieldsPage"));
    m_rawView->setProperty("page", QStringLiteral("raw"));
    m_goLive->setProperty("page", QStringLiteral("golive"));
    fields->setProperty("page", QStringLiteral("fields"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property("page").toString() == AppSettings::resultPage()) {
            m_tabs->setCurrentIndex(i);
        }
    }
    connect(m_tabs, &QTabWidget::tabBarClicked, this, [this](int index) {
        if (QWidget* page = m_tabs->widget(index)) {
            AppSettings::setResultPage(page->property("page").toString());
        }
    });
    connect(m_goLive, &GoLivePanel::statusMessage, this, &ResultView::statusMessage);
    m_banner->setObjectName(QStringLiteral("resultMessageBanner"));
    m_banner->clear();

    m_streamKeyRow = buildStreamKeyRow();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(m_streamKeyRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    m_remaskTimer.setSingleShot(true);
    connect(&m_remaskTimer, &QTimer::timeout, this, [this] { setStreamKeyRevealed(false); });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &ResultView::showContextMenu);
    connect(qApp, &QApplication::focusChanged, this, &ResultView::onFocusChanged);
    m_elapsedTimer.setInterval(1000);
    connect(&m_elapsedTimer, &QTimer::timeout, this, &ResultView::showBusyText);
    setStreamKeyRevealed(false);
    showPages(false);
}

ResultView::~ResultView() = default;

void ResultView::addPage(QWidget* page, const QString& title)
{
    insertPage(m_tabs->count(), page, title);
}

void ResultView::insertPage(int index, QWidget* page, const QString& title)
{
    m_tabs->insertTab(index, page, title);
    const QString name = page->property("page").toString();
    if (!name.isEmpty() && name == AppSettings::resultPage()) {
        m_tabs->setCurrentWidget(page);
    }
}

void ResultView::showLastKnown(const IngestConfiguration& configuration, const QString& age)
{
    m_configuration = configuration;
    m_model->setConfiguration(configuration);
    m_tree->expandAll();
    m_nameLabel->setFullText(configuration.name.isEmpty() ? tr("(no name)") : configuration.name);
    m_badge->setState(configuration.state);
    showPages(true);
    setIdle(tr("Offline: last known view, from %1").arg(age));
    setStreamKeyRevealed(false);
}

QModelIndex ResultView::treeIndex(const QModelIndex& modelIndex) const
{
    return m_filter->mapFromSource(modelIndex);
}

void ResultView::setFilterText(const QString& text)
{
    if (m_filterEdit->text() != text) {
        m_filterEdit->setText(text);
    }
    m_filter->setFilterFixedString(text);
    m_tree->expandAll();
}

QWidget* ResultView::buildHeader()
{
    auto* header = new QWidget(this);
    QFont big = m_nameLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_nameLabel->setFont(big);
    m_nameLabel->setObjectName(QStringLiteral("nameLabel"));
    m_nameLabel->setAccessibleName(tr("Name of the ingest configuration"));

    m_arnLabel->setObjectName(QStringLiteral("arnLabel"));
    m_arnLabel->setAccessibleName(tr("ARN of the ingest configuration"));
    m_arnLabel->setFullText(m_arn.toString());
    m_badge->setObjectName(QStringLiteral("stateBadge"));
    m_refreshedLabel->setObjectName(QStringLiteral("refreshedLabel"));
    m_refreshedLabel->setAccessibleName(tr("Last refreshed"));
    m_refreshButton->setObjectName(QStringLiteral("refreshToolButton"));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Fetch again (F5)"));
    m_refreshButton->setAccessibleName(tr("Refresh"));
    m_refreshButton->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_refreshButton, &QToolButton::clicked, this, &ResultView::refreshRequested);

    auto* titles = new QVBoxLayout;
    titles->addWidget(m_nameLabel);
    titles->addWidget(m_arnLabel);
    auto* fresh = new QVBoxLayout;
    fresh->addWidget(m_refreshedLabel, 0, Qt::AlignRight);
    fresh->addWidget(m_refreshButton, 0, Qt::AlignRight);
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_badge);
    row->addLayout(titles, 1);
    row->addLayout(fresh);
    return header;
}

QWidget* ResultView::buildStreamKeyRow()
{
    auto* row = new QWidget(this);
    auto* label = new QLabel(tr("Stream &key:"), row);
    label->setBuddy(m_streamKeyField);
    m_streamKeyField->setObjectName(QStringLiteral("streamKeyLineEdit"));
    m_streamKeyField->setAccessibleName(tr("Stream key"));
    m_streamKeyField->setReadOnly(true);
    m_streamKeyField->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_revealButton->setObjectName(QStringLiteral("revealToolButton"));
    m_revealButton->setCheckable(true);
    m_revealButton->setText(tr("Show"));
    m_revealButton->setAccessibleName(tr("Show the stream key"));
    m_revealButton->setToolTip(tr("Show the stream key for a while (Ctrl+Shift+K)"));
    m_revealButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_revealButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyKeyButton->setObjectName(QStringLiteral("copyStreamKeyToolButton"));
    m_copyKeyButton->setText(tr("Copy key"));
    m_copyKeyButton->setAccessibleName(tr("Copy the stream key"));
    m_copyKeyButton->setToolTip(tr("Copy the stream key; the clipboard is cleared again after a while"));
    m_copyKeyButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_copyKeyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_revealButton, &QToolButton::toggled, this, &ResultView::setStreamKeyRevealed);
    connect(m_copyKeyButton, &QToolButton::clicked, this, [this] {
        if (m_configuration && !m_configuration->streamKey.isEmpty()) {
            copyStreamKey(m_configuration->streamKey);
        }
    });
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_streamKeyField, 1);
    layout->addWidget(m_revealButton);
    layout->addWidget(m_copyKeyButton);
    return row;
}

void ResultView::setBusy(const QString& status)
{
    if (!m_busy) {
        m_elapsed.start();
        m_elapsedTimer.start();
    }
    m_busy = true;
    m_busyStatus = status;
    m_refreshButton->setEnabled(false);
    showBusyText();
    emit summaryChanged();
}

void ResultView::showBusyText()
{
    // A slow request says how long it has been waiting.
    const qint64 seconds = m_elapsed.isValid() ? m_elapsed.elapsed() / 1000 : 0;
    m_refreshedLabel->setText(seconds < 2 ? m_busyStatus : tr("%1 (%n s)", nullptr, int(seconds)).arg(m_busyStatus));
}

void ResultView::setIdle(const QString& status)
{
    m_busy = false;
    m_elapsedTimer.stop();
    m_refreshButton->setEnabled(true);
    m_refreshedLabel->setText(status);
    emit summaryChanged();
}

void ResultView::showPages(bool shown)
{
    // A tab without a result shows no empty pages, only what went wrong.
    m_tabs->setVisible(shown);
    m_streamKeyRow->setVisible(shown);
}

QString ResultView::title() const
{
    if (m_configuration && !m_configuration->name.isEmpty()) {
        return m_configuration->name;
    }
    return m_arn.resourceId();
}

QString ResultView::state() const
{
    return m_configuration ? m_configuration->state : QString();
}

void ResultView::focusFilter()
{
    m_tabs->setCurrentWidget(m_filterEdit->parentWidget());
    m_filterEdit->setFocus();
    m_filterEdit->selectAll();
}

void ResultView::markRefreshed(const QDateTime& at)
{
    setIdle(tr("Last refreshed %1").arg(QLocale().toString(at.toLocalTime().time(), QLocale::LongFormat)));
}

void ResultView::showResult(const IngestConfiguration& configuration, const QDateTime& fetchedAt)
{
    m_configuration = configuration;
    m_banner->clear();
    m_model->setConfiguration(configuration);
    m_tree->expandAll();
    for (int column = 0; column < IngestConfigModel::ColumnCount; ++column) {
        m_tree->resizeColumnToContents(column);
    }
    m_nameLabel->setFullText(configuration.name.isEmpty() ? tr("(no name)") : configuration.name);
    m_badge->setState(configuration.state);
    showPages(true);
    markRefreshed(fetchedAt);
    if (configuration.stageArn.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, tr("Not associated with a stage"),
                              tr("This ingest configuration has no stage, so its stream key cannot be used: an encoder "
                                 "that connects with it is refused. This typically follows DisconnectParticipant or "
                                 "DeleteStage; associate it with a stage again (UpdateIngestConfiguration)."));
    }
    setStreamKeyRevealed(false);
}

void ResultView::showError(const AwsError& error, const QString& credentialsHint)
{
    if (error.category == AwsError::Category::Cancelled) {
        showCancelled();
        return;
    }
    setIdle(tr("Failed at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::LongFormat)));
    showPages(m_configuration.has_value());
    m_banner->showError(error, error.category == AwsError::Category::Authentication ? credentialsHint : QString());
    if (error.category != AwsError::Category::Cancelled) {
        QPushButton* retry = m_banner->addAction(tr("Try a&gain"));
        connect(retry, &QPushButton::clicked, this, &ResultView::refreshRequested);
    }
}

void ResultView::showProblem(const QString& title, const QString& text)
{
    setIdle(QString());
    showPages(m_configuration.has_value());
    m_banner->showMessage(MessageBanner::Kind::Error, title, text);
}

void ResultView::showCancelled()
{
    setIdle(tr("Cancelled"));
    showPages(m_configuration.has_value());
    m_banner->showMessage(MessageBanner::Kind::Information, tr("Cancelled"),
                          tr("The request was cancelled before it finished."));
    QPushButton* retry = m_banner->addAction(tr("Try a&gain"));
    connect(retry, &QPushButton::clicked, this, &ResultView::refreshRequested);
}

bool ResultView::isStreamKeyRevealed() const
{
    return m_model->secretsRevealed();
}

void ResultView::setRevealTimeoutSeconds(int seconds)
{
    m_revealTimeoutSeconds = seconds;
}

void ResultView::setStreamKeyRevealed(bool revealed)
{
    const bool hasKey = m_configuration && !m_configuration->streamKey.isEmpty();
    revealed = revealed && hasKey;
    m_model->setSecretsRevealed(revealed);
    if (revealed) {
        m_remaskTimer.start(m_revealTimeoutSeconds * 1000);
    } else {
        m_remaskTimer.stop();
    }
    const QSignalBlocker blocker(m_revealButton);
    m_revealButton->setChecked(revealed);
    m_revealButton->setText(revealed ? tr("Hide") : tr("Show"));
    m_revealButton->setIcon(
        QIcon(revealed ? QStringLiteral(":/icons/conceal.svg") : QStringLiteral(":/icons/reveal.svg")));
    m_revealButton->setAccessibleName(revealed ? tr("Hide the stream key") : tr("Show the stream key"));
    m_revealButton->setEnabled(hasKey);
    m_copyKeyButton->setEnabled(hasKey);
    updateSecretViews();
}

void ResultView::updateSecretViews()
{
    if (!m_configuration) {
        m_streamKeyField->clear();
        m_rawView->clear();
        return;
    }
    const bool revealed = m_model->secretsRevealed();
    m_streamKeyField->setText(revealed ? m_configuration->streamKey
                                       : IngestConfigModel::maskStreamKey(m_configuration->streamKey));
    const QString raw = QString::fromUtf8(QJsonDocument(m_configuration->raw).toJson(QJsonDocument::Indented));
    m_rawView->setPlainText(revealed ? raw : Redactor::redact(raw));
}

void ResultView::onFocusChanged(QWidget*, QWidget* now)
{
    // Revealed text may be selected, and a selection on X11 is published to
    // PRIMARY, which nothing clears: hide the key once focus leaves.
    if (isStreamKeyRevealed() && (!now || !isAncestorOf(now))) {
        setStreamKeyRevealed(false);
    }
}

bool ResultView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        copyCurrent();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ResultView::copyCurrent()
{
    copyValue(m_tree->currentIndex());
}

void ResultView::copyStreamKey(const QString& key)
{
    m_clipboard->copySecret(key);
    emit statusMessage(
        tr("Stream key copied. The clipboard is cleared in %n second(s).", nullptr, m_clipboard->clearAfterSeconds()));
}

void ResultView::copyValue(const QModelIndex& index)
{
    if (!index.isValid()) {
        return;
    }
    const QModelIndex value = index.siblingAtColumn(IngestConfigModel::ValueColumn);
    const QString text = value.data(IngestConfigModel::RawValueRole).toString();
    if (value.data(IngestConfigModel::IsSecretRole).toBool()) {
        copyStreamKey(text);
        return;
    }
    m_clipboard->copyPlain(text);
    emit statusMessage(tr("Copied."));
}

void ResultView::copyKeyValue(const QModelIndex& index)
{
    const QModelIndex value = index.siblingAtColumn(IngestConfigModel::ValueColumn);
    const QString text = value.data(IngestConfigModel::RawKeyRole).toString() + u'=' +
                         value.data(IngestConfigModel::RawValueRole).toString();
    if (value.data(IngestConfigModel::IsSecretRole).toBool()) {
        m_clipboard->copySecret(text);
    } else {
        m_clipboard->copyPlain(text);
    }
    emit statusMessage(tr("Copied."));
}

void ResultView::copyJson(const QModelIndex& index)
{
    const QModelIndex value = index.siblingAtColumn(IngestConfigModel::ValueColumn);
    const QString json = value.data(IngestConfigModel::JsonRole).toString();
    // A group's JSON may hold stream keys (redundant credentials).
    if (value.data(IngestConfigModel::IsSecretRole).toBool() || Redactor::redact(json) != json) {
        m_clipboard->copySecret(json);
    } else {
        m_clipboard->copyPlain(json);
    }
    emit statusMessage(tr("Copied."));
}

void ResultView::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_tree->indexAt(position);
    if (!index.isValid()) {
        return;
    }
    QMenu menu(this);
    menu.addAction(tr("Copy &value"), QKeySequence::Copy, this, [this, index] { copyValue(index); });
    menu.addAction(tr("Copy &key=value"), this, [this, index] { copyKeyValue(index); });
    menu.addAction(tr("Copy as &JSON"), this, [this, index] { copyJson(index); });
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}
