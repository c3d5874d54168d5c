#include "aws/SigV4Signer.h"
#include "core/QtCompat.h"

#include <QFile>
#include <QTest>
#include <QUrl>

// The signer against AWS's published SigV4 test suite (tests/data/sigv4),
// the documented IAM ListUsers example (AWS IAM User Guide, "Create a signed
// AWS API request"), and the project's ivs vector, which botocore's signer
// reproduces (tests/data/sigv4/ivs-vector.py). Runs with TZ set far from UTC.
class TestSigV4Signer : public QObject
{
    Q_OBJECT

private slots:
    void runsOutsideUtc();
    void awsSuite_data();
    void awsSuite();
    void documentedExamples_data();
    void documentedExamples();
    void signingKeyForIvs();
    void sessionTokenIsSignedAndReturned();
    void hostKeepsItsPort();
    void queryIsSortedAfterEncoding();
    void redactsSignature();

private:
    static QByteArray readFile(const QString& path);
    static SigV4Request parseSuiteRequest(const QByteArray& raw);
    static QDateTime suiteTime();
};

QByteArray TestSigV4Signer::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return file.readAll();
}

QDateTime TestSigV4Signer::suiteTime()
{
    return QtCompat::utcDateTime(QDate(2015, 8, 30), QTime(12, 36, 0));
}

SigV4Request TestSigV4Signer::parseSuiteRequest(const QByteArray& raw)
{
    SigV4Request request;
    const qsizetype blank = raw.indexOf("\n\n");
    const QByteArray head = blank < 0 ? raw : raw.left(blank);
    request.body = blank < 0 ? QByteArray() : raw.mid(blank + 2);
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.first();
    request.method = requestLine.left(requestLine.indexOf(' '));
    const QByteArray target =
        requestLine.mid(request.method.size() + 1, requestLine.lastIndexOf(' ') - request.method.size() - 1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    if (question >= 0) {
        for (const QByteArray& pair : target.mid(question + 1).split('&')) {
            const qsizetype equals = pair.indexOf('=');
            request.query.append(
                {QUrl::fromPercentEncoding(pair.left(equals)), QUrl::fromPercentEncoding(pair.mid(equals + 1))});
        }
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1);
        if (name.compare("Host", Qt::CaseInsensitive) == 0) {
            request.host = value.trimmed();
        } else if (name.compare("Content-Length", Qt::CaseInsensitive) != 0) {
            // The suite's .req lists Content-Length but its signature does not
            // cover it (its .authz signs content-type;host;x-amz-date). Qt
            // sets Content-Length itself, so our signer never signs it.
            request.headers.append({name, value});
        }
    }
    request.region = QStringLiteral("us-east-1");
    request.service = QStringLiteral("service");
    return request;
}

void TestSigV4Signer::runsOutsideUtc()
{
    // The point of TZ=Pacific/Kiritimati: a signer that formats local time
    // instead of UTC fails every row below.
    QVERIFY2(QDateTime(QDate(2015, 8, 30), QTime(12, 36)).offsetFromUtc() != 0,
             "tests must run with TZ set to a zone other than UTC");
}

void TestSigV4Signer::awsSuite_data()
{
    QTest::addColumn<QString>("dir");
    const QString root = QStringLiteral(IVS_TEST_DATA_DIR "/sigv4/");
    for (const char* name :
         {"get-vanilla", "get-vanilla-query-order-key-case", "get-vanilla-query-unreserved", "get-header-value-trim",
          "get-vanilla-utf8-query", "post-x-www-form-urlencoded", "post-sts-header-before"}) {
        QTest::newRow(name) << root + QLatin1String(name);
    }
}

void TestSigV4Signer::awsSuite()
{
    QFETCH(QString, dir);
    const SigV4Request request = parseSuiteRequest(readFile(dir + QStringLiteral("/request.txt")));
    AwsCredentials credentials{QStringLiteral("AKIDEXAMPLE"),
                               QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), QString()};
    if (QFile::exists(dir + QStringLiteral("/token.txt"))) {
        credentials.sessionToken = QString::fromUtf8(readFile(dir + QStringLiteral("/token.txt")));
    }
    const SigV4Result result = SigV4Signer::sign(request, credentials, suiteTime());
    const QByteArray expectedCanonical = readFile(dir + QStringLiteral("/canonical-request.txt"));
    const QByteArray expectedStringToSign = readFile(dir + QStringLiteral("/string-to-sign.txt"));
    const QByteArray expectedAuthorization = readFile(dir + QStringLiteral("/authorization.txt"));
    if (!dir.endsWith(QLatin1String("post-x-www-form-urlencoded"))) {
        // That case's published .creq lists content-length, which its own
        // .sts and .authz do not cover; the signature is the authority.
        QCOMPARE(result.canonicalRequest, expectedCanonical);
    }
    QCOMPARE(result.stringToSign, expectedStringToSign);
    QCOMPARE(result.authorization, expectedAuthorization);
}

