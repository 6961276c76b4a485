// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"
#include "maps/scene/TrainingScenario.h"

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
    // Tracks made of the events of one CoT uid in several files, one line each: "FILE: track U is the events
    // of uid U in 2 files (a.cot, b.cot), 40 points in time order". Such a track's source is its first file.
    QStringList merged;
    bool cancelled = false; // then nothing should be added
};

// Reads track files one after the other (readTrackFile, then trackFromRecording). Events of one uid in
// several Cursor on Target files are one track, as in a live feed: merged in time order (see `merged`);
// tracks of the other formats stay one per file and track, as before. `progress` gets the
// fraction done over all files, on the reading thread; a set `cancel` stops at the next check.
// Threads: any thread; call it off the GUI thread.
TracksRead readSceneTracks(const QStringList &files, const std::atomic<bool> *cancel = nullptr,
                           const std::function<void(double)> &progress = {});

// Why a scene's scenario could not be loaded: a file could not be read, or a scenario file says something
// wrong (a bad field, a launch that cannot be flown, an unknown sensor: the user's to fix, like a bad argument).
enum class SceneLoadError { None, Unreadable, BadScenario };

// The scenario of a scene: the bundled catalogue (attributed; about half a second) plus its files; or, when
// one of the files is a scenario file (*.trilink.json, maps/scene/ScenarioFile), that training scenario
// flown and attributed, with its track files and the other files. Problems in readable files go to
// `warnings`; false with `error` ("FILE: ...") and `why` when it cannot be loaded.
bool loadSceneScenario(const QStringList &files, Scenario &scenario, QStringList &warnings, QString &error,
                       SceneLoadError *why = nullptr);

// A training scenario flown and attributed, with its track files read. Problems in readable files go to
// `warnings`; false and `error` when a track file cannot be read ("FILE: ...", Unreadable), or a launch cannot
// be flown or a sensor change names no sensor ("launches[0] (L1): ...", BadScenario).
// Threads: any thread; call it off the GUI thread.
bool loadTrainingScenario(const TrainingScenario &training, Scenario &scenario, QStringList &warnings, QString &error,
                          SceneLoadError *why = nullptr, FlightCache *cache = nullptr);

} // namespace trilink::maps
