// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/MissileClass.h"

#include <QString>

#include <optional>
#include <vector>

namespace trilink {

// How high the arc goes: a given apogee, the minimum-energy arc for the range, or a multiple of the
// minimum-energy apogee (loftFactor > 1 lofted, < 1 depressed). For a space launch (class SLV) the apogee
// is the altitude of the orbit it inserts into.
enum class TrajectoryShape { Apogee, MinimumEnergy, LoftFactor };

// What the vehicle does after the boost. None: a ballistic flight (drag acts throughout, no lift).
// PullUp: after apogee it descends into the upper atmosphere and uses lift to pull up and extend its range,
// then dives onto the target (the KN-23 / Hwasong-11 profile, and manoeuvring RVs). Glide: a boost-glide
// vehicle leaves the booster, pulls into an unpowered hypersonic glide at its best lift-to-drag ratio,
// turning along the glide legs if any, and dives onto the target when it has slowed to about Mach 5.
enum class Maneuver { None, PullUp, Glide };
QString maneuverName(Maneuver m); // "none", "pullup", "glide"
std::optional<Maneuver> parseManeuver(const QString &text);

// Where the missile leaves from. A sea launch (submarine or barge) is from the sea surface at the given
// point (height 0); the boost is flown from there as from a pad (the underwater ejection is not modelled).
enum class LaunchPlatform { Land, Submarine, Barge };
QString launchPlatformName(LaunchPlatform p); // "land", "submarine", "barge"
std::optional<LaunchPlatform> parseLaunchPlatform(const QString &text);

// One leg of a glide path: fly distanceM along bearingDeg (the first leg's bearing is the launch direction),
// then turn to the next leg's bearing over turnDistanceM (0: as tightly as the vehicle can). The legs are
// measured over the ground from the launch point; the flight ends at the end of the last leg. This is the
// shape of the `glide_path` column of cns_launches.csv (its `maneuvering-distance` is the turn distance).
struct GlideLeg {
    double distanceM = 0;
    double bearingDeg = 0;
    double turnDistanceM = 0;
};
// "DIST_KM:BEARING_DEG[:TURN_KM],..." e.g. "500:75:120,80:65" (500 km at 75 deg, a 120 km turn, 80 km at
// 65 deg). Empty with `error` set on a malformed list.
std::vector<GlideLeg> parseGlideLegs(const QString &text, QString &error);

// What `trilink simulate` and the catalogue ask the solver for. Direction is an impact point, an azimuth
// and a ground range (geodesic on WGS84), or glide legs; a space launch needs only the azimuth.
// Degrees, metres, seconds.
struct TrajectoryRequest {
    double launchLon = 0;
    double launchLat = 0;
    double launchAltM = 0;
    LaunchPlatform platform = LaunchPlatform::Land;

    std::optional<double> impactLon;
    std::optional<double> impactLat;
    std::optional<double> azimuthDeg;
    std::optional<double> rangeM;
    std::vector<GlideLeg> glideLegs; // instead of an impact point or azimuth and range

    TrajectoryShape shape = TrajectoryShape::MinimumEnergy;
    double apogeeM = 0;      // for TrajectoryShape::Apogee
    double loftFactor = 1.0; // for TrajectoryShape::LoftFactor

    // The boost model: a named missile ("Hwasong-15", "hwasong-11a") if known, else the class, else inferred
    // from the range and apogee (classForFlight).
    std::optional<MissileClass> missileClass;
    QString missileName;
    // Default: Glide for class HGV or when glide legs are given, None otherwise.
    std::optional<Maneuver> maneuver;

    // A failure: thrust ends at this time after launch (a break-up in the boost, or an upper stage that did
    // not ignite at its staging time) and what is left falls unpowered. After burnout it marks a break-up in
    // free flight. The intended flight is solved first and flown until then.
    std::optional<double> failAtS;

    // Outside what the missile can fly, fly the nearest it can instead of failing (for a catalogue built
    // from reported figures, which are rounded and sometimes in tension): the apogee moves to the edge of the
    // envelope; glide legs that cannot be followed become a glide to the end of the last leg. The
    // trajectory's note says what was changed.
    bool nearestFeasible = false;

    // Space launch: the track follows the orbit for this long after insertion (it has no impact).
    double orbitCoastS = 600;
    static constexpr double kDefaultOrbitAltitudeM = 500e3;

    double sampleIntervalS = 1.0;

    bool isSpaceLaunch() const { return missileClass == MissileClass::Slv; }
    Maneuver resolvedManeuver() const;
};

// Limits the validation enforces, with the reason for each in the .cpp.
inline constexpr double kMaxApogeeM = 10000e3;
inline constexpr double kMinApogeeM = 10e3;
inline constexpr double kMaxRangeM = 20000e3;
inline constexpr double kMinRangeM = 10e3;

// An empty string when the request can be flown, else a message naming the offending field and value.
QString validateTrajectoryRequest(const TrajectoryRequest &request);

} // namespace trilink
