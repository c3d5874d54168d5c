#pragma once

#include <QString>

// The second stream key of a redundant-ingest configuration. Both members are
// optional in the model.
struct RedundantIngestCredential
{
    QString participantId;
    QString streamKey; // secret
};
