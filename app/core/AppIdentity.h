#pragma once

// The names QSettings, QStandardPaths and the keychain use. Applied once in
// main() before the command line or the window starts, so both read and
// write the same settings.
class AppIdentity
{
public:
    static void apply();
    static const char* keychainService();
};
