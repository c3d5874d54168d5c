#include "cli/CliOptions.h"

#include "aws/EndpointResolver.h"
#include "core/TerminalText.h"

const QStringList& CliOptions::commands()
{
    static const QStringList names{QStringLiteral("get-ingest-configuration"),
                                   QStringLiteral("encoder-settings"),
                                   QStringLiteral("check-credentials"),
                                   QStringLiteral("configure"),
                                   QStringLiteral("obs-check"),
                                   QStringLiteral("obs-send"),
                                   QStringLiteral("test-signal"),
                                   QStringLiteral("list-ingest-configurations"),
                                   QStringLiteral("watch")};
    return names;
}

namespace
{
const QStringList& valueOptions()
{
    static const QStringList names{
        QStringLiteral("--arn"),
        QStringLiteral("--region"),
        QStringLiteral("--endpoint-url"),
        QStringLiteral("--profile"),
        QStringLiteral("--output"),
        QStringLiteral("--cli-read-timeout"),
        QStringLiteral("--cli-connect-timeout"),
        QStringLiteral("--obs-url"),
        QStringLiteral("--filter-by-stage-arn"),
        QStringLiteral("--filter-by-state"),
        QStringLiteral("--max-items"),
        QStringLiteral("--page-size"),
        QStringLiteral("--starting-token"),
        QStringLiteral("--interval"),
        QStringLiteral("--seconds"),
    };
    return names;
}
} // namespace

bool CliOptions::takeTimeout(const QString& name, const QString& value, qint64* target)
{
    // Read in 64 bits and checked against what a timer can represent: a
    // number that would wrap around must not become a short or no timeout.
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (!ok || seconds < 0) {
        error = tr("argument %1: expected a whole number of seconds (0 for no timeout), got %2")
                    .arg(name, TerminalText::quote(value));
        return false;
    }
    if (seconds > MaxTimeoutSeconds) {
        error = tr("argument %1: %2 seconds is more than the longest timeout, %3 seconds (about 24 days); use 0 for "
                   "no timeout")
                    .arg(name, TerminalText::quote(value))
                    .arg(MaxTimeoutSeconds);
        return false;
    }
    *target = seconds;
    return true;
}

bool CliOptions::takeCount(const QString& name, const QString& value, int* target)
{
    // Whole numbers from 1 up (argparse's int(), which also takes spaces around).
    bool ok = false;
    const int count = value.trimmed().toInt(&ok);
    if (!ok) {
        error = tr("argument %1: invalid int value: '%2'").arg(name, value);
        return false;
    }
    if (count < 1) {
        error = tr("argument %1: expected a whole number from 1 up, got %2").arg(name, value);
        return false;
    }
    *target = count;
    return true;
}

bool CliOptions::takeValue(const QString& name, const QString& value)
{
    if (name == QLatin1String("--arn")) {
        arn = value;
        arns.append(value);
    } else if (name == QLatin1String("--filter-by-stage-arn")) {
        filterByStageArn = value;
    } else if (name == QLatin1String("--filter-by-state")) {
        filterByState = value;
    } else if (name == QLatin1String("--starting-token")) {
        startingToken = value;
    } else if (name == QLatin1String("--max-items")) {
        return takeCount(name, value, &maxItems);
    } else if (name == QLatin1String("--page-size")) {
        return takeCount(name, value, &pageSize);
    } else if (name == QLatin1String("--interval")) {
        // Whole seconds, at most a day: a watch that looks less often than
        // that is not watching.
        if (!takeCount(name, value, &intervalSeconds)) {
            return false;
        }
        if (intervalSeconds > 86400) {
            error = tr("argument --interval: at most 86400 seconds (a day), got %1").arg(value);
            return false;
        }
    } else if (name == QLatin1String("--seconds")) {
        if (!takeCount(name, value, &seconds)) {
            return false;
        }
        if (seconds > MaxSeconds) {
            error = tr("argument --seconds: at most %1 seconds (an hour), got %2").arg(MaxSeconds).arg(value);
            return false;
        }
    } else if (name == QLatin1String("--region")) {
        // Checked here, for every command: a region ends up in the host name
        // and in the signing scope, so anything but a region name is refused
        // before anything is sent.
        region = value.trimmed();
        const QString problem = EndpointResolver::validateRegion(region);
        if (!problem.isEmpty()) {
            error = tr("argument --region: %1").arg(problem);
            return false;
        }
    } else if (name == QLatin1String("--endpoint-url")) {
        endpointUrl = value;
    } else if (name == QLatin1String("--profile")) {
        profile = value;
    } else if (name == QLatin1String("--output")) {
        output = value;
        outputGiven = true;
        outputFromOption = true;
    } else if (name == QLatin1String("--obs-url")) {
        obsUrl = value.trimmed();
    } else if (name == QLatin1String("--cli-read-timeout")) {
        return takeTimeout(name, value, &readTimeoutSeconds);
    } else if (name == QLatin1String("--cli-connect-timeout")) {
        return takeTimeout(name, value, &connectTimeoutSeconds);
    }
    return true;
}

