// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Partner.h"
#include "core/Units.h"
#include "maps/TrackOverlay.h"

#include <QString>

namespace trilink::maps {

// What a hover on the map says (rich text for QToolTip, every outside string escaped).
// A sensor: its id and name, whose it is, what kind, where, and whether its site is notional.
QString sensorToolTip(const TrackOverlay::SensorMark &sensor, CoordinateFormat format = CoordinateFormat::Degrees);
// A track: its missile and id, launch time, flight time, the sensors that held it, and for each partner
// shown (the viewer alone in a view-as) the share held alone and shared, and the sharing gain.
QString trackToolTip(const TrackOverlay::Track &track, ViewAs viewAs);

} // namespace trilink::maps
