#pragma once

#include <QCoreApplication>
#include <QString>

// A failed call, typed so that each kind can get its own advice.
class AwsError
{
    Q_DECLARE_TR_FUNCTIONS(AwsError)

public:
    enum class Category
    {
        None,
        NotFound,
        Validation,
        AccessDenied,
        Authentication,
        Throttling,
        ServerError,
        OtherService, // another error the service answered with (409, 402, …)
        Network,
        Tls,
        Timeout,
        MalformedReply,
        TooLarge,
        InsecureEndpoint, // plain http:// to a host that is not allowed
        Cancelled,
    };

    Category category = Category::None;
    QString code;      // the service's error code, e.g. ResourceNotFoundException
    QString message;   // the service's or Qt's message
    QString requestId; // x-amzn-RequestId
    int httpStatus = 0;
    QString iamAction;     // the IAM action the call needs, e.g. ivs:GetIngestConfiguration
    int attempts = 1;      // how many requests went on the wire
    bool cutShort = false; // the connection ended in the middle of the reply
    QString host;          // the endpoint's host, to name it in messages

    bool isError() const
    {
        return category != Category::None;
    }
    // True when the service answered: the AWS CLI calls these client errors
    // and exits 254 for them.
    bool fromService() const
    {
        return httpStatus != 0 && !code.isEmpty() && category != Category::MalformedReply &&
               category != Category::TooLarge;
    }
    static QString categoryName(Category category);
    // A request ended on purpose (Cancel, a window closed), in one wording
    // wherever it happens: before sending, while waiting or in flight.
    static AwsError cancelled();
    // What the user can do about it, in a sentence.
    QString advice() const;
};
