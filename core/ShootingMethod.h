// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/FlightProblem.h"

namespace trilink {

struct ShootingResult {
    FlightControls controls;
    FlightProblem::Vector residual{};
    int iterations = 0;
    int runs = 0;           // flights integrated
    bool found = false;     // a flight that comes down (or reaches burnout, for an orbit)
    bool converged = false; // every residual within its tolerance
};

// Damped Newton on the problem's two or three unknowns: a finite-difference Jacobian at the start, then
// Broyden's rank-one update after every accepted step (one flight per iteration instead of four), and a
// fresh finite-difference Jacobian whenever a step fails to reduce the residual. Steps are limited (10
// degrees, 0.25 of delta-v scale) and backtracked on the residual norm; controls are clamped to their
// bounds. At most kMaxIterations steps, and it gives up after kStallIterations steps that have not cut the
// residual tenfold.
class ShootingMethod {
public:
    static constexpr int kMaxIterations = 20;
    static constexpr int kStallIterations = 6;
    static ShootingResult shoot(const FlightProblem &problem, const FlightControls &start);
};

} // namespace trilink
