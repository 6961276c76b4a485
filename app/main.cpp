// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/CommandLine.h"
#include "app/gui/BriefingMode.h"
#include "app/gui/MainWindow.h"
#include "core/TrackGroups.h"
#include "maps/scene/SceneOptions.h"
#include "maps/GdalSetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Trilink"));
    QCoreApplication::setApplicationName(QStringLiteral("trilink"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRILINK_VERSION));
}
// "day:2022-11-02" -> the day of 2 November 2022 in Korea; the kinds are core's names (event, day, year).
std::optional<std::pair<trilink::TrackGroup::Kind, QString>> readGroup(const QString &text)
{
    using trilink::TrackGroup;
    const qsizetype colon = text.indexOf(u':');
    for (TrackGroup::Kind k : {TrackGroup::Kind::Event, TrackGroup::Kind::Day, TrackGroup::Kind::Year})
        if (colon > 0 && colon + 1 < text.size() && text.left(colon) == trilink::trackGroupKindName(k))
            return std::pair(k, text.mid(colon + 1));
    return std::nullopt;
}
} // namespace

int main(int argc, char *argv[])
{
    using namespace trilink;
    // Before anything can open a file: GDAL only ever reads the file it is given (docs/formats.md, "Security").
    maps::setUpGdal();
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
    // The viewer takes a scene too (maps/scene/SceneOptions: files, the launch, time, view-as and view it
    // opens on), read by the same table as the commands.
    const maps::SceneCommand viewer = maps::SceneCommand::viewer();
    QCommandLineParser parser;
    parser.setApplicationDescription(cli::usageText());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption briefingOption(QStringLiteral("briefing"), QStringLiteral("Start in briefing mode (full screen)."));
    parser.addOption(briefingOption);
    const QCommandLineOption connectOption(QStringLiteral("connect"),
                                           QStringLiteral("Start on a live feed: a saved connection's name (File → Connect), \"ATAK mesh\", or a URL "
                                                          "to listen on (udp://239.2.3.1:6969, tcp-listen://0.0.0.0:8088, tak+tls://HOST:8089?cert=FILE&ca=FILE)."),
                                           QStringLiteral("NAME|URL"));
    parser.addOption(connectOption);
    const QCommandLineOption playOption(QStringLiteral("play"),
                                        QStringLiteral("Once the record is loaded, play several missiles as one on one clock: "
                                                       "event:ID (a salvo, e.g. event:2022-11-01-wonsan), day:YYYY-MM-DD (every "
                                                       "missile of a day in Korea) or year:YYYY."),
                                        QStringLiteral("GROUP"));
    parser.addOption(playOption);
    maps::addSceneOptions(parser, viewer);
    QString error;
    const auto scene = parser.parse(app.arguments()) ? maps::readScene(parser, viewer, error) : std::nullopt;
    if (!scene) {
        QTextStream(stderr) << "trilink: " << (error.isEmpty() ? parser.errorText() : error) << " (see trilink --help)\n";
        return cli::kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(); // exits
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion(); // exits
    std::optional<maps::live::LiveConnection> live;
    if (parser.isSet(connectOption)) {
        QSettings settings;
        live = maps::live::connectionFromText(settings, parser.value(connectOption), &error);
        if (!live) {
            QTextStream(stderr) << "trilink: --connect: " << error << "\n";
            return cli::kExitUsage;
        }
    }
    const auto group = parser.isSet(playOption) ? readGroup(parser.value(playOption)) : std::nullopt;
    if (parser.isSet(playOption) && !group) {
        QTextStream(stderr) << "trilink: --play takes event:ID, day:YYYY-MM-DD or year:YYYY, not \"" << parser.value(playOption)
                            << "\" (see trilink --help)\n";
        return cli::kExitUsage;
    }
    app::MainWindow window;
    window.show();
    // The files open alongside the catalogue; the launch, time and view apply once they are read.
    window.showScene(*scene);
    if (live)
        QObject::connect(&window, &app::MainWindow::scenarioReady, &window, [&window, &live] {
            QString why;
            if (!window.connectLive(*live, &why))
                QMessageBox::warning(&window, QObject::tr("Connect"), why);
        });
    if (parser.isSet(briefingOption))
        QObject::connect(&window, &app::MainWindow::scenarioReady, window.briefing(), [&window] { window.briefing()->enter(); });
    if (group)
        QObject::connect(&window, &app::MainWindow::scenarioReady, &window, [&window, group] {
            if (!window.playGroup(group->first, group->second))
                QTextStream(stderr) << "trilink: the record has no " << trackGroupKindName(group->first) << " " << group->second << "\n";
        }, Qt::SingleShotConnection);
    return app.exec();
}
