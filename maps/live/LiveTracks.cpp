// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/live/LiveTracks.h"

#include "maps/cot/CotTrackEvents.h"

namespace trilink::maps::live {

LiveTracks::LiveTracks(CotPartnerRules rules, LiveTrackStore::Limits limits)
    : m_rules(std::move(rules)), m_store(limits), m_laydown(SensorLaydown::builtin())
{
}

void LiveTracks::add(const QList<ReceivedEvent> &events)
{
    for (const ReceivedEvent &r : events) {
        const auto senderPartners = r.event.partners ? std::nullopt : m_rules.match(r.event, r.from);
        m_store.add(cot::reportFromEvent(r.event, r.receivedMs, r.source, senderPartners));
    }
    m_dirty = m_dirty || !events.isEmpty();
}

LiveSnapshotPtr LiveTracks::snapshot(std::int64_t nowMs)
{
    for (const QString &id : m_store.takeChanged())
        if (const LiveTrack *t = m_store.find(id))
            m_built.insert(id, trackFromRecording(t->track, t->source));
    auto out = std::make_shared<LiveSnapshot>();
    auto scenario = std::make_shared<Scenario>();
    scenario->laydown = m_laydown;
    scenario->tracks.reserve(m_store.tracks().size());
    for (const LiveTrack &t : m_store.tracks()) {
        const auto built = m_built.constFind(t.track.id);
        if (built == m_built.cend())
            continue;
        scenario->tracks.push_back(*built);
        out->tracks.push_back({t.track.id, t.track.identity.kind, t.track.identity.how, t.source, t.lastLatencyMs(),
                               t.track.points.empty() ? 0 : t.track.points.back().timeMsUtc, t.lastReceivedMs, t.staleMs, t.reports});
    }
    if (m_built.size() > static_cast<qsizetype>(m_store.tracks().size())) // forgotten tracks go from the cache too
        m_built.removeIf([this](const auto &entry) { return m_store.find(entry.key()) == nullptr; });
    out->scenario = std::move(scenario);
    out->counts = m_store.counts();
    out->builtMs = nowMs;
    m_dirty = false;
    return out;
}

} // namespace trilink::maps::live
