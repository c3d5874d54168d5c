#pragma once

#include "aws/AwsError.h"
#include "ivs/IngestConfiguration.h"
#include "ivs/IngestConfigurationArn.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class ClipboardGuard;
class ElidedLabel;
class GoLivePanel;
class IngestConfigModel;
class MessageBanner;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QToolButton;
class QTreeView;
class StateBadge;

// The result for one ARN: a header with the name and the state badge, the
// stream key (masked until revealed, copied as a secret), an inline banner
// for errors, the field tree and the raw reply.
class ResultView : public QWidget
{
    Q_OBJECT

public:
    ResultView(const IngestConfigurationArn& arn, ClipboardGuard* clipboard, QWidget* parent = nullptr);
    ~ResultView() override;

    const IngestConfigurationArn& arn() const
    {
        return m_arn;
    }
    // A status while a request runs; the elapsed time is added as it grows.
    void setBusy(const QString& status);
    bool isBusy() const
    {
        return m_busy;
    }
    void showResult(const IngestConfiguration& configuration, const QDateTime& fetchedAt);
    // Read again and found unchanged (a watch): only the time moves on.
    void markRefreshed(const QDateTime& at);
    void showError(const AwsError& error, const QString& credentialsHint);
    void showProblem(const QString& title, const QString& text);
    void showCancelled();
    bool hasResult() const
    {
        return m_configuration.has_value();
    }
    // For the tab: the configuration's name (or the ARN's id) and its state.
    QString title() const;
    QString state() const;
    void focusFilter();
    bool isStreamKeyRevealed() const;
    void setStreamKeyRevealed(bool revealed);
    void setRevealTimeoutSeconds(int seconds);
    void copyCurrent(); // Ctrl+C in the tree

    IngestConfigModel* model() const
    {
        return m_model;
    }
    QTreeView* tree() const
    {
        return m_tree;
    }
    // The tree shows the model through a filter: map a model index to it.
    QModelIndex treeIndex(const QModelIndex& modelIndex) const;
    void setFilterText(const QString& text);
    MessageBanner* banner() const
    {
        return m_banner;
    }
    StateBadge* badge() const
    {
        return m_badge;
    }
    GoLivePanel* goLive() const
    {
        return m_goLive;
    }
    // Hook for pages other parts add (the Watch page of WatchController).
    void addPage(QWidget* page, const QString& title);
    // The same at a position (the OBS page goes next to "Get it live"). A
    // page with a "page" property opens first when it was the user's last choice.
    void insertPage(int index, QWidget* page, const QString& title);
    // Hook (issue 13): the last known view of the configuration, shown under
    // the banner that says why it could not be refreshed (left as it is);
    // the refreshed label says how old it is.
    void showLastKnown(const IngestConfiguration& configuration, const QString& age);

signals:
    void refreshRequested();
    void statusMessage(const QString& message);
    // The title, the state or being busy changed (the tab shows them).
    void summaryChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    IngestConfigurationArn m_arn;
    ClipboardGuard* m_clipboard;
    IngestConfigModel* m_model;
    std::optional<IngestConfiguration> m_configuration;
    ElidedLabel* m_nameLabel;
    StateBadge* m_badge;
    ElidedLabel* m_arnLabel;
    QLineEdit* m_streamKeyField;
    QToolButton* m_revealButton;
    QToolButton* m_copyKeyButton;
    QLabel* m_refreshedLabel;
    QToolButton* m_refreshButton;
    MessageBanner* m_banner;
    QTabWidget* m_tabs;
    QTreeView* m_tree;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_filterEdit;
    QPlainTextEdit* m_rawView;
    GoLivePanel* m_goLive;
    QWidget* m_streamKeyRow;
    QTimer m_remaskTimer;
    QTimer m_elapsedTimer;
    QElapsedTimer m_elapsed;
    QString m_busyStatus;
    bool m_busy = false;
    int m_revealTimeoutSeconds = 20;

    QWidget* buildHeader();
    QWidget* buildStreamKeyRow();
    void updateSecretViews();
    void showContextMenu(const QPoint& position);
    void copyStreamKey(const QString& key);
    void copyValue(const QModelIndex& index);
    void copyKeyValue(const QModelIndex& index);
    void copyJson(const QModelIndex& index);
    void onFocusChanged(QWidget* old, QWidget* now);
    void showBusyText();
    void setIdle(const QString& status);
    void showPages(bool shown);
};
