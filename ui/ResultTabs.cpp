#include "ui/ResultTabs.h"

#include "ui/ResultView.h"

ResultTabs::ResultTabs(ClipboardGuard* clipboard, QWidget* parent)
    : QTabWidget(parent)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("resultsTabWidget"));
    setAccessibleName(tr("Results"));
    setTabsClosable(true);
    setDocumentMode(true);
    connect(this, &QTabWidget::tabCloseRequested, this, &ResultTabs::closeTab);
}

void ResultTabs::closeTab(int index)
{
    auto* view = qobject_cast<ResultView*>(widget(index));
    removeTab(index);
    if (view) {
        emit viewClosed(view->arn().toString());
        view->deleteLater();
    }
}

QList<ResultView*> ResultTabs::views() const
{
    QList<ResultView*> result;
    for (int i = 0; i < count(); ++i) {
        if (auto* view = qobject_cast<ResultView*>(widget(i))) {
            result.append(view);
        }
    }
    return result;
}

ResultView* ResultTabs::resultFor(const QString& arn) const
{
    for (ResultView* view : views()) {
        if (view->arn().toString() == arn) {
            return view;
        }
    }
    return nullptr;
}

ResultView* ResultTabs::currentResult() const
{
    return qobject_cast<ResultView*>(currentWidget());
}

ResultView* ResultTabs::viewFor(const IngestConfigurationArn& arn)
{
    if (ResultView* existing = resultFor(arn.toString())) {
        return existing;
    }
    auto* view = new ResultView(arn, m_clipboard, this);
    connect(view, &ResultView::refreshRequested, this, [this, view] { emit refreshRequested(view->arn().toString()); });
    connect(view, &ResultView::statusMessage, this, &ResultTabs::statusMessage);
    addTab(view, arn.resourceId());
    setTabToolTip(indexOf(view), arn.toString());
    emit viewCreated(view);
    return view;
}
