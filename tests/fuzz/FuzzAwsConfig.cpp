// libFuzzer target: the AWS shared config parser (config and credentials
// files), split at the first NUL byte.
#include "aws/AwsSharedConfig.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const qsizetype split = bytes.indexOf('\0');
    const QString config = QString::fromUtf8(split < 0 ? bytes : bytes.left(split));
    const QString credentials = split < 0 ? QString() : QString::fromUtf8(bytes.mid(split + 1));
    const AwsSharedConfig parsed = AwsSharedConfig::fromText(config, credentials);
    for (const QString& name : parsed.profileNames()) {
        (void)parsed.profile(name);
        (void)parsed.endpointUrl(name, QStringLiteral("ivs_realtime"));
        (void)parsed.region(name);
    }
    (void)parsed.problems();
    return 0;
}
