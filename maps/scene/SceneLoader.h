// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace trilink::maps {

// What reading a scene's track files gave: every good track of every readable file, as scenario tracks.
struct TracksRead {
    std::vector<ScenarioTrack> tracks;
    QStringList problems;   // "file:line: message", from the readable files and the unreadable ones
    QStringList unreadable; // files nothing could be read from, with why: "FILE: cannot read ..."
    QStringList read;       // the files that were read, in order
    bool cancelled = false; // then nothing should be added
};

// Reads track files one after the other (readTrackFile, then trackFromRecording). `progress` gets the
// fraction done over all files, on the reading thread; a set `cancel` stops at the next check.
// Threads: any thread; call it off the GUI thread.
TracksRead readSceneTracks(const QStringList &files, const std::atomic<bool> *cancel = nullptr,
                           const std::function<void(double)> &progress = {});

// The scenario of a scene: the bundled catalogue (attributed; about half a second) plus its files.
// Problems in readable files go to `warnings`; false with `error` ("FILE: ...") when a file cannot be read.
bool loadSceneScenario(const QStringList &files, Scenario &scenario, QStringList &warnings, QString &error);

} // namespace trilink::maps
