#include "RequiredPrograms.h"

#include <QFileInfo>
#include <QStandardPaths>

QStringList RequiredPrograms::missing(const QStringList& programs)
{
    QStringList absent;
    for (const QString& program : programs) {
        const bool found =
            program.startsWith(u'/') ? QFileInfo::exists(program) : !QStandardPaths::findExecutable(program).isEmpty();
        if (!found) {
            absent.append(program);
        }
    }
    return absent;
}

bool RequiredPrograms::mustFail()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}
