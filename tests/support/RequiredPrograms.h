#pragma once

#include <QStringList>
#include <QTest>

// Tests against real programs (OBS, nginx-rtmp, FFmpeg) skip when one is
// missing on a developer's machine, but fail in CI (CI=true), where
// scripts/install-deps.sh test must have installed them.
class RequiredPrograms
{
public:
    // The programs (names on PATH, or absolute paths of files) that are missing.
    static QStringList missing(const QStringList& programs);
    static bool mustFail();
};

#define IVS_REQUIRE_PROGRAMS(...)                                                                                      \
    do {                                                                                                               \
        const QStringList ivsMissing = RequiredPrograms::missing(__VA_ARGS__);                                         \
        if (!ivsMissing.isEmpty()) {                                                                                   \
            const QByteArray ivsWhy = "missing: " + ivsMissing.join(QStringLiteral(", ")).toUtf8() +                   \
                                      " (install them with scripts/install-deps.sh test)";                             \
            if (RequiredPrograms::mustFail()) {                                                                        \
                QFAIL(ivsWhy.constData());                                                                             \
            }                                                                                                          \
            QSKIP(ivsWhy.constData());                                                                                 \
        }                                                                                                              \
    } while (false)
