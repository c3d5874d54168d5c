#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>
#include <QWidget>

class ConfigurationFilterModel;
class ConfigurationLister;
class ConfigurationTableModel;
class LastKnownStore;
class MessageBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class WindowSession;

// Every ingest configuration of an account at a glance: pick a region (or
// all regions, each listed side by side under its own quota), optionally the
// service's one filter (state or stage), press List; then narrow the table
// client-side by state, protocol, stage and text over name, user ID,
// participant ID and ARN. Sortable; Enter or a double click opens a row in a
// result tab. When listing fails (network, credentials), the last listing of
// the same region and filter is shown, marked with its age.
class BrowsePanel : public QWidget
{
    Q_OBJECT

public:
    BrowsePanel(WindowSession* session, LastKnownStore* lastKnown, QWidget* parent = nullptr);
    ~BrowsePanel() override;

    // The region the profile points at (selected until the user picks one).
    void setDefaultRegion(const QString& region);
    QString selectedRegion() const;           // empty for all regions
    void selectRegion(const QString& region); // empty: all regions
    void list();
    void cancel();
    bool isListing() const;
    // Whether anything was listed (or a last listing shown) yet.
    bool hasListing() const
    {
        return m_listedAt.isValid();
    }

    // Where listings are kept for the offline view (the window's, shared
    // with the result tabs).
    LastKnownStore* lastKnown() const
    {
        return m_lastKnown;
    }
    ConfigurationTableModel* model() const
    {
        return m_model;
    }
    ConfigurationFilterModel* filter() const
    {
        return m_filter;
    }
    QTableView* table() const
    {
        return m_table;
    }
    QLineEdit* searchField() const
    {
        return m_search;
    }
    QComboBox* stateFilter() const
    {
        return m_stateFilter;
    }
    QComboBox* serverFilter() const
    {
        return m_serverFilter;
    }
    MessageBanner* banner() const
    {
        return m_banner;
    }
    QLabel* statusLabel() const
    {
        return m_status;
    }
    // Shown from the last listing kept, not from the service.
    bool isStale() const
    {
        return m_stale;
    }

signals:
    void openRequested(const QString& arn);
    void listingFinished();

private:
    WindowSession* m_session;
    LastKnownStore* m_lastKnown;
    ConfigurationTableModel* m_model;
    ConfigurationFilterModel* m_filter;
    QComboBox* m_region;
    QComboBox* m_serverFilter;
    QLineEdit* m_stageArn;
    QPushButton* m_listButton;
    QPushButton* m_cancelButton;
    QComboBox* m_stateFilter;
    QComboBox* m_protocolFilter;
    QLineEdit* m_stageFilter;
    QLineEdit* m_search;
    MessageBanner* m_banner;
    QLabel* m_status;
    QTableView* m_table;
    QPointer<ConfigurationLister> m_lister;
    QDateTime m_listedAt;
    bool m_stale = false;
    bool m_regionChosen = false;

    QWidget* buildQueryRow();
    QWidget* buildFilterRow();
    QString cacheKey(const QString& region) const;
    QString serverFilterText() const;
    void onFinished();
    static bool wasCancelled(const ConfigurationLister& lister);
    int gather(const ConfigurationLister& lister, const QDateTime& now, QJsonArray* items, QStringList* failures);
    void showListing(const QJsonArray& items, const QStringList& failures, const QDateTime& now);
    void showStale(const QStringList& regions, const QString& why);
    void updateStatus();
    void openCurrent();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
