// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// What a live feed has become: received events turned into live reports (partners from the event's own
// <trilink>, else the connection's rules), kept in the LiveTrackStore, and offered as the scenario the views
// show (tracks rebuilt only when a report changed them) or as recorded tracks for a file. The viewer's
// LiveFeed and the headless recorder both go through here.
//
// Threads: one thread at a time.

#include "core/LiveTrackStore.h"
#include "core/Scenario.h"
#include "maps/live/CotPartnerRules.h"
#include "maps/live/CotReceiver.h"

#include <QHash>

#include <memory>

namespace trilink::maps::live {

// One live track as the viewer's readouts show it, beside its ScenarioTrack.
struct LiveTrackStatus {
    QString id;
    QString kind;   // CoT type
    QString how;
    QString source; // connection and sender
    std::int64_t lastLatencyMs = 0;
    std::int64_t lastReportMs = 0; // the latest report's own time
    std::int64_t lastReceivedMs = 0;
    std::int64_t staleMs = 0;
    int reports = 0;
};

struct LiveSnapshot {
    Scenario::Ptr scenario;               // live tracks in order of first report
    std::vector<LiveTrackStatus> tracks;  // the same order
    LiveTrackStore::Counts counts;
    std::int64_t builtMs = 0;             // wall clock
};
using LiveSnapshotPtr = std::shared_ptr<const LiveSnapshot>;

class LiveTracks {
public:
    explicit LiveTracks(CotPartnerRules rules = {}, LiveTrackStore::Limits limits = {});

    void add(const QList<ReceivedEvent> &events);
    QStringList expire(std::int64_t nowMs) { return m_store.expire(nowMs); }
    // Whether anything changed since the last snapshot.
    bool hasChanges() const { return m_dirty; }
    // The live picture: the tracks as scenario tracks (unchanged ones reused), with the bundled sensor
    // laydown so the map shows the sensors as ever.
    LiveSnapshotPtr snapshot(std::int64_t nowMs);
    const LiveTrackStore &store() const { return m_store; }
    std::vector<RecordedTrack> recordedTracks() const { return m_store.recordedTracks(); }

private:
    CotPartnerRules m_rules;
    LiveTrackStore m_store;
    QHash<QString, ScenarioTrack> m_built;
    SensorLaydown m_laydown;
    bool m_dirty = false;
};

} // namespace trilink::maps::live
