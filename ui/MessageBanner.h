#pragma once

#include "aws/AwsError.h"

#include <QFrame>
#include <QList>
// Included, not declared: callers connect to the button addAction() returns.
#include <QPushButton>
#include <QString>

class QHBoxLayout;
class QLabel;
class QToolButton;

// An inline message above the content, in the manner of KMessageWidget: it
// does not block the window like a message box, the text can be selected and
// copied (a request ID for a support case), and the kind is told by an icon
// and a word, not by the colour alone. Hidden until showMessage().
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Error,
        Warning,
        Information,
        Success
    };
    Q_ENUM(Kind)

    explicit MessageBanner(QWidget* parent = nullptr);

    // Replaces the message (and its action buttons) and shows the banner. All
    // three texts are plain text: error messages from a server are not HTML.
    void showMessage(Kind kind, const QString& title, const QString& text, const QString& details = QString());
    // A failed AWS call: its category as the title, the message, what to do
    // (plus `hint`, if any) and the code, HTTP status and request id.
    void showError(const AwsError& error, const QString& hint = QString());
    // Hides the banner and removes its action buttons.
    void clear();
    // Adds a button to the current message; it goes with the next showMessage() or clear().
    // Hides QWidget::addAction(): a banner has buttons, not a context menu.
    QPushButton* addAction(const QString& text);

    Kind kind() const;
    QString title() const;
    QString text() const;
    QString details() const;

    // The word a screen reader says for a kind: tr("Error"), tr("Warning"), ...
    static QString kindName(Kind kind);

signals:
    // The user closed the banner with its close button.
    void dismissed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    Kind m_kind = Kind::Information;
    QString m_title;
    QString m_text;
    QString m_details;
    QLabel* m_iconLabel;
    QLabel* m_titleLabel;
    QLabel* m_textLabel;
    QLabel* m_detailsLabel;
    QHBoxLayout* m_actionsLayout;
    QToolButton* m_closeButton;
    QList<QPushButton*> m_actionButtons;

    QColor accentColor() const;
    void removeActions();
    void updateContents();
    void updateCloseButton();
};
