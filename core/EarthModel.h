// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Units.h"
#include "core/Vec3.h"

#include <cstdint>

namespace trilink {

struct GeodeticPosition {
    double lon = 0;
    double lat = 0;
    double altM = 0; // above the WGS84 ellipsoid
};

// WGS84 Earth for the trajectory model: the ellipsoid, gravity (point mass + J2), rotation and the
// standard atmosphere (core/Atmosphere.h). Frames: ECEF is WGS84 Earth-fixed; "ECI" here is the inertial frame that
// coincides with ECEF at the launch instant (t = 0) and does not rotate. Over a flight of at most a few
// hours precession, nutation and polar motion are far below the accuracy of the reported facts, so a
// rotation about z by omega*t is the whole ECI<->ECEF transformation. Stateless and thread-safe.
namespace earth {
inline constexpr double kMuM3PerS2 = 3.986004418e14;    // WGS84 GM
inline constexpr double kEquatorialRadiusM = wgs84::kSemiMajorAxisM;
inline constexpr double kFlattening = wgs84::kFlattening;
inline constexpr double kJ2 = 1.08262668e-3;            // EGM96/WGS84 C20 unnormalised, sign flipped
inline constexpr double kRotationRadPerS = 7.292115e-5; // WGS84 omega
inline constexpr double kMeanRadiusM = 6371008.8;       // IUGG mean radius R1, for spherical formulas
inline constexpr double kStandardGravityMPerS2 = 9.80665;

Vec3 geodeticToEcef(double lon, double lat, double altM);
GeodeticPosition ecefToGeodetic(const Vec3 &ecefM);
// The height part of ecefToGeodetic, without trigonometry (the integrator asks it at every step). It
// depends only on the distance from the axis and z, so an ECI position gives the same answer as ECEF.
double ellipsoidHeightM(const Vec3 &posM);

// Frame changes at time tS after the launch instant.
Vec3 eciToEcef(const Vec3 &eciM, double tS);
Vec3 ecefToEci(const Vec3 &ecefM, double tS);
// Velocity seen from the rotating Earth: v_ecef = R(t) (v_eci - omega x r_eci).
Vec3 eciVelocityToEcef(const Vec3 &eciM, const Vec3 &eciMps, double tS);
// Velocity of the air (co-rotating atmosphere) at an ECI position: omega x r.
Vec3 corotationVelocityMps(const Vec3 &eciM);

// Greenwich mean sidereal time (IAU 1982, Vallado eq. 3-45 and 3-47, UT1 taken as UTC) at a UTC instant in
// milliseconds since 1970, in radians [0, 2 pi): the Earth's rotation angle from the mean equinox of date.
double gmstRadians(std::int64_t timeMsUtc);
// A position in an inertial frame (CZML's INERTIAL) turned Earth-fixed by that rotation about z alone, as
// Cesium turns it when it has no Earth orientation data (Transforms.computeTemeToPseudoFixedMatrix):
// precession and nutation since J2000 (a few tenths of a degree of longitude) and polar motion are not applied.
Vec3 pseudoInertialToEcef(const Vec3 &inertialM, std::int64_t timeMsUtc);

// Gravitational acceleration (point mass + J2 zonal term) at an ECI or ECEF position; the z axis is the
// Earth's axis in both, which is all the J2 term needs.
Vec3 gravityMps2(const Vec3 &posM, bool withJ2);

// Air density in kg/m^3 of the US Standard Atmosphere 1976 (core/Atmosphere.h: exact below 86 km, the
// Vallado fit above), zero above 1000 km.
double airDensityKgM3(double altM);

// Local up/east/north unit vectors (geodetic normal) at a point, in ECEF.
void enuBasis(double lon, double lat, Vec3 &east, Vec3 &north, Vec3 &up);
} // namespace earth

} // namespace trilink
