// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Trajectory.h"
#include "core/TrajectoryRequest.h"

#include <QString>

namespace trilink {

struct TrajectoryResult {
    QString error; // empty on success
    Trajectory trajectory;
    bool ok() const { return error.isEmpty(); }
};

// Shooting solver: finds the launch azimuth, the final pitch of the boost program and the delta-v scale
// (equivalently the burnout flight-path angle, azimuth and speed) so that the integrated flight lands on
// the requested point with the requested apogee. Damped Newton with a finite-difference Jacobian, at most
// kMaxIterations steps; miss distance and apogee error are reported in the result. Stateless and
// thread-safe: each call owns its integrator.
class TrajectorySolver {
public:
    static constexpr int kMaxIterations = 30;
    static constexpr double kToleranceM = 50.0;

    static TrajectoryResult solve(const TrajectoryRequest &request);

    // As solve(), but the apogee is treated as unknown and adjusted (secant iteration, at most 10 solves)
    // until the flight time equals flightTimeS; request.apogeeM (or the minimum-energy apogee) is the start
    // value. This is how a published flight time is matched: the apogee is the least certain of the
    // reported figures and flight time rises monotonically with it for a fixed range.
    static TrajectoryResult solveForFlightTime(const TrajectoryRequest &request, double flightTimeS);

    // The apogee the request asks for (resolving minimum-energy and loft factor), and its ground range.
    static double targetApogeeM(const TrajectoryRequest &request);
};

} // namespace trilink
