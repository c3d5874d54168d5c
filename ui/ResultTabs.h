#pragma once

#include "ivs/IngestConfigurationArn.h"

#include <QTabWidget>
#include <QTimer>

class ClipboardGuard;
class ResultView;

// One tab per inspected ARN, titled with the configuration's name and its
// state (icon and word), with a spinning icon while it loads. Closing a tab
// says so (its requests are then cancelled); a result never brings a closed
// tab back.
class ResultTabs : public QTabWidget
{
    Q_OBJECT

public:
    ResultTabs(ClipboardGuard* clipboard, QWidget* parent = nullptr);

    // The ARN's tab, made when there is none.
    ResultView* viewFor(const IngestConfigurationArn& arn);
    ResultView* resultFor(const QString& arn) const;
    ResultView* currentResult() const;
    QList<ResultView*> views() const;
    void closeCurrent();
    // The text a view's tab shows: "name · ACTIVE".
    static QString tabText(const ResultView* view);
    // Closes every tab (as if each were closed by hand).
    void closeAll();

signals:
    // Hook: a tab was made (WatchController adds its page).
    void viewCreated(ResultView* view);
    void viewClosed(const QString& arn);
    void refreshRequested(const QString& arn);
    void statusMessage(const QString& message);

private:
    ClipboardGuard* m_clipboard;
    QTimer m_spinner;
    int m_spinnerFrame = 0;

    void closeTab(int index);
    void updateTab(ResultView* view);
    void spin();
    QIcon spinnerIcon() const;
};
