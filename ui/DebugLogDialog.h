#pragma once

#include <QDialog>

class QCheckBox;
class QPlainTextEdit;

// Shows the debug log live: what was sent and received, with the signature,
// secrets, tokens and stream keys redacted.
class DebugLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DebugLogDialog(QWidget* parent = nullptr);

    QPlainTextEdit* view() const
    {
        return m_view;
    }

private:
    QCheckBox* m_enabled;
    QPlainTextEdit* m_view;
};
