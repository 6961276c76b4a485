// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/cot/CotPlaylist.h"

#include <QMap>

#include <algorithm>
#include <limits>

namespace trilink::maps::cot {

CotPlaylist::CotPlaylist(std::vector<ScenarioTrack> tracks, std::int64_t fromMs, std::int64_t toMs) : m_tracks(std::move(tracks))
{
    // A salvo shares its missile's name; on a TAK map each needs its own label.
    // (A QMap, not a QHash: Qt 6.4's vectorised qHash(QString) reads past a short string's end, which
    // under AddressSanitizer's allocator can fall on an unmapped page.)
    QMap<QString, int> labelUse;
    for (const auto &t : m_tracks)
        ++labelUse[t.label];
    for (std::size_t k = 0; k < m_tracks.size(); ++k) {
        const ScenarioTrack &t = m_tracks[k];
        m_points.push_back(recordingFromTrack(t));
        m_callsigns.push_back(t.label.isEmpty() || labelUse.value(t.label) > 1 ? t.id : t.label);
        const auto &points = m_points.back().points;
        m_lastPoint.push_back(-1);
        for (std::size_t i = 0; i < points.size(); ++i)
            if (points[i].timeMsUtc >= fromMs && points[i].timeMsUtc <= toMs) {
                m_entries.push_back({points[i].timeMsUtc, static_cast<int>(k), static_cast<int>(i)});
                m_lastPoint.back() = static_cast<int>(i);
            }
    }
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) { return a.timeMs < b.timeMs; });
    m_lastTaken.assign(m_tracks.size(), std::numeric_limits<std::int64_t>::min());
}

std::vector<CotPlaylist::Entry> CotPlaylist::take(std::int64_t untilMs, std::int64_t minGapMs)
{
    std::vector<Entry> out;
    for (; m_next < m_entries.size() && m_entries[m_next].timeMs <= untilMs; ++m_next) {
        const Entry &e = m_entries[m_next];
        const bool first = m_lastTaken[static_cast<std::size_t>(e.track)] == std::numeric_limits<std::int64_t>::min();
        const bool last = e.point == m_lastPoint[static_cast<std::size_t>(e.track)];
        if (first || last || e.timeMs - m_lastTaken[static_cast<std::size_t>(e.track)] >= minGapMs) {
            out.push_back(e);
            m_lastTaken[static_cast<std::size_t>(e.track)] = e.timeMs;
        }
    }
    return out;
}

void CotPlaylist::seek(std::int64_t timeMs)
{
    m_next = static_cast<std::size_t>(std::lower_bound(m_entries.begin(), m_entries.end(), timeMs,
                                                       [](const Entry &e, std::int64_t t) { return e.timeMs < t; })
                                      - m_entries.begin());
}

CotEvent CotPlaylist::event(const Entry &e, std::int64_t eventTimeMs, std::int64_t staleAfterMs) const
{
    const auto k = static_cast<std::size_t>(e.track);
    return eventForPoint(m_tracks[k], m_points[k], e.point, m_callsigns[k], {eventTimeMs, staleAfterMs});
}

} // namespace trilink::maps::cot
