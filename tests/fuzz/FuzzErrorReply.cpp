// libFuzzer target: the rest-json error parser. The first line of the input
// is the x-amzn-ErrorType header, the second the status, the rest the body.
#include "aws/RestJsonErrorParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QList<QByteArray> parts = bytes.split('\n');
    const QByteArray header = parts.value(0);
    const int status = parts.value(1).toInt();
    const QByteArray body = parts.size() > 2 ? bytes.mid(parts.at(0).size() + parts.at(1).size() + 2) : QByteArray();
    HttpHeaderList headers;
    if (!header.isEmpty()) {
        headers.append({QByteArrayLiteral("x-amzn-ErrorType"), header});
    }
    const AwsError error = RestJsonErrorParser::parse(status, headers, body, QStringLiteral("Reason"));
    (void)error.advice();
    return 0;
}
