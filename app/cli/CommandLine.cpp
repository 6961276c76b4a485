// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/CommandLine.h"

#include "app/cli/AnimateCommand.h"
#include "app/cli/AttributionCommand.h"
#include "app/cli/BriefCommand.h"
#include "app/cli/CatalogCommand.h"
#include "app/cli/ConvertCommand.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/InfoCommand.h"
#include "app/cli/ListenCommand.h"
#include "app/cli/ScenarioCommand.h"
#include "app/cli/SimulateCommand.h"
#include "app/cli/StatsCommand.h"
#include "app/cli/StreamCommand.h"
#include "maps/scene/SceneLoader.h"

#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace trilink::cli {
namespace {
struct Command {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
};

const Command kCommands[] = {
    {"export", "write the map picture (PNG, SVG or PDF) without a display", &runExport},
    {"brief", "write a one-page PDF brief per launch (map, side view, attribution, figures)", &runBrief},
    {"animate", "write a launch's playback as numbered PNGs, MP4 or GIF", &runAnimate},
    {"simulate", "fly a missile (ballistic, pull-up, glide, sea or space launch) and print its summary", &runSimulate},
    {"scenario", "make and change a training scenario file (launches, sensors, links, bookmarks) without a display", &runScenario},
    {"catalog", "list every launch of the public record since 2016 as modelled", &runCatalog},
    {"stats", "the year in review: launches by class, what each partner saw first, missed alone, gained", &runStats},
    {"attribution", "which partner's sensors held each track, and what sharing gains", &runAttribution},
    {"info", "summarise recorded track files (tracks, points, times, partners, problems)", &runInfo},
    {"convert", "convert a track file to another format (by the output's extension)", &runConvert},
    {"listen", "record a live Cursor on Target feed (UDP, TCP, TAK Server) into a track file", &runListen},
    {"stream", "play launches or track files out as Cursor on Target (UDP, TCP, TAK Server)", &runStream},
};
} // namespace

bool isHeadlessInvocation(const QString &first)
{
    // A bare word that is no file is a mistyped command: answered headless, as a usage error.
    if (!first.isEmpty() && !first.startsWith(QLatin1Char('-')) && !QFileInfo::exists(first))
        return true;
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")
        || first == QLatin1String("--version") || first == QLatin1String("-v"))
        return true;
    for (const auto &c : kCommands)
        if (first == QLatin1String(c.name))
            return true;
    return false;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

void prepareHeadless()
{
    if (!hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt warns once that it makes its own runtime folder; a headless command's stderr is for its own
    // one-line messages, so that notice is dropped and everything else passes through.
    static QtMessageHandler previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
            return;
        previous(type, context, message);
    });
}

int CommandErrors::usage(const QString &message) const
{
    QTextStream(stderr) << "trilink " << name << ": " << message << "\n";
    return kExitUsage;
}

int CommandErrors::failure(const QString &message) const
{
    QTextStream(stderr) << "trilink " << name << ": " << message << "\n";
    return kExitFailure;
}

int CommandErrors::loadScenario(const QStringList &files, Scenario &scenario) const
{
    QStringList warnings;
    QString error;
    maps::SceneLoadError why = maps::SceneLoadError::None;
    const bool ok = maps::loadSceneScenario(files, scenario, warnings, error, &why);
    QTextStream err(stderr);
    for (const QString &warning : warnings)
        err << "trilink " << name << ": warning: " << warning << "\n";
    if (ok)
        return kExitOk;
    err << "trilink " << name << ": " << error << "\n";
    return why == maps::SceneLoadError::BadScenario ? kExitUsage : kExitFailure;
}

QString usageText()
{
    QString s;
    QTextStream t(&s);
    t << "Usage: trilink [FILE...]            open the viewer\n"
         "       trilink COMMAND [OPTIONS]    run a command without a display\n\n"
         "Commands:\n";
    for (const auto &c : kCommands)
        t << "  " << QString::fromLatin1(c.name).leftJustified(12) << c.summary << "\n";
    t << "\nOptions:\n"
         "  -h, --help       show this help (trilink COMMAND --help for a command's options)\n"
         "  -v, --version    show the version\n";
    return s;
}

int runHeadless(const QStringList &arguments)
{
    QTextStream out(stdout);
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "trilink " << TRILINK_VERSION << "\n";
        return kExitOk;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        out << usageText();
        return kExitOk;
    }
    for (const auto &c : kCommands)
        if (first == QLatin1String(c.name))
            return c.run(arguments.mid(1));
    QTextStream(stderr) << "trilink: unknown command '" << first << "' (see trilink --help)\n";
    return kExitUsage;
}

} // namespace trilink::cli
