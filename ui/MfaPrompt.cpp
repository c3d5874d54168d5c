#include "ui/MfaPrompt.h"

#include <QInputDialog>
#include <QPointer>
#include <QTimer>

namespace
{
// Test seam, used from the GUI thread only.
std::optional<std::optional<QString>> g_nextAnswer;
QString g_lastQuestion;
} // namespace

void MfaPrompt::setNextAnswer(const std::optional<QString>& answer)
{
    g_nextAnswer = answer;
}

QString MfaPrompt::lastQuestion()
{
    return g_lastQuestion;
}

CredentialResolver::MfaPrompt MfaPrompt::asker(QWidget* parent)
{
    QPointer<QWidget> owner(parent);
    return [owner](const QString& profile, const QString& serial, std::function<void(std::optional<QString>)> answer) {
        g_lastQuestion = tr("Profile %1 needs a code from the MFA device %2:").arg(profile, serial);
        if (g_nextAnswer) {
            const std::optional<QString> given = *g_nextAnswer;
            g_nextAnswer.reset();
            QTimer::singleShot(0, [answer, given] { answer(given); });
            return;
        }
        auto* dialog = new QInputDialog(owner);
        dialog->setObjectName(QStringLiteral("mfaInputDialog"));
        dialog->setWindowTitle(tr("MFA code"));
        dialog->setLabelText(g_lastQuestion);
        dialog->setInputMode(QInputDialog::TextInput);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        QObject::connect(dialog, &QDialog::finished, dialog, [dialog, answer](int result) {
            answer(result == QDialog::Accepted ? std::optional<QString>(dialog->textValue()) : std::nullopt);
        });
        dialog->open();
    };
}
