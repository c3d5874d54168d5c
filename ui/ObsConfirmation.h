#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

// Asks before the OBS panel changes something the operator set up: replacing
// the stream destination OBS holds, changing encoder settings, putting a test
// pattern in front of a stage's participants. Window-modal and opened with
// open(), so the event loop (and OBS's status, the watch) keeps running.
// Tests answer the next question with setNextAnswer(), the seam MfaPrompt
// has, and read what was asked with lastQuestion().
class ObsConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(ObsConfirmation)

public:
    using Answer = std::function<void(bool accepted)>;

    // text says what will happen; details lists it (old → new), may be empty.
    static void ask(QWidget* parent,
                    const QString& title,
                    const QString& text,
                    const QString& details,
                    const QString& acceptText,
                    Answer answer);
    // The next question is answered with this at once (used once).
    // std::nullopt: ask the operator again.
    static void setNextAnswer(std::optional<bool> accept);
    // Title, text and details of the last question, for tests.
    static QString lastQuestion();
};
