// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// Groups points into tracks by id (first-seen order) and enforces what every format must satisfy, so that all
// readers agree and word their problems alike. A bad point is dropped with one problem at its line and the rest
// of its track kept:
//   - a valid position (checkPosition) and a time within years 0000..9999, which every writer can keep;
//   - within a track, times strictly increasing ("time ... repeats the previous point's; point skipped",
//     "time ... goes back before ...; point skipped");
//   - ids, labels and sensor names as one line of valid Unicode (TextValues.h: control characters and invalid
//     text replaced, with a problem), so every writer can hold them and no terminal is steered by them;
//   - memory in proportion to the points (docs/formats.md, "Security"): ids, labels and sensor names of at
//     most kMaxText characters, at most kMaxTracks tracks and kMaxSensors sensor names per file (each distinct
//     name stored once), and the problem list kept to its first kMaxProblems.
// Typical use: builder.add(id, point, line) per row, then result.tracks = builder.takeTracks(). One thread.

#include "maps/trackio/TrackFile.h"

#include <QHash>

#include <algorithm>
#include <QSet>

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace trilink::maps::trackio {

// A broken file must not eat memory in messages: the first kMaxProblems problems are listed, the rest counted
// in one last line ("... and 249000 more problems not listed").
inline constexpr std::size_t kMaxProblems = 1000;
inline constexpr qsizetype kMaxText = 256;        // characters of an id, a label, a sensor name
inline constexpr std::size_t kMaxTracks = 100'000; // per file
inline constexpr qsizetype kMaxSensors = 10'000;   // different sensor names per file

// The instants every format can write: 0000-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z.
inline constexpr std::int64_t kMinTimeMs = -62'167'219'200'000;
inline constexpr std::int64_t kMaxTimeMs = 253'402'300'799'999;

// The points of one track as a reader gathers them, each with the line to name it by, before they go to the
// builder at once (TrackBuilder::addRun): 68 bytes a point, and no copy on the way.
struct PointRun {
    std::vector<TrackPoint> points;
    std::vector<int> lines;
    void push(TrackPoint &&p, int line)
    {
        points.push_back(std::move(p));
        lines.push_back(line);
    }
    bool empty() const { return points.empty(); }
};

// Sorts points by time, stably, with a parallel array (lines, feature ids) in the same order, in place: a
// permutation of 4 bytes a point instead of a second copy of the points. Nothing moves when they are in order.
template <typename Extra> void sortByTime(std::vector<TrackPoint> &points, std::vector<Extra> &extra)
{
    auto later = [](const TrackPoint &a, const TrackPoint &b) { return a.timeMsUtc < b.timeMsUtc; };
    if (std::is_sorted(points.begin(), points.end(), later))
        return;
    std::vector<std::uint32_t> order(points.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<std::uint32_t>(i);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return later(points[a], points[b]); });
    // position i takes the element now at order[i]: follow each cycle once
    for (std::size_t start = 0; start < order.size(); ++start) {
        if (order[start] == start)
            continue;
        TrackPoint point = std::move(points[start]);
        Extra value = std::move(extra[start]);
        std::size_t at = start;
        for (std::size_t next = order[at]; next != start; at = next, next = order[at]) {
            points[at] = std::move(points[next]);
            extra[at] = std::move(extra[next]);
            order[at] = static_cast<std::uint32_t>(at);
        }
        points[at] = std::move(point);
        extra[at] = std::move(value);
        order[at] = static_cast<std::uint32_t>(at);
    }
}

class TrackBuilder {
public:
    TrackBuilder(const QString &fileName, std::vector<TrackProblem> &problems)
        : m_fileName(fileName), m_problems(problems)
    {
    }

    // Adds p (lon possibly normalised) to track id; false, with a problem at line (its message after `where`,
    // "point 3: "), when it was dropped.
    bool add(const QString &id, TrackPoint p, int line, const QString &where = {});
    // Adds a whole run of points to track id, in order, as add() would one by one, but without a second copy:
    // the vector becomes the track's storage when the track is new. Points whose skip entry is set (already
    // reported by the reader) are passed over. where(i) names point i in problems; line is every point's.
    // lines (when given) names point i's line; otherwise every point is at line.
    void addAll(const QString &id, std::vector<TrackPoint> &&points, std::span<const std::uint8_t> skip,
                std::span<const int> lines, int line, const std::function<QString(std::size_t)> &where);
    // A reader's run of points, each at its own line.
    void addRun(const QString &id, PointRun &&run, const std::function<QString(std::size_t)> &where = {})
    {
        addAll(id, std::move(run.points), {}, run.lines, 0, where);
        run = {};
    }
    // The label of track id (created, empty, if new): replace puts this one over an earlier one; otherwise the
    // first non-empty label stays.
    void setLabel(const QString &id, const QString &label, bool replace = true);
    bool hasLabel(const QString &id) const
    {
        if (m_last >= 0 && m_lastKey == id) // rows of a track come together
            return !m_tracks[static_cast<std::size_t>(m_last)].label.isEmpty();
        const auto it = m_index.constFind(id);
        return it != m_index.cend() && !m_tracks[static_cast<std::size_t>(*it)].label.isEmpty();
    }
    // Makes sure track id exists (at the end of the order when new), so takeTracks() reports it if it stays empty.
    void declare(const QString &id) { track(id, 0); }
    // Adds a problem at line in this file; past kMaxProblems it is only counted.
    void problem(int line, const QString &message);
    // Appends the count of problems not listed, once, when there were more than kMaxProblems.
    void summariseProblems();
    std::size_t pointCount() const { return m_pointCount; }
    // The tracks in first-seen order; tracks left without points are dropped (with a problem each, so a user
    // learns why a named track is missing). The builder is empty afterwards.
    std::vector<RecordedTrack> takeTracks();

private:
    RecordedTrack *track(const QString &id, int line); // nullptr when kMaxTracks are reached (reported once)
    // value as kept (cleanTextValue), with a problem at line when that changed it.
    QString clean(const QString &value, const char *what, int line);
    QString why(const TrackPoint &p, const RecordedTrack &t) const;
    void internSensor(QString &sensor, int line);

    QString m_fileName;
    std::vector<TrackProblem> &m_problems;
    std::vector<RecordedTrack> m_tracks;
    QHash<QString, int> m_index;
    int m_last = -1; // index of the last track added to: rows of one track usually come together
    std::size_t m_pointCount = 0;
    std::size_t m_problemsNotListed = 0;
    QHash<QString, QString> m_sensors; // as in the file -> as kept
    QString m_lastSensorKey, m_lastSensor;
    QString m_lastKey; // the id of m_last as given
    bool m_tooManyTracks = false, m_tooManySensors = false;
};

} // namespace trilink::maps::trackio
