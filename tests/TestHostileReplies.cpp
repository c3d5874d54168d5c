#include "CliRunner.h"
#include "HostileHttpServer.h"
#include "demo/FakeIvsServer.h"
#include "demo/FakeStsServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The real command line against a server that misbehaves on purpose
// (HostileHttpServer): every request ends, and says which limit ended it; the
// attempts reported are the requests the server saw; paging ends; a verdict
// never claims more than was read; a Date header from another millennium
// changes nothing; terminal escapes in a service's message are shown, not
// obeyed; --allow-http-endpoint covers every source of an endpoint.
class TestHostileReplies : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void drippingBodyHitsTheAttemptDeadline();
    void hugeHeadersAreRefused();
    void gzipIsNotUnpacked_data();
    void gzipIsNotUnpacked();
    void garbageIsNotHttp();
    void attemptsAreWhatTheServerSaw_data();
    void attemptsAreWhatTheServerSaw();
    void controlCharactersInMessagesAreEscaped();
    void implausibleDateIsIgnored_data();
    void implausibleDateIsIgnored();
    void unreadableDateChangesNothing();
    void skewOnSuccessIsReportedTruthfully();
    void repeatingPageTokensEndPaging();
    void unknownStageIsNotReady_data();
    void unknownStageIsNotReady();
    void allowHttpEndpointCoversEverySource_data();
    void allowHttpEndpointCoversEverySource();
    void allowHttpEndpointCoversSts();

private:
    using Run = CliRunner::Result;

    HostileHttpServer* m_server = nullptr;
    QTemporaryDir* m_home = nullptr;

    QProcessEnvironment environment() const;
    Run run(const QStringList& arguments, const QProcessEnvironment& env) const
    {
        return CliRunner::run(arguments, env);
    }
    Run run(const QStringList& arguments) const
    {
        return run(arguments, environment());
    }
    static QString arn(const QString& id)
    {
        return QStringLiteral("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/%1").arg(id);
    }
    static QStringList get(const QString& id)
    {
        return {QStringLiteral("get-ingest-configuration"), QStringLiteral("--arn"), arn(id)};
    }
    static QStringList encoderSettings(const QString& id)
    {
        return {QStringLiteral("encoder-settings"), QStringLiteral("--arn"), arn(id)};
    }
    void writeFile(const QString& relativePath, const QByteArray& text) const;
    static QByteArray httpDate(const QDateTime& time)
    {
        return QLocale::c().toString(time, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
    }
};

