#pragma once

#include "aws/AwsTransport.h"
#include "aws/CredentialResolver.h"
#include "inspect/InspectionEngine.h"
#include "secrets/AppProfileStore.h"

#include <QObject>
#include <QProcessEnvironment>

#include <memory>

class ClipboardGuard;
class DemoEndpoint;
class SecretStore;

// What the window's parts share: the transport, the keychain and the app's
// own profiles, the credential chain, the inspection engine (and with it the
// one request scheduler) and the clipboard guard. Preferences are applied
// here, so every part sees the same settings. In demo mode the built-in demo
// endpoint runs in this process and the chain sees only its "demo" profile
// and its environment; leaving it puts the real ones back. The demo writes
// nothing (issue 16): the stage cache keeps the demo's stage endpoints in
// memory only, and demoChanged tells the parts that keep files (the
// last-known store, the watch timeline) to do the same.
class WindowSession : public QObject
{
    Q_OBJECT

public:
    // keychain: where app profiles keep secrets (the OS keychain when null).
    // dialogParent: the window the MFA prompt shows over.
    WindowSession(SecretStore* keychain, QWidget* dialogParent, QObject* parent = nullptr);
    ~WindowSession() override;

    AwsTransport* transport()
    {
        return &m_transport;
    }
    SecretStore* keychain() const
    {
        return m_keychain;
    }
    AppProfileStore* profiles()
    {
        return &m_profiles;
    }
    CredentialResolver* resolver()
    {
        return &m_resolver;
    }
    InspectionEngine* engine()
    {
        return &m_engine;
    }
    ClipboardGuard* clipboard() const
    {
        return m_clipboard;
    }
    const QProcessEnvironment& environment() const
    {
        return m_env;
    }
    void setEnvironment(const QProcessEnvironment& env);
    // Reads the AWS files again (a profile added, a file edited).
    void reloadProfiles();
    // "" follows the AWS CLI's default chain.
    void setProfile(const QString& profile);
    QString profile() const
    {
        return m_engine.settings().profile;
    }
    // Starts the demo endpoint and uses it; false (and nothing changed) when
    // it cannot listen on loopback.
    bool enterDemo();
    void leaveDemo();
    bool isDemo() const
    {
        return m_demo != nullptr;
    }
    DemoEndpoint* demo() const
    {
        return m_demo.get();
    }

    // Reads the preferences again (timeouts, hosts allowed over http, the
    // clipboard's delay).
    void applySettings();

signals:
    // After entering (true) or leaving (false) the demo.
    void demoChanged(bool demo);

private:
    AwsTransport m_transport;
    SecretStore* m_keychain;
    AppProfileStore m_profiles;
    CredentialResolver m_resolver;
    InspectionEngine m_engine;
    ClipboardGuard* m_clipboard;
    QProcessEnvironment m_env;
    std::unique_ptr<DemoEndpoint> m_demo;
};
