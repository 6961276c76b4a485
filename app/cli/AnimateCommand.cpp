// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/AnimateCommand.h"

#include "app/cli/CommandLine.h"
#include "core/Scenario.h"
#include "core/Text.h"
#include "maps/BaseMap.h"
#include "maps/DataPaths.h"
#include "maps/TrackOverlay.h"
#include "maps/export/AnimationWriter.h"
#include "maps/scene/SceneOptions.h"
#include "maps/scene/SceneSettings.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace trilink::cli {
namespace {
const CommandErrors kErrors{"animate"};
constexpr int kMaxFps = 60;
constexpr double kMinSpeed = 1.0, kMaxSpeed = 600.0; // the viewer's playback rates

// --from or --to as an instant: a time after the track's launch or a UTC time; `fallback` when not given.
bool instant(const QCommandLineParser &p, const QString &option, const ScenarioTrack &track, double fallback, double &ms, QString &error)
{
    ms = fallback;
    if (!p.isSet(option))
        return true;
    std::optional<double> at;
    const auto time = maps::parseSceneTime(p.value(option), error);
    if (!time || !maps::resolveSceneTime(*time, &track, at, error)) {
        error = QStringLiteral("--%1: %2").arg(option, error);
        return false;
    }
    ms = *at;
    return true;
}
} // namespace

int runAnimate(const QStringList &arguments)
{
    const maps::SceneCommand command = maps::SceneCommand::animate();
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Write a launch's playback as numbered PNG frames in a folder, or as an MP4 or GIF "
                                               "when ffmpeg is installed, without a display."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
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
    p.addOptions({help, out, from, to, fps, speed});
    maps::addSceneOptions(p, command);
    if (!p.parse(arguments))
        return kErrors.usage(p.errorText());
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText().replace(QLatin1String("animate [options]"), QLatin1String("trilink animate [options]"));
        return kExitOk;
    }
    if (!p.isSet(QStringLiteral("launch")))
        return kErrors.usage(QStringLiteral("--launch ID is required (see 'trilink catalog')"));
    if (!p.isSet(out))
        return kErrors.usage(QStringLiteral("--out DIR|FILE.mp4|FILE.gif is required"));
    const QString outPath = p.value(out);
    const auto format = maps::animationFormatFromPath(outPath);
    if (!format)
        return kErrors.usage(QStringLiteral("cannot tell what to write to '%1': give a folder (PNG frames), FILE.mp4 or FILE.gif").arg(outPath));

    bool ok = false;
    const int framesPerSecond = p.value(fps).toInt(&ok);
    if (!ok || framesPerSecond < 1 || framesPerSecond > kMaxFps)
        return kErrors.usage(QStringLiteral("--fps: '%1' is not a whole number from 1 to %2").arg(p.value(fps)).arg(kMaxFps));
    const double rate = p.value(speed).toDouble(&ok);
    if (!ok || !(rate >= kMinSpeed && rate <= kMaxSpeed))
        return kErrors.usage(QStringLiteral("--speed: '%1' is not a number from 1 to 600").arg(p.value(speed)));
    QString error;
    const auto scene = maps::readScene(p, command, error);
    if (!scene)
        return kErrors.usage(error);
    // Checked before the scenario's half second: a bad time is a usage error whatever the launch.
    for (const QCommandLineOption &o : {from, to})
        if (p.isSet(o) && !maps::parseSceneTime(p.value(o), error))
            return kErrors.usage(QStringLiteral("--%1: %2").arg(o.names().constFirst(), error));

    QTextStream err(stderr);
    Scenario scenario;
    if (const int rc = kErrors.loadScenario(scene->files, scenario); rc != kExitOk)
        return rc;
    const ScenarioTrack *track = maps::findLaunch(&scenario, scene->launch, error);
    if (!track)
        return kErrors.usage(error);
    double fromMs = 0, toMs = 0;
    if (!instant(p, QStringLiteral("from"), *track, static_cast<double>(track->launchMsUtc), fromMs, error) ||
        !instant(p, QStringLiteral("to"), *track, track->endMsUtc(), toMs, error))
        return kErrors.usage(error);
    const auto sinceLaunch = [track](double ms) { return text::missionSeconds((ms - track->launchMsUtc) / 1000.0); };
    if (fromMs > toMs)
        return kErrors.usage(QStringLiteral("--from %1 is after --to %2").arg(sinceLaunch(fromMs), sinceLaunch(toMs)));
    const maps::AnimationTiming timing{fromMs, toMs, framesPerSecond, rate};
    const int frames = timing.frameCount();
    if (frames > maps::AnimationTiming::kMaxFrames)
        return kErrors.usage(QStringLiteral("%1 s at %2x and %3 fps is more than %4 frames: raise --speed, lower --fps or shorten --from/--to")
                              .arg((toMs - fromMs) / 1000.0)
                              .arg(rate)
                              .arg(framesPerSecond)
                              .arg(maps::AnimationTiming::kMaxFrames));

    QString ffmpeg;
    if (*format != maps::AnimationFormat::PngFrames && (ffmpeg = maps::AnimationWriter::findFfmpeg()).isEmpty())
        return kErrors.failure(QStringLiteral("ffmpeg not found: install the Debian package ffmpeg, or give a folder to get numbered PNG frames"));

    const auto fans = scene->layers.coveragePartners ? maps::CoverageFans::Built : maps::CoverageFans::Skipped; // none shown, none computed
    const auto settings = maps::sceneSettings(*scene, &scenario, maps::buildTrackOverlay(scenario, scene->coverageAltKm * 1000.0, nullptr, fans), error);
    if (!settings)
        return kErrors.usage(error);
    const auto base = maps::readBaseMap(maps::baseMapPath());
    if (!base.data)
        return kErrors.failure(base.error);
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
        return kErrors.failure(result.error);

    const QSize frameSize = settings->size;
    QTextStream o(stdout);
    o << "wrote " << outPath << " (" << maps::animationFormatName(*format) << " " << frameSize.width() << "x" << frameSize.height() << ", "
      << frames << " frames at " << framesPerSecond << " fps, " << QString::number(frames / double(framesPerSecond), 'f', 1) << " s; "
      << sinceLaunch(fromMs) << " to " << sinceLaunch(toMs) << " at " << rate << "x; rendered in " << QString::number(result.renderSeconds, 'f', 1)
      << " s, " << QString::number(result.frames / std::max(result.renderSeconds, 1e-3), 'f', 1) << " frames/s";
    if (*format != maps::AnimationFormat::PngFrames)
        o << ", encoded in " << QString::number(result.encodeSeconds, 'f', 1) << " s";
    o << ")\n";
    return kExitOk;
}

} // namespace trilink::cli
