// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Trajectory.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace trilink::cli {

// How the commands print a trajectory: a text summary, the JSON summary (flight_time_s, apogee_km, range_km,
// burnout_time_s, burnout_speed_mps (inertial), impact_lat, impact_lon, launch_azimuth_deg and bearing_to_impact_deg, max_speed_mps,
// max_mach, maneuver, phases [{name, start_s, end_s}], events [{kind, time_s, lat, lon, alt_km, detail}], ...)
// and the samples as CSV.
QString trajectorySummaryText(const Trajectory &t);
QJsonObject trajectorySummaryJson(const Trajectory &t);
QByteArray samplesCsv(const Trajectory &t);
double bearingToImpactDeg(const Trajectory &t); // geodesic, launch to impact, [0, 360)
double rounded(double v, int decimals);          // for JSON figures: to `decimals` places

} // namespace trilink::cli
