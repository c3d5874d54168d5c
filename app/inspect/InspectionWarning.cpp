#include "inspect/InspectionWarning.h"

QString InspectionWarning::id() const
{
    switch (kind) {
    case Kind::SharedConfig:
        return QStringLiteral("shared-config");
    case Kind::RegionMismatch:
        return QStringLiteral("region-mismatch");
    case Kind::AccountMismatch:
        return QStringLiteral("account-mismatch");
    case Kind::PlainHttp:
        return QStringLiteral("plain-http");
    case Kind::UnknownRegion:
        return QStringLiteral("unknown-region");
    case Kind::ClockSkew:
        return QStringLiteral("clock-skew");
    case Kind::ClockIgnored:
        return QStringLiteral("clock-ignored");
    }
    return {};
}
