// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// Tracks as Cursor on Target and back: the event Trilink sends for one sample of a track, and the live report
// it makes of an event it receives. What Trilink says about a track, and how, lives here only.
//
// Sent, for a track whose source said what it is (its TrackIdentity, from CoT): that type, that how and that
// detail, so a friendly ground unit stays one. Otherwise: type a-h-A-W-M-S-S (hostile / air / weapon / missile / surface-to-surface missile, CoTtypes.xml;
// a-h-A-W-M-U, subsurface-to-surface, for a submarine launch), how m-s (machine, simulated) for tracks
// modelled from public launch facts and m-p (machine, passed on) for recorded ones, opex "s-trilink" on
// modelled tracks (an exercise simulation, never an operation), the point, <track> course (degrees true,
// geodesic to the next sample) and ground speed (m/s), <contact callsign>, Trilink's <trilink partners
// sensor source_time>, and <remarks> saying the same in words for a TAK client that knows nothing of Trilink.
//
// Threads: stateless; any thread.

#include "core/LiveTrackStore.h"
#include "core/Scenario.h"
#include "maps/cot/CotEvent.h"

#include <optional>

namespace trilink::maps::cot {

inline constexpr char kTypeBallisticMissile[] = "a-h-A-W-M-S-S";
inline constexpr char kTypeSubmarineLaunched[] = "a-h-A-W-M-U";
inline constexpr char kHowModelled[] = "m-s";
inline constexpr char kHowRecorded[] = "m-p";

QString cotTypeFor(const ScenarioTrack &track);
QString cotHowFor(const ScenarioTrack &track);

struct SampleTiming {
    std::int64_t eventTimeMs = 0;  // the event's time (the wall clock when played live, else the sample's)
    std::int64_t staleAfterMs = 60'000;
};

// The event for point i of a track; points is recordingFromTrack(track) (its partners and sensors per
// sample). callsign: how TAK clients label it (the missile, made unique by the caller when a salvo shares one).
CotEvent eventForPoint(const ScenarioTrack &track, const RecordedTrack &points, int i, const QString &callsign,
                       const SampleTiming &timing);

// A received event as a live report: its own time and point (hae, else 0), its callsign and type, its
// partners (the event's <trilink partners>, else senderPartners from the connection's rules), and the rest
// of its detail kept for writing the track out again.
LiveReport reportFromEvent(const CotEvent &e, std::int64_t receivedMs, const QString &source,
                           std::optional<PartnerMask> senderPartners);

} // namespace trilink::maps::cot
