// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/GeoPolygon.h"

namespace trilink {

bool GeoPolygon::contains(double lon, double lat) const
{
    bool inside = false;
    const std::size_t n = ring.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const LonLat &a = ring[i];
        const LonLat &b = ring[j];
        if ((a.lat > lat) != (b.lat > lat)) {
            const double x = a.lon + (lat - a.lat) * (b.lon - a.lon) / (b.lat - a.lat);
            if (lon < x)
                inside = !inside;
        }
    }
    return inside;
}

} // namespace trilink
