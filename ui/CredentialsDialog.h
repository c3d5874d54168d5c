#pragma once

#include <QDialog>
#include <QProcessEnvironment>

class AppProfileStore;
class MessageBanner;
class QComboBox;
class QLineEdit;
class QListWidget;
class AwsTransport;
class QPushButton;
class SecretLineEdit;
struct AwsCredentials;

// Add, edit, test and delete the app's own profiles. Secrets go to the OS
// keychain; when it cannot be used, the dialog says why and offers to keep
// the profile for this session only, in memory.
class CredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    CredentialsDialog(AppProfileStore* profiles,
                      AwsTransport* transport,
                      const QProcessEnvironment& env,
                      QWidget* parent = nullptr);

    MessageBanner* banner() const
    {
        return m_banner;
    }
    // Opens on an empty form for a first profile: the name and region
    // suggested, and the dialog closes by itself once the profile is saved.
    void startFirstProfile(const QString& name, const QString& region);
    // The profile saved last (empty when none was).
    QString savedProfile() const
    {
        return m_savedProfile;
    }

private:
    AppProfileStore* m_profiles;
    AwsTransport* m_transport;
    QProcessEnvironment m_env;
    QListWidget* m_list;
    QLineEdit* m_name;
    QLineEdit* m_keyId;
    SecretLineEdit* m_secret;
    SecretLineEdit* m_token;
    QComboBox* m_region;
    QPushButton* m_newButton;
    QPushButton* m_saveButton;
    QPushButton* m_deleteButton;
    QPushButton* m_testButton;
    MessageBanner* m_banner;
    QString m_savedProfile;
    bool m_closeWhenSaved = false;

    void reloadList(const QString& select = QString());
    void onSelectionChanged();
    void clearForm();
    void save();
    void remove();
    void test();
    void updateButtons();
    AwsCredentials formCredentials() const;
    QString validate() const;
};
