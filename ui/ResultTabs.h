#pragma once

#include "ivs/IngestConfigurationArn.h"

#include <QTabWidget>

class ClipboardGuard;
class ResultView;

// One tab per inspected ARN. Closing a tab says so (its requests are then
// cancelled); a result never brings a closed tab back.
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

signals:
    // Hook: a tab was made (WatchController adds its page).
    void viewCreated(ResultView* view);
    void viewClosed(const QString& arn);
    void refreshRequested(const QString& arn);
    void statusMessage(const QString& message);

private:
    ClipboardGuard* m_clipboard;

    void closeTab(int index);
};
