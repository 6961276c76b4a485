// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Trajectory.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace trilink::cli {

// How the commands print a trajectory: a text summary, the JSON summary (flight_time_s, apogee_km, range_km,
// burnout_time_s, burnout_speed_mps (inertial), impact_lat, impact_lon, launch_azimuth_deg and bearing_to_impact_deg, max_speed_mps,
// max_mach, maneuver, phases [{name, start_s, end_s}], events [{kind, time_s, lat, lon, alt_km, detail}], ...)
// and the samples as CSV, a track file of its own (time_s and the absolute time).
QString trajectorySummaryText(const Trajectory &t);
QJsonObject trajectorySummaryJson(const Trajectory &t);
QByteArray samplesCsv(const Trajectory &t, std::int64_t launchMsUtc); // time_s from launch and time (UTC)
double bearingToImpactDeg(const Trajectory &t); // geodesic, launch to impact, [0, 360)
double rounded(double v, int decimals);          // for JSON figures: to `decimals` places

} // namespace trilink::cli
