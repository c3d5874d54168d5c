#pragma once

#include "aws/AwsError.h"
#include "aws/HttpHeader.h"

// Turns a non-200 rest-json reply into an AwsError with the rules of the AWS
// SDKs: code from x-amzn-ErrorType, else body code/Code, else __type; cut at
// ":" and after "#"; message from exceptionMessage, message or Message.
class RestJsonErrorParser
{
public:
    static AwsError parse(int httpStatus,
                          const HttpHeaderList& headers,
                          const QByteArray& body,
                          const QString& reasonPhrase = QString());
    static QString sanitizeCode(const QString& raw);
    static AwsError::Category categorize(const QString& code, int httpStatus);
    static QByteArray headerValue(const HttpHeaderList& headers, const QByteArray& name);
};
