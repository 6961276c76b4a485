// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/LiveTrackStore.h"

#include <algorithm>
#include <limits>

namespace trilink {

int LiveTrackStore::indexOf(const QString &uid) const
{
    return m_index.value(uid, -1);
}

void LiveTrackStore::reindex()
{
    m_index.clear();
    for (int i = 0; i < static_cast<int>(m_tracks.size()); ++i)
        m_index.insert(m_tracks[i].track.id, i);
}

void LiveTrackStore::evictOne()
{
    const auto oldest = std::min_element(m_tracks.begin(), m_tracks.end(), [](const LiveTrack &a, const LiveTrack &b) {
        return a.lastReceivedMs < b.lastReceivedMs;
    });
    if (oldest == m_tracks.end())
        return;
    m_changed.remove(oldest->track.id);
    m_tracks.erase(oldest);
    ++m_counts.tracksEvicted;
    reindex();
}

LiveTrackStore::Added LiveTrackStore::add(const LiveReport &r)
{
    ++m_counts.reports;
    int i = indexOf(r.uid);
    Added added = Added::Appended;
    if (i < 0) {
        if (static_cast<int>(m_tracks.size()) >= m_limits.maxTracks)
            evictOne();
        LiveTrack t;
        t.track.id = r.uid;
        m_tracks.push_back(std::move(t));
        i = static_cast<int>(m_tracks.size()) - 1;
        m_index.insert(r.uid, i);
        added = Added::NewTrack;
    }
    LiveTrack &t = m_tracks[i];
    auto &points = t.track.points;
    const std::int64_t latency = r.receivedMs - r.point.timeMsUtc;
    const bool latest = points.empty() || r.point.timeMsUtc > points.back().timeMsUtc;
    if (latest) {
        points.push_back(r.point);
        t.latencyMs.push_back(latency);
    } else {
        const auto at = std::lower_bound(points.begin(), points.end(), r.point.timeMsUtc,
                                         [](const TrackPoint &p, std::int64_t time) { return p.timeMsUtc < time; });
        const auto k = at - points.begin();
        if (at != points.end() && at->timeMsUtc == r.point.timeMsUtc) {
            *at = r.point;
            t.latencyMs[k] = latency;
            added = Added::Replaced;
            ++m_counts.replaced;
        } else {
            points.insert(at, r.point);
            t.latencyMs.insert(t.latencyMs.begin() + k, latency);
            added = Added::Inserted;
            ++m_counts.reordered;
        }
    }
    if (static_cast<int>(points.size()) > m_limits.maxPointsPerTrack) {
        const auto excess = points.size() - static_cast<std::size_t>(m_limits.maxPointsPerTrack);
        points.erase(points.begin(), points.begin() + static_cast<std::ptrdiff_t>(excess));
        t.latencyMs.erase(t.latencyMs.begin(), t.latencyMs.begin() + static_cast<std::ptrdiff_t>(excess));
        m_counts.pointsDropped += static_cast<std::int64_t>(excess);
    }
    // What describes the track comes from its latest report; a late report only fills in its point.
    if (latest || added == Added::NewTrack) {
        t.staleMs = r.staleMs;
        if (!r.label.isEmpty())
            t.track.label = r.label;
        if (!r.identity.isEmpty())
            t.track.identity = r.identity;
        t.source = r.source;
    } else {
        t.staleMs = std::max(t.staleMs, r.staleMs);
    }
    t.lastReceivedMs = std::max(t.lastReceivedMs, r.receivedMs);
    ++t.reports;
    m_changed.insert(r.uid);
    return added;
}

QStringList LiveTrackStore::expire(std::int64_t nowMs)
{
    QStringList gone;
    const auto keepUntil = [&](const LiveTrack &t) {
        return t.staleMs > std::numeric_limits<std::int64_t>::max() - m_limits.forgetAfterMs ? t.staleMs
                                                                                             : t.staleMs + m_limits.forgetAfterMs;
    };
    const auto end = std::remove_if(m_tracks.begin(), m_tracks.end(), [&](const LiveTrack &t) {
        if (nowMs <= keepUntil(t))
            return false;
        gone << t.track.id;
        return true;
    });
    if (gone.isEmpty())
        return gone;
    m_tracks.erase(end, m_tracks.end());
    m_counts.tracksExpired += gone.size();
    for (const QString &uid : gone)
        m_changed.remove(uid);
    reindex();
    return gone;
}

void LiveTrackStore::clear()
{
    m_tracks.clear();
    m_index.clear();
    m_changed.clear();
}

const LiveTrack *LiveTrackStore::find(const QString &uid) const
{
    const int i = indexOf(uid);
    return i < 0 ? nullptr : &m_tracks[i];
}

std::vector<RecordedTrack> LiveTrackStore::recordedTracks() const
{
    std::vector<RecordedTrack> out;
    out.reserve(m_tracks.size());
    for (const auto &t : m_tracks)
        out.push_back(t.track);
    return out;
}

QStringList LiveTrackStore::takeChanged()
{
    QStringList out;
    for (const auto &t : m_tracks)
        if (m_changed.contains(t.track.id))
            out << t.track.id;
    m_changed.clear();
    return out;
}

} // namespace trilink
