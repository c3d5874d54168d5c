#pragma once

#include "aws/AwsTransport.h"
#include "aws/CredentialResolver.h"
#include "inspect/InspectionEngine.h"
#include "secrets/AppProfileStore.h"

#include <QObject>
#include <QProcessEnvironment>

class ClipboardGuard;
class SecretStore;

// What the window's parts share: the transport, the keychain and the app's
// own profiles, the credential chain, the inspection engine (and with it the
// one request scheduler) and the clipboard guard. Preferences are applied
// here, so every part sees the same settings.
class WindowSession : public QObject
{
    Q_OBJECT

public:
    // keychain: where app profiles keep secrets (the OS keychain when null).
    // dialogParent: the window the MFA prompt shows over.
    WindowSession(SecretStore* keychain, QWidget* dialogParent, QObject* parent = nullptr);

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
    // "" follows the AWS CLI's default chain.
    void setProfile(const QString& profile);
    QString profile() const
    {
        return m_engine.settings().profile;
    }
    // Reads the preferences again (timeouts, hosts allowed over http, the
    // clipboard's delay).
    void applySettings();

private:
    AwsTransport m_transport;
    SecretStore* m_keychain;
    AppProfileStore m_profiles;
    CredentialResolver m_resolver;
    InspectionEngine m_engine;
    ClipboardGuard* m_clipboard;
    QProcessEnvironment m_env;
};
