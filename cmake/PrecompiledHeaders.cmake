# Precompiled Qt headers. Most of a small source file's compile time is
# parsing Qt's headers (a widget or a Qt Test program spends about two thirds
# of its 4-5 s there), so each set of headers below is parsed once per build
# and reused by every source of the targets that use the set: CI builds about
# twice as fast on its 2 cores.
#
#   ivs_precompile_headers(<target> <set>)   <set>: headless, widgets or tests
#
# The first target to ask for a set precompiles it; with GCC the later ones
# reuse that file (REUSE_FROM). GCC uses a precompiled header where every
# macro defined when it was made is defined the same way, and further macros
# (QT_NETWORK_LIB, IVS_TEST_DATA_DIR, ...) are ones the headers never mention;
# so the donor is the target with the fewest definitions, and -Winvalid-pch
# says so when a header cannot be used. The donor is also the lowest target of
# its set, so reuse adds no dependency the layers do not already have. Other
# compilers (clang for the fuzzers) precompile per target: clang refuses a
# precompiled header made with other macro definitions.
#
# A source that forgets an include of one of these headers still compiles
# here; -DIVS_PRECOMPILE_HEADERS=OFF builds without them and finds it.
option(IVS_PRECOMPILE_HEADERS "Precompile the Qt headers most sources include" ON)

# QtCore only: every layer links it.
set(IVS_PCH_HEADLESS
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QJsonArray> <QJsonDocument>
    <QJsonObject> <QList> <QObject> <QPointer> <QProcessEnvironment> <QRegularExpression> <QSet> <QString>
    <QStringList> <QTimer> <QUrl> <algorithm> <functional> <memory> <optional>)
# The window's layer (ivs_ui).
set(IVS_PCH_WIDGETS
    ${IVS_PCH_HEADLESS} <QApplication> <QComboBox> <QHBoxLayout> <QHeaderView> <QIcon> <QLabel> <QLineEdit>
    <QLocale> <QPainter> <QPushButton> <QToolButton> <QVBoxLayout> <QWidget>)
# Test programs and their support: <QTest> brings the widget test helpers
# too, as every test links the widgets.
set(IVS_PCH_TESTS
    ${IVS_PCH_HEADLESS} <QApplication> <QComboBox> <QLabel> <QLineEdit> <QProcess> <QPushButton> <QSettings>
    <QSignalSpy> <QStandardPaths> <QTemporaryDir> <QTest>)

if(IVS_PRECOMPILE_HEADERS AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # A precompiled header GCC cannot use is ignored silently, and the build
    # only gets slower: say so (as a warning, never an error: it costs time,
    # not correctness).
    add_compile_options(-Winvalid-pch -Wno-error=invalid-pch)
endif()

function(ivs_precompile_headers target set)
    if(NOT IVS_PRECOMPILE_HEADERS)
        return()
    endif()
    string(TOUPPER "${set}" set)
    get_property(donor GLOBAL PROPERTY IVS_PCH_DONOR_${set})
    if(donor AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_precompile_headers(${target} REUSE_FROM ${donor})
    else()
        target_precompile_headers(${target} PRIVATE ${IVS_PCH_${set}})
        if(NOT donor)
            set_property(GLOBAL PROPERTY IVS_PCH_DONOR_${set} ${target})
        endif()
    endif()
endfunction()
