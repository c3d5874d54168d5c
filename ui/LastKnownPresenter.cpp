#include "ui/LastKnownPresenter.h"

#include "inspect/InspectionFailure.h"
#include "inspect/LastKnownStore.h"
#include "ivs/IngestConfiguration.h"
#include "ui/InspectionPresenter.h"
#include "ui/ResultTabs.h"
#include "ui/ResultView.h"

LastKnownPresenter::LastKnownPresenter(LastKnownStore* store,
                                       ResultTabs* tabs,
                                       InspectionPresenter* presenter,
                                       QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_tabs(tabs)
{
    connect(presenter, &InspectionPresenter::configurationShown, this,
            [this](const IngestConfiguration& configuration, const QDateTime& at) {
                m_store->remember(configuration, at);
            });
    connect(presenter, &InspectionPresenter::failureShown, this, &LastKnownPresenter::onFailure);
}

bool LastKnownPresenter::isOffline(const InspectionFailure& failure)
{
    switch (failure.kind) {
    case InspectionFailure::Kind::Credentials:
        return !failure.isCancelled();
    case InspectionFailure::Kind::Endpoint:
        return false;
    case InspectionFailure::Kind::Request:
        break;
    }
    switch (failure.error.category) {
    case AwsError::Category::Network:
    case AwsError::Category::Tls:
    case AwsError::Category::Timeout:
    case AwsError::Category::Authentication:
    case AwsError::Category::Throttling:
    case AwsError::Category::ServerError:
        return true;
    default:
        return false;
    }
}

void LastKnownPresenter::onFailure(const QString& arn, const InspectionFailure& failure)
{
    ResultView* view = m_tabs->resultFor(arn);
    const auto kept = m_store->configuration(arn);
    if (!view || !kept || !isOffline(failure)) {
        return;
    }
    QString problem;
    auto configuration = IngestConfiguration::fromJson(kept->fields, &problem);
    if (!configuration) {
        return;
    }
    // The banner keeps saying what failed; the view below it is the last one
    // known, and says how old it is.
    view->showLastKnown(*configuration, LastKnownStore::ageText(kept->at, QDateTime::currentDateTimeUtc()));
}
