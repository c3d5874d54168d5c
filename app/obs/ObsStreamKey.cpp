#include "obs/ObsStreamKey.h"

#include "core/Redactor.h"

QString ObsStreamKey::mask(const QString& key)
{
    if (key.isEmpty()) {
        return {};
    }
    // The Redactor keeps an IVS key's prefix; a key it does not recognise
    // comes back unchanged and is masked whole.
    const QString redacted = Redactor::redact(key);
    return redacted == key ? Redactor::mark() : redacted;
}
