#include "aws/AwsError.h"

AwsError AwsError::cancelled()
{
    AwsError error;
    error.category = Category::Cancelled;
    error.message = tr("The request was cancelled.");
    return error;
}

QString AwsError::categoryName(Category category)
{
    switch (category) {
    case Category::None:
        return tr("No error");
    case Category::NotFound:
        return tr("Not found");
    case Category::Validation:
        return tr("Invalid request");
    case Category::AccessDenied:
        return tr("Access denied");
    case Category::Authentication:
        return tr("Credentials rejected");
    case Category::Throttling:
        return tr("Too many requests");
    case Category::ServerError:
        return tr("Service error");
    case Category::OtherService:
        return tr("Request refused");
    case Category::Network:
        return tr("Network error");
    case Category::Tls:
        return tr("Secure connection failed");
    case Category::Timeout:
        return tr("Timed out");
    case Category::MalformedReply:
        return tr("Unreadable reply");
    case Category::TooLarge:
        return tr("Reply too large");
    case Category::InsecureEndpoint:
        return tr("Insecure endpoint");
    case Category::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString AwsError::advice() const
{
    switch (category) {
    case Category::None:
    case Category::Cancelled:
        return {};
    case Category::NotFound:
        return tr("Check that the region, account and ID in the ARN are right and that the ingest configuration "
                  "was not deleted.");
    case Category::Validation:
        return tr("The service refused the request as invalid: check the ARN.");
    case Category::AccessDenied:
        return iamAction.isEmpty() ? tr("The credentials are valid but not allowed to do this: check the IAM policy.")
                                   : tr("The credentials are valid but not allowed to do this: the IAM policy needs %1 "
                                        "on this resource.")
                                         .arg(iamAction);
    case Category::Authentication:
        return tr("The credentials were not accepted: check the access key, the secret and the session token, and "
                  "renew them if they have expired. Also check that this computer's clock is right.");
    case Category::Throttling:
        return tr("IVS allows 5 requests a second per account and region. Wait a moment and try again.");
    case Category::ServerError:
        return tr("The service had a problem. Try again in a moment; if it persists, check the AWS Health "
                  "Dashboard.");
    case Category::OtherService:
        return tr("Read the service's message above for the reason.");
    case Category::Network:
        return tr("Check the network connection, any proxy, and the endpoint URL.");
    case Category::Tls:
        return tr("The secure connection could not be set up: check the system's date and CA certificates, and any "
                  "proxy that intercepts HTTPS.");
    case Category::Timeout:
        return tr("The service did not answer in time. Check the network, or raise the timeout.");
    case Category::MalformedReply:
        return tr("The reply was cut short or is not what IVS sends. Try again; if you use a custom endpoint, check "
                  "that it is an IVS Real-Time endpoint.");
    case Category::TooLarge:
        return tr("The reply is far larger than any IVS reply: check that the endpoint URL points at IVS Real-Time.");
    case Category::InsecureEndpoint:
        return tr("Signed requests go over plain http:// only to this computer (localhost). Use https://, or allow "
                  "this host explicitly (--allow-http-endpoint, or Preferences in the window).");
    }
    return {};
}
