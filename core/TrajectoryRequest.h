// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/MissileClass.h"

#include <QString>

#include <optional>

namespace trilink {

// How high the arc goes: a given apogee, the minimum-energy arc for the range, or a multiple of the
// minimum-energy apogee (loftFactor > 1 lofted, < 1 depressed).
enum class TrajectoryShape { Apogee, MinimumEnergy, LoftFactor };

// What `trilink simulate` and the catalogue ask the solver for. Direction is either an impact point or an
// azimuth and a ground range (geodesic on WGS84). Degrees, metres, seconds.
struct TrajectoryRequest {
    double launchLon = 0;
    double launchLat = 0;
    double launchAltM = 0;

    std::optional<double> impactLon;
    std::optional<double> impactLat;
    std::optional<double> azimuthDeg;
    std::optional<double> rangeM;

    TrajectoryShape shape = TrajectoryShape::MinimumEnergy;
    double apogeeM = 0;      // for TrajectoryShape::Apogee
    double loftFactor = 1.0; // for TrajectoryShape::LoftFactor

    // The boost model: a named missile ("Hwasong-15") if known, else the class, else inferred from the
    // range and apogee (classForFlight).
    std::optional<MissileClass> missileClass;
    QString missileName;

    double sampleIntervalS = 1.0;
};

// Limits the validation enforces, with the reason for each in the .cpp.
inline constexpr double kMaxApogeeM = 10000e3;
inline constexpr double kMinApogeeM = 10e3;
inline constexpr double kMaxRangeM = 20000e3;
inline constexpr double kMinRangeM = 10e3;

// An empty string when the request can be flown, else a message naming the offending field and value.
QString validateTrajectoryRequest(const TrajectoryRequest &request);

} // namespace trilink
