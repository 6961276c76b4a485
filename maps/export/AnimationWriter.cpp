// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/export/AnimationWriter.h"

#include "maps/MapRenderer.h"
#include "maps/export/PictureWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <mutex>
#include <thread>
#include <vector>

namespace trilink::maps {
namespace {

constexpr int kFfmpegPollMs = 100;

// Frames as every PNG here (encodePng: RGB, unfiltered, zlib level 1; ffmpeg reads rgb24, not rgba).
bool saveFrame(const QImage &image, const QString &path, QString &error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    if (!encodePng(image, file)) {
        error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// After a folder output: frames left from a longer earlier run would look like part of this one.
void removeStaleFrames(const QString &folder, int count)
{
    static const QRegularExpression numbered(QStringLiteral("^frame-(\\d{6})\\.png$"));
    QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("frame-*.png")}, QDir::Files)) {
        const auto m = numbered.match(name);
        if (m.hasMatch() && m.captured(1).toInt() > count)
            dir.remove(name);
    }
}

QString lastLine(const QByteArray &text)
{
    const QStringList lines = QString::fromUtf8(text).split(QRegularExpression(QStringLiteral("[\r\n]+")), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it)
        if (!it->trimmed().isEmpty())
            return it->trimmed();
    return {};
}

QStringList ffmpegArguments(const AnimationJob &job, const QString &framePattern, const QString &target)
{
    QStringList args{QStringLiteral("-hide_banner"), QStringLiteral("-nostdin"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                     QStringLiteral("-nostats"), QStringLiteral("-progress"), QStringLiteral("pipe:1"), QStringLiteral("-y"),
                     QStringLiteral("-framerate"), QString::number(job.timing.fps), QStringLiteral("-start_number"), QStringLiteral("1"),
                     QStringLiteral("-i"), framePattern};
    if (job.format == AnimationFormat::Mp4) {
        // yuv420p (what every player decodes) needs even sides: an odd size gets one padding row or column.
        // veryfast: half the time of medium, 2-3% larger on flat map colours.
        args << QStringLiteral("-vf") << QStringLiteral("pad=ceil(iw/2)*2:ceil(ih/2)*2") << QStringLiteral("-c:v") << QStringLiteral("libx264")
             << QStringLiteral("-preset") << QStringLiteral("veryfast") << QStringLiteral("-crf") << QStringLiteral("20")
             << QStringLiteral("-pix_fmt") << QStringLiteral("yuv420p") << QStringLiteral("-movflags") << QStringLiteral("+faststart")
             << QStringLiteral("-f") << QStringLiteral("mp4");
    } else {
        // One palette for the whole film from what changes, applied with an ordered dither (no crawling noise).
        args << QStringLiteral("-filter_complex")
             << QStringLiteral("[0:v]split[a][b];[a]palettegen=stats_mode=diff[p];[b][p]paletteuse=dither=bayer:bayer_scale=5:diff_mode=rectangle")
             << QStringLiteral("-loop") << QStringLiteral("0") << QStringLiteral("-f") << QStringLiteral("gif");
    }
    args << target;
    return args;
}

// Runs ffmpeg to `target`; false with `error` set (its last stderr line) on failure or cancel.
bool runFfmpeg(const AnimationJob &job, const QString &framePattern, const QString &target, int total,
               const std::atomic_bool *cancel, const AnimationWriter::ProgressFn &progress, QString &error)
{
    QProcess ff;
    ff.start(job.ffmpegPath, ffmpegArguments(job, framePattern, target));
    if (!ff.waitForStarted(30000)) {
        error = QStringLiteral("ffmpeg: cannot start %1: %2").arg(job.ffmpegPath, ff.errorString());
        return false;
    }
    static const QRegularExpression frameLine(QStringLiteral("^frame=(\\d+)"), QRegularExpression::MultilineOption);
    QByteArray pending;
    while (ff.state() != QProcess::NotRunning) {
        ff.waitForFinished(kFfmpegPollMs);
        if (cancel && cancel->load()) {
            ff.kill();
            ff.waitForFinished(10000);
            error = QStringLiteral("cancelled");
            return false;
        }
        pending += ff.readAllStandardOutput();
        const int cut = pending.lastIndexOf('\n');
        if (cut >= 0 && progress) {
            int done = -1;
            auto it = frameLine.globalMatch(QString::fromLatin1(pending.left(cut)));
            while (it.hasNext())
                done = it.next().captured(1).toInt();
            if (done >= 0)
                progress({AnimationProgress::Stage::Encoding, std::min(done, total), total});
        }
        if (cut >= 0)
            pending.remove(0, cut + 1);
    }
    if (ff.exitStatus() != QProcess::NormalExit || ff.exitCode() != 0) {
        const QString why = lastLine(ff.readAllStandardError());
        error = QStringLiteral("ffmpeg: ") +
                (why.isEmpty() ? (ff.exitStatus() == QProcess::NormalExit ? QStringLiteral("exited with status %1").arg(ff.exitCode())
                                                                           : QStringLiteral("crashed"))
                               : why);
        return false;
    }
    return true;
}

} // namespace

std::optional<AnimationFormat> animationFormatFromPath(const QString &path)
{
    if (path.isEmpty())
        return std::nullopt;
    const QFileInfo info(path);
    if (info.isDir() || path.endsWith(u'/'))
        return AnimationFormat::PngFrames;
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("mp4"))
        return AnimationFormat::Mp4;
    if (suffix == QLatin1String("gif"))
        return AnimationFormat::Gif;
    if (suffix.isEmpty() && !info.exists())
        return AnimationFormat::PngFrames;
    return std::nullopt;
}

