#include "ivs/IvsService.h"

#include <QTest>

class TestEndpointResolver : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsRegional();
    void precedence_data();
    void precedence();
    void ignoreConfiguredEndpoints();
    void unknownRegionWarnsButWorks();
    void invalidUrls_data();
    void invalidUrls();
    void missingRegion();
};

void TestEndpointResolver::defaultIsRegional()
{
    const AwsEndpoint endpoint = IvsService::endpoint(QStringLiteral("eu-west-1"), QString(), QProcessEnvironment());
    QVERIFY(endpoint.isValid());
    QCOMPARE(endpoint.url.toString(), QStringLiteral("https://ivsrealtime.eu-west-1.amazonaws.com"));
    QCOMPARE(endpoint.signingName, QStringLiteral("ivs"));
    QCOMPARE(endpoint.region, QStringLiteral("eu-west-1"));
    QCOMPARE(endpoint.source, QStringLiteral("default"));
    QVERIFY(endpoint.warnings.isEmpty());
}

void TestEndpointResolver::precedence_data()
{
    QTest::addColumn<QString>("explicitUrl");
    QTest::addColumn<QString>("serviceEnv");
    QTest::addColumn<QString>("globalEnv");
    QTest::addColumn<QString>("expectedUrl");
    QTest::addColumn<QString>("expectedSource");

    const QString a = QStringLiteral("http://127.0.0.1:1001");
    const QString b = QStringLiteral("http://127.0.0.1:1002");
    const QString c = QStringLiteral("https://proxy.example.com/ivs");
    QTest::newRow("explicit beats both") << a << b << c << a << QStringLiteral("--endpoint-url");
    QTest::newRow("service variable beats global")
        << QString() << b << c << b << QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME");
    QTest::newRow("global alone") << QString() << QString() << c << c << QStringLiteral("AWS_ENDPOINT_URL");
    QTest::newRow("none") << QString() << QString() << QString()
                          << QStringLiteral("https://ivsrealtime.us-east-1.amazonaws.com") << QStringLiteral("default");
}

void TestEndpointResolver::precedence()
{
    QFETCH(QString, explicitUrl);
    QFETCH(QString, serviceEnv);
    QFETCH(QString, globalEnv);
    QFETCH(QString, expectedUrl);
    QFETCH(QString, expectedSource);
    QProcessEnvironment env;
    if (!serviceEnv.isEmpty()) {
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_IVS_REALTIME"), serviceEnv);
    }
    if (!globalEnv.isEmpty()) {
        env.insert(QStringLiteral("AWS_ENDPOINT_URL"), globalEnv);
    }
    const AwsEndpoint endpoint = IvsService::endpoint(QStringLiteral("us-east-1"), explicitUrl, env);
    QVERIFY2(endpoint.isValid(), qPrintable(endpoint.error));
    QCOMPARE(endpoint.url.toString(), expectedUrl);
    QCOMPARE(endpoint.source, expectedSource);
    QCOMPARE(endpoint.signingName, QStringLiteral("ivs")); // a custom endpoint keeps the signing name and region
    QCOMPARE(endpoint.region, QStringLiteral("us-east-1"));
}

void TestEndpointResolver::ignoreConfiguredEndpoints()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("http://127.0.0.1:1002"));
    env.insert(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), QStringLiteral("true"));
    QCOMPARE(IvsService::endpoint(QStringLiteral("us-west-2"), QString(), env).source, QStringLiteral("default"));
    // An explicit --endpoint-url is not "configured": it still wins.
    QCOMPARE(IvsService::endpoint(QStringLiteral("us-west-2"), QStringLiteral("http://127.0.0.1:1"), env).source,
             QStringLiteral("--endpoint-url"));
}

void TestEndpointResolver::unknownRegionWarnsButWorks()
{
    const AwsEndpoint endpoint = IvsService::endpoint(QStringLiteral("sa-east-1"), QString(), QProcessEnvironment());
    QVERIFY(endpoint.isValid());
    QCOMPARE(endpoint.url.host(), QStringLiteral("ivsrealtime.sa-east-1.amazonaws.com"));
    QCOMPARE(endpoint.warnings.size(), 1);
    QVERIFY(endpoint.warnings.first().contains(QLatin1String("sa-east-1")));
    QVERIFY(endpoint.warnings.first().contains(QLatin1String("us-east-1")));
}

void TestEndpointResolver::invalidUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("no scheme") << QStringLiteral("localhost:4566");
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/");
    QTest::newRow("no host") << QStringLiteral("https://");
    QTest::newRow("query") << QStringLiteral("https://example.com/?a=b");
}

void TestEndpointResolver::invalidUrls()
{
    QFETCH(QString, url);
    const AwsEndpoint endpoint = IvsService::endpoint(QStringLiteral("us-east-1"), url, QProcessEnvironment());
    QVERIFY(!endpoint.isValid());
    QVERIFY2(endpoint.error.contains(QLatin1String("--endpoint-url")), qPrintable(endpoint.error));
}

void TestEndpointResolver::missingRegion()
{
    const AwsEndpoint endpoint = IvsService::endpoint(QString(), QString(), QProcessEnvironment());
    QVERIFY(!endpoint.isValid());
    QVERIFY(endpoint.error.contains(QLatin1String("--region")));
}

QTEST_GUILESS_MAIN(TestEndpointResolver)
#include "TestEndpointResolver.moc"
