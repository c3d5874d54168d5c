#pragma once

#include "aws/AwsCredentials.h"

#include <QProcessEnvironment>

#include <optional>

// AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN (or the
// legacy AWS_SECURITY_TOKEN), as every AWS SDK reads them.
class EnvironmentCredentials
{
public:
    // Nothing when the key id or the secret is missing.
    static std::optional<AwsCredentials> read(const QProcessEnvironment& env);
};
