// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// The tracks of a live feed as reports arrive: one track per uid, its points in time order whatever order
// the network delivered them in, how late each report came, and when the track goes stale and is forgotten.
// The feed's encoding (Cursor on Target, XML or protobuf) is maps' business; this holds the domain.
//
//   - A report newer than the track's last point is appended (the usual case); an older one is put in its
//     place (UDP reorders); one at the time of an existing point replaces it (a re-send, or a correction).
//   - Each track carries the stale time of its latest report: past it, isStale(). Tracks stale for longer
//     than Limits::forgetAfterMs are dropped by expire(), so a feed running for days stays in bounds.
//   - Bounds: at most Limits::maxTracks tracks (a new uid beyond that evicts the track heard from least
//     recently) and Limits::maxPointsPerTrack points per track (the oldest go first). Each is counted.
//
// Threads: none of its own; one thread at a time (the viewer's GUI thread, or the recorder's).

#include "core/RecordedTrack.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace trilink {

// One position report of one object.
struct LiveReport {
    QString uid;
    QString label;   // what the sender calls it (a CoT callsign); empty: keep the last one
    TrackPoint point; // its own time (when measured), position and partners
    std::int64_t staleMs = 0;    // when the report stops being true
    std::int64_t receivedMs = 0; // wall clock at arrival
    TrackIdentity identity; // what the source says it is (a CoT type, how and detail); empty: keep the last
    QString source;         // where it came from ("udp 127.0.0.1:6969 from 10.0.0.7")
};

struct LiveTrack {
    RecordedTrack track;            // id = uid; points in strictly increasing time; identity of the latest report
    std::vector<std::int64_t> latencyMs; // per point: arrival minus the report's own time
    std::int64_t staleMs = 0;       // of the latest report
    std::int64_t lastReceivedMs = 0;
    QString source;
    int reports = 0;                // every report, replaced and reordered ones included

    bool isStale(std::int64_t nowMs) const { return nowMs > staleMs; }
    std::int64_t lastLatencyMs() const { return latencyMs.empty() ? 0 : latencyMs.back(); }
};

class LiveTrackStore {
public:
    struct Limits {
        int maxTracks = 5000;
        int maxPointsPerTrack = 86'400;           // a day at 1 Hz
        std::int64_t forgetAfterMs = 3'600'000;   // an hour past stale
    };
    enum class Added { NewTrack, Appended, Inserted, Replaced };

    struct Counts {
        std::int64_t reports = 0;
        std::int64_t reordered = 0;   // arrived after a later report of the same uid
        std::int64_t replaced = 0;    // same uid and time as a point already held
        std::int64_t pointsDropped = 0; // oldest points over maxPointsPerTrack
        std::int64_t tracksEvicted = 0; // over maxTracks
        std::int64_t tracksExpired = 0; // forgotten by expire()
    };

    LiveTrackStore() = default;
    explicit LiveTrackStore(Limits limits) : m_limits(limits) {}

    Added add(const LiveReport &report);
    // Forgets every track stale for longer than forgetAfterMs at nowMs; returns their uids.
    QStringList expire(std::int64_t nowMs);
    void clear();

    const LiveTrack *find(const QString &uid) const;
    // In order of first report.
    const std::vector<LiveTrack> &tracks() const { return m_tracks; }
    std::vector<RecordedTrack> recordedTracks() const;
    // The uids added to or changed since the last call, in order of first report.
    QStringList takeChanged();
    const Counts &counts() const { return m_counts; }
    const Limits &limits() const { return m_limits; }

private:
    int indexOf(const QString &uid) const;
    void evictOne();
    void reindex();

    Limits m_limits;
    std::vector<LiveTrack> m_tracks;
    QHash<QString, int> m_index;
    QSet<QString> m_changed;
    Counts m_counts;
};

} // namespace trilink
