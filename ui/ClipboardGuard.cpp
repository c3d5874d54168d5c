#include "ui/ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

ClipboardGuard::ClipboardGuard(QObject* parent)
    : QObject(parent)
    , m_tick(new QTimer(this))
{
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ClipboardGuard::onTick);
    if (QCoreApplication::instance()) {
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &ClipboardGuard::onAboutToQuit);
    }
}

ClipboardGuard::~ClipboardGuard()
{
    // Nobody would clear it later: a window closed before the countdown ended
    // must not leave its secret behind. No signals from a destructor.
    if (clipboardStillHoldsSecret()) {
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    }
}

void ClipboardGuard::copySecret(const QString& text)
{
    // A new QMimeData every time: the clipboard takes ownership and deletes the previous one.
    auto* mime = new QMimeData;
    mime->setText(text);
    // KDE Klipper and other freedesktop clipboard managers skip their history.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    // macOS clipboard managers (nspasteboard.org convention).
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), text.toUtf8());
    // Windows clipboard history and cloud clipboard; only the presence of the format matters.
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);

    if (m_clearAfterSeconds <= 0) {
        stop();
        return;
    }
    m_secret = text;
    m_pending = true;
    m_secondsLeft = m_clearAfterSeconds;
    m_tick->start();
    emit countdown(m_secondsLeft);
}

void ClipboardGuard::copyPlain(const QString& text)
{
    QGuiApplication::clipboard()->setText(text, QClipboard::Clipboard);
    stop();
}

void ClipboardGuard::setClearAfterSeconds(int seconds)
{
    m_clearAfterSeconds = qMax(0, seconds);
}

int ClipboardGuard::clearAfterSeconds() const
{
    return m_clearAfterSeconds;
}

int ClipboardGuard::secondsLeft() const
{
    return m_secondsLeft;
}

void ClipboardGuard::onTick()
{
    --m_secondsLeft;
    if (m_secondsLeft > 0) {
        emit countdown(m_secondsLeft);
        return;
    }
    const bool ours = clipboardStillHoldsSecret();
    if (ours) {
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    }
    stop();
    if (ours) {
        emit cleared();
    } else {
        emit abandoned();
    }
}

void ClipboardGuard::onAboutToQuit()
{
    if (!clipboardStillHoldsSecret()) {
        return;
    }
    // Some clipboards (X11 without a clipboard manager) lose the text when we
    // exit anyway, others keep it for good: clear it ourselves now.
    QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    stop();
    emit cleared();
}

bool ClipboardGuard::clipboardStillHoldsSecret() const
{
    if (!m_pending || !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return false;
    }
    return QGuiApplication::clipboard()->text(QClipboard::Clipboard) == m_secret;
}

void ClipboardGuard::stop()
{
    const bool wasPending = m_pending;
    m_tick->stop();
    m_pending = false;
    m_secondsLeft = 0;
    m_secret.clear();
    if (wasPending) {
        emit countdown(0);
    }
}
