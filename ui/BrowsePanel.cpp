#include "ui/BrowsePanel.h"

#include "inspect/ConfigurationLister.h"
#include "inspect/LastKnownStore.h"
#include "ivs/IvsService.h"
#include "ui/ConfigurationFilterModel.h"
#include "ui/ConfigurationTableModel.h"
#include "ui/MessageBanner.h"
#include "ui/WindowSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

BrowsePanel::BrowsePanel(WindowSession* session, LastKnownStore* lastKnown, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_lastKnown(lastKnown)
    , m_model(new ConfigurationTableModel(this))
    , m_filter(new ConfigurationFilterModel(this))
    , m_region(new QComboBox(this))
    , m_serverFilter(new QComboBox(this))
    , m_stageArn(new QLineEdit(this))
    , m_listButton(new QPushButton(tr("&Get list"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_stateFilter(new QComboBox(this))
    , m_protocolFilter(new QComboBox(this))
    , m_stageFilter(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_banner(new MessageBanner(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("browsePanel"));
    setAccessibleName(tr("Browse ingest configurations"));
    // The window's last-known store meets the session here. The demo writes
    // nothing (issue 16), and its listings are keyed by the profile name
    // "demo", which a real profile may have: in demo mode the store keeps a
    // separate set in memory, for the offline view of the demo's tabs too,
    // and the real entries come back untouched when the demo ends.
    m_lastKnown->setMemoryOnly(session->isDemo());
    connect(session, &WindowSession::demoChanged, this, [this](bool demo) { m_lastKnown->setMemoryOnly(demo); });
    m_filter->setSourceTable(m_model);
    m_table->setObjectName(QStringLiteral("browseTableView"));
    m_table->setAccessibleName(tr("Ingest configurations"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ConfigurationTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Fixed row heights and no per-row sizing: 10,000 rows scroll smoothly.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(ConfigurationTableModel::RefreshedColumn, true);
    // Widths from the font, not from 10,000 rows' contents.
    const int character = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(ConfigurationTableModel::NameColumn, character * 28);
    m_table->setColumnWidth(ConfigurationTableModel::StateColumn, character * 18);
    m_table->setColumnWidth(ConfigurationTableModel::ParticipantColumn, character * 16);
    m_table->installEventFilter(this);
    // Room for a few rows at least; opening, the window gives the panel half
    // its height, or a window of its own when that is too little.
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex&) { openCurrent(); });
    m_banner->setObjectName(QStringLiteral("browseMessageBanner"));
    m_banner->clear();
    m_status->setObjectName(QStringLiteral("browseStatusLabel"));
    m_status->setAccessibleName(tr("Listing status"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildQueryRow());
    layout->addWidget(buildFilterRow());
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    updateStatus();
}

BrowsePanel::~BrowsePanel()
{
    cancel();
}

QWidget* BrowsePanel::buildQueryRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_region->setObjectName(QStringLiteral("browseRegionComboBox"));
    m_region->setAccessibleName(tr("Region to list"));
    m_region->addItem(tr("All regions"), QString());
    for (const QString& region : IvsService::regions()) {
        m_region->addItem(region, region);
    }
    connect(m_region, &QComboBox::activated, this, [this] { m_regionChosen = true; });
    m_serverFilter->setObjectName(QStringLiteral("browseServerFilterComboBox"));
    m_serverFilter->setAccessibleName(tr("Filter applied by the service"));
    m_serverFilter->addItem(tr("Every configuration"), QString());
    m_serverFilter->addItem(tr("Only ACTIVE (service filter)"), QStringLiteral("state:ACTIVE"));
    m_serverFilter->addItem(tr("Only INACTIVE (service filter)"), QStringLiteral("state:INACTIVE"));
    m_serverFilter->addItem(tr("Only one stage (service filter)…"), QStringLiteral("stage"));
    m_stageArn->setObjectName(QStringLiteral("browseStageArnLineEdit"));
    m_stageArn->setAccessibleName(tr("Stage ARN for the service filter"));
    m_stageArn->setPlaceholderText(tr("arn:aws:ivs:region:account:stage/…"));
    m_stageArn->setVisible(false);
    connect(m_serverFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_stageArn->setVisible(m_serverFilter->currentData().toString() == QLatin1String("stage")); });
    connect(m_stageArn, &QLineEdit::returnPressed, this, &BrowsePanel::list);
    m_listButton->setObjectName(QStringLiteral("browseListButton"));
    m_listButton->setToolTip(tr("List every page (ListIngestConfigurations), within the request quota"));
    connect(m_listButton, &QPushButton::clicked, this, &BrowsePanel::list);
    m_cancelButton->setObjectName(QStringLiteral("browseCancelButton"));
    m_cancelButton->setEnabled(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &BrowsePanel::cancel);
    auto* regionLabel = new QLabel(tr("Regi&on:"), row);
    regionLabel->setBuddy(m_region);
    layout->addWidget(regionLabel);
    layout->addWidget(m_region);
    layout->addWidget(m_serverFilter);
    layout->addWidget(m_stageArn, 1);
    layout->addStretch();
    layout->addWidget(m_listButton);
    layout->addWidget(m_cancelButton);
    return row;
}

QWidget* BrowsePanel::buildFilterRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("browseSearchLineEdit"));
    m_search->setAccessibleName(tr("Search name, user ID, participant ID and ARN"));
    m_search->setPlaceholderText(tr("Search name, user ID, participant ID, ARN"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        updateStatus();
    });
    m_stateFilter->setObjectName(QStringLiteral("browseStateComboBox"));
    m_stateFilter->setAccessibleName(tr("Show configurations in this state"));
    m_stateFilter->addItem(tr("Any state"), QString());
    m_stateFilter->addItem(tr("ACTIVE"), QStringLiteral("ACTIVE"));
    m_stateFilter->addItem(tr("INACTIVE"), QStringLiteral("INACTIVE"));
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStateFilter(m_stateFilter->currentData().toString());
        updateStatus();
    });
    m_protocolFilter->setObjectName(QStringLiteral("browseProtocolComboBox"));
    m_protocolFilter->setAccessibleName(tr("Show configurations with this protocol"));
    m_protocolFilter->addItem(tr("Any protocol"), QString());
    m_protocolFilter->addItem(QStringLiteral("RTMPS"), QStringLiteral("RTMPS"));
    m_protocolFilter->addItem(QStringLiteral("RTMP"), QStringLiteral("RTMP"));
    connect(m_protocolFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setProtocolFilter(m_protocolFilter->currentData().toString());
        updateStatus();
    });
    m_stageFilter->setObjectName(QStringLiteral("browseStageLineEdit"));
    m_stageFilter->setAccessibleName(tr("Show configurations of a stage"));
    m_stageFilter->setPlaceholderText(tr("Stage (part of its ARN)"));
    m_stageFilter->setClearButtonEnabled(true);
    connect(m_stageFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setStageFilter(text);
        updateStatus();
    });
    auto* searchLabel = new QLabel(tr("Search:"), row);
    searchLabel->setBuddy(m_search);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_stateFilter);
    layout->addWidget(m_protocolFilter);
    layout->addWidget(m_stageFilter, 1);
    return row;
}

