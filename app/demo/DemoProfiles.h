#pragma once

#include "aws/KeptProfiles.h"

// The demo's one profile, "demo", with made-up keys that only the built-in
// demo endpoint accepts. It stands where the keychain profiles stand in the
// credential chain, so the demo resolves credentials, signs and checks them
// like any profile, while the keychain and the shared files stay untouched.
class DemoProfiles : public KeptProfiles
{
public:
    static constexpr const char* ProfileName = "demo";
    static constexpr const char* Region = "us-east-1";
    // Obviously fake: the AKID prefix is not one AWS issues, and "DEMO" and
    // "EXAMPLE" say what they are.
    static constexpr const char* AccessKeyId = "AKIDDEMOEXAMPLE00001";
    static constexpr const char* SecretAccessKey = "demo/NotARealSecretKey/ivs-inspector/EXAMPLE";
    static constexpr const char* UserArn = "arn:aws:iam::123456789012:user/demo";

    static AwsCredentials credentials();

    QStringList names() const override;
    bool contains(const QString& name) const override;
    QString regionOf(const QString& name) const override;
    bool isSessionOnly(const QString& name) const override;
    CredentialSource::Kind sourceOf(const QString& name) const override;
    QString storeName() const override;
    void loadCredentials(const QString& name, QObject* context, Loaded done) override;
};
