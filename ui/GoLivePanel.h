#pragma once

#include "ivs/GoLiveReport.h"

#include <QWidget>

class ClipboardGuard;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

// "What do I paste into OBS, and why is it not live?": one headline verdict
// that never contradicts the state badge (Live; Ready, waiting for a
// publisher; Not live because …, the most likely cause first, with its fix),
// the server URL that matches the protocol with copy buttons for the server,
// the key and the full URL (for FFmpeg), both keys of a redundant pair, the
// readiness checklist, and the participant's recent events with what each
// error means, in full. Scrolls when the window is small.
class GoLivePanel : public QWidget
{
    Q_OBJECT

public:
    GoLivePanel(ClipboardGuard* clipboard, QWidget* parent = nullptr);

    void setWaiting(const QString& status);
    void showReport(const GoLiveReport& report);
    // OBS's own stream status under the headline while OBS streams to this
    // configuration (bytes sent, dropped frames, reconnecting); empty hides it.
    void setObsStatus(const QString& status);
    QString obsStatus() const;
    const GoLiveReport& report() const
    {
        return m_report;
    }
    QListWidget* checklist() const
    {
        return m_checks;
    }
    QTreeWidget* events() const
    {
        return m_events;
    }
    // The mark a check shows before its text: "✔ OK", "✘ Problem", …
    static QString markFor(const ReadinessCheck& check);

signals:
    // A report was shown (what the OBS page offers depends on it).
    void reportShown();
    void refreshRequested();
    void statusMessage(const QString& message);

private:
    ClipboardGuard* m_clipboard;
    GoLiveReport m_report;
    QLabel* m_verdictIcon;
    QLabel* m_verdict;
    QLabel* m_fix;
    QLabel* m_obsStatus;
    QLineEdit* m_server;
    QPushButton* m_copyServer;
    QPushButton* m_copyKey;
    QPushButton* m_copyUrl;
    QWidget* m_redundant;
    QVBoxLayout* m_redundantLayout;
    QListWidget* m_checks;
    QTreeWidget* m_events;
    QLabel* m_advice;
    QLabel* m_note;

    QWidget* buildContent();
    QWidget* buildServerRows(QWidget* parent);
    void copySecret(const QString& text, const QString& what);
    void showVerdict();
    void fillRedundant();
    void fillChecks();
    void fillEvents();
    void showAdvice(QTreeWidgetItem* item);
};
