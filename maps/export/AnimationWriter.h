// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/MapSettings.h"
#include "maps/ProjectedBaseMap.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace trilink::maps {

enum class AnimationFormat { PngFrames, Mp4, Gif };

// ".mp4" → Mp4, ".gif" → Gif (any case); an existing folder, or a name with no suffix (or ending in '/'), →
// PngFrames; nullopt for anything else (out.png, out.avi), so a typo never becomes a folder.
std::optional<AnimationFormat> animationFormatFromPath(const QString &path);
QString animationFormatName(AnimationFormat format); // "PNG frames", "MP4", "GIF"

// Which simulation instants become frames. Frame i shows fromMs + i × step, step = speed × 1000 / fps ms;
// both ends are shown: the first frame is `fromMs`, the last exactly `toMs` (when the range is not a whole
// number of steps, the last step is shorter). So T+0 to T+10 at 5 fps and 1× is 10 × 5 + 1 = 51 frames.
struct AnimationTiming {
    double fromMs = 0; // UTC milliseconds since the epoch
    double toMs = 0;   // >= fromMs
    int fps = 30;      // frames per second of the video, 1..60
    double speed = 30; // simulation seconds per second of video, 1..600 as the viewer's playback

    double stepMs() const { return speed * 1000.0 / fps; }
    int frameCount() const; // at least 1; capped at kMaxFrames + 1 so huge ranges cannot overflow
    double frameTimeMs(int index) const;
    static constexpr int kMaxFrames = 20000;
};

struct AnimationJob {
    MapSettings settings; // the view; timeMs is set per frame, the rest is used as given
    AnimationTiming timing;
    AnimationFormat format = AnimationFormat::PngFrames;
    QString outPath;    // a folder for PngFrames (created if missing), else the video file
    QString ffmpegPath; // the ffmpeg program for Mp4 and Gif (see findFfmpeg())
    int threads = 2;    // render threads; frames are numbered by time whatever order they finish in
};

struct AnimationProgress {
    enum class Stage { Rendering, Encoding } stage = Stage::Rendering;
    int done = 0;  // frames rendered (Encoding: 0 until ffmpeg has finished)
    int total = 0; // frames in all
};

struct AnimationResult {
    bool ok = false;
    bool cancelled = false;
    QString error; // one line: "PATH: cannot write: ...", "ffmpeg: <its last stderr line>", "cancelled"
    int frames = 0;
    double renderSeconds = 0; // wall time of the frame loop (drawing and PNG encoding)
    double encodeSeconds = 0; // wall time of ffmpeg; 0 for PngFrames
};

// Writes a time range of the map as an animation: numbered PNG frames (frame-000001.png, ...) in a folder,
// or an MP4 (H.264, yuv420p, +faststart) or GIF (palettegen/paletteuse) through the ffmpeg program.
// Every frame comes from MapRenderer::renderImage with one BaseLayerCache, so after the first only the
// moving overlays (tracks, clock, banner) are drawn.
// Files: a folder output gets frame-*.png overwritten and stale frame-NNNNNN.png beyond the new count
// removed; nothing else in it is touched. A video is encoded from frames in a QTemporaryDir to a temporary
// name beside the output and renamed over it at the end, so a failed or cancelled run leaves no half file.
// Threads: write() blocks its calling thread and renders on `job.threads` threads (the caller's among
// them); `progress` is called on the calling thread only; `cancel` may be set from any thread and is
// checked between frames and while ffmpeg runs (which is then killed). The cache is thread-safe.
class AnimationWriter {
public:
    using ProgressFn = std::function<void(const AnimationProgress &)>;

    static AnimationResult write(const AnimationJob &job, ProjectedBaseMapCache &cache, const std::atomic_bool *cancel = nullptr,
                                 const ProgressFn &progress = {});

    // $TRILINK_FFMPEG when set (a path, or a name looked up on PATH), else "ffmpeg" on PATH; empty when
    // that is not an executable file.
    static QString findFfmpeg();

    // "frame-000001.png" for index 0.
    static QString frameFileName(int index);
};

} // namespace trilink::maps
