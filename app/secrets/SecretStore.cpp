#include "secrets/SecretStore.h"

QString SecretStore::explain(Status status, const QString& detail)
{
    const QString suffix = detail.isEmpty() ? QString() : tr(" (%1)").arg(detail);
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return tr("The keychain has no entry for this profile%1. Enter the credentials again.").arg(suffix);
    case Status::Unavailable:
        return tr("The system keychain is not available%1. On Linux it needs a desktop session with a Secret Service "
                  "such as GNOME Keyring or KWallet. Credentials can be kept for this session only; nothing is "
                  "written to disk.")
            .arg(suffix);
    case Status::Denied:
        return tr("The system keychain refused access%1. Unlock it (for example by logging in again) and retry.")
            .arg(suffix);
    case Status::Timeout:
        return tr("The system keychain did not answer%1. It may be waiting for an unlock prompt that cannot be "
                  "shown; unlock it and retry, or keep the credentials for this session only.")
            .arg(suffix);
    case Status::Other:
        return tr("The system keychain failed%1.").arg(suffix);
    }
    return {};
}