CliOptions CliOptions::parse(const QStringList& arguments, const QProcessEnvironment& env)
{
    CliOptions options;
    const QString defaultOutput = env.value(QStringLiteral("AWS_DEFAULT_OUTPUT"));
    if (!defaultOutput.isEmpty()) {
        options.output = defaultOutput;
        options.outputGiven = true;
    }
    for (qsizetype i = 0; i < arguments.size() && options.error.isEmpty(); ++i) {
        const QString& argument = arguments.at(i);
        const qsizetype equals = argument.indexOf(u'=');
        const QString name = argument.startsWith(QLatin1String("--")) && equals > 0 ? argument.left(equals) : argument;
        if (name == QLatin1String("--debug")) {
            options.debug = true;
        } else if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
            options.help = true;
        } else if (name == QLatin1String("--version")) {
            options.version = true;
        } else if (name == QLatin1String("--show-stream-key")) {
            options.showStreamKey = true;
        } else if (name == QLatin1String("--allow-http-endpoint")) {
            options.allowHttpEndpoint = true;
        } else if (name == QLatin1String("--demo")) {
            options.demo = true;
        } else if (name == QLatin1String("--fix-encoder")) {
            options.fixEncoder = true;
        } else if (name == QLatin1String("--restore-encoder")) {
            options.restoreEncoder = true;
        } else if (name == QLatin1String("--start")) {
            options.start = true;
        } else if (name == QLatin1String("--yes")) {
            options.yes = true;
        } else if (name == QLatin1String("--no-cli-pager")) {
            // Accepted for scripts written for aws; this tool never pages.
        } else if (valueOptions().contains(name)) {
            if (equals > 0 && name != argument) {
                options.takeValue(name, argument.mid(equals + 1));
            } else if (i + 1 < arguments.size()) {
                options.takeValue(name, arguments.at(++i));
            } else {
                options.error = tr("argument %1: expected one argument").arg(name);
            }
        } else if (options.command.isEmpty() && !argument.startsWith(u'-')) {
            options.command = argument;
        } else if (options.command == QLatin1String("configure") && options.subcommand.isEmpty() &&
                   !argument.startsWith(u'-')) {
            options.subcommand = argument;
        } else {
            options.error = tr("Unknown options: %1").arg(TerminalText::sanitize(argument));
        }
    }
    if (options.error.isEmpty()) {
        options.checkComplete();
    }
    return options;
}

void CliOptions::checkComplete()
{
    if (help || version) {
        return;
    }
    if (command.isEmpty()) {
        error = tr("the following arguments are required: command");
    } else if (!commands().contains(command)) {
        error =
            tr("argument command: Invalid choice, valid choices are: %1").arg(commands().join(QStringLiteral(", ")));
    } else if (output != QLatin1String("json") && output != QLatin1String("text")) {
        // Name where the bad value came from: a variable set long ago is
        // easy to forget.
        error =
            outputFromOption
                ? tr("argument --output: Invalid choice: %1, choose from json, text").arg(TerminalText::quote(output))
                : tr("the environment variable AWS_DEFAULT_OUTPUT: Invalid choice: %1, choose from json, text")
                      .arg(TerminalText::quote(output));
    } else if ((command == QLatin1String("get-ingest-configuration") || command == QLatin1String("encoder-settings") ||
                command == QLatin1String("watch") || command == QLatin1String("test-signal") ||
                (command == QLatin1String("obs-send") && !restoreEncoder)) &&
               arn.isEmpty()) {
        error = tr("the following arguments are required: --arn");
    } else if (restoreEncoder && (command != QLatin1String("obs-send") || fixEncoder || start || !arn.isEmpty())) {
        // Putting the old values back is its own step: mixed with sending or
        // fixing, which of the two wins would be a guess.
        error = tr("argument --restore-encoder: only with obs-send, and not with --arn, --fix-encoder or --start");
    } else if (command == QLatin1String("configure") && !subcommand.isEmpty() && subcommand != QLatin1String("list") &&
               subcommand != QLatin1String("delete")) {
        error = tr("argument subcommand: Invalid choice, valid choices are: list, delete");
    } else if (subcommand == QLatin1String("delete") && profile.isEmpty()) {
        error = tr("the following arguments are required: --profile");
    } else if (demo) {
        checkDemo();
    }
}

void CliOptions::checkDemo()
{
    // The demo brings its own endpoint and profile and keeps nothing.
    if (command == QLatin1String("configure") && subcommand.isEmpty()) {
        error = tr("argument --demo: configure stores real credentials in the keychain; run it without --demo");
    } else if (command == QLatin1String("configure") && subcommand == QLatin1String("delete")) {
        error = tr("argument --demo: configure delete removes a real profile; run it without --demo");
    } else if (!endpointUrl.isEmpty()) {
        error = tr("argument --endpoint-url: not allowed with argument --demo");
    } else if (!profile.isEmpty() && profile != QLatin1String("demo")) {
        error = tr("argument --profile: not allowed with argument --demo (its profile is \"demo\")");
    }
}
