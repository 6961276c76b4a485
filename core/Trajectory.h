// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/BoostProfile.h"
#include "core/FlightPhase.h"
#include "core/Vec3.h"

#include <QString>

#include <optional>
#include <vector>

namespace trilink {

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
    PullUp,         // the lift takes hold after apogee (start of the pull-up)
    GlideStart,     // the glide vehicle's lift takes hold (start of the glide)
    Dive,           // end of the pull-up or glide: the terminal dive
    Turn,           // the start of a turn onto the next glide leg
    Failure,        // thrust ends early (break-up or a stage that did not ignite), or a break-up in flight
    OrbitInsertion, // a space launch reaches orbit
};
QString trajectoryEventKindName(TrajectoryEventKind k); // "launch", "stage_burnout", ..., "orbit_insertion"

struct TrajectoryEvent {
    TrajectoryEventKind kind = TrajectoryEventKind::Launch;
    double timeS = 0;
    double lon = 0;
    double lat = 0;
    double altM = 0;
    QString detail; // e.g. "stage 1", "Hokkaido", "inside approx. EEZ"
};

// A run of samples in one phase, from the time of its first sample to the first sample of the next run
// (the last run ends at the last sample).
struct PhaseInterval {
    FlightPhase phase = FlightPhase::Boost;
    double startS = 0;
    double endS = 0;
};
// The phases of a sampled flight in time order (empty for no samples).
std::vector<PhaseInterval> phaseIntervals(const std::vector<TrajectorySample> &samples);

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
    double maxMach = 0;                   // the same against the local speed of sound (US76)
    double pathM = 0;                     // ground distance flown (longer than rangeM when it turns)
    QString maneuver;                     // "none", "pullup", "glide"
    QString platform;                     // "land", "submarine", "barge"
    QString airframe;                     // what flew after the boost
    bool failed = false;                  // a failure was flown (failAtS)
    double failAtS = 0;
    bool inOrbit = false;                 // a space launch that reached orbit: the samples end in orbit
    QString note;                         // what the solver chose that the request did not say (a pull-up)
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
    int solverRuns = 0;         // flights integrated to find this one (every shot, first guesses and walks)
};

} // namespace trilink
