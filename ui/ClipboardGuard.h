#pragma once

#include <QObject>
#include <QString>

class QTimer;

// Puts secrets on the clipboard the way password managers do (modelled on
// KeePassXC's Clipboard): marked with the hints clipboard managers honour so
// they do not keep a history of them, and cleared again after a countdown or
// when the application quits, but only while the clipboard still holds our
// text, so whatever the user copied since is never destroyed.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    explicit ClipboardGuard(QObject* parent = nullptr);
    ~ClipboardGuard() override;

    // Copies a secret with the password-manager hints and starts the countdown
    // (a new copy restarts it). Only the Clipboard mode: the X11 selection has
    // no hints and any application can read it without asking.
    void copySecret(const QString& text);
    // Copies a value that is not secret: no hints, no countdown. Stops a
    // pending countdown, since the secret is no longer on the clipboard.
    void copyPlain(const QString& text);

    // Seconds before a secret is cleared; 0 means never. Applies to the next copy.
    void setClearAfterSeconds(int seconds);
    int clearAfterSeconds() const;
    // Seconds until the clipboard is cleared; 0 when nothing is pending.
    int secondsLeft() const;

signals:
    // Emitted once when a secret is copied, then every second while pending,
    // and with 0 when nothing is pending any more (whatever the reason).
    void countdown(int secondsLeft);
    // The secret was still on the clipboard and has been removed.
    void cleared();
    // The countdown ran out but the user had copied something else since: left alone.
    void abandoned();

private:
    QTimer* m_tick;
    QString m_secret;
    int m_clearAfterSeconds = 30;
    int m_secondsLeft = 0;
    bool m_pending = false;
    bool m_writing = false; // our own change of the clipboard is not someone else's

    void onTick();
    void onAboutToQuit();
    bool clipboardStillHoldsSecret() const;
    void stop();
    void onClipboardChanged();
    void clearClipboard();
};