void TestHostileReplies::init()
{
    m_home = new QTemporaryDir;
    QVERIFY(m_home->isValid());
    m_server = new HostileHttpServer(QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs"), this);
    QVERIFY(m_server->listen());
}

void TestHostileReplies::cleanup()
{
    delete m_server;
    delete m_home;
}

QProcessEnvironment TestHostileReplies::environment() const
{
    QProcessEnvironment env = CliRunner::fakeAccountEnvironment(m_home->path(), m_server->url());
    return env;
}

void TestHostileReplies::writeFile(const QString& relativePath, const QByteArray& text) const
{
    const QString path = QDir(m_home->path()).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

void TestHostileReplies::drippingBodyHitsTheAttemptDeadline()
{
    // A byte every 300 ms keeps the read timeout (2 s) from ever firing; only
    // the deadline for the whole attempt (connect + read timeout) ends it.
    m_server->on("/GetIngestConfiguration", [](const RecordedRequest&, const HttpReply& fixture) {
        HostileHttpServer::Reply reply = HostileHttpServer::of(HostileHttpServer::Reply::Kind::Drip, fixture);
        reply.intervalMs = 300;
        return reply;
    });
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
    const Run result = run(get(QStringLiteral("RtmpsActive1")) +
                               QStringList{QStringLiteral("--cli-connect-timeout"), QStringLiteral("1"),
                                           QStringLiteral("--cli-read-timeout"), QStringLiteral("2")},
                           env);
    QCOMPARE(result.exitCode, 255);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("the limit for one attempt"), result.err.constData());
    QVERIFY2(result.err.contains("after 3 seconds"), result.err.constData());
    QVERIFY2(QRegularExpression(QStringLiteral("; [1-9][0-9]* bytes had arrived"))
                 .match(QString::fromUtf8(result.err))
                 .hasMatch(),
             result.err.constData());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestHostileReplies::hugeHeadersAreRefused()
{
    m_server->on("/GetIngestConfiguration", [](const RecordedRequest&, const HttpReply&) {
        return HostileHttpServer::of(HostileHttpServer::Reply::Kind::HugeHeaders, {}, 1024 * 1024);
    });
    const Run result = run(get(QStringLiteral("RtmpsActive1")));
    QCOMPARE(result.exitCode, 255);
    QVERIFY2(result.err.contains("Reply too large"), result.err.constData());
    QVERIFY2(result.err.contains("its headers are larger than 64 KiB"), result.err.constData());
    QVERIFY(!result.err.contains("nothing arrived"));
    QCOMPARE(m_server->requests().size(), 1); // not worth retrying
}

void TestHostileReplies::gzipIsNotUnpacked_data()
{
    QTest::addColumn<QByteArray>("inflated");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("the reply, compressed") << QByteArray() << QByteArray("came compressed (Content-Encoding: gzip");
    // 64 MiB of zeros: a few kilobytes on the wire, a bomb when inflated.
    QTest::newRow("a bomb") << QByteArray(64 * 1024 * 1024, '\0')
                            << QByteArray("came compressed (Content-Encoding: gzip");
    QByteArray noise(2 * 1024 * 1024, '\0');
    QRandomGenerator generator(1234);
    generator.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
    QTest::newRow("over the body bound") << noise << QByteArray("larger than 1024 KiB");
}

void TestHostileReplies::gzipIsNotUnpacked()
{
    QFETCH(QByteArray, inflated);
    QFETCH(QByteArray, mentions);
    m_server->on("/GetIngestConfiguration", [inflated](const RecordedRequest&, const HttpReply& fixture) {
        HttpReply http = fixture;
        if (!inflated.isEmpty()) {
            http.body = inflated;
        }
        return HostileHttpServer::of(HostileHttpServer::Reply::Kind::Gzip, http);
    });
    const Run result = run(get(QStringLiteral("RtmpsActive1")));
    QCOMPARE(result.exitCode, 255);
    QVERIFY2(result.err.contains(mentions), result.err.constData());
    QVERIFY(!result.err.contains(" 0 bytes"));
    QVERIFY(!result.err.contains("not valid JSON"));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestHostileReplies::garbageIsNotHttp()
{
    m_server->on("/GetIngestConfiguration", [](const RecordedRequest&, const HttpReply&) {
        return HostileHttpServer::of(HostileHttpServer::Reply::Kind::Garbage);
    });
    const Run result = run(get(QStringLiteral("RtmpsActive1")));
    QCOMPARE(result.exitCode, 255);
    QVERIFY2(result.err.contains("not valid HTTP"), result.err.constData());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestHostileReplies::attemptsAreWhatTheServerSaw_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("closed without a reply") << int(HostileHttpServer::Reply::Kind::Close);
    QTest::newRow("reset without a reply") << int(HostileHttpServer::Reply::Kind::Reset);
}

void TestHostileReplies::attemptsAreWhatTheServerSaw()
{
    QFETCH(int, kind);
    m_server->on("/GetIngestConfiguration", [kind](const RecordedRequest&, const HttpReply&) {
        return HostileHttpServer::of(HostileHttpServer::Reply::Kind(kind));
    });
    const Run result = run(get(QStringLiteral("RtmpsActive1")) + QStringList{QStringLiteral("--debug")});
    QCOMPARE(result.exitCode, 255);
    // The debug log counts the attempts the command line made...
    const qsizetype reported = result.err.count("Sending GetIngestConfiguration request (attempt");
    QCOMPARE(reported, qsizetype(3));
    // ...and the server saw exactly as many requests, each one numbered anew.
    const QList<RecordedRequest> seen = m_server->requests();
    QCOMPARE(seen.size(), 3);
    for (int i = 0; i < seen.size(); ++i) {
        QCOMPARE(seen.at(i).header("amz-sdk-request"), "attempt=" + QByteArray::number(i + 1) + "; max=3");
        QVERIFY(seen.at(i).signatureValid);
    }
}

void TestHostileReplies::controlCharactersInMessagesAreEscaped()
{
    const QString hostile = QStringLiteral("\x1b]0;owned\x07\x1b[2J\x1b[31mred\rover\u200bwritten\u202Eevil");
    m_server->on("/GetIngestConfiguration", [hostile](const RecordedRequest&, const HttpReply&) {
        return HostileHttpServer::normal(
            HostileHttpServer::awsError(400, "Bad Request", QStringLiteral("ValidationException\x1b[0m"), hostile));
    });
    // The debug log shows the reply as it came: escaped as well.
    for (const QStringList& extra : {QStringList(), QStringList{QStringLiteral("--debug")}}) {
        const Run result = run(get(QStringLiteral("RtmpsActive1")) + extra);
        QCOMPARE(result.exitCode, 254);
        for (const char* raw : {"\x1b", "\x07", "\r", "\u200b", "\u202e"}) {
            QVERIFY2(!result.err.contains(raw), result.err.toPercentEncoding().constData());
        }
        QVERIFY2(result.err.contains("\\x1b]0;owned\\x07\\x1b[2J\\x1b[31mred\\x0dover\\u200bwritten\\u202eevil"),
                 result.err.constData());
        QVERIFY2(result.err.contains("An error occurred (ValidationException\\x1b[0m)"), result.err.constData());
    }
}

void TestHostileReplies::implausibleDateIsIgnored_data()
{
    QTest::addColumn<QByteArray>("date");
    QTest::newRow("year 9999") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT");
    QTest::newRow("year 0001") << QByteArray("Mon, 01 Jan 0001 00:00:00 GMT");
    QTest::newRow("two days ahead") << httpDate(QDateTime::currentDateTimeUtc().addDays(2));
}

void TestHostileReplies::implausibleDateIsIgnored()
{
    QFETCH(QByteArray, date);
    m_server->setDate(date);
    const Run result = run(encoderSettings(QStringLiteral("RtmpsActive1")));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.contains("it was not used to correct the signing time"), result.err.constData());
    QVERIFY(!result.err.contains("clock is off"));
    // Every request, the later ones too, was signed with this computer's
    // (right) clock, and the server accepted them all.
    const QList<RecordedRequest> seen = m_server->requests();
    QVERIFY(seen.size() >= 4);
    for (const RecordedRequest& request : seen) {
        QVERIFY2(request.signatureValid, qPrintable(request.signatureProblem));
    }
    QCOMPARE(m_server->requestsTo("/GetIngestConfiguration").size(), 1);
}

void TestHostileReplies::unreadableDateChangesNothing()
{
    m_server->setDate("\x1b[2J tomorrow, probably");
    const Run result = run(get(QStringLiteral("RtmpsActive1")));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestHostileReplies::skewOnSuccessIsReportedTruthfully()
{
    // The server accepts the request but its Date is ten minutes ahead: the
    // clock is corrected for the next requests, and nothing is sent again.
    m_server->setDate(httpDate(QDateTime::currentDateTimeUtc().addSecs(600)));
    const Run result = run(get(QStringLiteral("RtmpsActive1")));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.contains("requests are now signed with the corrected time"), result.err.constData());
    QVERIFY2(!result.err.contains("again"), result.err.constData());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestHostileReplies::repeatingPageTokensEndPaging()
{
    // A service that hands out the same nextToken for ever.
    const auto looping = [](const QString& itemsKey) {
        return [itemsKey](const RecordedRequest&, const HttpReply& fixture) {
            QJsonObject page = QJsonDocument::fromJson(fixture.body).object();
            if (!page.contains(itemsKey)) {
                page.insert(itemsKey, QJsonArray());
            }
            page.insert(QStringLiteral("nextToken"), QStringLiteral("again-and-again"));
            return HostileHttpServer::normal(
                HttpReply::json(200, "OK", QJsonDocument(page).toJson(QJsonDocument::Compact)));
        };
    };
    m_server->on("/ListIngestConfigurations", looping(QStringLiteral("ingestConfigurations")));
    m_server->on("/ListParticipantEvents", looping(QStringLiteral("events")));
    const Run result = run(encoderSettings(QStringLiteral("RtmpsActive1")));
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, result.err.constData());
    // The first page, then the page the token names; its repeat stops paging.
    QCOMPARE(m_server->requestsTo("/ListIngestConfigurations").size(), 2);
    QCOMPARE(m_server->requestsTo("/ListParticipantEvents").size(), 2);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QString others;
    for (const QJsonValue& check : json.value(QStringLiteral("checks")).toArray()) {
        if (check.toObject().value(QStringLiteral("id")).toString() == QLatin1String("other-configurations")) {
            others = check.toObject().value(QStringLiteral("detail")).toString();
        }
    }
    QVERIFY2(others.contains(QLatin1String("returned a nextToken it had already returned")), qPrintable(others));
    const QJsonArray participants = json.value(QStringLiteral("participants")).toArray();
    QVERIFY(!participants.isEmpty());
    QVERIFY2(participants.first()
                 .toObject()
                 .value(QStringLiteral("problem"))
                 .toString()
                 .contains(QLatin1String("ListParticipantEvents returned a nextToken it had already returned")),
             result.out.constData());
}

void TestHostileReplies::unknownStageIsNotReady_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("category");
    QTest::newRow("access denied") << 403 << QStringLiteral("AccessDeniedException") << QStringLiteral("Access denied");
    QTest::newRow("server error") << 500 << QStringLiteral("InternalServerException")
                                  << QStringLiteral("Service error");
}

void TestHostileReplies::unknownStageIsNotReady()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, category);
    m_server->on("/GetStage", [status, code](const RecordedRequest&, const HttpReply&) {
        return HostileHttpServer::normal(
            HostileHttpServer::awsError(status, "Refused", code, QStringLiteral("GetStage is not for you")));
    });
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
    const Run result = run(encoderSettings(QStringLiteral("RtmpsActive1")), env);
    QCOMPARE(result.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QStringLiteral("ready")), QJsonValue(false));
    QVERIFY(json.value(QStringLiteral("server")).isNull());
    QJsonObject stageExists;
    for (const QJsonValue& check : json.value(QStringLiteral("checks")).toArray()) {
        if (check.toObject().value(QStringLiteral("id")).toString() == QLatin1String("stage-exists")) {
            stageExists = check.toObject();
        }
    }
    QCOMPARE(stageExists.value(QStringLiteral("ok")), QJsonValue(false));
    const QString detail = stageExists.value(QStringLiteral("detail")).toString();
    QVERIFY2(detail.contains(QLatin1String("could not be read")), qPrintable(detail));
    QVERIFY2(detail.contains(category), qPrintable(detail));
    QVERIFY2(detail.contains(QLatin1String("GetStage is not for you")), qPrintable(detail));
    QVERIFY2(detail.contains(QLatin1String("unknown")), qPrintable(detail));
}

