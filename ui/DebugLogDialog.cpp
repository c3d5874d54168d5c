#include "ui/DebugLogDialog.h"

#include "ui/DebugLog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

DebugLogDialog::DebugLogDialog(QWidget* parent)
    : QDialog(parent)
    , m_enabled(new QCheckBox(tr("&Record requests and replies"), this))
    , m_view(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Debug log"));
    m_enabled->setObjectName(QStringLiteral("recordCheckBox"));
    m_enabled->setChecked(DebugLog::instance()->isEnabled());
    m_enabled->setToolTip(tr("Signatures, secrets, session tokens and stream keys are always redacted"));
    m_view->setObjectName(QStringLiteral("debugLogPlainTextEdit"));
    m_view->setAccessibleName(tr("Debug log"));
    m_view->setReadOnly(true);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setMaximumBlockCount(5000);
    m_view->setPlainText(DebugLog::instance()->lines().join(u'\n'));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* clear = buttons->addButton(tr("C&lear"), QDialogButtonBox::ResetRole);
    connect(clear, &QPushButton::clicked, this, [this] {
        DebugLog::instance()->clear();
        m_view->clear();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_enabled, &QCheckBox::toggled, DebugLog::instance(), &DebugLog::setEnabled);
    connect(DebugLog::instance(), &DebugLog::lineAdded, m_view, &QPlainTextEdit::appendPlainText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 500);
}
