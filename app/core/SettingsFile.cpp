#include "core/SettingsFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

void SettingsFile::protect()
{
    const QString path = QSettings().fileName();
    if (path.isEmpty() || !QDir::isAbsolutePath(path)) {
        return; // not a file (the Windows registry, for one)
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder) && !QDir().mkpath(folder)) {
        return; // QSettings will fail to write as well, and say so
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile file(path);
    if (!file.exists() && !file.open(QIODevice::WriteOnly, QFile::ReadOwner | QFile::WriteOwner)) {
        return;
    }
    file.close();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}
