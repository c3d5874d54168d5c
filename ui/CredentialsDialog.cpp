#include "ui/CredentialsDialog.h"

#include "aws/StsCall.h"
#include "ivs/IvsService.h"
#include "secrets/AppProfileStore.h"
#include "ui/AppSettings.h"
#include "ui/MessageBanner.h"
#include "ui/SecretLineEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

CredentialsDialog::CredentialsDialog(AppProfileStore* profiles,
                                     AwsTransport* transport,
                                     const QProcessEnvironment& env,
                                     QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_transport(transport)
    , m_env(env)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_keyId(new QLineEdit(this))
    , m_secret(new SecretLineEdit(this))
    , m_token(new SecretLineEdit(this))
    , m_region(new QComboBox(this))
    , m_newButton(new QPushButton(tr("Ne&w"), this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_testButton(new QPushButton(tr("T&est"), this))
    , m_banner(new MessageBanner(this))
{
    setWindowTitle(tr("Credentials"));
    setObjectName(QStringLiteral("credentialsDialog"));
    m_list->setObjectName(QStringLiteral("profilesListWidget"));
    m_list->setAccessibleName(tr("Profiles kept by IVS Ingest Inspector"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setAccessibleName(tr("Profile name"));
    m_keyId->setObjectName(QStringLiteral("accessKeyIdLineEdit"));
    m_keyId->setAccessibleName(tr("Access key ID"));
    m_secret->setObjectName(QStringLiteral("secretAccessKeyLineEdit"));
    m_secret->setAccessibleName(tr("Secret access key"));
    m_token->setObjectName(QStringLiteral("sessionTokenLineEdit"));
    m_token->setAccessibleName(tr("Session token (optional)"));
    m_token->setPlaceholderText(tr("Only for temporary credentials"));
    m_region->setObjectName(QStringLiteral("regionComboBox"));
    m_region->setAccessibleName(tr("Default region"));
    m_region->setEditable(true);
    m_region->addItem(QString());
    m_region->addItems(IvsService::regions());
    m_newButton->setObjectName(QStringLiteral("newPushButton"));
    m_saveButton->setObjectName(QStringLiteral("savePushButton"));
    m_deleteButton->setObjectName(QStringLiteral("deletePushButton"));
    m_testButton->setObjectName(QStringLiteral("testPushButton"));
    m_testButton->setToolTip(tr("Ask AWS STS who these credentials belong to"));
    m_banner->setObjectName(QStringLiteral("credentialsMessageBanner"));
    m_banner->clear();

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Access key ID:"), m_keyId);
    form->addRow(tr("Secret access &key:"), m_secret);
    form->addRow(tr("Session &token:"), m_token);
    form->addRow(tr("Default &region:"), m_region);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_testButton);
    buttons->addWidget(m_deleteButton);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(buttons);
    right->addStretch(1);
    auto* split = new QHBoxLayout;
    split->addWidget(m_list, 1);
    split->addLayout(right, 2);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* note = new QLabel(tr("Secrets are kept in the system keychain. Profiles from ~/.aws are used as they are and "
                               "are not shown here."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_banner);
    layout->addLayout(split, 1);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter saves a complete form and does nothing otherwise: no button but
    // Save may take it, so typed input is never thrown away by a stray Enter.
    for (QPushButton* button : close->findChildren<QPushButton*>()) {
        button->setAutoDefault(false);
    }
    for (QPushButton* button : {m_newButton, m_deleteButton, m_testButton}) {
        button->setAutoDefault(false);
    }
    connect(m_list, &QListWidget::currentRowChanged, this, &CredentialsDialog::onSelectionChanged);
    connect(m_newButton, &QPushButton::clicked, this, &CredentialsDialog::clearForm);
    connect(m_saveButton, &QPushButton::clicked, this, &CredentialsDialog::save);
    connect(m_deleteButton, &QPushButton::clicked, this, &CredentialsDialog::remove);
    connect(m_testButton, &QPushButton::clicked, this, &CredentialsDialog::test);
    for (QLineEdit* edit : {m_name, m_keyId, static_cast<QLineEdit*>(m_secret)}) {
        connect(edit, &QLineEdit::textChanged, this, &CredentialsDialog::updateButtons);
    }
    connect(m_region, &QComboBox::currentTextChanged, this, &CredentialsDialog::updateButtons);
    reloadList();
    clearForm();
    resize(720, 400);
}

void CredentialsDialog::reloadList(const QString& select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const StoredProfile& profile : m_profiles->profiles()) {
        auto* item = new QListWidgetItem(
            profile.sessionOnly ? tr("%1 (this session only)").arg(profile.name) : profile.name, m_list);
        item->setData(Qt::UserRole, profile.name);
        if (profile.name == select) {
            m_list->setCurrentItem(item);
        }
    }
    updateButtons();
}

void CredentialsDialog::clearForm()
{
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    for (QLineEdit* edit : {m_name, m_keyId, static_cast<QLineEdit*>(m_secret), static_cast<QLineEdit*>(m_token)}) {
        edit->clear();
    }
    m_region->setCurrentText(QString());
    m_name->setFocus();
    updateButtons();
}

void CredentialsDialog::onSelectionChanged()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item) {
        updateButtons();
        return;
    }
    const QString name = item->data(Qt::UserRole).toString();
    m_name->setText(name);
    m_region->setCurrentText(m_profiles->profile(name).region);
    m_keyId->clear();
    m_secret->clear();
    m_token->clear();
    m_profiles->load(
        name, this,
        [this, name](SecretStore::Status status, const AwsCredentials& credentials, const QString& message) {
            if (m_name->text() != name) {
                return; // the user moved on
            }
            if (status != SecretStore::Status::Ok) {
                m_banner->showMessage(MessageBanner::Kind::Error, tr("Keychain"),
                                      SecretStore::explain(status, message));
                return;
            }
            m_keyId->setText(credentials.accessKeyId);
            m_secret->setText(credentials.secretAccessKey);
            m_token->setText(credentials.sessionToken);
        });
    updateButtons();
}

AwsCredentials CredentialsDialog::formCredentials() const
{
    return {m_keyId->text().trimmed(), m_secret->text().trimmed(), m_token->text().trimmed()};
}

QString CredentialsDialog::validate() const
{
    if (!AppProfileStore::isValidName(m_name->text().trimmed())) {
        return tr("Give the profile a name of letters, digits and _ . @ + - (it starts with a letter or digit).");
    }
    if (!formCredentials().isComplete()) {
        return tr("An access key ID and a secret access key are needed.");
    }
    static const QRegularExpression region(QStringLiteral("^[a-z0-9-]*$"));
    if (!region.match(m_region->currentText().trimmed()).hasMatch()) {
        return tr("\"%1\" is not a region name such as us-east-1.").arg(m_region->currentText());
    }
    return {};
}

void CredentialsDialog::startFirstProfile(const QString& name, const QString& region)
{
    clearForm();
    m_name->setText(name);
    m_region->setCurrentText(region);
    m_closeWhenSaved = true;
    m_keyId->setFocus();
}

void CredentialsDialog::updateButtons()
{
    const bool complete = validate().isEmpty();
    m_saveButton->setEnabled(complete);
    m_saveButton->setAutoDefault(complete);
    m_saveButton->setDefault(complete);
    m_testButton->setEnabled(formCredentials().isComplete());
    m_deleteButton->setEnabled(m_list->currentItem() != nullptr);
}

void CredentialsDialog::save()
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, tr("Not saved"), problem);
        return;
    }
    const QString name = m_name->text().trimmed();
    const AwsCredentials credentials = formCredentials();
    const QString region = m_region->currentText().trimmed();
    m_saveButton->setEnabled(false);
    m_profiles->save(name, credentials, region, this,
                     [this, name, credentials, region](SecretStore::Status status, const QString& message) {
                         updateButtons();
                         if (status == SecretStore::Status::Ok) {
                             m_savedProfile = name;
                             m_banner->showMessage(MessageBanner::Kind::Success, tr("Saved"),
                                                   tr("Profile %1 is in the system keychain.").arg(name));
                             reloadList(name);
                             if (m_closeWhenSaved) {
                                 accept();
                             }
                             return;
                         }
                         m_banner->showMessage(MessageBanner::Kind::Error, tr("Not saved in the keychain"),
                                               SecretStore::explain(status, message));
                         QPushButton* keep = m_banner->addAction(tr("Keep for this session onl&y"));
                         keep->setObjectName(QStringLiteral("keepForSessionPushButton"));
                         connect(keep, &QPushButton::clicked, this, [this, name, credentials, region] {
                             m_profiles->saveForSession(name, credentials, region);
                             m_savedProfile = name;
                             m_banner->showMessage(MessageBanner::Kind::Information, tr("Kept for this session"),
                                                   tr("Profile %1 is held in memory until the app closes; nothing "
                                                      "was written to disk.")
                                                       .arg(name));
                             reloadList(name);
                             if (m_closeWhenSaved) {
                                 accept();
                             }
                         });
                     });
}

