// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/scene/SceneLoader.h"

#include "core/ParallelFor.h"
#include "maps/scene/ScenarioFile.h"
#include "maps/trackio/TrackFile.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace trilink::maps {
namespace {

// A CoT track read from a file, possibly continued in later files: events of one uid are one object's reports
// however a capture was cut into files (by the hour, by receiver), as they are in a live feed.
struct CotTrack {
    RecordedTrack track;
    QStringList files;
    int repeats = 0; // reports at a time the track already had (the same event in two captures)
};

void mergeInto(CotTrack &into, RecordedTrack &&more, const QString &file)
{
    auto &pts = into.track.points;
    pts.insert(pts.end(), std::make_move_iterator(more.points.begin()), std::make_move_iterator(more.points.end()));
    std::stable_sort(pts.begin(), pts.end(), [](const TrackPoint &a, const TrackPoint &b) { return a.timeMsUtc < b.timeMsUtc; });
    // One report per instant, the first file's: times stay strictly increasing, as every track's must.
    const auto end = std::unique(pts.begin(), pts.end(), [](const TrackPoint &a, const TrackPoint &b) { return a.timeMsUtc == b.timeMsUtc; });
    into.repeats += static_cast<int>(pts.end() - end);
    pts.erase(end, pts.end());
    // What the object says it is, and its label, from its latest report.
    if (!more.points.empty() && more.points.back().timeMsUtc >= pts.back().timeMsUtc) {
        if (!more.identity.isEmpty())
            into.track.identity = std::move(more.identity);
        if (!more.label.isEmpty())
            into.track.label = std::move(more.label);
    }
    if (!into.files.contains(file))
        into.files << file;
}

} // namespace

TracksRead readSceneTracks(const QStringList &files, const std::atomic<bool> *cancel, const std::function<void(double)> &progress)
{
    TracksRead out;
    std::vector<CotTrack> cot;
    QHash<QString, int> cotIndex; // uid -> index in cot
    for (int i = 0; i < files.size(); ++i) {
        ReadControl control;
        control.cancel = cancel;
        if (progress)
            control.progress = [&progress, i, n = files.size()](double f) { progress((i + f) / n); };
        TrackFileResult r = readTrackFile(files[i], control);
        for (const auto &p : r.problems)
            out.problems << p.text();
        if (!r.readable)
            out.unreadable << (r.problems.empty() ? files[i] + QStringLiteral(": cannot read") : r.problems.front().text());
        else
            out.read << files[i];
        if (r.format != TrackFormat::Cot) {
            // Each track on its own, on two threads: a file of a thousand tracks is a million samples to turn.
            std::erase_if(r.tracks, [](const RecordedTrack &t) { return t.points.empty(); });
            const std::size_t first = out.tracks.size();
            out.tracks.resize(first + r.tracks.size());
            parallelFor(r.tracks.size(), [&](std::size_t k) { out.tracks[first + k] = trackFromRecording(r.tracks[k], files[i]); });
            r.tracks.clear();
        }
        for (auto &t : r.tracks) {
            if (t.points.empty())
                continue;
            if (const auto it = cotIndex.constFind(t.id); it != cotIndex.cend()) {
                mergeInto(cot[static_cast<std::size_t>(*it)], std::move(t), files[i]);
            } else {
                cotIndex.insert(t.id, static_cast<int>(cot.size()));
                cot.push_back({std::move(t), {files[i]}, 0});
            }
        }
        if (r.cancelled || (cancel && cancel->load())) {
            out.cancelled = true;
            break;
        }
    }
    for (auto &c : cot) {
        if (c.files.size() > 1) {
            QStringList names;
            for (const auto &f : c.files)
                names << QFileInfo(f).fileName();
            QString note = QStringLiteral("%1: track %2 is the events of uid %2 in %3 files (%4), %5 points in time order")
                               .arg(c.files.front(), c.track.id)
                               .arg(c.files.size())
                               .arg(names.join(QStringLiteral(", ")))
                               .arg(c.track.points.size());
            if (c.repeats > 0)
                note += QStringLiteral("; %1 report(s) at a time already reported left out").arg(c.repeats);
            out.merged << note;
        }
        out.tracks.push_back(trackFromRecording(c.track, c.files.front()));
    }
    return out;
}

bool loadTrainingScenario(const TrainingScenario &training, Scenario &scenario, QStringList &warnings, QString &error, SceneLoadError *why,
                          FlightCache *cache)
{
    TracksRead read = readSceneTracks(training.scene.files);
    if (!read.unreadable.isEmpty()) {
        error = read.unreadable.front();
        if (why)
            *why = SceneLoadError::Unreadable;
        return false;
    }
    warnings << read.problems << read.merged;
    if (buildTrainingScenario(training, std::move(read.tracks), scenario, error, cache))
        return true;
    if (why)
        *why = SceneLoadError::BadScenario;
    return false;
}

bool loadSceneScenario(const QStringList &files, Scenario &scenario, QStringList &warnings, QString &error, SceneLoadError *why)
{
    const auto fail = [&](SceneLoadError kind) {
        if (why)
            *why = kind;
        return false;
    };
    QString scenarioPath;
    bool unreadable = false;
    const auto training = scenarioOfFiles(files, error, &scenarioPath, &unreadable);
    if (!training && !error.isEmpty())
        return fail(unreadable ? SceneLoadError::Unreadable : SceneLoadError::BadScenario);
    if (training) {
        SceneLoadError kind = SceneLoadError::None;
        if (loadTrainingScenario(*training, scenario, warnings, error, &kind))
            return true;
        if (kind == SceneLoadError::BadScenario)
            error = QStringLiteral("%1: %2").arg(scenarioPath, error);
        return fail(kind);
    }
    TracksRead read = readSceneTracks(files);
    if (!read.unreadable.isEmpty()) {
        error = read.unreadable.front();
        return fail(SceneLoadError::Unreadable);
    }
    warnings << read.problems << read.merged;
    scenario = builtinScenario();
    addTracks(scenario, std::move(read.tracks));
    return true;
}

} // namespace trilink::maps
