// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Vec3.h"

namespace trilink {

// Line-of-sight geometry for the sensor model. Positions are ECEF on the WGS84 ellipsoid; azimuth and
// elevation are taken in the local east-north-up frame of the sensor (geodetic normal). Refraction uses
// the standard effective-Earth-radius method (docs/sensors.md):
//   the ray bends down with the atmosphere's density gradient; with a standard atmosphere its curvature is
//   about 1/4 of the Earth's, so straight rays over an Earth of radius k*R (k = 4/3) give the same
//   elevations as curved rays over the real Earth. With Re = k*R, sensor and target heights hs, ht above
//   the surface and ground arc s between them (central angle theta = s/R, so theta_e = s/Re = theta/k):
//     apparent elevation = atan2((Re+ht) cos(theta_e) - (Re+hs), (Re+ht) sin(theta_e))
//   and the radar horizon (apparent elevation 0) lies at s = Re*(acos(Re/(Re+hs)) + acos(Re/(Re+ht))),
//   about sqrt(2 Re hs) + sqrt(2 Re ht).
// R is the IUGG mean radius; the sphere is used only for the refraction step. Stateless, thread-safe.
namespace visibility {

inline constexpr double kStandardRefractionFactor = 4.0 / 3.0;

// The sensor's position and local frame, computed once per sensor.
struct SiteFrame {
    Vec3 positionM;
    Vec3 east;
    Vec3 north;
    Vec3 up; // geodetic normal
    double altM = 0;
};

SiteFrame siteFrame(double lon, double lat, double altM);
// Geodetic normal (unit "up") at a point, in ECEF.
Vec3 geodeticUp(double lon, double lat);

struct LookAngles {
    double azimuthDeg = 0;           // [0, 360), clockwise from true north, from the geometric line of sight
    double elevationDeg = 0;         // geometric, no refraction
    double apparentElevationDeg = 0; // with the effective-Earth refraction model
    double slantRangeM = 0;
};

// Target given by its ECEF position, its geodetic normal and its height above the ellipsoid.
LookAngles lookAngles(const SiteFrame &site, const Vec3 &targetM, const Vec3 &targetUp, double targetAltM,
                      double refractionFactor = kStandardRefractionFactor);

// The effective-Earth formula above, for a ground central angle in radians.
double apparentElevationDeg(double centralAngleRad, double sensorAltM, double targetAltM,
                            double refractionFactor = kStandardRefractionFactor);

// Ground distance (along the mean sphere) from a sensor to the point under a target of the given height at
// which the target sits exactly on the refracted horizon (apparent elevation 0).
double radarHorizonGroundRangeM(double sensorAltM, double targetAltM,
                                double refractionFactor = kStandardRefractionFactor);

// True when the azimuth lies in the clockwise sector min -> max (inclusive). The sector may wrap through
// north (270 -> 30); equal limits other than 0 -> 360 mean a single bearing, 0 -> 360 all round.
bool inAzimuthSector(double azimuthDeg, double minDeg, double maxDeg);

// Largest Earth-central angle (degrees) between a satellite's sub-point and a surface point that still sees
// the satellite above its horizon (mean sphere): acos(R / (R + h)); 81.3 deg for a geostationary orbit.
double satelliteCoverageAngleDeg(double satelliteAltM);
// Earth-central angle (degrees) between two surface points on the mean sphere.
double centralAngleDeg(double lon1, double lat1, double lon2, double lat2);

} // namespace visibility
} // namespace trilink
