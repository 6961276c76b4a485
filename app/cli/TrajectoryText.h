// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Trajectory.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace trilink::cli {

// How the commands print a trajectory: a text summary, the JSON summary (flight_time_s, apogee_km, range_km,
// burnout_time_s, impact_lat, impact_lon, max_speed_mps, events, ...) and the samples as CSV.
QString trajectorySummaryText(const Trajectory &t);
QJsonObject trajectorySummaryJson(const Trajectory &t);
QByteArray samplesCsv(const Trajectory &t);

} // namespace trilink::cli
