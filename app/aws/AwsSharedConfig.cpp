#include "aws/AwsSharedConfig.h"

#include "core/TerminalText.h"

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
        const QString shownName = TerminalText::sanitize(name);
        // botocore skips anything that is not a regular file (missing, a
        // directory) without a word, and so do we.
        const QFileInfo info(path);
        if (!info.isFile()) {
            return AwsIniFile::parse(QString(), name);
        }
        if (info.size() > MaxFileBytes) {
            shared.addProblem([&] {
                return tr("%1 is larger than %2 MiB, far more than any AWS configuration needs; it is not read.")
                    .arg(shownName)
                    .arg(MaxFileBytes / (1024 * 1024));
            });
            return AwsIniFile::parse(QString(), name);
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            shared.addProblem([&] {
                return tr("%1 cannot be read (%2); its settings are not used.").arg(shownName, file.errorString());
            });
            return AwsIniFile::parse(QString(), name);
        }
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(file.read(MaxFileBytes));
        if (decoder.hasError()) {
            shared.addProblem(
                [&] { return tr("%1 is not valid UTF-8; the AWS CLI rejects it. Save it as UTF-8.").arg(shownName); });
        }
        return AwsIniFile::parse(text, name);
    };
    shared.m_config = read(shared.m_configPath);
    shared.addProblems(shared.m_config);
    shared.readConfigSections(TerminalText::sanitize(displayName(shared.m_configPath, home)));
    shared.m_credentials = read(shared.m_credentialsPath);
    shared.addProblems(shared.m_credentials);
    shared.readCredentialsSections();
    shared.checkServicesReferences();
    return shared;
}

AwsSharedConfig AwsSharedConfig::fromText(const QString& configText, const QString& credentialsText)
{
    AwsSharedConfig shared;
    const QString configName = tr("config file");
    shared.m_config = AwsIniFile::parse(configText, configName);
    shared.addProblems(shared.m_config);
    shared.readConfigSections(configName);
    shared.m_credentials = AwsIniFile::parse(credentialsText, tr("credentials file"));
    shared.addProblems(shared.m_credentials);
    shared.readCredentialsSections();
    shared.checkServicesReferences();
    return shared;
}

void AwsSharedConfig::addProblems(const AwsIniFile& file)
{
    const QStringList problems = file.problems();
    for (const QString& problem : problems) {
        if (m_problems.size() < AwsIniFile::MaxProblems) {
            m_problems.append(problem);
        }
    }
    m_problemCount += file.problemCount();
}

void AwsSharedConfig::addProblem(const std::function<QString()>& message)
{
    ++m_problemCount;
    if (m_problems.size() < AwsIniFile::MaxProblems) {
        m_problems.append(message());
    }
}

// The name in "profile NAME" (or "sso-session NAME", "services NAME"): the
// second word as Python's shlex.split() reads it, which botocore uses so that
// a quoted name may contain spaces. Most headers have no quotes or escapes:
// their words are read in place, without a copy.
QStringView AwsSharedConfig::nameIn(QStringView section, bool* ok)
{
    *ok = false;
    if (section.contains(u'"') || section.contains(u'\'') || section.contains(u'\\')) {
        const std::optional<QStringList> words = shlexSplit(section.toString());
        if (!words || words->size() != 2) {
            return {};
        }
        *ok = true;
        m_names.append(words->at(1));
        return m_names.constLast();
    }
    const auto isBlank = [](QChar c) {
        return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
    };
    QList<QStringView> words;
    qsizetype i = 0;
    while (i < section.size() && words.size() <= 2) {
        while (i < section.size() && isBlank(section.at(i))) {
            ++i;
        }
        const qsizetype start = i;
        while (i < section.size() && !isBlank(section.at(i))) {
            ++i;
        }
        if (i > start) {
            words.append(section.mid(start, i - start));
        }
    }
    if (words.size() != 2) {
        return {};
    }
    *ok = true;
    return words.at(1);
}

