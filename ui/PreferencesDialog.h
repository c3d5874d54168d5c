#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

// Language, how long a copied stream key stays on the clipboard, and the
// network timeouts.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    void accept() override;

private:
    QComboBox* m_language;
    QSpinBox* m_clipboardSeconds;
    QSpinBox* m_connectTimeout;
    QSpinBox* m_readTimeout;
    QLineEdit* m_httpHosts;
};
