#include "ivs/GoLiveInspection.h"
#include "ui/ClipboardGuard.h"
#include "ui/GoLivePanel.h"

#include <QLabel>
#include <QListWidget>
#include <QTest>

// The window's readiness panel tells what could not be read apart from what
// is OK or a known problem, and never calls such a configuration ready.
class TestGoLivePanel : public QObject
{
    Q_OBJECT

private slots:
    void unknownChecksShowAsUnknown();
};

void TestGoLivePanel::unknownChecksShowAsUnknown()
{
    GoLiveReport report;
    report.configuration.arn = QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/X");
    report.configuration.stageArn = QStringLiteral("arn:aws:ivs:us-east-1:123456789012:stage/StageOne1");
    report.configuration.ingestProtocol = QStringLiteral("RTMPS");
    report.configuration.streamKey = QStringLiteral("rt_123456789012_us-east-1_X_secret");
    report.stageError.category = AwsError::Category::AccessDenied;
    report.stageError.message = QStringLiteral("not for you");
    report.checks = GoLiveInspection::evaluate(report);

    ClipboardGuard clipboard;
    GoLivePanel panel(&clipboard);
    panel.showReport(report);
    const auto* verdict = panel.findChild<QLabel*>(QStringLiteral("verdictLabel"));
    QVERIFY(verdict);
    QVERIFY2(verdict->text().startsWith(QLatin1String("Not live")), qPrintable(verdict->text()));
    QVERIFY2(verdict->text().contains(QLatin1String("could not be read")), qPrintable(verdict->text()));
    const auto* checks = panel.findChild<QListWidget*>(QStringLiteral("checksListWidget"));
    QVERIFY(checks);
    QString stageExists;
    QString associated;
    for (int i = 0; i < checks->count(); ++i) {
        const QListWidgetItem* item = checks->item(i);
        if (item->data(Qt::UserRole).toString() == QLatin1String("stage-exists")) {
            stageExists = item->text();
        } else if (item->data(Qt::UserRole).toString() == QLatin1String("stage-associated")) {
            associated = item->text();
        }
    }
    QVERIFY2(stageExists.startsWith(QLatin1String("? Unknown")), qPrintable(stageExists));
    QVERIFY2(stageExists.contains(QLatin1String("not for you")), qPrintable(stageExists));
    QVERIFY2(associated.startsWith(QStringLiteral("✔ OK")), qPrintable(associated));
}

QTEST_MAIN(TestGoLivePanel)
#include "TestGoLivePanel.moc"
