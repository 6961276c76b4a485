// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/FlightPhase.h"
#include "core/Partner.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace trilink {

// One time-tagged point of a track as files carry it: a UTC instant to the millisecond, a geodetic position
// on WGS84 and, where the source says so, which partners held the track at that point and through which
// sensor, and the flight phase.
struct TrackPoint {
    std::int64_t timeMsUtc = 0; // milliseconds since 1970-01-01T00:00:00Z
    double lon = 0;             // degrees east, -180..180
    double lat = 0;             // degrees north, -90..90
    double altM = 0;            // metres above the WGS84 ellipsoid (height above ellipsoid)
    PartnerMask partners = 0;   // 0: the source says nothing about who held it
    QString sensor;             // empty when not given
    std::optional<FlightPhase> phase = std::nullopt; // when the file says (Trilink's own CSV does)
};

// What the source says an object is, in its own terms, kept so that the track written or sent again in that
// form says the same: today Cursor on Target's type ("a-f-G-U-C", a friendly ground unit), how ("m-g") and
// the rest of its <detail> as XML (its team, device, icon). Empty for sources that say nothing of the kind.
struct TrackIdentity {
    QString kind;
    QString how;
    QString extra;
    bool isEmpty() const { return kind.isEmpty() && how.isEmpty() && extra.isEmpty(); }
    bool operator==(const TrackIdentity &) const = default;
};

// A track as recorded by another system or written by Trilink: an id, an optional label (the missile, say)
// and its points in time order. Everything a reader or writer needs and nothing it does not; the viewer and
// the catalogue convert to and from this.
struct RecordedTrack {
    QString id;
    QString label;
    std::vector<TrackPoint> points;
    TrackIdentity identity = {}; // a default, so readers that brace-initialise the rest need not name it

    bool isEmpty() const { return points.empty(); }
    double apogeeM() const;      // highest altitude, 0 for no points
    double groundRangeM() const; // geodesic first point to last (WGS84, PROJ), 0 for fewer than two points
    PartnerMask partnerSet() const; // union over the points
};

// ISO 8601 UTC with milliseconds, "2017-11-28T18:17:00.000Z".
QString isoUtcMs(std::int64_t timeMsUtc);

} // namespace trilink
