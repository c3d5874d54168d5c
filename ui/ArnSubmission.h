#pragma once

#include <QObject>
#include <QStringList>

class ArnBar;
class InspectionPresenter;
class MessageBanner;
class WindowSession;

// What the user typed into the ARN field, turned into inspections: split into
// candidates, each checked as an ARN; the good ones inspected and the bad ones
// listed with what is wrong with each; a single bare ID or name looked up
// first (issue 13). Kept out of MainWindow, which only builds and arranges.
class ArnSubmission : public QObject
{
    Q_OBJECT

public:
    ArnSubmission(WindowSession* session,
                  ArnBar* arnBar,
                  MessageBanner* banner,
                  InspectionPresenter* presenter,
                  QObject* parent = nullptr);

    // Puts the text in the ARN field, then submits what it holds.
    void submitText(const QString& text);
    void submit(const QStringList& candidates);
    // Where a bare ID or name is looked for: the profile's region, else us-east-1.
    QString lookupRegion() const;

signals:
    // Something started or finished: the window shows whether work goes on.
    void busyChanged();

private:
    WindowSession* m_session;
    ArnBar* m_arnBar;
    MessageBanner* m_banner;
    InspectionPresenter* m_presenter;

    void lookUp(const QString& text);
    void reportFlaws(const QStringList& flaws);
};
