#include "ui/WindowSession.h"

#include "core/AppIdentity.h"
#include "secrets/KeychainSecretStore.h"
#include "ui/AppSettings.h"
#include "ui/ClipboardGuard.h"
#include "ui/MfaPrompt.h"

WindowSession::WindowSession(SecretStore* keychain, QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_keychain(keychain ? keychain
                          : new KeychainSecretStore(QString::fromLatin1(AppIdentity::keychainService()), 10000, this))
    , m_profiles(m_keychain)
    , m_resolver(&m_transport, &m_profiles)
    , m_engine(&m_resolver, &m_transport)
    , m_clipboard(new ClipboardGuard(this))
    , m_env(QProcessEnvironment::systemEnvironment())
{
    m_resolver.setMfaPrompt(MfaPrompt::asker(dialogParent));
    applySettings();
}

void WindowSession::setEnvironment(const QProcessEnvironment& env)
{
    m_env = env;
    m_resolver.setEnvironment(env);
}

void WindowSession::setProfile(const QString& profile)
{
    InspectionSettings settings = m_engine.settings();
    settings.profile = profile;
    m_engine.setSettings(settings);
}

void WindowSession::applySettings()
{
    m_clipboard->setClearAfterSeconds(AppSettings::clipboardClearSeconds());
    const AwsHttpOptions http = AppSettings::httpOptions();
    m_resolver.setHttpOptions(http);
    InspectionSettings settings = m_engine.settings();
    settings.http = http;
    settings.readiness = true;
    m_engine.setSettings(settings);
}
