#pragma once

#include "aws/CredentialResolver.h"

#include <QCoreApplication>

class QWidget;

// Asks for an MFA code without blocking: a window-modal input dialog opened
// with open(), answered when the user closes it, while the event loop (and
// every other request) keeps running. Tests answer the next prompt with
// setNextAnswer() instead of hunting for the dialog (the seam KeePassXC's
// MessageBox::setNextAnswer provides).
class MfaPrompt
{
    Q_DECLARE_TR_FUNCTIONS(MfaPrompt)

public:
    // A prompt for the credential chain, shown over parent.
    static CredentialResolver::MfaPrompt asker(QWidget* parent);
    // The next prompt answers this at once instead of asking (std::nullopt:
    // as if cancelled). Used once, then prompts ask again.
    static void setNextAnswer(const std::optional<QString>& answer);
    // What the last prompt asked, for tests.
    static QString lastQuestion();
};
