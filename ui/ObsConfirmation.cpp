#include "ui/ObsConfirmation.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace
{
// Test seam, used from the GUI thread only.
std::optional<bool> g_nextAnswer;
QString g_lastQuestion;
} // namespace

void ObsConfirmation::setNextAnswer(std::optional<bool> accept)
{
    g_nextAnswer = accept;
}

QString ObsConfirmation::lastQuestion()
{
    return g_lastQuestion;
}

void ObsConfirmation::ask(QWidget* parent,
                          const QString& title,
                          const QString& text,
                          const QString& details,
                          const QString& acceptText,
                          Answer answer)
{
    g_lastQuestion = title + u'\n' + text + u'\n' + details;
    if (g_nextAnswer) {
        const bool given = *g_nextAnswer;
        g_nextAnswer.reset();
        QTimer::singleShot(0, [answer, given] { answer(given); });
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("obsConfirmationMessageBox"));
    box->setInformativeText(details);
    box->setTextFormat(Qt::PlainText);
    QPushButton* accept = box->addButton(acceptText, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    const QPointer<QPushButton> acceptButton(accept);
    QObject::connect(box, &QMessageBox::finished, box, [box, acceptButton, answer](int) {
        answer(acceptButton && box->clickedButton() == acceptButton);
    });
    box->open();
}
