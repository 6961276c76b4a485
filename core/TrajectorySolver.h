// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Trajectory.h"
#include "core/TrajectoryRequest.h"

#include <QString>

#include <optional>

namespace trilink {

enum class TrajectoryErrorKind {
    None,
    InvalidRequest,  // a field is out of range or the direction is missing (a usage error)
    OutsideEnvelope, // physically impossible for this missile: the message names the nearest feasible figure
    NotConverged,    // the solver gave up (should not happen inside the envelope; a bug if it does)
};

struct TrajectoryResult {
    QString error; // empty on success
    TrajectoryErrorKind errorKind = TrajectoryErrorKind::None;
    Trajectory trajectory;
    bool ok() const { return error.isEmpty(); }
};

// Shooting solver: finds the launch azimuth, the final pitch of the boost program and the delta-v scale
// (equivalently the burnout flight-path angle, azimuth and speed) so that the integrated flight lands on
// the requested point with the requested apogee (ShootingMethod on a FlightProblem). When the direct shot
// from the closed-form first guess does not converge, it walks from the minimum-energy arc to the requested
// apogee in steps (continuation), each solution starting the next; where that walk stops short, the
// request is outside what the missile can fly and the error names the nearest apogee it can. Failures are
// the intended flight flown with its thrust cut; a space launch solves its orbit insertion. Stateless and
// thread-safe: each call owns its integrator.
class TrajectorySolver {
public:
    static constexpr double kToleranceM = 50.0;

    static TrajectoryResult solve(const TrajectoryRequest &request);

    // As solve(), but the apogee is treated as unknown and adjusted (secant iteration, at most 10 solves)
    // until the flight time equals flightTimeS; request.apogeeM (or the minimum-energy apogee) is the start
    // value. This is how a published flight time is matched: the apogee is the least certain of the
    // reported figures and flight time rises monotonically with it for a fixed range.
    static TrajectoryResult solveForFlightTime(const TrajectoryRequest &request, double flightTimeS);

    // The apogee the request asks for (resolving minimum-energy and loft factor).
    static double targetApogeeM(const TrajectoryRequest &request);

    // The band of apogees the request's missile can fly at the request's range and direction: from its
    // depressed limit to its lofted limit (within about 1 %), by continuation from the minimum-energy arc.
    // Nullopt when not even the minimum-energy arc is within reach.
    struct ApogeeLimits {
        double lowM = 0;
        double highM = 0;
    };
    static std::optional<ApogeeLimits> apogeeLimits(const TrajectoryRequest &request);

    // The longest ground range the request's missile reaches in the request's direction at full loading
    // (kMaxDeltaVScale), over the final pitch of its boost; 0 for a space launch.
    static double reachM(const TrajectoryRequest &request);

private:
    static TrajectoryResult solveCounted(const TrajectoryRequest &request);
};

} // namespace trilink