void BrowsePanel::setDefaultRegion(const QString& region)
{
    if (!m_regionChosen && !isListing()) {
        selectRegion(region.isEmpty() ? QStringLiteral("us-east-1") : region);
    }
}

QString BrowsePanel::selectedRegion() const
{
    return m_region->currentData().toString();
}

void BrowsePanel::selectRegion(const QString& region)
{
    int index = m_region->findData(region);
    if (index < 0) {
        m_region->addItem(region, region); // a region the app does not list (a new one, or a test's)
        index = m_region->count() - 1;
    }
    m_region->setCurrentIndex(index);
}

QString BrowsePanel::serverFilterText() const
{
    const QString kind = m_serverFilter->currentData().toString();
    return kind == QLatin1String("stage") ? QStringLiteral("stage:") + m_stageArn->text().trimmed() : kind;
}

QString BrowsePanel::cacheKey(const QString& region) const
{
    // Keyed by profile: when the credentials fail, the account is not known.
    return LastKnownStore::listKey(m_session->profile(), region, serverFilterText());
}

bool BrowsePanel::isListing() const
{
    return m_lister != nullptr;
}

void BrowsePanel::list()
{
    if (m_lister) {
        // A listing still under way is dropped, and tells nobody.
        m_lister->disconnect(this);
        m_lister->cancel();
        m_lister->deleteLater();
    }
    ConfigurationLister::Query query;
    const QString filter = serverFilterText();
    if (filter.startsWith(QLatin1String("state:"))) {
        query.filterByState = filter.mid(6);
    } else if (filter.startsWith(QLatin1String("stage:"))) {
        query.filterByStageArn = filter.mid(6);
    }
    query.pageSize = 100; // the most a page holds: fewest requests against the quota
    const QString region = selectedRegion();
    m_lister = new ConfigurationLister(m_session->engine(), this);
    m_lister->setQuery(query);
    connect(m_lister, &ConfigurationLister::finished, this, &BrowsePanel::onFinished);
    auto received = std::make_shared<int>(0);
    connect(m_lister, &ConfigurationLister::pageArrived, this,
            [this, received](const QString&, const QJsonArray& page) {
                *received += int(page.size());
                m_status->setText(
                    tr("Listing… %n configuration(s) so far; pages wait their turn in the quota of 5 requests "
                       "a second per region.",
                       nullptr, *received));
            });
    m_listButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_banner->clear();
    m_status->setText(tr("Listing…"));
    m_lister->start(region.isEmpty() ? IvsService::regions() : QStringList{region});
}

