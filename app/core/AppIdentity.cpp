#include "core/AppIdentity.h"

#include <QCoreApplication>

void AppIdentity::apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ivs-inspector"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("ivsinspector.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("ivs-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IVS_VERSION));
}

const char* AppIdentity::keychainService()
{
    return "ivs-inspector";
}
