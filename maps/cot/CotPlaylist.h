// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// Tracks played out as Cursor on Target: every point of every track in one time order (a salvo's tracks
// interleave, points of one instant go out together), read forward by a clock. Who drives the clock differs
// (trilink stream: the wall clock times the speed; the viewer's Broadcast: its playback clock); what goes
// out, and how thinned, is decided here once.
//
// Thinning: a TAK client needs a report a second, not the model's every sample at 600x. take() passes a
// track's point only when it is at least minGapMs (in track time) after the last one passed, but always its
// first and last in the window played (launch and impact, when the window holds them).
//
// Threads: a value; one thread at a time.

#include "core/Scenario.h"
#include "maps/cot/CotEvent.h"
#include "maps/cot/CotTrackEvents.h"

#include <cstdint>
#include <vector>

namespace trilink::maps::cot {

class CotPlaylist {
public:
    struct Entry {
        std::int64_t timeMs = 0; // the point's own time
        int track = 0;
        int point = 0;
    };

    // Only points from fromMs to toMs (inclusive) play.
    CotPlaylist(std::vector<ScenarioTrack> tracks, std::int64_t fromMs, std::int64_t toMs);

    std::int64_t startMs() const { return m_entries.empty() ? 0 : m_entries.front().timeMs; }
    std::int64_t endMs() const { return m_entries.empty() ? 0 : m_entries.back().timeMs; }
    std::size_t size() const { return m_entries.size(); }
    bool atEnd() const { return m_next >= m_entries.size(); }
    // The time of the next entry a take would consider (endMs() at the end).
    std::int64_t nextMs() const { return atEnd() ? endMs() : m_entries[m_next].timeMs; }
    const std::vector<ScenarioTrack> &tracks() const { return m_tracks; }

    // The entries after the last take up to untilMs, thinned as above.
    std::vector<Entry> take(std::int64_t untilMs, std::int64_t minGapMs);
    // The next take starts at timeMs (the clock jumped there): nothing before it is sent, a point at it is.
    void seek(std::int64_t timeMs);

    // The event of an entry, at eventTimeMs.
    CotEvent event(const Entry &e, std::int64_t eventTimeMs, std::int64_t staleAfterMs) const;
    const QString &callsign(int track) const { return m_callsigns.at(static_cast<std::size_t>(track)); }

private:
    std::vector<ScenarioTrack> m_tracks;
    std::vector<RecordedTrack> m_points; // recordingFromTrack of each: its partners and sensors per point
    std::vector<QString> m_callsigns;
    std::vector<Entry> m_entries;
    std::vector<std::int64_t> m_lastTaken;
    std::vector<int> m_lastPoint; // per track, its last point in the window
    std::size_t m_next = 0;
};

} // namespace trilink::maps::cot
