#pragma once

#include "aws/AwsError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QString>
#include <QUrl>

// What listing one region gave: its configurations, or why not (an
// opted-out region, missing permission, a network failure), and where paging
// stopped when it was cut short on purpose (maxItems).
struct RegionListing
{
    QString region;
    QJsonArray items;
    int pages = 0;
    bool finished = false;
    AwsError error;  // the request failed
    QString problem; // no usable endpoint
    QUrl url;        // where the failed request went
    QDateTime finishedAt;
    // Cut short by maxItems: the next page's token, or the token of the page
    // cut in the middle and how many of its items were taken.
    QString nextToken;
    bool stoppedInPage = false;
    QString pageToken;
    int resumeOffset = 0;

    bool ok() const
    {
        return finished && !error.isError() && problem.isEmpty();
    }
    QString failureText() const
    {
        return problem.isEmpty() ? error.message : problem;
    }
};
