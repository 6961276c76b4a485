// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <cmath>
#include <vector>

// docs/sensors.md's radar geometry worked by hand, independent of core's VisibilityModel, for the tests that
// check a moved sensor's first detection: a sphere of R = 6371 km, the ground arc s by the haversine formula,
// the refracted elevation on the 4/3 Earth (Re = 8494.7 km),
//   elevation = atan2((Re + ht) cos(s/Re) - (Re + hs), (Re + ht) sin(s/Re)),
// and the straight-line slant range sqrt((R+ht)^2 + (R+hs)^2 - 2 (R+ht)(R+hs) cos(s/R)).
namespace byhand {

struct Sample {
    double timeS, lonDeg, latDeg, altKm;
};

inline double groundKm(double lon1, double lat1, double lon2, double lat2)
{
    constexpr double d2r = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * d2r, dLon = (lon2 - lon1) * d2r;
    const double h = std::pow(std::sin(dLat / 2), 2) + std::cos(lat1 * d2r) * std::cos(lat2 * d2r) * std::pow(std::sin(dLon / 2), 2);
    return 2 * 6371.0 * std::asin(std::sqrt(h));
}

// The first sample a radar at (lon, lat), `heightKm` up, with `reachKm` and an elevation floor of `minElevationDeg`
// sees; -1 if none.
inline double firstSight(const std::vector<Sample> &flight, double lonDeg, double latDeg, double heightKm = 0.020,
                         double reachKm = 1000.0, double minElevationDeg = 1.0)
{
    constexpr double R = 6371.0, Re = R * 4.0 / 3.0, d2r = M_PI / 180.0;
    for (const Sample &p : flight) {
        const double s = groundKm(p.lonDeg, p.latDeg, lonDeg, latDeg);
        const double elevation = std::atan2((Re + p.altKm) * std::cos(s / Re) - (Re + heightKm), (Re + p.altKm) * std::sin(s / Re)) / d2r;
        const double slant = std::sqrt(std::pow(R + p.altKm, 2) + std::pow(R + heightKm, 2) - 2 * (R + p.altKm) * (R + heightKm) * std::cos(s / R));
        if (elevation >= minElevationDeg && slant <= reachKm)
            return p.timeS;
    }
    return -1;
}

} // namespace byhand