void TestSigV4Signer::documentedExamples_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QByteArray>("payloadHash");
    QTest::addColumn<QByteArray>("canonicalRequestHash");
    QTest::addColumn<QByteArray>("signature");

    // IAM User Guide: "Create a signed AWS API request" (ListUsers).
    QTest::newRow("iam-list-users") << QByteArray("iam.amazonaws.com")
                                    << QByteArray("application/x-www-form-urlencoded; charset=utf-8")
                                    << QByteArray("Action=ListUsers&Version=2010-05-08") << QStringLiteral("iam")
                                    << QtCompat::utcDateTime(QDate(2011, 9, 9), QTime(23, 36, 0))
                                    << QByteArray("b6359072c78d70ebee1e81adcbab4f01bf2c23245fa365ef83fe8f1f955085e2")
                                    << QByteArray("3511de7e95d28ecd39e9513b642aee07e54f4941150d8df8bf94b328ef7e55e2")
                                    << QByteArray("ced6826de92d2bdeed8f846f0bf508e8559e98e4b0199114b84c54174deb456c");
    // GetIngestConfiguration, as botocore signs it (tests/data/sigv4/ivs-vector.py).
    QTest::newRow("ivs-get-ingest-configuration")
        << QByteArray("ivsrealtime.us-east-1.amazonaws.com") << QByteArray("application/json")
        << QByteArray(R"({"arn":"arn:aws:ivs:us-east-1:123456789012:ingest-configuration/AbCdEfGh1234"})")
        << QStringLiteral("ivs") << QtCompat::utcDateTime(QDate(2026, 1, 1), QTime(0, 0, 0))
        << QByteArray("988fc15e976573e16b89123e159bb77682c77507fbe5d1ec470ebdbe76e35068")
        << QByteArray("36f4fb6244a75e9be2cff857902d3e8bb5be73983fbc1e684517745280f89670")
        << QByteArray("1a450fe455870de8964e536fb0468596da886420bf9c246cba507094b8b63aac");
}

void TestSigV4Signer::documentedExamples()
{
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, service);
    QFETCH(QDateTime, time);
    QFETCH(QByteArray, payloadHash);
    QFETCH(QByteArray, canonicalRequestHash);
    QFETCH(QByteArray, signature);

    SigV4Request request;
    request.method = "POST";
    request.host = host;
    request.path = "/";
    if (service == QLatin1String("ivs")) {
        request.path = "/GetIngestConfiguration";
    }
    request.headers.append({"Content-Type", contentType});
    request.body = body;
    request.region = QStringLiteral("us-east-1");
    request.service = service;
    const AwsCredentials credentials{QStringLiteral("AKIDEXAMPLE"),
                                     QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), QString()};
    const SigV4Result result = SigV4Signer::sign(request, credentials, time);
    QVERIFY(result.canonicalRequest.endsWith(payloadHash));
    QCOMPARE(SigV4Signer::hexSha256(result.canonicalRequest), canonicalRequestHash);
    QCOMPARE(result.signedHeaders, QByteArray("content-type;host;x-amz-date"));
    QCOMPARE(result.signature, signature);
}

void TestSigV4Signer::signingKeyForIvs()
{
    const QByteArray key = SigV4Signer::signingKey(QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
                                                   "20260101", QStringLiteral("us-east-1"), QStringLiteral("ivs"));
    QCOMPARE(key.toHex(), QByteArray("a0e0e53122d9b1dcbed1f8f0908c4c25e4ad90f26cbb5a80f8e699e9b57646b7"));
}

void TestSigV4Signer::sessionTokenIsSignedAndReturned()
{
    SigV4Request request;
    request.method = "POST";
    request.host = "ivsrealtime.eu-west-1.amazonaws.com";
    request.path = "/GetIngestConfiguration";
    request.region = QStringLiteral("eu-west-1");
    request.service = QStringLiteral("ivs");
    const AwsCredentials credentials{QStringLiteral("ASIAEXAMPLE"), QStringLiteral("secret"),
                                     QStringLiteral("tok/en+=")};
    const SigV4Result result = SigV4Signer::sign(request, credentials, QDateTime::currentDateTimeUtc());
    QCOMPARE(result.signedHeaders, QByteArray("host;x-amz-date;x-amz-security-token"));
    QVERIFY(result.canonicalRequest.contains("\nx-amz-security-token:tok/en+=\n"));
    QVERIFY(result.headersToSet.contains(HttpHeader("X-Amz-Security-Token", "tok/en+=")));
    QCOMPARE(result.headersToSet.last().first, QByteArray("Authorization"));
}

void TestSigV4Signer::hostKeepsItsPort()
{
    SigV4Request request;
    request.host = "127.0.0.1:8443";
    request.region = QStringLiteral("us-east-1");
    request.service = QStringLiteral("ivs");
    const SigV4Result result = SigV4Signer::sign(request, {QStringLiteral("AKID"), QStringLiteral("s"), QString()},
                                                 QDateTime::currentDateTimeUtc());
    QVERIFY(result.canonicalRequest.contains("\nhost:127.0.0.1:8443\n"));
    QCOMPARE(result.headersToSet.first(), HttpHeader("Host", "127.0.0.1:8443"));
}

void TestSigV4Signer::queryIsSortedAfterEncoding()
{
    // "\u1234" encodes to %E1%88%B4, which sorts before letters by bytes,
    // though after them in UTF-16; equal keys sort by encoded value.
    const QByteArray canonical = SigV4Signer::canonicalQuery({{QStringLiteral("b"), QStringLiteral("1 2")},
                                                              {QStringLiteral("\u1234"), QStringLiteral("x")},
                                                              {QStringLiteral("Z"), QStringLiteral("a/b")},
                                                              {QStringLiteral("Z"), QStringLiteral("a")}});
    QCOMPARE(canonical, QByteArray("%E1%88%B4=x&Z=a&Z=a%2Fb&b=1%202"));
}

void TestSigV4Signer::redactsSignature()
{
    const QByteArray redacted = SigV4Signer::redactAuthorization(
        "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/ivs/aws4_request, SignedHeaders=host, Signature=abc123");
    QVERIFY(!redacted.contains("abc123"));
    QVERIFY(redacted.startsWith("AWS4-HMAC-SHA256 Credential=AKID/"));
}

QTEST_GUILESS_MAIN(TestSigV4Signer)
#include "TestSigV4Signer.moc"