QString animationFormatName(AnimationFormat format)
{
    switch (format) {
    case AnimationFormat::PngFrames:
        return QStringLiteral("PNG frames");
    case AnimationFormat::Mp4:
        return QStringLiteral("MP4");
    case AnimationFormat::Gif:
        return QStringLiteral("GIF");
    }
    return {};
}

int AnimationTiming::frameCount() const
{
    if (!(toMs >= fromMs) || fps <= 0 || !(speed > 0))
        return 1;
    // A range within a microsecond of a whole number of steps is that number: 10 s at 5 fps is 50 steps.
    const double steps = std::ceil((toMs - fromMs) / stepMs() - 1e-6);
    return static_cast<int>(std::min(std::max(steps, 0.0), static_cast<double>(kMaxFrames))) + 1;
}

double AnimationTiming::frameTimeMs(int index) const
{
    return index >= frameCount() - 1 ? toMs : std::min(fromMs + index * stepMs(), toMs);
}

QString AnimationWriter::frameFileName(int index)
{
    return QStringLiteral("frame-%1.png").arg(index + 1, 6, 10, QLatin1Char('0'));
}

QString AnimationWriter::findFfmpeg()
{
    const QString wanted = qEnvironmentVariable("TRILINK_FFMPEG");
    QString path;
    if (wanted.isEmpty())
        path = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    else if (wanted.contains(u'/'))
        path = wanted;
    else
        path = QStandardPaths::findExecutable(wanted);
    const QFileInfo info(path);
    return !path.isEmpty() && info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
}

