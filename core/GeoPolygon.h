// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QString>

#include <vector>

namespace trilink {

struct LonLat {
    double lon = 0;
    double lat = 0;
};

// A closed ring in plain lon/lat (the last vertex joins the first). Containment is the even-odd ray test
// in lon/lat, which is adequate for the coarse, regional outlines it is used with (no pole, no
// antimeridian crossing).
struct GeoPolygon {
    QString name;
    std::vector<LonLat> ring;

    bool contains(double lon, double lat) const;
};

} // namespace trilink
