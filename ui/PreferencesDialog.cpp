#include "ui/PreferencesDialog.h"

#include "ui/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_clipboardSeconds(new QSpinBox(this))
    , m_connectTimeout(new QSpinBox(this))
    , m_readTimeout(new QSpinBox(this))
    , m_httpHosts(new QLineEdit(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->setAccessibleName(tr("Language"));
    // Language names in their own language, so anyone can find theirs.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    m_clipboardSeconds->setObjectName(QStringLiteral("clipboardSecondsSpinBox"));
    m_clipboardSeconds->setAccessibleName(tr("Seconds before a copied stream key is cleared"));
    m_clipboardSeconds->setRange(0, 600);
    m_clipboardSeconds->setSpecialValueText(tr("Never"));
    m_clipboardSeconds->setSuffix(tr(" s"));
    m_clipboardSeconds->setValue(AppSettings::clipboardClearSeconds());
    m_connectTimeout->setObjectName(QStringLiteral("connectTimeoutSpinBox"));
    m_connectTimeout->setAccessibleName(tr("Connect timeout in seconds"));
    m_connectTimeout->setRange(1, 300);
    m_connectTimeout->setSuffix(tr(" s"));
    m_connectTimeout->setValue(AppSettings::connectTimeoutSeconds());
    m_readTimeout->setObjectName(QStringLiteral("readTimeoutSpinBox"));
    m_readTimeout->setAccessibleName(tr("Read timeout in seconds"));
    m_readTimeout->setRange(1, 300);
    m_readTimeout->setSuffix(tr(" s"));
    m_readTimeout->setValue(AppSettings::readTimeoutSeconds());

    m_httpHosts->setObjectName(QStringLiteral("httpHostsLineEdit"));
    m_httpHosts->setAccessibleName(tr("Hosts allowed over plain HTTP"));
    m_httpHosts->setPlaceholderText(tr("none (only this computer)"));
    m_httpHosts->setToolTip(tr("Signed requests go over plain http:// only to this computer, unless the host is listed "
                               "here (comma-separated). Anyone on the network can read such requests."));
    m_httpHosts->setText(AppSettings::allowedHttpHosts().join(QStringLiteral(", ")));
    // A line edit asks for about 17 characters whatever its placeholder says:
    // wide enough for the whole placeholder, in every language.
    const QFontMetrics metrics = m_httpHosts->fontMetrics();
    const int frame = m_httpHosts->sizeHint().width() - 17 * metrics.horizontalAdvance(u'x');
    m_httpHosts->setMinimumWidth(frame + metrics.horizontalAdvance(m_httpHosts->placeholderText()));

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Clear a copied stream key &after:"), m_clipboardSeconds);
    form->addRow(tr("&Connect timeout:"), m_connectTimeout);
    form->addRow(tr("&Read timeout:"), m_readTimeout);
    form->addRow(tr("Allow plain &HTTP to:"), m_httpHosts);
    auto* note = new QLabel(tr("A new language takes effect when the app starts again."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setClipboardClearSeconds(m_clipboardSeconds->value());
    AppSettings::setConnectTimeoutSeconds(m_connectTimeout->value());
    AppSettings::setReadTimeoutSeconds(m_readTimeout->value());
    QStringList hosts;
    for (const QString& host : m_httpHosts->text().split(u',', Qt::SkipEmptyParts)) {
        if (!host.trimmed().isEmpty()) {
            hosts.append(host.trimmed());
        }
    }
    AppSettings::setAllowedHttpHosts(hosts);
    QDialog::accept();
}
