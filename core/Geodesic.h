// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

namespace trilink {

// Range and bearing on the WGS84 ellipsoid, through PROJ's geodesic routines (Karney's algorithms),
// never a sphere. Longitude before latitude, degrees, metres. Stateless and thread-safe.
struct GeodesicInverse {
    double distanceM = 0;   // along the geodesic
    double azimuth1Deg = 0; // forward azimuth at the first point, clockwise from true north, [-180, 180]
    double azimuth2Deg = 0; // forward azimuth at the second point
};

struct GeodesicDirect {
    double lon = 0;
    double lat = 0;
    double azimuth2Deg = 0;
};

namespace geodesic {
GeodesicInverse inverse(double lon1, double lat1, double lon2, double lat2);
GeodesicDirect direct(double lon1, double lat1, double azimuthDeg, double distanceM);
// Bearing folded into [0, 360), as a compass reads.
double compassBearing(double azimuthDeg);
} // namespace geodesic

} // namespace trilink
