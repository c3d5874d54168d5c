#pragma once

// The app's settings file (QSettings, in the platform's usual place) and its
// folder belong to the user alone: 0600 and 0700. They hold recent ARNs,
// cached stage endpoints and the hosts allowed over plain http://: nothing
// secret, but nobody else's business, and the umask would make them readable
// by everyone. Called before the first write (by the command line, the
// window, and AppSettings); QSettings keeps the permissions of the file it
// rewrites.
class SettingsFile
{
public:
    static void protect();
};
