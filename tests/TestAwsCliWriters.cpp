#include "cli/AwsCliJsonWriter.h"
#include "cli/AwsCliTextWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The expected bytes were printed by Python's json.dumps(indent=4,
// ensure_ascii=False), which is what the AWS CLI uses.
class TestAwsCliWriters : public QObject
{
    Q_OBJECT

private slots:
    void jsonMatchesPython_data();
    void jsonMatchesPython();
    void jsonHonoursMemberOrder();
    void textFormat();
    void textListOfObjects();
    void numbersAsPythonPrintsThem_data();
    void numbersAsPythonPrintsThem();
};

void TestAwsCliWriters::jsonMatchesPython_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty object") << QByteArray("{}") << QByteArray("{}\n");
    QTest::newRow("empty containers") << QByteArray(R"({"a":{},"b":[]})")
                                      << QByteArray("{\n    \"a\": {},\n    \"b\": []\n}\n");
    QTest::newRow("scalars") << QByteArray(R"({"f":false,"n":null,"i":12,"t":true,"x":1.5})")
                             << QByteArray("{\n    \"f\": false,\n    \"i\": 12,\n    \"n\": null,\n    \"t\": true,\n"
                                           "    \"x\": 1.5\n}\n");
    QTest::newRow("escapes") << QByteArray(R"({"s":"q\"b\\n\nt\tc\u0001d\u007f"})")
                             << QByteArray("{\n    \"s\": \"q\\\"b\\\\n\\nt\\tc\\u0001d\x7f\"\n}\n");
    QTest::newRow("non-ascii as utf-8")
        << QByteArray(R"({"k":"K\u00f6ln \u6771\u4eac \ud83c\udfac"})")
        << QByteArray("{\n    \"k\": \"K\xc3\xb6ln \xe6\x9d\xb1\xe4\xba\xac \xf0\x9f\x8e\xac\"\n}\n");
    QTest::newRow("nested list") << QByteArray(R"({"l":[{"a":1},[2,"x"]]})")
                                 << QByteArray(
                                        "{\n    \"l\": [\n        {\n            \"a\": 1\n        },\n        [\n"
                                        "            2,\n            \"x\"\n        ]\n    ]\n}\n");
}

void TestAwsCliWriters::jsonMatchesPython()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(AwsCliJsonWriter::write(QJsonDocument::fromJson(input).object()), expected);
}

void TestAwsCliWriters::jsonHonoursMemberOrder()
{
    const QJsonObject object{
        {QStringLiteral("outer"),
         QJsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("a"), 2}, {QStringLiteral("z"), 3}}}};
    const AwsCliJsonWriter::MemberOrder order{{QStringLiteral("outer"), {QStringLiteral("z"), QStringLiteral("b")}}};
    QCOMPARE(AwsCliJsonWriter::write(object, order),
             QByteArray("{\n    \"outer\": {\n        \"z\": 3,\n        \"b\": 1,\n        \"a\": 2\n    }\n}\n"));
}

void TestAwsCliWriters::textFormat()
{
    const QByteArray json = R"({"ingestConfiguration":{"name":"n","arn":"a","state":"ACTIVE","redundantIngest":false,
        "attributes":{"y":"2","x":"1"},"tags":{}}})";
    // awscli/text.py: scalars in key order, nested members after, empty maps
    // print nothing, Python's True/False.
    QCOMPARE(AwsCliTextWriter::write(QJsonDocument::fromJson(json).object()),
             QByteArray("INGESTCONFIGURATION\ta\tn\tFalse\tACTIVE\nATTRIBUTES\t1\t2\n"));
}

void TestAwsCliWriters::textListOfObjects()
{
    const QByteArray json = R"({"items":[{"b":"1","a":"2"},{"a":"3","c":true}]})";
    // Rows of a list share the union of the scalar keys as columns.
    QCOMPARE(AwsCliTextWriter::write(QJsonDocument::fromJson(json).object()),
             QByteArray("ITEMS\t2\t1\t\nITEMS\t3\t\tTrue\n"));
}

void TestAwsCliWriters::numbersAsPythonPrintsThem_data()
{
    // The expected text is Python's repr() of the float (json.dumps uses it);
    // integral values come from integer shapes and print as integers.
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("python");
    QTest::newRow("0.1") << 0.1 << QByteArray("0.1");
    QTest::newRow("sum with error") << -0.30000000000000004 << QByteArray("-0.30000000000000004");
    QTest::newRow("2.5") << 2.5 << QByteArray("2.5");
    QTest::newRow("123.456") << 123.456 << QByteArray("123.456");
    QTest::newRow("0.0001") << 0.0001 << QByteArray("0.0001");
    QTest::newRow("1e-05") << 1e-05 << QByteArray("1e-05");
    QTest::newRow("1e-07") << 1e-07 << QByteArray("1e-07");
    QTest::newRow("large fraction") << 12345678901234.5 << QByteArray("12345678901234.5");
    QTest::newRow("1.5e+16") << 1.5e16 << QByteArray("1.5e+16");
    QTest::newRow("1e+22") << 1e22 << QByteArray("1e+22");
    QTest::newRow("1e+300") << 1e300 << QByteArray("1e+300");
    QTest::newRow("5e-324") << 5e-324 << QByteArray("5e-324");
    QTest::newRow("integer") << 42.0 << QByteArray("42");
    QTest::newRow("negative integer") << -7.0 << QByteArray("-7");
}

void TestAwsCliWriters::numbersAsPythonPrintsThem()
{
    QFETCH(double, value);
    QFETCH(QByteArray, python);
    QCOMPARE(AwsCliJsonWriter::number(value), python);
    QCOMPARE(AwsCliJsonWriter::write(QJsonObject{{QStringLiteral("n"), value}}),
             QByteArray("{\n    \"n\": ") + python + "\n}\n");
    QCOMPARE(AwsCliTextWriter::write(QJsonObject{{QStringLiteral("n"), value}}), python + '\n');
}

QTEST_GUILESS_MAIN(TestAwsCliWriters)
#include "TestAwsCliWriters.moc"
