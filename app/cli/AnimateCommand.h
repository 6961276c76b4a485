// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QStringList>

namespace trilink::cli {

// trilink animate [FILE...] --launch ID --out DIR|FILE.mp4|FILE.gif [--from T] [--to T] [--fps N] [--speed N]
//                 [the scene options but --time and --no-tracks: maps/scene/SceneOptions]
// The launch's playback from --from (default T+0) to --to (default impact), --speed simulation seconds per
// second of video (default 30) at --fps frames per second (default 30), as numbered PNG frames in a folder,
// or an MP4 or GIF through ffmpeg ($TRILINK_FFMPEG, else ffmpeg on PATH); maps::AnimationWriter does the
// work. Exit 0, 1 when the work fails (ffmpeg missing or failing, a file not written), 2 on bad arguments.
// Progress goes to stderr as one updating line when stderr is a terminal. `arguments` starts with
// "animate". Needs a QGuiApplication (offscreen is fine), never Widgets.
int runAnimate(const QStringList &arguments);

} // namespace trilink::cli
