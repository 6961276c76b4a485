// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"
#include "maps/MapSettings.h"

#include <QPointF>
#include <QSize>

#include <optional>
#include <utility>

namespace trilink::maps {

// How a view is fitted to a track: the two rules of SceneView::Fit, in one place.

// A picture (export, animate): the centre (lon, lat) and width in km of a view of `size` pixels that holds
// the whole track with a wide margin, for the legend (top left) and the clock (top centre) sit over it;
// 900 km at the least. The region's default view for a track with no samples.
std::pair<QPointF, double> trackView(const ScenarioTrack &track, QSize size);

// A page map (the brief), in `projection`: the track's projected extent with a margin, at least 1100 km
// across so a short flight still shows the peninsula and the sea, and room beyond the impact for the
// track's label (TrackLayer's, at `textScale`). nullopt when the track's ends do not project.
std::optional<MapView> pageView(const ScenarioTrack &track, const ProjectionSpec &projection, QSize size, double textScale);

} // namespace trilink::maps
