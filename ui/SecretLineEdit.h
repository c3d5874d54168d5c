#pragma once

#include <QLineEdit>

class QAction;
class QTimer;

// A field for a secret (secret access key, session token): masked by default,
// shown on request with a trailing button or Ctrl+H, and masked again on
// focus-out and after a timeout, because revealed text can be selected into
// the X11 PRIMARY selection, seen over a shoulder or in a screen share.
class SecretLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit SecretLineEdit(QWidget* parent = nullptr);

    bool isRevealed() const;
    void setRevealed(bool revealed);
    // Seconds a revealed secret stays visible; 0 means until focus-out.
    void setRevealTimeoutSeconds(int seconds);
    int revealTimeoutSeconds() const;
    QAction* revealAction() const;

signals:
    void revealedChanged(bool revealed);

protected:
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QAction* m_revealAction;
    QTimer* m_revealTimer;
    bool m_revealed = false;

    void retranslate();
    void updateIcon();
    void applyMonospaceFont();
};
