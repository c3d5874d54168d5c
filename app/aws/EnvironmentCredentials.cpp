#include "aws/EnvironmentCredentials.h"

std::optional<AwsCredentials> EnvironmentCredentials::read(const QProcessEnvironment& env)
{
    AwsCredentials credentials;
    credentials.accessKeyId = env.value(QStringLiteral("AWS_ACCESS_KEY_ID")).trimmed();
    credentials.secretAccessKey = env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")).trimmed();
    credentials.sessionToken = env.value(QStringLiteral("AWS_SESSION_TOKEN")).trimmed();
    if (credentials.sessionToken.isEmpty()) {
        credentials.sessionToken = env.value(QStringLiteral("AWS_SECURITY_TOKEN")).trimmed();
    }
    if (!credentials.isComplete()) {
        return std::nullopt;
    }
    return credentials;
}
