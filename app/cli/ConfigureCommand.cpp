#include "cli/ConfigureCommand.h"

#include "aws/EndpointResolver.h"
#include "cli/AwsCliJsonWriter.h"
#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/ExitCode.h"
#include "cli/TerminalInput.h"
#include "core/TerminalText.h"
#include "secrets/AppProfileStore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include <array>

namespace
{
// Waits for one AppProfileStore operation.
std::pair<SecretStore::Status, QString>
waitFor(const std::function<void(QObject*, AppProfileStore::StatusCallback)>& operation)
{
    QEventLoop loop;
    std::pair<SecretStore::Status, QString> result{SecretStore::Status::Other, QString()};
    operation(&loop, [&](SecretStore::Status status, const QString& message) {
        result = {status, message};
        loop.quit();
    });
    loop.exec();
    return result;
}
} // namespace

int ConfigureCommand::run(CliSession& session)
{
    const QString& sub = session.options().subcommand;
    if (sub == QLatin1String("list")) {
        return list(session);
    }
    if (sub == QLatin1String("delete")) {
        return remove(session);
    }
    return store(session);
}

int ConfigureCommand::store(CliSession& session)
{
    const QString name = session.options().profile.isEmpty() ? QStringLiteral("default") : session.options().profile;
    if (!AppProfileStore::isValidName(name)) {
        return CliOutput::usageError(tr("argument --profile: %1 is not a usable name: use letters, digits and "
                                        "_ . @ + -, starting with a letter or digit.")
                                         .arg(TerminalText::quote(name)));
    }
    // One value per line from a pipe; prompts, without echo for secrets, on a
    // terminal.
    const auto keyId = TerminalInput::ask(tr("AWS Access Key ID: "));
    const auto secret = TerminalInput::ask(tr("AWS Secret Access Key: "), false);
    const auto region = TerminalInput::ask(tr("Default region name [none]: "));
    const auto token = TerminalInput::ask(tr("AWS Session Token [none]: "), false);
    AwsCredentials credentials{keyId.value_or(QString()).trimmed(), secret.value_or(QString()).trimmed(),
                               token.value_or(QString()).trimmed()};
    CliOutput::addSecrets({credentials.secretAccessKey, credentials.sessionToken});
    if (!credentials.isComplete()) {
        CliOutput::err(tr("\nAn access key ID and a secret access key are needed; the profile was not saved.\n"));
        return ExitCode::UsageError;
    }
    // The region is checked as --region is. Answers given in the wrong order
    // put a secret here: a region name is short, so only a short answer is
    // quoted (a secret access key is 40 characters, a token far more), and
    // through TerminalText, which also removes every answer known to be
    // secret and anything shaped like a secret.
    const QString regionName = region.value_or(QString()).trimmed();
    if (!regionName.isEmpty() && !EndpointResolver::validateRegion(regionName).isEmpty()) {
        constexpr int LongestQuoted = 32;
        const QString what =
            regionName.size() > LongestQuoted
                ? tr("The third answer")
                : TerminalText::quote(regionName, {credentials.secretAccessKey, credentials.sessionToken});
        CliOutput::err(tr("\n%1 is not a region name (like us-east-1); the profile was not saved. The answers are read "
                          "in this order: access key ID, secret access key, region, session token.\n")
                           .arg(what));
        return ExitCode::UsageError;
    }
    AppProfileStore* profiles = session.profiles();
    const auto [status, message] = waitFor([&](QObject* context, AppProfileStore::StatusCallback done) {
        profiles->save(name, credentials, regionName, context, done);
    });
    if (status != SecretStore::Status::Ok) {
        CliOutput::err(tr("\nThe profile %1 was not saved. %2\n").arg(name, SecretStore::explain(status, message)));
        return ExitCode::ConfigurationError;
    }
    CliOutput::err(tr("Saved profile %1 in the system keychain.\n").arg(name));
    return ExitCode::Success;
}

