// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/FlightIntegrator.h"
#include "core/Trajectory.h"
#include "core/TrajectoryRequest.h"

namespace trilink {

// Turns one integrated flight (its nodes) into a Trajectory: samples every intervalS and a last one at the
// end, each with its phase, and the events (launch, stage burnouts, failure, apogee, re-entry, pull-up or
// glide start, turns, dive, orbit insertion, impact). Phases of a lifting flight follow what the
// aerodynamics did: the pull-up or glide runs from where the lift first holds a quarter of the vehicle's
// weight to where the terminal dive takes over (FlightNode::diveBlend below one half).
Trajectory sampleTrajectory(const FlightIntegrator &integ, const FlightRun &run, const TrajectoryRequest &request,
                            Maneuver maneuver);

} // namespace trilink
