#pragma once

#include "aws/ResolvedCredentials.h"
#include "ivs/IngestConfigurationArn.h"
#include "ivs/IvsClientConfig.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QProcessEnvironment>

class AppProfileStore;
class ClipboardGuard;
class CredentialResolver;
class GetIngestConfigurationCall;
class GoLiveInspection;
class IngestConfiguration;
class MessageBanner;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QStringListModel;
class QTabWidget;
class RateLimiter;
class ResultView;
class SecretStore;

// The inspector: pick a profile, paste one or more ARNs, press Enter. Each
// ARN gets a tab with its result; requests run concurrently within IVS's 5
// per second per account and region.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // keychain: where app profiles keep secrets (the OS keychain when null).
    explicit MainWindow(SecretStore* keychain = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    // For tests and for ARNs given on the command line.
    void setEnvironment(const QProcessEnvironment& env);
    void inspect(const QString& arnText);
    void inspectArns(const QStringList& arns);
    ResultView* resultFor(const QString& arn) const;
    ResultView* currentResult() const;
    ClipboardGuard* clipboardGuard() const
    {
        return m_clipboard;
    }
    AppProfileStore* profileStore() const
    {
        return m_profiles;
    }
    CredentialResolver* resolver() const
    {
        return m_resolver;
    }
    bool isBusy() const;
    // Splits pasted text into ARN candidates (lines, spaces, commas).
    static QStringList splitArns(const QString& text);
    // "12 minutes (it is behind)" for a clock-skew offset.
    static QString describeOffset(qint64 offsetMs);

public slots:
    void refreshProfiles();
    void refreshCurrent();
    void cancelAll();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QNetworkAccessManager* m_nam;
    SecretStore* m_keychain;
    AppProfileStore* m_profiles;
    CredentialResolver* m_resolver;
    RateLimiter* m_limiter;
    ClipboardGuard* m_clipboard;
    QProcessEnvironment m_env;
    QComboBox* m_profileCombo;
    QPushButton* m_credentialsButton;
    QPushButton* m_checkButton;
    QLabel* m_identityLabel;
    QLineEdit* m_arnEdit;
    QLabel* m_arnStatus;
    QPushButton* m_inspectButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_busy;
    MessageBanner* m_banner;
    QTabWidget* m_results;
    QStringListModel* m_recentModel;
    QCompleter* m_completer;
    QList<QPointer<GetIngestConfigurationCall>> m_calls;
    QList<QPointer<GoLiveInspection>> m_inspections;
    QHash<QString, QString> m_accountOfProfile; // from Check credentials
    int m_generation = 0;                       // bumped by Cancel
    int m_waitingForCredentials = 0;

    QWidget* buildCredentialsRow();
    QWidget* buildArnRow();
    void buildMenus();
    void onArnEdited();
    void onInspect();
    void onProfileChanged();
    void checkCredentials();
    void openCredentialsDialog();
    void openPreferences();
    static QString budgetKey(const IngestConfigurationArn& arn);
    IvsClientConfig clientConfig(const IngestConfigurationArn& arn, const ResolvedCredentials& credentials) const;
    void startCall(const IngestConfigurationArn& arn, const ResolvedCredentials& credentials, int generation);
    void onCallFinished(GetIngestConfigurationCall* call, const ResolvedCredentials& credentials);
    void startGoLive(const IngestConfigurationArn& arn,
                     const IngestConfiguration& configuration,
                     const ResolvedCredentials& credentials);
    ResultView* viewFor(const IngestConfigurationArn& arn);
    QString selectedProfile() const;
    QString credentialsHint(const ResolvedCredentials& credentials) const;
    void updateBusy();
    void applySettings();
    void askMfaCode(const QString& profile, const QString& serial, std::function<void(std::optional<QString>)> answer);
};