int ConfigureCommand::list(CliSession& session)
{
    const QList<ProfileListing> listings = session.resolver()->listProfiles();
    // Without --output, a table for people; with --output json, JSON for scripts.
    if (session.options().outputGiven && session.options().output == QLatin1String("json")) {
        QJsonArray rows;
        for (const ProfileListing& listing : listings) {
            rows.append(QJsonObject{{QStringLiteral("name"), listing.name},
                                    {QStringLiteral("source"), CredentialSource::id(listing.source)},
                                    {QStringLiteral("region"), listing.region},
                                    {QStringLiteral("location"), listing.location},
                                    {QStringLiteral("shadowed"), listing.shadowed}});
        }
        CliOutput::out(
            AwsCliJsonWriter::write(QJsonObject{{QStringLiteral("profiles"), rows}},
                                    {{QStringLiteral("profiles[]"),
                                      {QStringLiteral("name"), QStringLiteral("source"), QStringLiteral("region"),
                                       QStringLiteral("location"), QStringLiteral("shadowed")}}}));
        return ExitCode::Success;
    }
    // Two passes over the listings (widths, then lines) instead of a table of
    // strings: a config file can hold hundreds of thousands of profiles.
    const auto cells = [](const ProfileListing& listing) {
        QString source = CredentialSource::displayName(listing.source);
        if (listing.shadowed) {
            source += tr(" (hidden by the keychain profile)");
        }
        return std::array<QString, 4>{
            listing.name.isEmpty() ? tr("(environment)") : TerminalText::sanitize(listing.name), source,
            listing.region.isEmpty() ? tr("-") : TerminalText::sanitize(listing.region),
            TerminalText::sanitize(listing.location)};
    };
    const std::array<QString, 4> header{tr("NAME"), tr("SOURCE"), tr("REGION"), tr("LOCATION")};
    std::array<qsizetype, 4> widths{};
    const auto measure = [&widths](const std::array<QString, 4>& row) {
        for (size_t column = 0; column < row.size(); ++column) {
            widths[column] = std::max(widths[column], row[column].size());
        }
    };
    measure(header);
    for (const ProfileListing& listing : listings) {
        measure(cells(listing));
    }
    const auto line = [&widths](const std::array<QString, 4>& row) {
        QString text;
        for (size_t column = 0; column < row.size(); ++column) {
            text += column + 1 < row.size() ? row[column].leftJustified(widths[column] + 2) : row[column];
        }
        return (text + u'\n').toUtf8();
    };
    QByteArray text = line(header);
    for (const ProfileListing& listing : listings) {
        text += line(cells(listing));
        if (text.size() > 64 * 1024) {
            CliOutput::out(text);
            text.clear();
        }
    }
    CliOutput::out(text);
    return ExitCode::Success;
}

int ConfigureCommand::remove(CliSession& session)
{
    const QString name = session.options().profile;
    AppProfileStore* profiles = session.profiles();
    if (!profiles->contains(name)) {
        if (session.resolver()->sharedConfig().hasProfile(name)) {
            const AwsSharedConfig& shared = session.resolver()->sharedConfig();
            const QString file = shared.inConfigFile(name) ? shared.configPath() : shared.credentialsPath();
            CliOutput::err(tr("\nThe profile %1 is in the shared AWS files (%2), which ivs-inspector reads but never "
                              "edits. Remove it there, or with the AWS CLI.\n")
                               .arg(TerminalText::sanitize(name), TerminalText::sanitize(file)));
            return ExitCode::ConfigurationError;
        }
        CliOutput::err(tr("\nThe config profile (%1) could not be found\n").arg(TerminalText::sanitize(name)));
        return ExitCode::OtherError;
    }
    const auto [status, message] =
        waitFor([&](QObject* context, AppProfileStore::StatusCallback done) { profiles->remove(name, context, done); });
    if (status != SecretStore::Status::Ok) {
        CliOutput::err(tr("\nThe profile %1 was not deleted. %2\n").arg(name, SecretStore::explain(status, message)));
        return ExitCode::ConfigurationError;
    }
    CliOutput::err(tr("Deleted profile %1.\n").arg(name));
    return ExitCode::Success;
}
