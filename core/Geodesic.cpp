// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/Geodesic.h"

#include "core/Units.h"

#include <geodesic.h>

#include <cmath>

namespace trilink::geodesic {
namespace {
const geod_geodesic &wgs84()
{
    // Initialised once (thread-safe static); geod_geodesic is read-only after geod_init.
    static const geod_geodesic g = [] {
        geod_geodesic v{};
        geod_init(&v, wgs84::kSemiMajorAxisM, wgs84::kFlattening);
        return v;
    }();
    return g;
}
} // namespace

GeodesicInverse inverse(double lon1, double lat1, double lon2, double lat2)
{
    GeodesicInverse r;
    geod_inverse(&wgs84(), lat1, lon1, lat2, lon2, &r.distanceM, &r.azimuth1Deg, &r.azimuth2Deg);
    return r;
}

GeodesicDirect direct(double lon1, double lat1, double azimuthDeg, double distanceM)
{
    GeodesicDirect r;
    geod_direct(&wgs84(), lat1, lon1, azimuthDeg, distanceM, &r.lat, &r.lon, &r.azimuth2Deg);
    return r;
}

double compassBearing(double azimuthDeg)
{
    double b = std::fmod(azimuthDeg, 360.0);
    if (b < 0)
        b += 360.0;
    return b;
}

} // namespace trilink::geodesic
