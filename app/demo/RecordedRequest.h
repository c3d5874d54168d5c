#pragma once

#include "aws/HttpHeader.h"

#include <QDateTime>
#include <QString>

// One HTTP request exactly as the fake endpoint received it.
struct RecordedRequest
{
    QByteArray raw; // every byte, head and body
    QByteArray method;
    QByteArray target; // path and query as on the request line
    HttpHeaderList headers;
    QByteArray body;
    bool signatureValid = false;
    QString signatureProblem;
    int status = 0; // what the fake answered
    QDateTime receivedAt;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return {};
    }
    int headerCount(const QByteArray& name) const
    {
        int count = 0;
        for (const auto& header : headers) {
            count += header.first.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
        }
        return count;
    }
};
