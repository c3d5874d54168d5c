#pragma once

#include <QCoreApplication>

// What a participant event's errorCode means for the encoder, in words, and
// what to change.
class EventAdvice
{
    Q_DECLARE_TR_FUNCTIONS(EventAdvice)

public:
    static QString explain(const QString& errorCode);
    // The reason in a few words, to follow "Not live because": "the stream
    // contains B-frames".
    static QString cause(const QString& errorCode);
    // Said whenever events are shown: their absence proves nothing.
    static QString silentFailuresNote();
};
