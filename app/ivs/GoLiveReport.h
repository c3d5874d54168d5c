#pragma once

#include "aws/AwsError.h"
#include "ivs/IngestConfiguration.h"
#include "ivs/ParticipantStatus.h"
#include "ivs/ReadinessCheck.h"
#include "ivs/Stage.h"

#include <optional>

// Everything needed to get an encoder live, gathered from several calls:
// the server URL from the stage, the readiness checklist, and what the stage
// session says about the configuration's participants.
struct GoLiveReport
{
    IngestConfiguration configuration;
    std::optional<Stage> stage;
    AwsError stageError;                                // GetStage's failure, if any
    bool stageFromCache = false;                        // endpoints from the cache because GetStage failed
    QList<QPair<QString, QString>> otherConfigurations; // name or id, state; same stage
    AwsError listError;
    QList<ParticipantStatus> participants; // the virtual one first, then physical ones
    AwsError participantsError;
    QList<ReadinessCheck> checks;

    QString server() const
    {
        return stage ? stage->serverFor(configuration.ingestProtocol) : QString();
    }
    // Every blocking check known and ok. What could not be read is not ready.
    bool ready() const
    {
        for (const ReadinessCheck& check : checks) {
            if (check.blocking && (!check.ok || !check.known)) {
                return false;
            }
        }
        return !checks.isEmpty();
    }
};
