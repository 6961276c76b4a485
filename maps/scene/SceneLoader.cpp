// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/scene/SceneLoader.h"

#include "maps/trackio/TrackFile.h"

namespace trilink::maps {

TracksRead readSceneTracks(const QStringList &files, const std::atomic<bool> *cancel, const std::function<void(double)> &progress)
{
    TracksRead out;
    for (int i = 0; i < files.size(); ++i) {
        ReadControl control;
        control.cancel = cancel;
        if (progress)
            control.progress = [&progress, i, n = files.size()](double f) { progress((i + f) / n); };
        const TrackFileResult r = readTrackFile(files[i], control);
        for (const auto &p : r.problems)
            out.problems << p.text();
        if (!r.readable)
            out.unreadable << (r.problems.empty() ? files[i] + QStringLiteral(": cannot read") : r.problems.front().text());
        else
            out.read << files[i];
        for (const auto &t : r.tracks)
            if (!t.points.empty())
                out.tracks.push_back(trackFromRecording(t, files[i]));
        if (r.cancelled || (cancel && cancel->load())) {
            out.cancelled = true;
            break;
        }
    }
    return out;
}

bool loadSceneScenario(const QStringList &files, Scenario &scenario, QStringList &warnings, QString &error)
{
    TracksRead read = readSceneTracks(files);
    if (!read.unreadable.isEmpty()) {
        error = read.unreadable.front();
        return false;
    }
    warnings << read.problems;
    scenario = builtinScenario();
    addTracks(scenario, std::move(read.tracks));
    return true;
}

} // namespace trilink::maps
