#pragma once

#include "aws/HttpHeader.h"

// What a fake endpoint answers.
struct HttpReply
{
    int status = 200;
    QByteArray reason = "OK";
    HttpHeaderList headers;
    QByteArray body;

    static HttpReply json(int status, const QByteArray& reason, const QByteArray& body)
    {
        return {status, reason, {{"Content-Type", "application/json"}}, body};
    }
};