AnimationResult AnimationWriter::write(const AnimationJob &job, ProjectedBaseMapCache &cache, const std::atomic_bool *cancel,
                                       const ProgressFn &progress)
{
    AnimationResult result;
    const int total = job.timing.frameCount();
    if (total > AnimationTiming::kMaxFrames) {
        result.error = QStringLiteral("more than %1 frames").arg(AnimationTiming::kMaxFrames);
        return result;
    }
    const bool video = job.format != AnimationFormat::PngFrames;
    std::optional<QTemporaryDir> temp; // a film's frames, removed with it
    QString folder = job.outPath;
    if (video) {
        if (job.ffmpegPath.isEmpty()) {
            result.error = QStringLiteral("ffmpeg not found");
            return result;
        }
        const QDir outDir = QFileInfo(job.outPath).absoluteDir();
        if (!outDir.exists()) {
            result.error = QStringLiteral("%1: cannot write: no folder %2").arg(job.outPath, outDir.path());
            return result;
        }
        temp.emplace(QDir::tempPath() + QStringLiteral("/trilink-animate-XXXXXX"));
        if (!temp->isValid()) {
            result.error = QStringLiteral("cannot make a temporary folder: %1").arg(temp->errorString());
            return result;
        }
        folder = temp->path();
    } else if (!QDir().mkpath(folder)) {
        result.error = QStringLiteral("%1: cannot create the folder").arg(folder);
        return result;
    }

    // Frames are claimed in time order from a shared counter; each is written to its own numbered file, so
    // the order they finish in does not matter. The first frame is drawn alone to fill the layer cache.
    QElapsedTimer clock;
    clock.start();
    BaseLayerCache layers;
    std::atomic_int next{0}, done{0};
    std::atomic_bool failed{false};
    std::mutex errorMutex;
    QString firstError;
    // One frame; false when it failed (the first error is kept) or was cancelled.
    auto renderFrame = [&](int i, bool reporting) {
        MapSettings settings = job.settings;
        settings.timeMs = job.timing.frameTimeMs(i);
        const QImage image = MapRenderer::renderImage(settings, cache, cancel, &layers);
        QString error;
        if (image.isNull()) {
            if (cancel && cancel->load())
                return false;
            error = QStringLiteral("could not render frame %1").arg(i + 1);
        } else if (saveFrame(image, QDir(folder).filePath(frameFileName(i)), error)) {
            const int n = done.fetch_add(1) + 1;
            if (reporting && progress)
                progress({AnimationProgress::Stage::Rendering, n, total});
            return true;
        }
        const std::lock_guard lock(errorMutex);
        if (!failed.exchange(true))
            firstError = error;
        return false;
    };
    auto renderFrames = [&](bool reporting) {
        while (!failed.load() && !(cancel && cancel->load())) {
            const int i = next.fetch_add(1);
            if (i >= total || !renderFrame(i, reporting))
                return;
        }
    };
    if (renderFrame(0, true)) {
        next.store(1);
        std::vector<std::thread> helpers;
        for (int t = 1; t < std::max(1, job.threads) && total > 2; ++t)
            helpers.emplace_back(renderFrames, false);
        renderFrames(true);
        for (auto &h : helpers)
            h.join();
    }
    result.renderSeconds = clock.nsecsElapsed() / 1e9;
    result.frames = done.load();
    if (cancel && cancel->load()) {
        result.cancelled = true;
        result.error = QStringLiteral("cancelled");
        return result;
    }
    if (failed.load()) {
        result.error = firstError;
        return result;
    }
    if (progress)
        progress({AnimationProgress::Stage::Rendering, total, total});

    if (!video) {
        removeStaleFrames(folder, total);
        result.ok = true;
        return result;
    }

    // Encoded beside the output under a temporary name, then renamed over it: never half a video.
    clock.restart();
    const QFileInfo out(job.outPath);
    const QString partial = out.absoluteDir().filePath(
        QStringLiteral(".%1.%2.part").arg(out.fileName()).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    if (progress)
        progress({AnimationProgress::Stage::Encoding, 0, total});
    QString error;
    const bool encoded = runFfmpeg(job, QDir(folder).filePath(QStringLiteral("frame-%06d.png")), partial, total, cancel, progress, error);
    result.encodeSeconds = clock.nsecsElapsed() / 1e9;
    std::error_code ec;
    if (encoded)
        std::filesystem::rename(QFile::encodeName(partial).toStdString(), QFile::encodeName(out.absoluteFilePath()).toStdString(), ec);
    if (!encoded || ec) {
        QFile::remove(partial);
        result.cancelled = cancel && cancel->load();
        result.error = encoded ? QStringLiteral("%1: cannot write: %2").arg(job.outPath, QString::fromStdString(ec.message())) : error;
        return result;
    }
    if (progress)
        progress({AnimationProgress::Stage::Encoding, total, total});
    result.ok = true;
    return result;
}

} // namespace trilink::maps
