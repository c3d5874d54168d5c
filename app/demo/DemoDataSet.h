#pragma once

#include "demo/IvsStateSchedule.h"

#include <QDateTime>
#include <QStringList>

class IvsDataSet;

// The built-in demo's account: a small, realistic set of IVS Real-Time
// resources, made up and generated in code (no file to lose), the same for
// every run given the start time.
//   - DemoStudioA:   ACTIVE, RTMPS, publishing on main-stage.
//   - DemoFieldCam:  INACTIVE, RTMP; its participant failed with
//                    B_FRAME_PRESENT, then BITRATE_EXCEEDED.
//   - DemoRedundant: a redundant pair, two stream keys, two participants.
//   - DemoDetached:  stageArn "" (as after DisconnectParticipant).
//   - DemoUnicode:   non-ASCII name, userId, attributes and tags.
//   - DemoRehearsal: goes live and drops on a timetable (changingSchedule).
//   - DemoLegacyRtmp: RTMP on a stage made before RTMP ingest (no endpoint).
//   - DemoStageGone: its stage was deleted.
// and GeneratedCount more over six venue stages, for browsing (some names
// non-ASCII, a few live, a few with an error in their history).
class DemoDataSet
{
public:
    static constexpr int GeneratedCount = 300;
    static constexpr const char* ActiveRtmps = "DemoStudioA";
    static constexpr const char* ErrorHistory = "DemoFieldCam";
    static constexpr const char* Redundant = "DemoRedundant";
    static constexpr const char* Detached = "DemoDetached";
    static constexpr const char* NonAscii = "DemoUnicode";
    static constexpr const char* Changing = "DemoRehearsal";
    static constexpr const char* LegacyRtmp = "DemoLegacyRtmp";
    static constexpr const char* StageGone = "DemoStageGone";

    // Fills `data` (account 123456789012, us-east-1) as of `started`.
    static void fill(IvsDataSet* data, const QDateTime& started);
    // DemoRehearsal's timetable: live 40 s, off 20 s, begun three cycles
    // before `started` so there is history at once; drops alternate between
    // BITRATE_EXCEEDED and a clean stop.
    static IvsStateSchedule changingSchedule(const QDateTime& started);
    // The configurations to open first, most telling first.
    static QStringList featuredArns();
    static QStringList allFeaturedArns();
    static QString arn(const QString& id);

private:
    static void addStages(IvsDataSet* data);
    static void addLive(IvsDataSet* data, const QDateTime& started);
    static void addErrorHistory(IvsDataSet* data, const QDateTime& started);
    static void addRedundant(IvsDataSet* data, const QDateTime& started);
    static void addOthers(IvsDataSet* data);
    static void addGenerated(IvsDataSet* data, const QDateTime& started);
};