// botocore's build_profile_map: the section name's prefix decides the kind,
// the second shlex word is the name, and a later section with the same name
// replaces an earlier one entirely.
void AwsSharedConfig::readConfigSections(const QString& fileName)
{
    const QString& kDefault = kDefaultProfile;
    for (int index = 0; index < m_config.sectionCount(); ++index) {
        const QStringView section = m_config.sectionName(index);
        // startsWith, not a word comparison: botocore reads "[profilex y]" as
        // profile "y", and we must agree with it about which profiles exist.
        QString kind;
        QHash<QStringView, qint32>* target = nullptr;
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
        bool ok = false;
        const QStringView name = nameIn(section, &ok);
        if (!ok) {
            addProblem([&] {
                return tr("%1: the section [%2] is ignored, as the AWS CLI ignores it. Write it as [%3 NAME], with "
                          "quotes around a name that contains spaces.")
                    .arg(fileName, TerminalText::sanitize(section.toString()), kind);
            });
            continue;
        }
        const auto earlier = target->constFind(name);
        if (target == &m_configProfiles && earlier != target->cend()) {
            const QString first = m_config.sectionName(*earlier).toString();
            addProblem([&] {
                return tr("%1: the sections [%2] and [%3] both define the profile %4; only [%3] is used.")
                    .arg(fileName, TerminalText::sanitize(first), TerminalText::sanitize(section.toString()),
                         TerminalText::quote(name.toString()));
            });
        }
        target->insert(name, index);
    }

    // botocore lets whichever of [default] and [profile default] comes last
    // win; the other SDKs and the AWS CLI documentation give [profile default]
    // precedence, which does not depend on the order of sections.
    const int plainDefault = m_config.indexOf(kDefault);
    if (plainDefault >= 0) {
        const auto prefixed = m_configProfiles.constFind(QStringView(kDefault));
        if (prefixed != m_configProfiles.cend()) {
            const QString used = m_config.sectionName(*prefixed).toString();
            addProblem([&] {
                return tr("%1: both [default] and [%2] define the default profile; [%2] is used.")
                    .arg(fileName, TerminalText::sanitize(used));
            });
        } else {
            m_configProfiles.insert(QStringView(kDefault), plainDefault);
        }
    }
}

// The credentials file has no "profile " prefix: every section is a profile.
void AwsSharedConfig::readCredentialsSections()
{
    for (int index = 0; index < m_credentials.sectionCount(); ++index) {
        m_credentialsProfiles.insert(m_credentials.sectionName(index), index);
    }
}

// botocore fails every call of a profile whose services section is missing
// (or empty); we fall back to the profile's endpoint_url but say so up front.
void AwsSharedConfig::checkServicesReferences()
{
    const QString key = QStringLiteral("services");
    QStringList names;
    for (auto it = m_configProfiles.cbegin(); it != m_configProfiles.cend(); ++it) {
        if (m_config.contains(*it, key)) {
            names.append(it.key().toString());
        }
    }
    for (auto it = m_credentialsProfiles.cbegin(); it != m_credentialsProfiles.cend(); ++it) {
        if (m_credentials.contains(*it, key) && !m_configProfiles.contains(it.key())) {
            names.append(it.key().toString());
        }
    }
    names.sort();
    for (const QString& name : std::as_const(names)) {
        const QString services = setting(name, key);
        const auto section = m_services.constFind(QStringView(services));
        if (section == m_services.cend()) {
            addProblem([&] {
                return tr("profile %1 names services section %2, which does not exist")
                    .arg(TerminalText::sanitize(name), TerminalText::sanitize(services));
            });
        } else if (this->services(services).isEmpty()) {
            addProblem([&] {
                return tr("profile %1 names services section %2, which is empty")
                    .arg(TerminalText::sanitize(name), TerminalText::sanitize(services));
            });
        }
    }
}

