#include "aws/AwsSharedConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace
{
const QString kDefaultProfile = QStringLiteral("default");

// Python's shlex.split() (POSIX mode, no comments), which botocore uses on
// "profile NAME" so that a quoted name may contain spaces. Nothing when the
// quotes do not close, where shlex raises and botocore drops the section.
std::optional<QStringList> shlexSplit(const QString& text)
{
    QStringList words;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u' ' || c == u'\t' || c == u'\r' || c == u'\n') {
            if (inWord) {
                words.append(word);
                word.clear();
                inWord = false;
            }
        } else if (c == u'\\') {
            if (++i == text.size()) {
                return std::nullopt;
            }
            word.append(text.at(i));
            inWord = true;
        } else if (c == u'\'' || c == u'"') {
            const qsizetype close = [&]() -> qsizetype {
                for (qsizetype j = i + 1; j < text.size(); ++j) {
                    const QChar q = text.at(j);
                    if (q == c) {
                        return j;
                    }
                    // Inside double quotes a backslash escapes only '"' and itself.
                    if (c == u'"' && q == u'\\' && j + 1 < text.size() &&
                        (text.at(j + 1) == u'"' || text.at(j + 1) == u'\\')) {
                        word.append(text.at(++j));
                    } else {
                        word.append(q);
                    }
                }
                return -1;
            }();
            if (close < 0) {
                return std::nullopt;
            }
            i = close;
            inWord = true; // even "" makes a word
        } else {
            word.append(c);
            inWord = true;
        }
    }
    if (inWord) {
        words.append(word);
    }
    return words;
}

// The user's home as Python's os.path.expanduser finds it.
QString homeDirectory(const QProcessEnvironment& env)
{
#ifdef Q_OS_WIN
    const QString variable = QStringLiteral("USERPROFILE");
#else
    const QString variable = QStringLiteral("HOME");
#endif
    if (!env.contains(variable)) {
        return QDir::homePath();
    }
    QString home = env.value(variable);
    while (home.endsWith(u'/') || home.endsWith(QDir::separator())) {
        home.chop(1);
    }
    return home;
}

// botocore passes every file name through os.path.expandvars and then
// os.path.expanduser, so AWS_CONFIG_FILE=$HOME/x and ~/x both work.
QString expandPath(const QString& path, const QProcessEnvironment& env, const QString& home)
{
    static const QRegularExpression variable(QStringLiteral("\\$([A-Za-z0-9_]+|\\{[^}]*\\})"));
    QString expanded;
    qsizetype done = 0;
    QRegularExpressionMatchIterator matches = variable.globalMatch(path);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        QString name = match.captured(1);
        if (name.startsWith(u'{')) {
            name = name.mid(1, name.size() - 2);
        }
        expanded += path.mid(done, match.capturedStart() - done);
        // Python leaves an unknown variable as written.
        expanded += env.contains(name) ? env.value(name) : match.captured();
        done = match.capturedEnd();
    }
    expanded += path.mid(done);

    const bool userHome = expanded == QLatin1String("~") || expanded.startsWith(QLatin1String("~/")) ||
                          expanded.startsWith(QStringLiteral("~") + QDir::separator());
    if (!userHome) {
        return expanded; // "~user" stays as written: we do not look up other users
    }
    const QString result = home + expanded.mid(1);
    return result.isEmpty() ? QStringLiteral("/") : result;
}

// How the file is named in messages: "~/.aws/config" reads better than the
// full path and is what the documentation calls it.
QString displayName(const QString& path, const QString& home)
{
    if (!home.isEmpty() && path.startsWith(home + u'/')) {
        return QDir::toNativeSeparators(QStringLiteral("~") + path.mid(home.size()));
    }
    return QDir::toNativeSeparators(path);
}
} // namespace

AwsSharedConfig AwsSharedConfig::load(const QProcessEnvironment& env)
{
    const QString home = homeDirectory(env);
    const auto locate = [&](const QString& variable, const QString& fallback) {
        // Like botocore, a variable that is set but empty names no file at all.
        return expandPath(env.contains(variable) ? env.value(variable) : fallback, env, home);
    };

    AwsSharedConfig shared;
    shared.m_configPath = locate(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("~/.aws/config"));
    shared.m_credentialsPath =
        locate(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("~/.aws/credentials"));

    const auto read = [&](const QString& path) {
        const QString name = displayName(path, home);
        // botocore skips anything that is not a regular file (missing, a
        // directory) without a word, and so do we.
        if (!QFileInfo(path).isFile()) {
            return AwsIniFile::parse(QString(), name);
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            shared.m_problems.append(
                tr("%1 cannot be read (%2); its settings are not used.").arg(name, file.errorString()));
            return AwsIniFile::parse(QString(), name);
        }
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(file.readAll());
        if (decoder.hasError()) {
            shared.m_problems.append(tr("%1 is not valid UTF-8; the AWS CLI rejects it. Save it as UTF-8.").arg(name));
        }
        return AwsIniFile::parse(text, name);
    };
    const AwsIniFile config = read(shared.m_configPath);
    const AwsIniFile credentials = read(shared.m_credentialsPath);

    shared.readConfigSections(config, displayName(shared.m_configPath, home));
    shared.readCredentialsSections(credentials);
    shared.checkServicesReferences();
    return shared;
}

