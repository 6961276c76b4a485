// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/AnimateCommand.h"

#include "app/cli/ArgumentValues.h"
#include "app/cli/CommandLine.h"
#include "app/cli/DataPaths.h"
#include "app/cli/SceneOptions.h"
#include "core/Scenario.h"
#include "core/Text.h"
#include "maps/BaseMap.h"
#include "maps/TrackOverlay.h"
#include "maps/export/AnimationWriter.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace trilink::cli {
namespace {
constexpr double kGlobeExtentKm = 13500.0;
constexpr double kMaxExtentKm = 60000.0;
constexpr double kMaxTrailS = 86400.0;
constexpr int kMaxFps = 60;
constexpr double kMinSpeed = 1.0, kMaxSpeed = 600.0; // the viewer's playback rates

int usageError(const QString &message)
{
    QTextStream(stderr) << "trilink animate: " << message << "\n";
    return kExitUsage;
}

int failure(const QString &message)
{
    QTextStream(stderr) << "trilink animate: " << message << "\n";
    return kExitFailure;
}

} // namespace

int runAnimate(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Write a launch's playback as numbered PNG frames in a folder, or as an MP4 or GIF "
                                               "when ffmpeg is installed, without a display."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Track files to add to the catalogue (CSV, GeoJSON, KML, ...)."),
                            QStringLiteral("[FILE...]"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption launch(QStringLiteral("launch"), QStringLiteral("The track to play (an id from 'trilink catalog' or a file's track); the view is fitted to it."),
                                    QStringLiteral("ID"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("A folder for numbered PNG frames (frame-000001.png, ...; created if missing), "
                                                                       "or FILE.mp4 or FILE.gif (needs ffmpeg)."),
                                 QStringLiteral("DIR|FILE"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First frame: T+SECONDS after the launch or an ISO 8601 UTC time (default T+0)."),
                                  QStringLiteral("T"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last frame, shown exactly (default: the impact)."), QStringLiteral("T"));
    const QCommandLineOption fps(QStringLiteral("fps"), QStringLiteral("Frames per second of the video, 1 to 60 (default 30)."),
                                 QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption speed(QStringLiteral("speed"), QStringLiteral("Simulation seconds per second of video, 1 to 600 (default 30)."),
                                   QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Frame size in pixels (default 1280x720)."), QStringLiteral("WxH"),
                                  QStringLiteral("1280x720"));
    const QCommandLineOption projection(QStringLiteral("projection"),
                                        QStringLiteral("Projection: %1 (default lcc).").arg(maps::ProjectionSpec::names().join(u", ")),
                                        QStringLiteral("NAME"), QStringLiteral("lcc"));
    const QCommandLineOption center(QStringLiteral("center"), QStringLiteral("Centre of the view (default: the track's)."), QStringLiteral("LON,LAT"));
    const QCommandLineOption extent(QStringLiteral("extent-km"), QStringLiteral("Width of the view in km (default: fitted to the track; 13500 for ortho)."),
                                    QStringLiteral("KM"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("dark or light (default dark)."), QStringLiteral("THEME"),
                                   QStringLiteral("dark"));
    const QCommandLineOption viewAs(QStringLiteral("view-as"), QStringLiteral("combined, USA, KOR or JPN: whose sensors hold the tracks (default combined)."),
                                    QStringLiteral("WHO"), QStringLiteral("combined"));
    const QCommandLineOption banner(QStringLiteral("banner"), QStringLiteral("Releasability banner, top and bottom (default none)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption trail(QStringLiteral("trail"), QStringLiteral("Show only the last SECONDS of flown path behind each marker (default: all of it)."),
                                   QStringLiteral("SECONDS"));
    p.addOptions({help, launch, out, from, to, fps, speed, size, projection, center, extent, theme, viewAs, banner, trail});
    if (!p.parse(arguments))
        return usageError(p.errorText());
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText().replace(QLatin1String("animate [options]"), QLatin1String("trilink animate [options]"));
        return kExitOk;
    }
    if (!p.isSet(launch))
        return usageError(QStringLiteral("--launch ID is required (see 'trilink catalog')"));
    if (!p.isSet(out))
        return usageError(QStringLiteral("--out DIR|FILE.mp4|FILE.gif is required"));
    const QString outPath = p.value(out);
    const auto format = maps::animationFormatFromPath(outPath);
    if (!format)
        return usageError(QStringLiteral("cannot tell what to write to '%1': give a folder (PNG frames), FILE.mp4 or FILE.gif").arg(outPath));

    bool ok = false;
    const int framesPerSecond = p.value(fps).toInt(&ok);
    if (!ok || framesPerSecond < 1 || framesPerSecond > kMaxFps)
        return usageError(QStringLiteral("--fps: '%1' is not a whole number from 1 to %2").arg(p.value(fps)).arg(kMaxFps));
    const double rate = p.value(speed).toDouble(&ok);
    if (!ok || !(rate >= kMinSpeed && rate <= kMaxSpeed))
        return usageError(QStringLiteral("--speed: '%1' is not a number from 1 to 600").arg(p.value(speed)));
    QString error;
    const auto frameSize = parseSize(p.value(size), error);
    if (!frameSize)
        return usageError(QStringLiteral("--size: ") + error);
    const auto kind = maps::ProjectionSpec::kindFromName(p.value(projection));
    if (!kind)
        return usageError(QStringLiteral("unknown projection '%1' (choose %2)").arg(p.value(projection), maps::ProjectionSpec::names().join(u", ")));
    std::optional<QPointF> centre;
    if (p.isSet(center) && !(centre = parseLonLat(p.value(center), error)))
        return usageError(QStringLiteral("--center: ") + error);
    std::optional<double> extentKm;
    if (p.isSet(extent) && !(extentKm = parsePositive(p.value(extent), kMaxExtentKm, error)))
        return usageError(QStringLiteral("--extent-km: ") + error);
    const QString themeName = p.value(theme).toLower();
    if (themeName != QLatin1String("dark") && themeName != QLatin1String("light"))
        return usageError(QStringLiteral("unknown theme '%1' (choose dark or light)").arg(p.value(theme)));
    ViewAs who;
    if (!parseViewAs(p.value(viewAs), who, error))
        return usageError(QStringLiteral("--view-as: ") + error);
    std::optional<double> trailS;
    if (p.isSet(trail) && !(trailS = parsePositive(p.value(trail), kMaxTrailS, error)))
        return usageError(QStringLiteral("--trail: ") + error);

    QTextStream err(stderr);
    Scenario scenario;
    QStringList warnings;
    if (!loadScenario(p.positionalArguments(), scenario, warnings, error))
        return failure(error);
    for (const QString &warning : warnings)
        err << "trilink animate: warning: " << warning << "\n";
    const ScenarioTrack *track = scenario.find(p.value(launch));
    if (!track)
        return usageError(QStringLiteral("no launch '%1' (see 'trilink catalog' for the catalogue's ids, 'trilink info FILE' for a file's tracks)")
                              .arg(p.value(launch)));
    std::optional<double> fromMs = static_cast<double>(track->launchMsUtc);
    if (p.isSet(from) && !(fromMs = parseTime(p.value(from), track, error)))
        return usageError(QStringLiteral("--from: ") + error);
    std::optional<double> toMs = track->endMsUtc();
    if (p.isSet(to) && !(toMs = parseTime(p.value(to), track, error)))
        return usageError(QStringLiteral("--to: ") + error);
    if (*fromMs > *toMs)
        return usageError(QStringLiteral("--from %1 is after --to %2").arg(text::missionSeconds((*fromMs - track->launchMsUtc) / 1000.0),
                                                                           text::missionSeconds((*toMs - track->launchMsUtc) / 1000.0)));
    const maps::AnimationTiming timing{*fromMs, *toMs, framesPerSecond, rate};
    const int frames = timing.frameCount();
    if (frames > maps::AnimationTiming::kMaxFrames)
        return usageError(QStringLiteral("%1 s at %2x and %3 fps is more than %4 frames: raise --speed, lower --fps or shorten --from/--to")
                              .arg((*toMs - *fromMs) / 1000.0)
                              .arg(rate)
                              .arg(framesPerSecond)
                              .arg(maps::AnimationTiming::kMaxFrames));

    QString ffmpeg;
    if (*format != maps::AnimationFormat::PngFrames && (ffmpeg = maps::AnimationWriter::findFfmpeg()).isEmpty())
        return failure(QStringLiteral("ffmpeg not found: install the Debian package ffmpeg, or give a folder to get numbered PNG frames"));

    const auto [trackCentre, trackExtent] = trackView(*track, *frameSize);
    if (!centre)
        centre = trackCentre;
    if (!extentKm)
        extentKm = *kind == maps::ProjectionKind::Orthographic ? kGlobeExtentKm : trackExtent;
    const auto spec = maps::ProjectionSpec::centred(*kind, centre->x(), centre->y());
    auto settings = maps::MapSettings::fitted(spec, centre->x(), centre->y(), *extentKm, *frameSize);
    if (!settings)
        return usageError(QStringLiteral("the centre %1,%2 cannot be shown in projection %3").arg(centre->x()).arg(centre->y()).arg(spec.name()));
    settings->theme = themeName == QLatin1String("light") ? maps::MapTheme::Light : maps::MapTheme::Dark;
    settings->tracks = maps::buildTrackOverlay(scenario);
    settings->selectedTrack = track->id;
    settings->viewAs = who;
    settings->banner = p.value(banner);
    settings->trailS = trailS.value_or(0.0);

    const auto base = maps::readBaseMap(baseMapPath());
    if (!base.data)
        return failure(base.error);
    maps::ProjectedBaseMapCache cache(base.data);

    const bool terminal = isatty(fileno(stderr));
    const auto progress = [&](const maps::AnimationProgress &step) {
        const bool encoding = step.stage == maps::AnimationProgress::Stage::Encoding;
        err << "\rtrilink animate: " << (encoding ? "encoding " : "rendering ") << (encoding ? maps::animationFormatName(*format) + QStringLiteral(" ") : QString())
            << "frame " << step.done << "/" << step.total << "   ";
        err.flush();
    };
    const maps::AnimationJob job{*settings, timing, *format, outPath, ffmpeg, 2};
    const maps::AnimationResult result =
        maps::AnimationWriter::write(job, cache, nullptr, terminal ? maps::AnimationWriter::ProgressFn(progress) : maps::AnimationWriter::ProgressFn());
    if (terminal)
        err << "\n";
    if (!result.ok)
        return failure(result.error);

    QTextStream o(stdout);
    o << "wrote " << outPath << " (" << maps::animationFormatName(*format) << " " << frameSize->width() << "x" << frameSize->height() << ", "
      << frames << " frames at " << framesPerSecond << " fps, " << QString::number(frames / double(framesPerSecond), 'f', 1) << " s; "
      << text::missionSeconds((*fromMs - track->launchMsUtc) / 1000.0) << " to " << text::missionSeconds((*toMs - track->launchMsUtc) / 1000.0) << " at " << rate
      << "x; rendered in " << QString::number(result.renderSeconds, 'f', 1) << " s, "
      << QString::number(result.frames / std::max(result.renderSeconds, 1e-3), 'f', 1) << " frames/s";
    if (*format != maps::AnimationFormat::PngFrames)
        o << ", encoded in " << QString::number(result.encodeSeconds, 'f', 1) << " s";
    o << ")\n";
    return kExitOk;
}

} // namespace trilink::cli
