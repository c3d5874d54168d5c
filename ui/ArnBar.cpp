#include "ui/ArnBar.h"

#include "inspect/ConfigurationLookup.h"
#include "ivs/IngestConfigurationArn.h"
#include "ivs/IvsService.h"
#include "ui/Accessibility.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringListModel>
#include <QVBoxLayout>

ArnBar::ArnBar(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_hintIcon(new QLabel(this))
    , m_status(new QLabel(this))
    , m_inspectButton(new QPushButton(tr("&Inspect"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_busy(new QProgressBar(this))
    , m_recentModel(new QStringListModel(this))
    , m_completer(new QCompleter(m_recentModel, this))
{
    auto* label = new QLabel(tr("&ARN:"), this);
    label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("arnLineEdit"));
    m_edit->setAccessibleName(tr("Ingest configuration ARN"));
    m_edit->setAccessibleDescription(tr("One or more ARNs, separated by spaces or new lines"));
    m_edit->setPlaceholderText(tr("arn:aws:ivs:REGION:ACCOUNT:ingest-configuration/ID"));
    Accessibility::nameClearButton(m_edit, tr("Clear the ARN field"));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(m_completer);
    m_status->setObjectName(QStringLiteral("arnStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("ARN check"));
    m_status->setTextFormat(Qt::PlainText);
    m_inspectButton->setObjectName(QStringLiteral("inspectPushButton"));
    m_inspectButton->setAccessibleName(tr("Inspect"));
    m_inspectButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the requests"));
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    m_busy->setObjectName(QStringLiteral("busyProgressBar"));
    m_busy->setAccessibleName(tr("Working"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    connect(m_edit, &QLineEdit::textChanged, this, &ArnBar::check);
    connect(m_edit, &QLineEdit::textChanged, this, &ArnBar::textChanged);
    connect(m_edit, &QLineEdit::returnPressed, this, &ArnBar::inspectRequested);
    connect(m_inspectButton, &QPushButton::clicked, this, &ArnBar::inspectRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &ArnBar::cancelRequested);
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_edit, 1);
    row->addWidget(m_inspectButton);
    row->addWidget(m_cancelButton);
    row->addWidget(m_busy);
    // The hint sits above the field, where the recent-ARN pop-up cannot cover it.
    auto* hint = new QHBoxLayout;
    const int iconSize = fontMetrics().height();
    m_hintIcon->setFixedSize(iconSize, iconSize);
    m_hintIcon->setObjectName(QStringLiteral("arnHintIconLabel"));
    hint->addWidget(m_hintIcon, 0, Qt::AlignTop);
    hint->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(hint);
    layout->addLayout(row);
    setTabOrder(m_edit, m_inspectButton);
    setTabOrder(m_inspectButton, m_cancelButton);
    setBusy(false);
    check();
}

QWidget* ArnBar::lastInTabOrder() const
{
    return m_cancelButton;
}

QString ArnBar::text() const
{
    return m_edit->text();
}

void ArnBar::setText(const QString& text)
{
    if (m_edit->text() != text) {
        m_edit->setText(text);
    }
}

void ArnBar::setRecentArns(const QStringList& arns)
{
    m_recentModel->setStringList(arns);
}

void ArnBar::setCredentialsAccount(const QString& account)
{
    m_account = account;
    check();
}

void ArnBar::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_cancelButton->setEnabled(busy);
}

void ArnBar::focusField()
{
    m_edit->setFocus();
    m_edit->selectAll();
}

QStringList ArnBar::splitArns(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList arns;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString cleaned = IngestConfigurationArn::clean(part);
        if (!cleaned.isEmpty() && !arns.contains(cleaned)) {
            arns.append(cleaned);
        }
    }
    return arns;
}

void ArnBar::setLookupRegion(const QString& region)
{
    m_lookupRegion = region;
    check();
}

void ArnBar::check()
{
    const QStringList candidates = splitArns(m_edit->text());
    QStringList problems;
    QStringList notes;
    for (int i = 0; i < candidates.size(); ++i) {
        const IngestConfigurationArn arn = IngestConfigurationArn::parse(candidates.at(i));
        if (!arn.isValid()) {
            problems.append(candidates.size() == 1 ? arn.explanation()
                                                   : tr("ARN %1: %2").arg(i + 1).arg(arn.explanation()));
            continue;
        }
        if (!IvsService::regions().contains(arn.region())) {
            notes.append(tr("IVS Real-Time is not known to run in %1.").arg(arn.region()));
        }
        if (!m_account.isEmpty() && m_account != arn.accountId()) {
            notes.append(tr("These credentials are for account %1, but the ARN is in account %2.")
                             .arg(m_account, arn.accountId()));
        }
    }
    // Issue 13: one bare ID or name is looked up in the profile's region.
    if (candidates.size() == 1 && !problems.isEmpty() && !m_lookupRegion.isEmpty() &&
        ConfigurationLookup::isCandidate(candidates.first())) {
        showHint(HintKind::Information,
                 tr("Not an ARN: Inspect looks up the ingest configuration with this ID or name in %1.")
                     .arg(m_lookupRegion));
        m_inspectButton->setEnabled(true);
        return;
    }
    // Inspectable when at least one ARN is good: the bad ones are listed
    // and skipped, not a reason to hold up the rest.
    const int good = int(candidates.size() - problems.size());
    QString text;
    HintKind kind = HintKind::Information;
    if (candidates.isEmpty()) {
        text = tr("Paste the ARN of an ingest configuration, or several, one per line.");
    } else if (good == 0) {
        kind = HintKind::Problem;
        text = tr("Cannot inspect yet: %1").arg(problems.join(QStringLiteral(" ")));
    } else if (!problems.isEmpty()) {
        kind = HintKind::Warning;
        text =
            tr("%n good ARN(s) will be inspected; skipped: %1", nullptr, good).arg(problems.join(QStringLiteral(" ")));
    } else if (candidates.size() == 1) {
        const IngestConfigurationArn arn = IngestConfigurationArn::parse(candidates.first());
        text = tr("Region %1 · account %2").arg(arn.region(), arn.accountId());
    } else {
        text = tr("%n ARNs, each inspected in its own tab.", nullptr, static_cast<int>(candidates.size()));
    }
    if (!notes.isEmpty()) {
        kind = kind == HintKind::Problem ? kind : HintKind::Warning;
        text += u' ' + tr("Warning: %1").arg(notes.join(u' '));
    }
    showHint(kind, text);
    m_inspectButton->setEnabled(good > 0);
}

void ArnBar::showHint(HintKind kind, const QString& text)
{
    // Icon, colour and the words "Warning" or "Cannot inspect": never colour alone.
    static const char* const icons[] = {"", ":/icons/warning.svg", ":/icons/check-problem.svg"};
    const int index = static_cast<int>(kind);
    const QString icon = QLatin1String(icons[index]);
    m_hintIcon->setPixmap(icon.isEmpty() ? QPixmap() : QIcon(icon).pixmap(m_hintIcon->size()));
    m_hintIcon->setVisible(!icon.isEmpty());
    QPalette palette = this->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    if (kind == HintKind::Warning) {
        palette.setColor(QPalette::WindowText, dark ? QColor(0xd2, 0x99, 0x22) : QColor(0x9a, 0x67, 0x00));
    } else if (kind == HintKind::Problem) {
        palette.setColor(QPalette::WindowText, dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e));
    }
    m_status->setPalette(palette);
    m_status->setText(text);
}
