#pragma once

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStringListModel;

// The ARN row: the field (one or more ARNs, recent ones complete as you
// type), Inspect, Cancel and a busy indicator, with the inline check of what
// was typed below it.
class ArnBar : public QWidget
{
    Q_OBJECT

public:
    explicit ArnBar(QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    void setRecentArns(const QStringList& arns);
    // The account the selected credentials belong to, when known: ARNs of
    // other accounts get a note.
    void setCredentialsAccount(const QString& account);
    // Hook (issue 13): a bare ID or name is looked up in this region.
    void setLookupRegion(const QString& region);
    void setBusy(bool busy);
    void focusField();
    QLineEdit* field() const
    {
        return m_edit;
    }
    QWidget* lastInTabOrder() const;

    // Splits pasted text into ARN candidates (lines, spaces, commas).
    static QStringList splitArns(const QString& text);

signals:
    void inspectRequested();
    void cancelRequested();
    void textChanged(const QString& text);

private:
    enum class HintKind
    {
        Information,
        Warning,
        Problem,
    };

    QLineEdit* m_edit;
    QLabel* m_hintIcon;
    QLabel* m_status;
    QPushButton* m_inspectButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_busy;
    QStringListModel* m_recentModel;
    QCompleter* m_completer;
    QString m_account;
    QString m_lookupRegion;

    void check();
    void showHint(HintKind kind, const QString& text);
};
