// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QString>

#include <optional>

// The military grid: UTM and UPS coordinates on WGS84 and the MGRS reference built on them, as NGA defines
// them (NGA.SIG.0012_2.0.0_UTMUPS, "The Universal Grids and the Transverse Mercator and Polar Stereographic
// Map Projections", 2014). UTM is Krüger's series to sixth order in n as Karney gives it ("Transverse
// Mercator with an accuracy of a few nanometers", J. Geodesy 85, 2011), accurate to well under a millimetre
// in a zone; UPS the ellipsoidal polar stereographic. Pure functions, thread-safe.
namespace trilink::mgrs {

// A UTM position: zone 1-60 (with Norway's 32V and Svalbard's 31X-37X), hemisphere, false easting 500 km,
// false northing 10,000 km in the south; scale 0.9996 on the central meridian.
struct Utm {
    int zone = 0;
    bool north = true;
    double eastingM = 0;
    double northingM = 0;
};
// UTM of (lon, lat) for -80 <= lat < 84 (the UTM part of MGRS); nullopt outside it.
std::optional<Utm> utm(double lon, double lat);
// UTM in a given zone, extended beyond it (for a zone's neighbours).
Utm utmInZone(double lon, double lat, int zone);

// A UPS position (polar stereographic, scale 0.994 at the pole, false easting and northing 2,000 km).
struct Ups {
    bool north = true;
    double eastingM = 0;
    double northingM = 0;
};
Ups ups(double lon, double lat);

// The MGRS reference of (lon, lat), `digits` (0-5) each for easting and northing, truncated as the grid is
// read (5: 1 m), the zone in two digits: "51S YD 39097 24758", "02P PV 08250 86489"; in the polar caps
// (lat >= 84 or < -80) the UPS form "Z AG 27756 51924".
// Empty for a latitude beyond +-90.
QString reference(double lon, double lat, int digits = 5);

} // namespace trilink::mgrs
