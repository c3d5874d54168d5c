// libFuzzer target: the GetIngestConfiguration reply parser, from raw bytes.
#include "ivs/IngestConfiguration.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString problem;
    const auto configuration = IngestConfiguration::fromResponse(QJsonDocument::fromJson(bytes).object(), &problem);
    if (configuration) {
        // Exercise what the views and the CLI do with a parsed result.
        (void)configuration->modeledJson();
        (void)IngestConfiguration::streamKeyPrefix(configuration->streamKey);
    }
    return 0;
}
