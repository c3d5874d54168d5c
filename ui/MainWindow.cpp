#include "ui/MainWindow.h"

#include "aws/EnvironmentCredentials.h"
#include "core/Redactor.h"
#include "ivs/EndpointResolver.h"
#include "ivs/GetIngestConfigurationCall.h"
#include "ivs/IvsClient.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_arnEdit(new QLineEdit(this))
    , m_arnStatus(new QLabel(this))
    , m_inspectButton(new QPushButton(tr("&Inspect"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel"), this))
    , m_result(new QPlainTextEdit(this))
    , m_nam(new QNetworkAccessManager(this))
    , m_client(new IvsClient(m_nam, this))
{
    setWindowTitle(tr("IVS Ingest Inspector"));
    m_arnEdit->setObjectName(QStringLiteral("arnLineEdit"));
    m_arnEdit->setPlaceholderText(tr("arn:aws:ivs:REGION:ACCOUNT:ingest-configuration/ID"));
    m_arnEdit->setAccessibleName(tr("Ingest configuration ARN"));
    m_arnStatus->setObjectName(QStringLiteral("arnStatusLabel"));
    m_arnStatus->setWordWrap(true);
    m_inspectButton->setObjectName(QStringLiteral("inspectPushButton"));
    m_inspectButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_cancelButton->setEnabled(false);
    m_result->setObjectName(QStringLiteral("resultPlainTextEdit"));
    m_result->setReadOnly(true);
    m_result->setAccessibleName(tr("Result"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_arnEdit, 1);
    row->addWidget(m_inspectButton);
    row->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout;
    layout->addLayout(row);
    layout->addWidget(m_arnStatus);
    layout->addWidget(m_result, 1);
    auto* central = new QWidget(this);
    central->setLayout(layout);
    setCentralWidget(central);
    resize(800, 500);

    connect(m_arnEdit, &QLineEdit::textChanged, this, &MainWindow::onArnEdited);
    connect(m_arnEdit, &QLineEdit::returnPressed, this, &MainWindow::onInspect);
    connect(m_inspectButton, &QPushButton::clicked, this, &MainWindow::onInspect);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_call) {
            m_call->cancel();
        }
    });
    onArnEdited(QString());
}

void MainWindow::inspect(const QString& arnText)
{
    m_arnEdit->setText(arnText);
    onInspect();
}

void MainWindow::onArnEdited(const QString& text)
{
    const IngestConfigurationArn arn = IngestConfigurationArn::parse(text);
    m_arnStatus->setText(arn.isValid() ? tr("Region: %1").arg(arn.region()) : arn.explanation());
    m_inspectButton->setEnabled(arn.isValid() && !m_call);
}

void MainWindow::setBusy(bool busy)
{
    m_cancelButton->setEnabled(busy);
    m_inspectButton->setEnabled(!busy && IngestConfigurationArn::parse(m_arnEdit->text()).isValid());
}

void MainWindow::onInspect()
{
    const IngestConfigurationArn arn = IngestConfigurationArn::parse(m_arnEdit->text());
    if (!arn.isValid() || m_call) {
        return;
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const auto credentials = EnvironmentCredentials::read(env);
    if (!credentials) {
        m_result->setPlainText(tr("No credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, then try again."));
        return;
    }
    IvsClientConfig config;
    config.endpoint = EndpointResolver::resolve(arn.region(), QString(), env);
    config.credentials = *credentials;
    m_client->setConfig(config);
    m_call = m_client->getIngestConfiguration(arn);
    connect(m_call, &IvsCall::finished, this, &MainWindow::onCallFinished);
    setBusy(true);
    m_result->setPlainText(tr("Inspecting %1…").arg(arn.toString()));
}

void MainWindow::onCallFinished()
{
    GetIngestConfigurationCall* call = m_call;
    m_call = nullptr;
    setBusy(false);
    call->deleteLater();
    const AwsError& error = call->error();
    if (error.isError()) {
        m_result->setPlainText(
            tr("%1: %2\n%3").arg(AwsError::categoryName(error.category), error.message, error.advice()));
        return;
    }
    // The window never shows a stream key in full yet: masked, prefix kept.
    const QByteArray json = QJsonDocument(call->result()->modeledJson()).toJson(QJsonDocument::Indented);
    m_result->setPlainText(Redactor::redact(QString::fromUtf8(json)));
}
