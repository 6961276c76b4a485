// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/CommandLine.h"
#include "app/gui/MainWindow.h"

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
    if (!parser.parse(app.arguments())) {
        QTextStream(stderr) << "trilink: " << parser.errorText() << " (see trilink --help)\n";
        return cli::kExitUsage;
    }
    app::MainWindow window;
    window.show();
    return app.exec();
}
