// libFuzzer target: the ARN parser and its explanations.
#include "ivs/IngestConfigurationArn.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const IngestConfigurationArn arn = IngestConfigurationArn::parse(text);
    (void)arn.explanation();
    if (arn.isValid() && (arn.toString().size() > IngestConfigurationArn::MaxLength || arn.region().isEmpty())) {
        __builtin_trap(); // a valid ARN must satisfy the model's constraints
    }
    return 0;
}
