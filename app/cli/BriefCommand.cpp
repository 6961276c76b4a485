// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/BriefCommand.h"

#include "app/cli/CommandLine.h"
#include "core/Scenario.h"
#include "core/YearReview.h"
#include "maps/BaseMap.h"
#include "maps/DataPaths.h"
#include "maps/export/BriefWriter.h"
#include "maps/export/PictureWriter.h"
#include "maps/scene/ScenarioFile.h"
#include "maps/scene/SceneOptions.h"
#include "maps/scene/SceneSettings.h"
#include "maps/export/YearReviewWriter.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>

namespace trilink::cli {
namespace {
const CommandErrors kErrors{"brief"};

// trilink brief --year Y: the year-in-review pages, with the scene's banner.
int writeYearReviewBrief(const QString &yearText, maps::BriefPageSize pageSize, const QString &banner, const QString &out)
{
    bool ok = false;
    const int year = yearText.toInt(&ok);
    if (!ok || year < 1900 || year > 2200)
        return kErrors.usage(QStringLiteral("--year takes a year such as 2022 (got '%1')").arg(yearText));
    maps::YearReviewOptions options;
    options.pageSize = pageSize;
    options.banner = banner;
    const Scenario scenario = builtinScenario();
    const YearReview review = YearReview::compute(scenario, year);
    if (review.missiles == 0)
        return kErrors.usage(QStringLiteral("no launch in %1 (the record runs from 2016 to 2026)").arg(year));
    QString error;
    const QByteArray bytes = maps::writeYearReview(review, options, error);
    if (bytes.isEmpty())
        return kErrors.failure(error);
    if (!maps::writeFileAtomically(out, bytes, error))
        return kErrors.failure(error);
    QTextStream(stdout) << "wrote " << out << " (the year in review " << year << ": " << review.missiles << " missiles, "
                        << review.eventCount << " events)\n";
    return kExitOk;
}
} // namespace

int runBrief(const QStringList &arguments)
{
    const maps::SceneCommand command = maps::SceneCommand::brief();
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Write a one-page PDF brief per launch: title, key figures as reported and as "
                                               "modelled, the map of the track in partner colours, the side view, the partners' "
                                               "attribution and sharing gain, sources and a releasability banner."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption launch(QStringLiteral("launch"),
                                    QStringLiteral("Launches to brief, one page each, in this order: ids from 'trilink catalog' or a file's "
                                                   "tracks, separated by commas."),
                                    QStringLiteral("ID[,ID...]"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output PDF file."), QStringLiteral("FILE.pdf"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Paper: a4 or letter (default a4)."), QStringLiteral("SIZE"),
                                  QStringLiteral("a4"));
    const QCommandLineOption year(QStringLiteral("year"),
                                  QStringLiteral("Instead of launch pages, the year in review of YEAR: its figures, the charts of what each "
                                                 "partner saw and gained, and the table of the year's launches with their sources."),
                                  QStringLiteral("YEAR"));
    p.addOptions({help, launch, out, page, year});
    maps::addSceneOptions(p, command);
    if (!p.parse(arguments))
        return kErrors.usage(p.errorText());
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText().replace(QLatin1String("brief [options]"), QLatin1String("trilink brief [options]"));
        return kExitOk;
    }
    if (!p.isSet(out) || p.value(out).isEmpty())
        return kErrors.usage(QStringLiteral("--out FILE.pdf is required"));
    if (p.isSet(year)) {
        if (p.isSet(launch))
            return kErrors.usage(QStringLiteral("--year and --launch do not go together"));
        const auto pageSize = maps::briefPageSizeFromName(p.value(page));
        if (!pageSize)
            return kErrors.usage(QStringLiteral("unknown page size '%1' (choose a4 or letter)").arg(p.value(page)));
        QString error;
        const auto scene = maps::readScene(p, command, error);
        if (!scene)
            return kErrors.usage(error);
        return writeYearReviewBrief(p.value(year), *pageSize, scene->layers.banner, p.value(out));
    }
    // A scenario file briefs every launch of the exercise unless --launch picks some.
    const QStringList files = p.positionalArguments();
    const bool exercise = std::any_of(files.begin(), files.end(), [](const QString &f) { return maps::isScenarioFileName(f); });
    if (!p.isSet(launch) && !exercise)
        return kErrors.usage(QStringLiteral("--launch ID[,ID...] (or --year YEAR) is required (see 'trilink catalog' for the ids)"));
    QStringList ids;
    for (const QString &id : p.value(launch).split(u','))
        if (!id.trimmed().isEmpty())
            ids << id.trimmed();
    if (ids.isEmpty() && p.isSet(launch))
        return kErrors.usage(QStringLiteral("--launch: no id given"));

    maps::BriefOptions options;
    const auto pageSize = maps::briefPageSizeFromName(p.value(page));
    if (!pageSize)
        return kErrors.usage(QStringLiteral("unknown page size '%1' (choose a4 or letter)").arg(p.value(page)));
    options.pageSize = *pageSize;
    QString error;
    const auto scene = maps::readScene(p, command, error);
    if (!scene)
        return kErrors.usage(error);
    options.scene = *scene;

    Scenario scenario;
    if (const int rc = kErrors.loadScenario(scene->files, scenario); rc != kExitOk)
        return rc;
    if (ids.isEmpty())
        for (const ScenarioTrack &t : scenario.tracks)
            if (!t.facts)
                ids << t.id;
    if (ids.isEmpty())
        return kErrors.usage(QStringLiteral("the scenario has no launch to brief"));
    std::vector<maps::BriefItem> items;
    for (const QString &id : ids) {
        const ScenarioTrack *track = maps::findLaunch(&scenario, id, error);
        if (!track)
            return kErrors.usage(error);
        maps::BriefItem item{track, std::nullopt};
        if (!maps::resolveSceneTime(scene->time, track, item.timeMs, error))
            return kErrors.usage(QStringLiteral("--time: ") + error);
        items.push_back(item);
    }

    const auto base = maps::readBaseMap(maps::baseMapPath());
    if (!base.data)
        return kErrors.failure(base.error);
    maps::ProjectedBaseMapCache cache(base.data);
    // Made in memory first, then written atomically: a failed brief never leaves half a file.
    const QByteArray bytes = maps::writeBrief(scenario, items, options, cache, error);
    if (bytes.isEmpty())
        return kErrors.failure(error);
    if (!maps::writeFileAtomically(p.value(out), bytes, error))
        return kErrors.failure(error);
    QTextStream(stdout) << "wrote " << p.value(out) << " (" << items.size() << (items.size() == 1 ? " page, " : " pages, ")
                        << (options.pageSize == maps::BriefPageSize::A4 ? "A4" : "US Letter") << ")\n";
    return kExitOk;
}

} // namespace trilink::cli