void TestHostileReplies::allowHttpEndpointCoversEverySource_data()
{
    QTest::addColumn<QString>("source");
    for (const char* source :
         {"--endpoint-url", "AWS_ENDPOINT_URL_IVS_REALTIME", "AWS_ENDPOINT_URL", "services section", "endpoint_url"}) {
        QTest::newRow(source) << QString::fromLatin1(source);
    }
}

void TestHostileReplies::allowHttpEndpointCoversEverySource()
{
    // 0.0.0.0 reaches this computer (Linux connects it to loopback) but is
    // not a loopback address: plain http:// to it needs the flag.
    QFETCH(QString, source);
    const QString url = QStringLiteral("http://0.0.0.0:%1").arg(m_server->port());
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"));
    QStringList arguments = get(QStringLiteral("RtmpsActive1"));
    if (source == QLatin1String("--endpoint-url")) {
        arguments << QStringLiteral("--endpoint-url") << url;
    } else if (source.startsWith(QLatin1String("AWS_"))) {
        env.insert(source, url);
    } else {
        // Profile credentials, so that the profile's endpoint counts.
        env.remove(QStringLiteral("AWS_ACCESS_KEY_ID"));
        env.remove(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
        const QByteArray endpoint =
            source == QLatin1String("endpoint_url")
                ? "endpoint_url = " + url.toUtf8() + "\n"
                : "services = plain\n[services plain]\nivs_realtime =\n  endpoint_url = " + url.toUtf8() + "\n";
        writeFile(QStringLiteral(".aws/config"), "[default]\nregion = us-east-1\n" + endpoint);
        writeFile(QStringLiteral(".aws/credentials"),
                  QByteArray("[default]\naws_access_key_id = ") + FakeIvsServer::AccessKeyId +
                      "\naws_secret_access_key = " + FakeIvsServer::SecretAccessKey + "\n");
    }
    const Run refused = run(arguments, env);
    QCOMPARE(refused.exitCode, 255);
    QVERIFY2(refused.err.contains("plain http://"), refused.err.constData());
    QVERIFY(refused.err.contains("nothing was sent"));
    QCOMPARE(m_server->requests().size(), 0);

    const Run allowed = run(arguments + QStringList{QStringLiteral("--allow-http-endpoint")}, env);
    QVERIFY2(allowed.exitCode == 0, allowed.err.constData());
    QVERIFY2(allowed.err.contains("sending signed requests over plain http:// to 0.0.0.0"), allowed.err.constData());
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(m_server->requests().first().signatureValid);
}

void TestHostileReplies::allowHttpEndpointCoversSts()
{
    FakeStsServer sts;
    QVERIFY(sts.listen());
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), QStringLiteral("http://0.0.0.0:%1").arg(sts.port()));
    const QStringList arguments{QStringLiteral("check-credentials")};
    const Run refused = run(arguments, env);
    QCOMPARE(refused.exitCode, 255);
    QVERIFY2(refused.err.contains("plain http://"), refused.err.constData());
    QCOMPARE(sts.requests().size(), 0);
    const Run allowed = run(arguments + QStringList{QStringLiteral("--allow-http-endpoint")}, env);
    QVERIFY2(allowed.exitCode == 0, allowed.err.constData());
    QCOMPARE(sts.requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestHostileReplies)
#include "TestHostileReplies.moc"
