#include "aws/RestJsonErrorParser.h"

#include <QTest>

Q_DECLARE_METATYPE(AwsError::Category)

// Error-code rules from the Smithy restJson1 protocol tests
// (smithy-lang/smithy, aws-protocol-tests, restJson1 "errors.smithy") and
// botocore's rest-json output tests (tests/unit/protocols/output/rest-json.json):
// every row must yield FooError.
class TestRestJsonErrorParser : public QObject
{
    Q_OBJECT

private slots:
    void code_data();
    void code();
    void messagePrecedence_data();
    void messagePrecedence();
    void categories_data();
    void categories();
    void requestId();
    void nonJsonBodies_data();
    void nonJsonBodies();
};

void TestRestJsonErrorParser::code_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("body");
    const QByteArray uri = ":http://internal.amazon.com/coral/com.amazon.coral.validate/";
    QTest::newRow("header") << QByteArray("FooError") << QByteArray("{}");
    QTest::newRow("header with uri") << "FooError" + uri << QByteArray("{}");
    QTest::newRow("header with namespace and uri") << "aws.protocoltests.restjson#FooError" + uri << QByteArray("{}");
    QTest::newRow("body code") << QByteArray() << QByteArray(R"({"code": "FooError"})");
    QTest::newRow("body Code") << QByteArray() << QByteArray(R"({"Code": "FooError"})");
    QTest::newRow("body code namespace") << QByteArray()
                                         << QByteArray(R"({"code": "aws.protocoltests.restjson#FooError"})");
    QTest::newRow("body code namespace uri")
        << QByteArray() << QByteArray(R"({"code": "aws.protocoltests.restjson#FooError)" + uri + "\"}");
    QTest::newRow("body __type") << QByteArray() << QByteArray(R"({"__type": "FooError"})");
    QTest::newRow("body __type namespace")
        << QByteArray() << QByteArray(R"({"__type": "aws.protocoltests.restjson#FooError"})");
    QTest::newRow("body __type namespace uri")
        << QByteArray() << QByteArray(R"({"__type": "aws.protocoltests.restjson#FooError)" + uri + "\"}");
    QTest::newRow("header beats body") << QByteArray("FooError") << QByteArray(R"({"code": "BarError"})");
    QTest::newRow("code beats __type") << QByteArray() << QByteArray(R"({"code": "FooError", "__type": "Bar"})");
}

void TestRestJsonErrorParser::code()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    HttpHeaderList headers;
    if (!header.isEmpty()) {
        headers.append({"X-Amzn-Errortype", header}); // header names are case-insensitive
    }
    QCOMPARE(RestJsonErrorParser::parse(400, headers, body).code, QStringLiteral("FooError"));
}

void TestRestJsonErrorParser::messagePrecedence_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("exceptionMessage first")
        << QByteArray(R"({"exceptionMessage":"a","message":"b","Message":"c"})") << QStringLiteral("a");
    QTest::newRow("then message") << QByteArray(R"({"message":"b","Message":"c"})") << QStringLiteral("b");
    QTest::newRow("then Message (InvalidGreeting)") << QByteArray(R"({"Message": "Hi"})") << QStringLiteral("Hi");
    QTest::newRow("unicode") << QByteArray(R"({"exceptionMessage":"Stage \u00fcber"})") << QStringLiteral("Stage über");
}

void TestRestJsonErrorParser::messagePrecedence()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const AwsError error = RestJsonErrorParser::parse(400, {{"X-Amzn-Errortype", "InvalidGreeting"}}, body);
    QCOMPARE(error.code, QStringLiteral("InvalidGreeting"));
    QCOMPARE(error.message, message);
}

void TestRestJsonErrorParser::categories_data()
{
    using C = AwsError::Category;
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<C>("category");
    QTest::addColumn<bool>("fromService");
    QTest::newRow("not found") << 404 << QStringLiteral("ResourceNotFoundException") << C::NotFound << true;
    QTest::newRow("validation") << 400 << QStringLiteral("ValidationException") << C::Validation << true;
    QTest::newRow("access denied") << 403 << QStringLiteral("AccessDeniedException") << C::AccessDenied << true;
    QTest::newRow("pending verification") << 403 << QStringLiteral("PendingVerification") << C::AccessDenied << true;
    QTest::newRow("bad signature") << 403 << QStringLiteral("InvalidSignatureException") << C::Authentication << true;
    QTest::newRow("unknown key") << 403 << QStringLiteral("UnrecognizedClientException") << C::Authentication << true;
    QTest::newRow("expired token") << 403 << QStringLiteral("ExpiredTokenException") << C::Authentication << true;
    QTest::newRow("429") << 429 << QStringLiteral("TooManyRequests") << C::Throttling << true;
    QTest::newRow("throttling code on 400") << 400 << QStringLiteral("ThrottlingException") << C::Throttling << true;
    QTest::newRow("500") << 500 << QStringLiteral("InternalServerException") << C::ServerError << true;
    QTest::newRow("503 without code") << 503 << QString() << C::ServerError << true;
    QTest::newRow("conflict") << 409 << QStringLiteral("ConflictException") << C::OtherService << true;
    QTest::newRow("quota") << 402 << QStringLiteral("ServiceQuotaExceededException") << C::OtherService << true;
    QTest::newRow("plain 404") << 404 << QString() << C::NotFound << true;
}

void TestRestJsonErrorParser::categories()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(AwsError::Category, category);
    QFETCH(bool, fromService);
    HttpHeaderList headers;
    if (!code.isEmpty()) {
        headers.append({"x-amzn-ErrorType", code.toUtf8()});
    }
    const AwsError error = RestJsonErrorParser::parse(status, headers, "{}");
    QCOMPARE(error.category, category);
    QCOMPARE(error.fromService(), fromService);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(!error.advice().isEmpty());
    QVERIFY(!error.message.isEmpty());
}

void TestRestJsonErrorParser::requestId()
{
    const AwsError error = RestJsonErrorParser::parse(404,
                                                      {{"x-amzn-RequestId", "0b1c2d3e-aaaa-bbbb-cccc-000011112222"},
                                                       {"x-amzn-ErrorType", "ResourceNotFoundException"}},
                                                      R"({"exceptionMessage":"not here"})");
    QCOMPARE(error.requestId, QStringLiteral("0b1c2d3e-aaaa-bbbb-cccc-000011112222"));
    QCOMPARE(error.message, QStringLiteral("not here"));
}

void TestRestJsonErrorParser::nonJsonBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("html 502") << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
                              << QStringLiteral("Bad Gateway") << QStringLiteral("502")
                              << QStringLiteral("Bad Gateway");
    QTest::newRow("empty 503") << 503 << QByteArray() << QStringLiteral("Service Unavailable") << QStringLiteral("503")
                               << QStringLiteral("Service Unavailable");
    QTest::newRow("plain text 400") << 400 << QByteArray("  bad things  \n") << QStringLiteral("Bad Request")
                                    << QStringLiteral("400") << QStringLiteral("bad things");
    QTest::newRow("truncated json") << 400 << QByteArray(R"({"exceptionMes)") << QStringLiteral("Bad Request")
                                    << QStringLiteral("400") << QStringLiteral(R"({"exceptionMes)");
    QTest::newRow("json array") << 500 << QByteArray("[1,2]") << QString() << QStringLiteral("500")
                                << QStringLiteral("[1,2]");
}

void TestRestJsonErrorParser::nonJsonBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const AwsError error = RestJsonErrorParser::parse(status, {}, body, reason);
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, message);
}

QTEST_GUILESS_MAIN(TestRestJsonErrorParser)
#include "TestRestJsonErrorParser.moc"
