#pragma once

#include "ivs/IngestConfigurationArn.h"

#include <QMainWindow>
#include <QProcessEnvironment>

class AppProfileStore;
class ArnBar;
class ArnSubmission;
class BrowseDockPlacer;
class BrowsePanel;
class LastKnownStore;
class QDockWidget;
class ResultsOverview;
class WatchController;
class ObsController;
class ClipboardGuard;
class CredentialResolver;
class CredentialsFlow;
class DemoBanner;
class QAction;
class InspectionPresenter;
class MessageBanner;
class ProfileBar;
class ResultTabs;
class ResultView;
class SecretStore;
class WindowSession;

// The inspector: pick a profile, paste one or more ARNs, press Enter. Each
// ARN gets a tab with its result. The window only builds and arranges its
// parts; the engine underneath (WindowSession) does the work and
// InspectionPresenter shows it. Coordination lives in small helpers:
// ArnSubmission (field -> inspections), CredentialsFlow (setup banner, first
// profile, Check), BrowseDockPlacer, ClipboardStatus, ResultNavigation and
// WindowGeometry. In demo mode (startDemo) it shows the
// built-in demo's made-up account instead, and says so, until leaveDemo().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // keychain: where app profiles keep secrets (the OS keychain when null).
    explicit MainWindow(SecretStore* keychain = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    // For tests and for ARNs given on the command line.
    void setEnvironment(const QProcessEnvironment& env);
    void inspect(const QString& arnText);
    void inspectArns(const QStringList& arns);
    ResultView* resultFor(const QString& arn) const;
    ResultView* currentResult() const;
    ClipboardGuard* clipboardGuard() const;
    AppProfileStore* profileStore() const;
    CredentialResolver* resolver() const;
    WindowSession* session() const
    {
        return m_session;
    }
    bool isBusy() const;
    static QStringList splitArns(const QString& text);
    // "Try the demo" (Help menu): for banners and buttons elsewhere to offer.
    QAction* tryDemoAction() const
    {
        return m_tryDemoAction;
    }
    bool isDemo() const;
    // Watch and browse (issue 13).
    BrowsePanel* browsePanel() const
    {
        return m_browse;
    }
    QDockWidget* browseDock() const
    {
        return m_browseDock;
    }
    WatchController* watchController() const
    {
        return m_watch;
    }
    ObsController* obsController() const
    {
        return m_obs;
    }
    ResultsOverview* overview() const
    {
        return m_overview;
    }
    void showBrowse();

public slots:
    void refreshProfiles();
    // Adds a first profile (the dialog in its short form), selects it and
    // inspects again whatever failed for want of credentials.
    void addCredentials();
    void refreshCurrent();
    void cancelAll();
    // Switches this window to the built-in demo (and opens its most telling
    // configurations), or back to the real credentials. Demo mode saves
    // nothing: no recent ARNs, draft or profile choice, nothing in the keychain.
    void startDemo();
    void leaveDemo();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    WindowSession* m_session;
    ProfileBar* m_profileBar;
    ArnBar* m_arnBar;
    MessageBanner* m_setupBanner; // what is missing before anything can work (credentials)
    MessageBanner* m_banner;      // about the inspections: warnings, flawed ARNs, checks
    ResultTabs* m_tabs;
    InspectionPresenter* m_presenter;
    ArnSubmission* m_submission; // ARN field -> inspections (checks, name lookups)
    // Watch and browse (issue 13): see connectWatchAndBrowse().
    LastKnownStore* m_lastKnown;
    BrowsePanel* m_browse;
    QDockWidget* m_browseDock;
    WatchController* m_watch;
    ObsController* m_obs;
    ResultsOverview* m_overview;
    BrowseDockPlacer* m_browsePlacer;
    DemoBanner* m_demoBanner;
    QAction* m_credentialsAction = nullptr;
    QAction* m_tryDemoAction = nullptr;
    CredentialsFlow* m_credentials = nullptr; // made once the menus exist: it offers "Try the demo"

    void arrange();
    void buildMenus();
    void connectParts();
    void onProfileChanged(const QString& profile);
    void openCredentialsDialog();
    void openPreferences();
    void openDebugLog();
    void updateBusy();
    void connectWatchAndBrowse();
    void loadProfiles(const QString& select);
    void showDemoMode(bool demo);
};
