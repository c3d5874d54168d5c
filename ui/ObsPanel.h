#pragma once

#include "obs/ObsError.h"
#include "obs/ObsFixPlan.h"
#include "obs/ObsSettings.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class MessageBanner;
class ObsController;
class ObsStreamBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class ResultView;
class SecretLineEdit;
struct ObsCheck;
struct ObsServiceComparison;

// The OBS page of a result tab, in the order an operator works: connect to
// OBS (address and password kept per profile), send this configuration's
// server and stream key to OBS (never through the clipboard; asking first
// when OBS holds another destination, both shown masked), check OBS's
// encoder settings against IVS's rules (each check with an icon and a word,
// what the API cannot tell said plainly), make them IVS-safe after showing
// every change (old → new) and put them back on request, then go live or
// send a test signal (ObsStreamBox). Failures show in the page's banner with
// what happened, why and what to do. Everything is asynchronous.
class ObsPanel : public QWidget
{
    Q_OBJECT

public:
    ObsPanel(ObsController* controller, ResultView* view);

    QListWidget* checks() const
    {
        return m_checks;
    }
    MessageBanner* banner() const
    {
        return m_banner;
    }
    ObsStreamBox* streamBox() const
    {
        return m_streamBox;
    }
    // "✔ OK", "✘ Problem", "? Cannot be read": a word with the symbol.
    static QString markFor(const ObsCheck& check);
    static QString checkTitle(const QString& id);
    // One change for the confirmation: "SimpleOutput/VBitrate: 8000 → 6000".
    static QString describeChange(const class ObsParameterChange& change);

signals:
    void statusMessage(const QString& message);

protected:
    // A page shown after another tab connected reads OBS's settings then.
    void showEvent(QShowEvent* event) override;

private:
    ObsController* m_controller;
    QPointer<ResultView> m_view;
    MessageBanner* m_banner;
    QLineEdit* m_address;
    SecretLineEdit* m_password;
    QPushButton* m_connect;
    QLabel* m_connection;
    QPushButton* m_send;
    QListWidget* m_checks;
    QLabel* m_preflightSummary;
    QPushButton* m_recheck;
    QPushButton* m_fix;
    QPushButton* m_restore;
    ObsStreamBox* m_streamBox;
    ObsSettings m_settings;
    std::optional<ObsFixPlan> m_restorePlan;
    bool m_busy = false;
    bool m_loaded = false; // the kept address and password, read when the page is first shown

    QWidget* buildContent();
    QWidget* buildConnection(QWidget* parent);
    QWidget* buildSend(QWidget* parent);
    QWidget* buildPreflight(QWidget* parent);
    void loadConnection();
    void onConnectClicked();
    void onConnectionChanged(bool connected);
    void updateButtons();
    void sendToObs();
    void confirmReplace(const ObsServiceComparison& comparison, const QString& server, const QString& key);
    void setService(const QString& server, const QString& key);
    void runPreflight();
    void showPreflight();
    void makeIvsSafe();
    void applyFix(const ObsFixPlan& plan);
    void restore();
    void showObsError(const ObsError& error);
    void setBusy(bool busy);
};