void CredentialsDialog::remove()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item) {
        return;
    }
    const QString name = item->data(Qt::UserRole).toString();
    m_profiles->remove(name, this, [this, name](SecretStore::Status status, const QString& message) {
        if (status != SecretStore::Status::Ok) {
            m_banner->showMessage(MessageBanner::Kind::Error, tr("Not deleted"), SecretStore::explain(status, message));
            return;
        }
        m_banner->showMessage(MessageBanner::Kind::Information, tr("Deleted"), tr("Profile %1 was deleted.").arg(name));
        reloadList();
        clearForm();
    });
}

void CredentialsDialog::test()
{
    auto* call = StsCall::callerIdentity(m_transport, formCredentials(), m_region->currentText().trimmed(), m_env,
                                         QString(), AppSettings::httpOptions(), this);
    m_testButton->setEnabled(false);
    connect(call, &AwsHttpCall::finished, this, [this, call] {
        call->deleteLater();
        updateButtons();
        if (call->error().isError()) {
            m_banner->showError(call->error());
            return;
        }
        m_banner->showMessage(MessageBanner::Kind::Success, tr("These credentials work"),
                              tr("They belong to account %1.").arg(call->value(QStringLiteral("Account"))),
                              call->value(QStringLiteral("Arn")));
    });
}
