#pragma once

#include <QObject>
#include <QStringList>

class ArnBar;
class MessageBanner;
class ProfileBar;
class QAction;
class QWidget;
class WindowSession;

// Everything the window does about credentials beyond showing the profile
// picker: the setup banner when there are none at all (first run), adding a
// first profile and then inspecting again what failed for want of one, and
// the Check button (STS GetCallerIdentity through the engine). Kept out of
// MainWindow, which only builds and arranges its parts.
class CredentialsFlow : public QObject
{
    Q_OBJECT

public:
    // tryDemo: the Help menu's action, offered when the check finds nothing.
    CredentialsFlow(WindowSession* session,
                    ProfileBar* profileBar,
                    ArnBar* arnBar,
                    MessageBanner* setupBanner,
                    MessageBanner* banner,
                    QAction* tryDemo,
                    QWidget* window);

    bool hasAnyCredentials() const;
    // The setup banner: what is missing before anything can work.
    void showNoCredentials();
    // Shows the setup banner when there are no credentials, else clears it.
    void updateSetupBanner();
    // Remembers an ARN to inspect again once credentials exist.
    void waitForCredentials(const QString& arn);
    // Adds a first profile (the dialog in its short form), selects it and
    // asks to inspect again whatever failed for want of credentials.
    void addCredentials();
    // Shows who the selected profile's keys belong to, or why they fail.
    void checkCredentials();

signals:
    void demoRequested();
    // A profile was saved: the picker must list it before it is selected.
    void profileSaved(const QString& profile);
    void inspectAgain(const QStringList& arns);

private:
    WindowSession* m_session;
    ProfileBar* m_profileBar;
    ArnBar* m_arnBar;
    MessageBanner* m_setupBanner;
    MessageBanner* m_banner;
    QAction* m_tryDemo;
    QWidget* m_window;
    QStringList m_waitingForCredentials; // ARNs to inspect again once credentials exist

    QString noCredentialsText() const;
};