AwsSharedConfig AwsSharedConfig::fromText(const QString& configText, const QString& credentialsText)
{
    AwsSharedConfig shared;
    const QString configName = tr("config file");
    shared.readConfigSections(AwsIniFile::parse(configText, configName), configName);
    shared.readCredentialsSections(AwsIniFile::parse(credentialsText, tr("credentials file")));
    shared.checkServicesReferences();
    return shared;
}

// botocore's build_profile_map: the section name's prefix decides the kind,
// the second shlex word is the name, and a later section with the same name
// replaces an earlier one entirely.
void AwsSharedConfig::readConfigSections(const AwsIniFile& config, const QString& fileName)
{
    m_problems.append(config.problems());
    QHash<QString, QString> profileSource; // profile -> section that defined it, for the message
    const QStringList sections = config.sections();
    for (const QString& section : sections) {
        // startsWith, not a word comparison: botocore reads "[profilex y]" as
        // profile "y", and we must agree with it about which profiles exist.
        QString kind;
        QHash<QString, QHash<QString, QString>>* target = nullptr;
        if (section.startsWith(QLatin1String("profile"))) {
            kind = QStringLiteral("profile");
            target = &m_configProfiles;
        } else if (section.startsWith(QLatin1String("sso-session"))) {
            kind = QStringLiteral("sso-session");
            target = &m_ssoSessions;
        } else if (section.startsWith(QLatin1String("services"))) {
            kind = QStringLiteral("services");
            target = &m_services;
        } else {
            continue; // [default] comes below; other sections mean nothing to botocore
        }
        const std::optional<QStringList> words = shlexSplit(section);
        if (!words || words->size() != 2) {
            m_problems.append(tr("%1: the section [%2] is ignored, as the AWS CLI ignores it. Write it as "
                                 "[%3 NAME], with quotes around a name that contains spaces.")
                                  .arg(fileName, section, kind));
            continue;
        }
        const QString& name = words->at(1);
        if (target == &m_configProfiles) {
            if (profileSource.contains(name)) {
                m_problems.append(tr("%1: the sections [%2] and [%3] both define the profile \"%4\"; only [%3] is "
                                     "used.")
                                      .arg(fileName, profileSource.value(name), section, name));
            }
            profileSource.insert(name, section);
        }
        target->insert(name, config.section(section));
    }

    // botocore lets whichever of [default] and [profile default] comes last
    // win; the other SDKs and the AWS CLI documentation give [profile default]
    // precedence, which does not depend on the order of sections.
    if (config.hasSection(kDefaultProfile)) {
        if (m_configProfiles.contains(kDefaultProfile)) {
            m_problems.append(tr("%1: both [default] and [%2] define the default profile; [%2] is used.")
                                  .arg(fileName, profileSource.value(kDefaultProfile)));
        } else {
            m_configProfiles.insert(kDefaultProfile, config.section(kDefaultProfile));
        }
    }
}

// The credentials file has no "profile " prefix: every section is a profile.
void AwsSharedConfig::readCredentialsSections(const AwsIniFile& credentials)
{
    m_problems.append(credentials.problems());
    const QStringList sections = credentials.sections();
    for (const QString& section : sections) {
        m_credentialsProfiles.insert(section, credentials.section(section));
    }
}

// botocore fails every call of a profile whose services section is missing
// (or empty); we fall back to the profile's endpoint_url but say so up front.
void AwsSharedConfig::checkServicesReferences()
{
    const QStringList names = profileNames();
    for (const QString& name : names) {
        const QHash<QString, QString> settings = profile(name);
        const auto services = settings.constFind(QStringLiteral("services"));
        if (services == settings.cend()) {
            continue;
        }
        if (!m_services.contains(*services)) {
            m_problems.append(tr("profile %1 names services section %2, which does not exist").arg(name, *services));
        } else if (m_services.value(*services).isEmpty()) {
            m_problems.append(tr("profile %1 names services section %2, which is empty").arg(name, *services));
        }
    }
}

QStringList AwsSharedConfig::profileNames() const
{
    QStringList names = m_configProfiles.keys();
    const QStringList credentialsNames = m_credentialsProfiles.keys();
    for (const QString& name : credentialsNames) {
        if (!m_configProfiles.contains(name)) {
            names.append(name);
        }
    }
    names.sort();
    return names;
}

bool AwsSharedConfig::hasProfile(const QString& name) const
{
    return m_configProfiles.contains(name) || m_credentialsProfiles.contains(name);
}

QHash<QString, QString> AwsSharedConfig::profile(const QString& name) const
{
    QHash<QString, QString> merged = m_configProfiles.value(name);
    merged.insert(m_credentialsProfiles.value(name));
    return merged;
}

QString AwsSharedConfig::endpointUrl(const QString& profile, const QString& serviceKey) const
{
    const QHash<QString, QString> settings = this->profile(profile);
    const auto services = settings.constFind(QStringLiteral("services"));
    if (services != settings.cend()) {
        // botocore lower-cases the service id, but not the keys it looks up.
        const QString url = m_services.value(*services).value(serviceKey.toLower() + QStringLiteral(".endpoint_url"));
        if (!url.isEmpty()) {
            return url;
        }
    }
    return settings.value(QStringLiteral("endpoint_url"));
}

QString AwsSharedConfig::region(const QString& profile) const
{
    return this->profile(profile).value(QStringLiteral("region"));
}
