#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QNetworkAccessManager;
class IvsClient;
class GetIngestConfigurationCall;

// A plain first window: an ARN field checked as you type, Inspect and Cancel,
// and the reply with the stream key masked.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    void inspect(const QString& arnText);

private:
    QLineEdit* m_arnEdit;
    QLabel* m_arnStatus;
    QPushButton* m_inspectButton;
    QPushButton* m_cancelButton;
    QPlainTextEdit* m_result;
    QNetworkAccessManager* m_nam;
    IvsClient* m_client;
    GetIngestConfigurationCall* m_call = nullptr;

    void onArnEdited(const QString& text);
    void onInspect();
    void onCallFinished();
    void setBusy(bool busy);
};
