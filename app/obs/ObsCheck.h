#pragma once

#include <QString>

// One pre-flight check: a stable id, the verdict, what was found in plain
// words and, when it is not ok, what to change.
struct ObsCheck
{
    enum class Status
    {
        Ok,
        Problem,
        Unknown, // cannot be read through the API: not safe either
    };

    QString id;
    Status status = Status::Unknown;
    QString detail;
    QString fix;

    static QString statusId(Status status)
    {
        switch (status) {
        case Status::Ok:
            return QStringLiteral("ok");
        case Status::Problem:
            return QStringLiteral("problem");
        case Status::Unknown:
            break;
        }
        return QStringLiteral("unknown");
    }
};
