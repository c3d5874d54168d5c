#pragma once

#include "aws/AwsError.h"
#include "aws/CredentialError.h"
#include "aws/ResolvedCredentials.h"

#include <QUrl>

// Why an inspection produced no result.
struct InspectionFailure
{
    enum class Kind
    {
        Credentials, // no usable credentials (see credentialError)
        Endpoint,    // no usable endpoint or region (see message, endpointSource)
        Request,     // the call failed (see error)
    };

    Kind kind = Kind::Request;
    CredentialError credentialError;
    AwsError error;
    QString message;                 // Endpoint: what is wrong with it
    QString endpointSource;          // Endpoint: "--endpoint-url", a variable, the profile
    QString operation;               // Request: "GetIngestConfiguration"
    QUrl url;                        // Request: where it went
    ResolvedCredentials credentials; // when they were found: whose they were (never shown)

    bool isCancelled() const
    {
        return kind == Kind::Request && error.category == AwsError::Category::Cancelled;
    }
    // What happened, in one line.
    QString text() const
    {
        switch (kind) {
        case Kind::Credentials:
            return credentialError.message;
        case Kind::Endpoint:
            return message;
        case Kind::Request:
            return error.message;
        }
        return {};
    }
};
