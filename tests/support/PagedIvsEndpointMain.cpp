// paged-ivs-endpoint: PagedIvsServer as a program, for bench/ and for
// tests/data/cli/make-expected.py. Prints its URL on the first line and
// serves until it is killed; GET <url>/__stats reports what it counted.
#include "PagedIvsServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fake IVS Real-Time endpoint with many ingest configurations."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Configurations per region."),
                                         QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("Requests a second per region and operation (0: no limit)."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption failOption(QStringLiteral("fail-region"), QStringLiteral("Refuse this region."),
                                        QStringLiteral("region"));
    parser.addOptions({countOption, rateOption, failOption});
    parser.process(app);

    PagedIvsServer server(parser.value(countOption).toInt());
    server.setRatePerSecond(parser.value(rateOption).toInt());
    for (const QString& region : parser.values(failOption)) {
        server.failRegion(region);
    }
    if (!server.listen()) {
        std::fprintf(stderr, "paged-ivs-endpoint: cannot listen on 127.0.0.1\n");
        return 1;
    }
    std::printf("%s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
