// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"
#include "core/SensorLaydown.h"
#include "core/SharingModel.h"
#include "core/Units.h"

#include <QString>

#include <optional>
#include <vector>

namespace trilink {

// How far a sensor is from a point: along the ground (the geodesic between the sensor and the point's
// foot, on WGS84) and in a straight line (through ECEF, from the sensor's antenna to the point).
struct SensorRange {
    QString sensorId;
    double groundM = 0;
    double slantM = 0;
};

// The radars of `partners` nearest to (lon, lat, altM) by slant range, nearest first, at most `count`.
std::vector<SensorRange> nearestRadars(const SensorLaydown &laydown, PartnerMask partners, double lon, double lat, double altM,
                                       std::size_t count);

// What the status bar says of the selected track at an instant, for a view-as: while it flies its state
// and the view's nearest radars; for one partner's view, what sharing gains it.
struct TrackReadout {
    QString label;
    std::optional<double> sinceLaunchS; // set while the track is in flight
    TrajectorySample state;             // then its state
    std::vector<SensorRange> nearest;   // then the view's two nearest radars
    std::optional<Partner> viewer;      // a partner's view: its sharing gain
    SharingGain gain;

    // "HS15 T+11:40 · alt 984 km · 4,981 m/s   ·   KOR-GREENPINE-C: 650 km ground, 1,163 km slant   ·   ...
    // sharing gain for KOR: 26 s earlier · +21 pts held", in the given units.
    QString text(const UnitSystem &units = {}) const;
};

TrackReadout trackReadout(const Scenario &scenario, const ScenarioTrack &track, double timeMs, ViewAs viewAs);

} // namespace trilink
