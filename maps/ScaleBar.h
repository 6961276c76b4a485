// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/MapSettings.h"
#include "maps/Projection.h"

#include <QString>

#include <optional>

namespace trilink::maps {

// A scale bar true on the ground at the centre of the view: the projected scale varies over the map (by
// latitude on Mercator, away from the standard parallels on the cone), so the ground length of a pixel is
// measured with a geodesic across the centre, not read from the projection's nominal units.
struct ScaleBar {
    double lengthPx = 0;
    double lengthM = 0;
    QString label; // "500 km", "200 nm"

    // Ground metres per pixel, measured along a horizontal line through `pixel`; nullopt off the map.
    static std::optional<double> groundMetresPerPixel(const MapSettings &settings, const Projection &projection,
                                                      QPointF pixel);
    // The longest 1-2-5 round length in the settings' distance unit (MapLayers::units) that fits in `maxPx`.
    static std::optional<ScaleBar> compute(const MapSettings &settings, const Projection &projection, double maxPx);
};

} // namespace trilink::maps
