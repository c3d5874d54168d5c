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
    // Another application (or another copy here) replaced the secret: there
    // is nothing left to clear, and nothing left to count down.
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &ClipboardGuard::onClipboardChanged);
    }
}

ClipboardGuard::~ClipboardGuard()
{
    // Nobody would clear it later: a window closed before the countdown ended
    // must not leave its secret behind. No signals from a destructor.
    blockSignals(true);
    if (clipboardStillHoldsSecret()) {
        QGuiApplication::clipboard()->disconnect(this);
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
    m_writing = true;
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    m_writing = false;

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
    m_writing = true;
    QGuiApplication::clipboard()->setText(text, QClipboard::Clipboard);
    m_writing = false;
    stop();
}

void ClipboardGuard::onClipboardChanged()
{
    // Another application (or the user) replaced the secret: there is
    // nothing left to clear, and nothing left to count down.
    if (!m_writing && m_pending && !clipboardStillHoldsSecret()) {
        stop();
        emit abandoned();
    }
}

void ClipboardGuard::clearClipboard()
{
    m_writing = true;
    QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    m_writing = false;
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
        clearClipboard();
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
    clearClipboard();
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
