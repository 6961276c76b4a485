// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// One Cursor on Target event as a value: what the XML <event> and the TAK Protocol v1 CotEvent carry, and
// what Trilink reads from its <detail>. The same value comes out of the one event parser (CotEventParser,
// for XML and protobuf, from files and the network) and goes into the one writer (CotEventWriter).

#include "core/Partner.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace trilink::maps::cot {

// CoT's "unknown" for hae, ce and le: the XML schema's 9999999. TAK's protobuf comments say 999999, and both
// are seen on the wire; for ce and le anything from kUnknownErrorFrom up reads as unknown (an error of 1000 km
// says nothing), but for hae only the schema's value does: a ballistic missile flies at 1000 km and above.
inline constexpr double kUnknown = 9999999.0;
inline constexpr double kUnknownErrorFrom = 999999.0;

struct CotEvent {
    QString uid;
    QString type; // "a-h-A-W-M-S-S": atom, hostile, air, weapon, missile, surface-to-surface
    QString how;  // "m-s" machine simulated, "m-g" GPS, "h-e" human estimated, ...
    QString access, qos, opex; // optional attributes, kept so an event written back out says the same
    std::int64_t timeMs = 0;   // `time`: when the event was generated (UTC ms since 1970)
    std::int64_t startMs = 0;  // `start`: from when it is valid
    std::int64_t staleMs = 0;  // `stale`: after this it is to be forgotten

    double lat = 0;
    double lon = 0;
    double hae = kUnknown; // metres above the WGS84 ellipsoid
    double ce = kUnknown;  // circular error, metres (1 sigma)
    double le = kUnknown;  // linear (vertical) error, metres

    // <detail>, the children Trilink understands:
    QString callsign;                   // <contact callsign>
    QString endpoint;                   // <contact endpoint>
    QString groupName, groupRole;       // <__group name role>: the team colour and role of a TAK user
    QString parentCallsign;             // <link relation="p-p" parent_callsign>: who produced this event
    std::optional<double> courseDeg;    // <track course>: degrees true
    std::optional<double> speedMps;     // <track speed>: metres per second
    QString remarks;                    // <remarks> text
    std::optional<PartnerMask> partners; // <trilink partners>: unset when the event says nothing
    QString sensor;                     // <trilink sensor>
    std::optional<std::int64_t> sourceTimeMs; // <trilink source_time>: the track's own time when sent shifted
    // Every other child of <detail> as well-formed XML, re-serialised by the parser (never the raw bytes),
    // so a CoT event read and written again keeps what it said (a unit's <takv>, <status>, <usericon>...).
    QString otherDetail;

    bool hasHae() const { return hae < kUnknown - 0.5; }
    static bool isKnownError(double metres) { return metres < kUnknownErrorFrom; }
    // TAK's own control traffic (pings "t-x-c-t", protocol negotiation "t-x-takp-*"): no object to show.
    bool isControl() const { return type.startsWith(QLatin1String("t-x-")); }
};

} // namespace trilink::maps::cot
