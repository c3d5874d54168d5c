#pragma once

#include <QString>

class IvsDataSet;

// Loads the test suite's fixture folder (tests/data/fake-ivs) into a data
// set. Each file holds the exact reply of one Get or List call:
// <Operation>/<id>.json for GetIngestConfiguration and GetStage (by resource
// id), ListParticipants (by session id), GetParticipant and
// ListParticipantEvents (by "<session id>-<participant id>"). A file that is a
// JSON array is a list of pages: ListParticipantEvents serves them one per
// call, as given; ListParticipants merges them and pages by maxResults.
class FixtureFolder
{
public:
    // Returns the files that could not be read as JSON, in words (none: empty).
    static QStringList load(const QString& folder, IvsDataSet* data);
};
