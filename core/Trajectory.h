// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/BoostProfile.h"
#include "core/Vec3.h"

#include <QString>

#include <vector>

namespace trilink {

enum class FlightPhase { Boost, Midcourse, Terminal };
QString flightPhaseName(FlightPhase p); // "boost", "midcourse", "terminal"

// One time-tagged state of a modelled flight. Position is geodetic on WGS84; velocity is Earth-fixed
// (ECEF), i.e. what a ground radar would measure, and speedMps is its magnitude.
struct TrajectorySample {
    double timeS = 0; // since launch
    double lon = 0;
    double lat = 0;
    double altM = 0;
    Vec3 velocityEcefMps;
    double speedMps = 0;
    FlightPhase phase = FlightPhase::Boost;
};

enum class TrajectoryEventKind {
    Launch,
    StageBurnout, // one per stage; the last one is "burnout"
    Apogee,
    Reentry, // descending through 100 km
    Impact,
    EnterJapanEez,
    LeaveJapanEez,
    EnterJapanTerritory, // ground track enters the coarse land outline (overflight)
    LeaveJapanTerritory,
};
QString trajectoryEventKindName(TrajectoryEventKind k); // "launch", "stage_burnout", ..., "leave_japan_territory"

struct TrajectoryEvent {
    TrajectoryEventKind kind = TrajectoryEventKind::Launch;
    double timeS = 0;
    double lon = 0;
    double lat = 0;
    double altM = 0;
    QString detail; // e.g. "stage 1", "Hokkaido", "inside approx. EEZ"
};

// A solved flight. The summary figures come from the integration itself (impact by root finding,
// apogee by interpolation), not from the 1 s samples, so they do not depend on the sampling interval.
struct Trajectory {
    std::vector<TrajectorySample> samples; // t = 0, 1, 2, ... s and a last sample at impact
    std::vector<TrajectoryEvent> events;   // in time order
    BoostProfile profile;

    double flightTimeS = 0;
    double apogeeM = 0;
    double apogeeTimeS = 0;
    double rangeM = 0; // geodesic, launch to impact
    double burnoutTimeS = 0;
    double burnoutAltM = 0;
    double burnoutSpeedMps = 0;          // inertial, the quantity the rocket equation budgets
    double burnoutFlightPathAngleDeg = 0; // Earth-relative, above the local horizontal
    double burnoutAzimuthDeg = 0;         // Earth-relative, clockwise from north
    double maxSpeedMps = 0;               // Earth-relative (ECEF) maximum over the flight
    double launchLon = 0;
    double launchLat = 0;
    double impactLon = 0;
    double impactLat = 0;

    // Solver bookkeeping: the free parameters it found and how well the targets were met.
    double finalPitchDeg = 0;   // thrust elevation at burnout
    double deltaVScale = 1;     // fraction of the profile's nominal delta-v used
    double launchAzimuthDeg = 0;
    double missDistanceM = 0;   // impact point vs requested
    double apogeeErrorM = 0;    // modelled - requested
    int iterations = 0;
};

} // namespace trilink
