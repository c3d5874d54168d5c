#include "ui/ResultTabs.h"

#include "ui/ResultView.h"
#include "ui/StateBadge.h"

#include <QPainter>
#include <QTabBar>

ResultTabs::ResultTabs(ClipboardGuard* clipboard, QWidget* parent)
    : QTabWidget(parent)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("resultsTabWidget"));
    setAccessibleName(tr("Results"));
    setTabsClosable(true);
    setDocumentMode(true);
    connect(this, &QTabWidget::tabCloseRequested, this, &ResultTabs::closeTab);
    tabBar()->setElideMode(Qt::ElideRight);
    setUsesScrollButtons(true);
    m_spinner.setInterval(120);
    connect(&m_spinner, &QTimer::timeout, this, &ResultTabs::spin);
}

void ResultTabs::closeCurrent()
{
    if (currentIndex() >= 0) {
        closeTab(currentIndex());
    }
}

QString ResultTabs::tabText(const ResultView* view)
{
    if (!view->hasResult()) {
        return view->title();
    }
    return tr("%1 · %2").arg(view->title(), StateBadge::textForState(view->state()));
}

void ResultTabs::updateTab(ResultView* view)
{
    const int index = indexOf(view);
    if (index < 0) {
        return;
    }
    // Ampersands in a name are text, not mnemonics.
    setTabText(index, tabText(view).replace(u'&', QStringLiteral("&&")));
    setTabToolTip(index, view->arn().toString());
    if (view->isBusy()) {
        setTabIcon(index, spinnerIcon());
        if (!m_spinner.isActive()) {
            m_spinner.start();
        }
    } else {
        setTabIcon(index, view->hasResult() ? StateBadge::iconForState(view->state()) : QIcon());
    }
}

void ResultTabs::spin()
{
    m_spinnerFrame = (m_spinnerFrame + 1) % 12;
    bool busy = false;
    for (ResultView* view : views()) {
        if (view->isBusy()) {
            busy = true;
            setTabIcon(indexOf(view), spinnerIcon());
        }
    }
    if (!busy) {
        m_spinner.stop();
    }
}

QIcon ResultTabs::spinnerIcon() const
{
    const int size = tabBar()->iconSize().height() > 0 ? tabBar()->iconSize().height() : 16;
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::WindowText), size / 8.0, Qt::SolidLine, Qt::RoundCap));
    const QRectF ring(size * 0.15, size * 0.15, size * 0.7, size * 0.7);
    painter.drawArc(ring, -m_spinnerFrame * 30 * 16, 270 * 16);
    painter.end();
    return QIcon(pixmap);
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

void ResultTabs::closeAll()
{
    while (count() > 0) {
        closeTab(count() - 1);
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
    connect(view, &ResultView::summaryChanged, this, [this, view] { updateTab(view); });
    addTab(view, arn.resourceId());
    updateTab(view);
    emit viewCreated(view);
    return view;
}
