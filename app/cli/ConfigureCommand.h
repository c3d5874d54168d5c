#pragma once

#include <QCoreApplication>

class CliSession;

// `ivs-inspector configure [--profile NAME]` stores a profile in the OS
// keychain; `configure list` shows every profile (never a secret);
// `configure delete --profile NAME` removes one of the app's profiles.
class ConfigureCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConfigureCommand)

public:
    static int run(CliSession& session);

private:
    static int store(CliSession& session);
    static int list(CliSession& session);
    static int remove(CliSession& session);
};
