#pragma once

#include <QObject>

class InspectionPresenter;
class LastKnownStore;
class ResultTabs;
struct InspectionFailure;

// Offline and stale: every configuration shown is remembered (without its
// stream keys); when a later inspection fails because the network or the
// credentials did, the tab shows the last known view under the banner that
// says why it could not be refreshed, marked with its age.
class LastKnownPresenter : public QObject
{
    Q_OBJECT

public:
    LastKnownPresenter(LastKnownStore* store,
                       ResultTabs* tabs,
                       InspectionPresenter* presenter,
                       QObject* parent = nullptr);

    // Failures that leave the last view the best there is: no network, no
    // answer, no usable credentials. (A service's "not found" or "access
    // denied" is an answer, and the answer is shown.)
    static bool isOffline(const InspectionFailure& failure);

private:
    LastKnownStore* m_store;
    ResultTabs* m_tabs;

    void onFailure(const QString& arn, const InspectionFailure& failure);
};