void BrowsePanel::cancel()
{
    if (m_lister && !m_lister->isFinished()) {
        m_lister->cancel();
    }
}

void BrowsePanel::onFinished()
{
    ConfigurationLister* lister = m_lister;
    m_lister = nullptr;
    lister->deleteLater();
    m_listButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    if (wasCancelled(*lister)) {
        // Cancelled on purpose: what was shown before stays.
        m_banner->showMessage(MessageBanner::Kind::Information, tr("Listing cancelled"),
                              tr("The table shows what was listed before."));
        updateStatus();
        emit listingFinished();
        return;
    }
    QStringList regions;
    for (const RegionListing& listing : lister->results()) {
        regions.append(listing.region);
    }
    if (lister->credentialError().isError()) {
        showStale(regions, lister->credentialError().message);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray items;
    QStringList failures;
    const int ok = gather(*lister, now, &items, &failures);
    if (ok == 0 && !failures.isEmpty() && regions.size() == 1) {
        showStale(regions, failures.join(u'\n'));
        return;
    }
    showListing(items, failures, now);
}

bool BrowsePanel::wasCancelled(const ConfigurationLister& lister)
{
    const QList<RegionListing>& results = lister.results();
    return std::any_of(results.begin(), results.end(), [](const RegionListing& listing) {
        return listing.error.category == AwsError::Category::Cancelled;
    });
}

// The items of every region, remembered for the offline view; a region that
// failed contributes its last listing, if there is one, and a line saying
// why. Returns how many regions answered.
int BrowsePanel::gather(const ConfigurationLister& lister,
                        const QDateTime& now,
                        QJsonArray* items,
                        QStringList* failures)
{
    int ok = 0;
    for (const RegionListing& listing : lister.results()) {
        if (listing.ok()) {
            ++ok;
            m_lastKnown->rememberList(cacheKey(listing.region), listing.items, now);
            for (const QJsonValue& item : listing.items) {
                items->append(item);
            }
            continue;
        }
        if (const auto kept = m_lastKnown->list(cacheKey(listing.region))) {
            for (const QJsonValue& item : kept->items) {
                items->append(item);
            }
        }
        failures->append(tr("%1: %2").arg(listing.region, listing.failureText()));
    }
    return ok;
}

void BrowsePanel::showListing(const QJsonArray& items, const QStringList& failures, const QDateTime& now)
{
    m_model->setSummaries(items, now);
    m_listedAt = now;
    m_stale = false;
    if (!failures.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("%n region(s) could not be listed", nullptr, int(failures.size())),
                              tr("The other regions are shown. A region the account has not opted in to answers "
                                 "like this too.\n%1")
                                  .arg(failures.join(u'\n')));
    }
    updateStatus();
    emit listingFinished();
}

void BrowsePanel::showStale(const QStringList& regions, const QString& why)
{
    QJsonArray items;
    QDateTime oldest;
    for (const QString& region : regions) {
        const auto kept = m_lastKnown->list(cacheKey(region));
        if (!kept) {
            continue;
        }
        for (const QJsonValue& item : kept->items) {
            items.append(item);
        }
        oldest = oldest.isValid() ? qMin(oldest, kept->at) : kept->at;
    }
    if (!oldest.isValid()) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Could not list"), why);
        updateStatus();
        emit listingFinished();
        return;
    }
    m_model->setSummaries(items, oldest);
    m_listedAt = oldest;
    m_stale = true;
    m_banner->showMessage(MessageBanner::Kind::Warning, tr("Offline: showing the last listing"),
                          tr("Listing failed: %1\nShown is what was listed %2; states may have changed since.")
                              .arg(why, LastKnownStore::ageText(oldest, QDateTime::currentDateTimeUtc())));
    updateStatus();
    emit listingFinished();
}

void BrowsePanel::updateStatus()
{
    if (!m_listedAt.isValid()) {
        m_status->setText(tr("Pick a region and press Get list."));
        return;
    }
    const QString age = LastKnownStore::ageText(m_listedAt, QDateTime::currentDateTimeUtc());
    const QString shown =
        tr("%1 of %Ln configuration(s)", nullptr, m_model->rowCount()).arg(QLocale().toString(m_filter->rowCount()));
    m_status->setText(m_stale ? tr("%1 · last listed %2 (offline, may be out of date)").arg(shown, age)
                              : tr("%1 · listed %2").arg(shown, age));
}

void BrowsePanel::openCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (index.isValid()) {
        emit openRequested(index.data(ConfigurationTableModel::ArnRole).toString());
    }
}

bool BrowsePanel::eventFilter(QObject* watched, QEvent* event)
{
    // Enter opens the row (QAbstractItemView's activated does not fire for
    // Enter on every platform style).
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
