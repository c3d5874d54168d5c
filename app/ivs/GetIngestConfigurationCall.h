#pragma once

#include "ivs/IngestConfiguration.h"
#include "ivs/IngestConfigurationArn.h"
#include "ivs/IvsCall.h"

#include <optional>

// GetIngestConfiguration with its typed result.
class GetIngestConfigurationCall : public IvsCall
{
    Q_OBJECT

public:
    explicit GetIngestConfigurationCall(const IngestConfigurationArn& arn, QObject* parent = nullptr);

    const IngestConfigurationArn& arn() const
    {
        return m_arn;
    }
    // Set when the call succeeded.
    const std::optional<IngestConfiguration>& result() const
    {
        return m_result;
    }

protected:
    QString acceptResponse(const QJsonObject& response) override;

private:
    IngestConfigurationArn m_arn;
    std::optional<IngestConfiguration> m_result;
};
