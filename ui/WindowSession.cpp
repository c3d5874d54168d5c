#include "ui/WindowSession.h"

#include "core/AppIdentity.h"
#include "core/SettingsFile.h"
#include "demo/DemoEndpoint.h"
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

WindowSession::~WindowSession()
{
    // Inspections in flight talk to the demo endpoint: stop them first.
    m_engine.cancelAll();
}

void WindowSession::setEnvironment(const QProcessEnvironment& env)
{
    m_env = env;
    if (!m_demo) {
        m_resolver.setEnvironment(env);
    }
}

bool WindowSession::enterDemo()
{
    if (m_demo) {
        return true;
    }
    auto demo = std::make_unique<DemoEndpoint>();
    if (!demo->start()) {
        return false;
    }
    m_engine.cancelAll();
    m_demo = std::move(demo);
    m_resolver.setAppProfiles(m_demo->profiles());
    m_resolver.setEnvironment(m_demo->environment());
    m_engine.stageCache()->setPersistent(false);
    // Known without asking: the demo's account, so its ARNs get no mismatch warning.
    m_engine.rememberAccount(DemoEndpoint::profileName(), DemoEndpoint::accountId());
    setProfile(DemoEndpoint::profileName());
    emit demoChanged(true);
    return true;
}

void WindowSession::leaveDemo()
{
    if (!m_demo) {
        return;
    }
    m_engine.cancelAll();
    m_engine.rememberAccount(DemoEndpoint::profileName(), QString());
    m_resolver.setAppProfiles(&m_profiles);
    m_resolver.setEnvironment(m_env);
    m_engine.stageCache()->setPersistent(true);
    // Real work writes settings again (the stage cache, for one): the file is
    // the user's alone, which a window opened with --demo has not made sure of.
    SettingsFile::protect();
    m_demo.reset();
    emit demoChanged(false);
}

void WindowSession::reloadProfiles()
{
    m_resolver.setEnvironment(m_demo ? m_demo->environment() : m_env);
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
