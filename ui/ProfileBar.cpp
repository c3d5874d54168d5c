#include "ui/ProfileBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ProfileBar::ProfileBar(QWidget* parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_credentialsButton(new QPushButton(tr("C&redentials…"), this))
    , m_checkButton(new QPushButton(tr("&Check"), this))
    , m_identity(new QLabel(this))
{
    auto* label = new QLabel(tr("&Profile:"), this);
    label->setBuddy(m_combo);
    m_combo->setObjectName(QStringLiteral("profileComboBox"));
    m_combo->setAccessibleName(tr("Credentials profile"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    m_credentialsButton->setObjectName(QStringLiteral("credentialsPushButton"));
    m_credentialsButton->setAccessibleName(tr("Manage credentials"));
    m_checkButton->setObjectName(QStringLiteral("checkCredentialsPushButton"));
    m_checkButton->setAccessibleName(tr("Check credentials"));
    m_checkButton->setToolTip(tr("Show the account and identity behind this profile"));
    m_identity->setObjectName(QStringLiteral("identityLabel"));
    m_identity->setAccessibleName(tr("Account of the selected profile"));
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_identity->setMinimumWidth(0);
    m_identity->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { emit profileChanged(selectedProfile()); });
    connect(m_credentialsButton, &QPushButton::clicked, this, &ProfileBar::manageRequested);
    connect(m_checkButton, &QPushButton::clicked, this, &ProfileBar::checkRequested);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_credentialsButton);
    layout->addWidget(m_checkButton);
    layout->addWidget(m_identity, 1);
    setTabOrder(m_combo, m_credentialsButton);
    setTabOrder(m_credentialsButton, m_checkButton);
}

QWidget* ProfileBar::lastInTabOrder() const
{
    return m_checkButton;
}

QString ProfileBar::selectedProfile() const
{
    return m_combo->currentData().toString();
}

void ProfileBar::selectProfile(const QString& name)
{
    const int index = m_combo->findData(name);
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
}

void ProfileBar::setProfiles(const QList<ProfileListing>& listings, const QString& defaultName, const QString& select)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    const bool environment = std::any_of(listings.begin(), listings.end(), [](const ProfileListing& listing) {
        return listing.source == CredentialSource::Environment;
    });
    m_combo->addItem(environment ? tr("Automatic (environment variables)") : tr("Automatic (%1)").arg(defaultName),
                     QString());
    for (const ProfileListing& listing : listings) {
        if (listing.name.isEmpty() || listing.shadowed) {
            continue;
        }
        QString text = tr("%1 — %2").arg(listing.name, CredentialSource::displayName(listing.source));
        if (!listing.region.isEmpty()) {
            text += tr(" · %1").arg(listing.region);
        }
        m_combo->addItem(text, listing.name);
    }
    const int index = m_combo->findData(select);
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
}

void ProfileBar::setIdentity(const QString& text)
{
    m_identity->setText(text);
    m_identity->setToolTip(text);
}
