// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/CommandLine.h"
#include "app/gui/BriefingMode.h"
#include "app/gui/MainWindow.h"
#include "core/Text.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>

namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Trilink"));
    QCoreApplication::setApplicationName(QStringLiteral("trilink"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRILINK_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    using namespace trilink;
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (cli::isHeadlessInvocation(first)) {
        // Headless commands never need a display: core + maps on a QGuiApplication, offscreen if need be.
        cli::prepareHeadless();
        QGuiApplication app(argc, argv);
        setIdentity();
        return cli::runHeadless(app.arguments());
    }
    if (!cli::hasDisplay()) {
        QTextStream(stderr) << "trilink: no display to open the viewer on (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                               "To make a picture without a display, run for example:\n"
                               "  trilink export --out map.png --size 1920x1080\n"
                               "See trilink --help for every command.\n";
        return cli::kExitFailure;
    }
    QApplication app(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(cli::usageText());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption launchOption(QStringLiteral("launch"), QStringLiteral("select this track when the catalogue is ready"), QStringLiteral("ID"));
    const QCommandLineOption timeOption(QStringLiteral("time"), QStringLiteral("seconds after the selected launch to show (T+)"), QStringLiteral("SECONDS"));
    const QCommandLineOption viewAsOption(QStringLiteral("view-as"), QStringLiteral("combined, USA, KOR or JPN"), QStringLiteral("WHO"));
    const QCommandLineOption briefingOption(QStringLiteral("briefing"), QStringLiteral("start in briefing mode (full screen)"));
    parser.addOptions({launchOption, timeOption, viewAsOption, briefingOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("track files to open alongside the catalogue"), QStringLiteral("[FILE...]"));
    if (!parser.parse(app.arguments())) {
        QTextStream(stderr) << "trilink: " << parser.errorText() << " (see trilink --help)\n";
        return cli::kExitUsage;
    }
    app::MainWindow window;
    window.show();
    // Files named on the command line open alongside the catalogue; the rest applies once it is modelled.
    window.openFiles(parser.positionalArguments());
    ViewAs viewAs;
    if (parser.isSet(viewAsOption)) {
        QString error;
        if (!text::parseViewAs(parser.value(viewAsOption), viewAs, error)) {
            QTextStream(stderr) << "trilink: --view-as: " << error << "\n";
            return cli::kExitUsage;
        }
    }
    QObject::connect(&window, &app::MainWindow::scenarioReady, &window, [&] {
        if (parser.isSet(launchOption))
            window.selectTrack(parser.value(launchOption));
        if (parser.isSet(timeOption))
            if (const auto *t = window.scenario()->find(window.selectedTrack()))
                window.clock()->seek(static_cast<double>(t->launchMsUtc) + parser.value(timeOption).toDouble() * 1000.0);
        if (parser.isSet(viewAsOption))
            window.setViewAs(viewAs);
        if (parser.isSet(briefingOption))
            window.briefing()->enter();
    });
    return app.exec();
}
