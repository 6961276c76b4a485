// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/BriefCommand.h"

#include "app/cli/CommandLine.h"
#include "app/cli/DataPaths.h"
#include "app/cli/SceneOptions.h"
#include "core/LaunchCatalog.h"
#include "core/Scenario.h"
#include "maps/BaseMap.h"
#include "maps/export/BriefWriter.h"
#include "maps/export/PictureWriter.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace trilink::cli {
namespace {

int usageError(const QString &message)
{
    QTextStream(stderr) << "trilink brief: " << message << "\n";
    return kExitUsage;
}

int failure(const QString &message)
{
    QTextStream(stderr) << "trilink brief: " << message << "\n";
    return kExitFailure;
}

} // namespace

int runBrief(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Write a one-page PDF brief per launch: title, key figures as reported and as "
                                               "modelled, the map of the track in partner colours, the side view, the partners' "
                                               "attribution and sharing gain, sources and a releasability banner."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Track files to add to the catalogue (CSV, GeoJSON, KML, ...)."),
                            QStringLiteral("[FILE...]"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption launch(QStringLiteral("launch"),
                                    QStringLiteral("Launches to brief, one page each, in this order: ids from 'trilink catalog' or a file's "
                                                   "tracks, separated by commas."),
                                    QStringLiteral("ID[,ID...]"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output PDF file."), QStringLiteral("FILE.pdf"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Paper: a4 or letter (default a4)."), QStringLiteral("SIZE"),
                                  QStringLiteral("a4"));
    const QCommandLineOption viewAs(QStringLiteral("view-as"),
                                    QStringLiteral("combined, USA, KOR or JPN: whose sensors hold the tracks (default combined)."),
                                    QStringLiteral("WHO"), QStringLiteral("combined"));
    const QCommandLineOption banner(QStringLiteral("banner"),
                                    QStringLiteral("Releasability banner, top and bottom of every page (default \"%1\"; \"\" for none).")
                                        .arg(QString::fromUtf8(maps::BriefOptions::kDefaultBanner)),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("Map theme: light or dark (default light, for print)."),
                                   QStringLiteral("THEME"), QStringLiteral("light"));
    const QCommandLineOption time(QStringLiteral("time"),
                                  QStringLiteral("The map and side view as at T+SECONDS after each launch, or at an ISO 8601 UTC time "
                                                 "(default: the end of each flight)."),
                                  QStringLiteral("T"));
    p.addOptions({help, launch, out, page, viewAs, banner, theme, time});
    if (!p.parse(arguments))
        return usageError(p.errorText());
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText().replace(QLatin1String("brief [options]"), QLatin1String("trilink brief [options]"));
        return kExitOk;
    }
    if (!p.isSet(launch))
        return usageError(QStringLiteral("--launch ID[,ID...] is required (see 'trilink catalog' for the ids)"));
    if (!p.isSet(out) || p.value(out).isEmpty())
        return usageError(QStringLiteral("--out FILE.pdf is required"));
    QStringList ids;
    for (const QString &id : p.value(launch).split(u','))
        if (!id.trimmed().isEmpty())
            ids << id.trimmed();
    if (ids.isEmpty())
        return usageError(QStringLiteral("--launch: no id given"));

    maps::BriefOptions options;
    const auto pageSize = maps::briefPageSizeFromName(p.value(page));
    if (!pageSize)
        return usageError(QStringLiteral("unknown page size '%1' (choose a4 or letter)").arg(p.value(page)));
    options.pageSize = *pageSize;
    QString error;
    if (!parseViewAs(p.value(viewAs), options.viewAs, error))
        return usageError(QStringLiteral("--view-as: ") + error);
    const QString themeName = p.value(theme).toLower();
    if (themeName != QLatin1String("dark") && themeName != QLatin1String("light"))
        return usageError(QStringLiteral("unknown theme '%1' (choose light or dark)").arg(p.value(theme)));
    options.theme = themeName == QLatin1String("dark") ? maps::MapTheme::Dark : maps::MapTheme::Light;
    if (p.isSet(banner))
        options.banner = p.value(banner);
    // A bad --time is a usage error whatever the launch, so check its form before the scenario's half second.
    if (p.isSet(time) && !parseTime(p.value(time), nullptr, error) && !error.contains(QLatin1String("relative to a launch")))
        return usageError(QStringLiteral("--time: ") + error);

    QTextStream err(stderr);
    Scenario scenario;
    QStringList warnings;
    if (!loadScenario(p.positionalArguments(), scenario, warnings, error))
        return failure(error);
    for (const QString &warning : warnings)
        err << "trilink brief: warning: " << warning << "\n";
    std::vector<maps::BriefItem> items;
    for (const QString &id : ids) {
        const ScenarioTrack *track = scenario.find(id);
        if (!track)
            return usageError(QStringLiteral("no launch '%1' (see 'trilink catalog' for the catalogue's ids, 'trilink info FILE' for a file's tracks)")
                                  .arg(id));
        maps::BriefItem item{track, std::nullopt};
        if (p.isSet(time)) {
            item.timeMs = parseTime(p.value(time), track, error);
            if (!item.timeMs)
                return usageError(QStringLiteral("--time: ") + error);
        }
        items.push_back(item);
    }

    const auto base = maps::readBaseMap(baseMapPath());
    if (!base.data)
        return failure(base.error);
    maps::ProjectedBaseMapCache cache(base.data);
    // Made in memory first, then written atomically: a failed brief never leaves half a file.
    const QByteArray bytes = maps::writeBrief(scenario, items, options, LaunchCatalog::builtin(), cache, error);
    if (bytes.isEmpty())
        return failure(error);
    if (!maps::writeFileAtomically(p.value(out), bytes, error))
        return failure(error);
    QTextStream(stdout) << "wrote " << p.value(out) << " (" << items.size() << (items.size() == 1 ? " page, " : " pages, ")
                        << (options.pageSize == maps::BriefPageSize::A4 ? "A4" : "US Letter") << ")\n";
    return kExitOk;
}

} // namespace trilink::cli
