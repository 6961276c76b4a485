// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/MapSettings.h"
#include "maps/ProjectedBaseMap.h"

namespace trilink::maps {

enum class BaseMapDetail {
    Full,   // the layers as projected (the renderer still picks the thinned ones for world views)
    Coarse, // the 1 km-thinned layers at every scale: a page-wide regional map on paper needs no more
};

// The projected base map cut to a view and a 5 % margin around it, for vector output (SVG, PDF): the whole
// world's coast would be megabytes of paths nobody sees. Lines keep the segments that touch the view; land
// rings are clipped to it (Sutherland-Hodgman), so fills inside the view are exact. Web Mercator is returned
// whole, since the renderer draws the world again east and west of the seam.
ProjectedBaseMap trimmedTo(const ProjectedBaseMap &base, const MapSettings &settings, BaseMapDetail detail);

} // namespace trilink::maps