QStringList AwsSharedConfig::profileNames() const
{
    QStringList names;
    names.reserve(m_configProfiles.size() + m_credentialsProfiles.size());
    for (auto it = m_configProfiles.cbegin(); it != m_configProfiles.cend(); ++it) {
        names.append(it.key().toString());
    }
    for (auto it = m_credentialsProfiles.cbegin(); it != m_credentialsProfiles.cend(); ++it) {
        if (!m_configProfiles.contains(it.key())) {
            names.append(it.key().toString());
        }
    }
    names.sort();
    return names;
}

bool AwsSharedConfig::hasProfile(const QString& name) const
{
    return m_configProfiles.contains(QStringView(name)) || m_credentialsProfiles.contains(QStringView(name));
}

QHash<QString, QString> AwsSharedConfig::configFileProfile(const QString& name) const
{
    const auto found = m_configProfiles.constFind(QStringView(name));
    return found == m_configProfiles.cend() ? QHash<QString, QString>() : m_config.section(*found);
}

QHash<QString, QString> AwsSharedConfig::credentialsFileProfile(const QString& name) const
{
    const auto found = m_credentialsProfiles.constFind(QStringView(name));
    return found == m_credentialsProfiles.cend() ? QHash<QString, QString>() : m_credentials.section(*found);
}

QHash<QString, QString> AwsSharedConfig::profile(const QString& name) const
{
    QHash<QString, QString> merged = configFileProfile(name);
    merged.insert(credentialsFileProfile(name));
    return merged;
}

bool AwsSharedConfig::configFileHas(const QString& profile, QStringView key) const
{
    const auto found = m_configProfiles.constFind(QStringView(profile));
    return found != m_configProfiles.cend() && m_config.contains(*found, key);
}

bool AwsSharedConfig::credentialsFileHas(const QString& profile, QStringView key) const
{
    const auto found = m_credentialsProfiles.constFind(QStringView(profile));
    return found != m_credentialsProfiles.cend() && m_credentials.contains(*found, key);
}

QString AwsSharedConfig::configFileSetting(const QString& profile, QStringView key) const
{
    const auto found = m_configProfiles.constFind(QStringView(profile));
    return found == m_configProfiles.cend() ? QString() : m_config.value(*found, key);
}

QString AwsSharedConfig::credentialsFileSetting(const QString& profile, QStringView key) const
{
    const auto found = m_credentialsProfiles.constFind(QStringView(profile));
    return found == m_credentialsProfiles.cend() ? QString() : m_credentials.value(*found, key);
}

QString AwsSharedConfig::setting(const QString& profile, QStringView key) const
{
    const auto credentials = m_credentialsProfiles.constFind(QStringView(profile));
    if (credentials != m_credentialsProfiles.cend() && m_credentials.contains(*credentials, key)) {
        return m_credentials.value(*credentials, key);
    }
    const auto config = m_configProfiles.constFind(QStringView(profile));
    return config == m_configProfiles.cend() ? QString() : m_config.value(*config, key);
}

QHash<QString, QString> AwsSharedConfig::ssoSession(const QString& name) const
{
    const auto found = m_ssoSessions.constFind(QStringView(name));
    return found == m_ssoSessions.cend() ? QHash<QString, QString>() : m_config.section(*found);
}

QHash<QString, QString> AwsSharedConfig::services(const QString& name) const
{
    const auto found = m_services.constFind(QStringView(name));
    return found == m_services.cend() ? QHash<QString, QString>() : m_config.section(*found);
}

QString AwsSharedConfig::endpointUrl(const QString& profile, const QString& serviceKey) const
{
    const QString services = setting(profile, u"services");
    const auto section = m_services.constFind(QStringView(services));
    if (section != m_services.cend()) {
        // botocore lower-cases the service id, but not the keys it looks up.
        const QString key = serviceKey.toLower() + QStringLiteral(".endpoint_url");
        const QString url = m_config.value(*section, key);
        if (!url.isEmpty()) {
            return url;
        }
    }
    return setting(profile, u"endpoint_url");
}

QString AwsSharedConfig::region(const QString& profile) const
{
    return setting(profile, u"region");
}
