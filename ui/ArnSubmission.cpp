#include "ui/ArnSubmission.h"

#include "core/TerminalText.h"
#include "inspect/ConfigurationLookup.h"
#include "ivs/IngestConfigurationArn.h"
#include "ui/ArnBar.h"
#include "ui/InspectionPresenter.h"
#include "ui/MessageBanner.h"
#include "ui/WindowSession.h"

ArnSubmission::ArnSubmission(
    WindowSession* session, ArnBar* arnBar, MessageBanner* banner, InspectionPresenter* presenter, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_arnBar(arnBar)
    , m_banner(banner)
    , m_presenter(presenter)
{}

void ArnSubmission::submitText(const QString& text)
{
    m_arnBar->setText(text);
    submit(ArnBar::splitArns(text));
}

void ArnSubmission::submit(const QStringList& candidates)
{
    // One bad ARN does not hold up the others: they are inspected, and the
    // bad ones listed with what is wrong with each.
    QList<IngestConfigurationArn> arns;
    QStringList flaws;
    for (const QString& candidate : candidates) {
        const IngestConfigurationArn arn = IngestConfigurationArn::parse(candidate);
        if (!arn.isValid() && candidates.size() == 1 && ConfigurationLookup::isCandidate(candidate)) {
            lookUp(candidate); // issue 13: a bare ID or a name
            return;
        }
        if (arn.isValid()) {
            arns.append(arn);
        } else {
            flaws.append(tr("%1: %2").arg(TerminalText::quote(candidate, 80), arn.explanation()));
        }
    }
    if (!flaws.isEmpty()) {
        reportFlaws(flaws);
    } else {
        m_banner->clear();
    }
    m_presenter->inspect(arns);
    emit busyChanged();
}

void ArnSubmission::reportFlaws(const QStringList& flaws)
{
    m_banner->showMessage(MessageBanner::Kind::Warning, tr("%n ARN(s) not inspected", nullptr, int(flaws.size())),
                          flaws.join(u'\n'));
}

QString ArnSubmission::lookupRegion() const
{
    const QString region = m_session->resolver()->regionFor(m_session->profile());
    return region.isEmpty() ? QStringLiteral("us-east-1") : region;
}

void ArnSubmission::lookUp(const QString& text)
{
    auto* lookup = new ConfigurationLookup(m_session->engine(), text, lookupRegion(), this);
    m_arnBar->setBusy(true);
    connect(lookup, &ConfigurationLookup::finished, this, [this, lookup] {
        lookup->deleteLater();
        emit busyChanged();
        if (!lookup->failure().isEmpty()) {
            m_banner->showMessage(MessageBanner::Kind::Error, tr("Could not look up %1").arg(lookup->text()),
                                  lookup->failure());
            return;
        }
        if (lookup->arns().isEmpty()) {
            m_banner->showMessage(MessageBanner::Kind::Warning, tr("Nothing called %1").arg(lookup->text()),
                                  tr("No ingest configuration in %1 has this ID or name. Check the region of the "
                                     "profile, or open View > Browse to see them all.")
                                      .arg(lookup->region()));
            return;
        }
        if (lookup->arns().size() > 1) {
            m_banner->showMessage(
                MessageBanner::Kind::Information,
                tr("%n configuration(s) are called %1", nullptr, int(lookup->arns().size())).arg(lookup->text()),
                tr("Each is shown in its own tab."));
        }
        m_arnBar->setText(lookup->arns().join(u'\n'));
        submit(lookup->arns());
    });
    lookup->start();
}
