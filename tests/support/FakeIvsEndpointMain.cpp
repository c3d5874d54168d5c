// fake-ivs-endpoint: the test suite's fake IVS Real-Time endpoint as a
// program. Prints its URL on the first line and serves until it is killed.
#include "demo/FakeIvsServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fake IVS Real-Time endpoint on 127.0.0.1 for tests."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port (0 picks one)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption fixturesOption(QStringLiteral("fixtures"), QStringLiteral("Fixture folder."),
                                            QStringLiteral("dir"), QStringLiteral(IVS_TEST_DATA_DIR "/fake-ivs"));
    parser.addOptions({portOption, fixturesOption});
    parser.process(app);

    FakeIvsServer server(parser.value(fixturesOption));
    if (!server.listen(parser.value(portOption).toUShort())) {
        std::fprintf(stderr, "fake-ivs-endpoint: cannot listen on 127.0.0.1:%s\n",
                     qPrintable(parser.value(portOption)));
        return 1;
    }
    std::printf("%s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
