// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/VisibilityGeometry.h"

#include "core/EarthModel.h"
#include "core/Units.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace trilink::visibility {
namespace {
using units::kDegToRad;
constexpr double kRadToDeg = 180.0 / std::numbers::pi;
} // namespace

Vec3 geodeticUp(double lon, double lat)
{
    const double phi = lat * kDegToRad;
    const double lambda = lon * kDegToRad;
    return {std::cos(phi) * std::cos(lambda), std::cos(phi) * std::sin(lambda), std::sin(phi)};
}

SiteFrame siteFrame(double lon, double lat, double altM)
{
    SiteFrame f;
    f.positionM = earth::geodeticToEcef(lon, lat, altM);
    earth::enuBasis(lon, lat, f.east, f.north, f.up);
    f.altM = altM;
    return f;
}

double apparentElevationDeg(double centralAngleRad, double sensorAltM, double targetAltM, double refractionFactor)
{
    const double re = refractionFactor * earth::kMeanRadiusM;
    const double thetaE = centralAngleRad / refractionFactor;
    const double rt = re + targetAltM;
    return std::atan2(rt * std::cos(thetaE) - (re + sensorAltM), rt * std::sin(thetaE)) * kRadToDeg;
}

LookAngles lookAngles(const SiteFrame &site, const Vec3 &targetM, const Vec3 &targetUp, double targetAltM,
                      double refractionFactor)
{
    const Vec3 los = targetM - site.positionM;
    LookAngles a;
    a.slantRangeM = los.norm();
    const double e = los.dot(site.east);
    const double n = los.dot(site.north);
    const double u = los.dot(site.up);
    a.azimuthDeg = std::atan2(e, n) * kRadToDeg;
    if (a.azimuthDeg < 0)
        a.azimuthDeg += 360.0;
    a.elevationDeg = std::atan2(u, std::hypot(e, n)) * kRadToDeg;
    // The central angle between the two geodetic normals; atan2 of |cross| and dot stays accurate when
    // the target is nearly overhead, where acos would lose digits.
    const double theta = std::atan2(site.up.cross(targetUp).norm(), site.up.dot(targetUp));
    a.apparentElevationDeg = apparentElevationDeg(theta, site.altM, targetAltM, refractionFactor);
    return a;
}

double radarHorizonGroundRangeM(double sensorAltM, double targetAltM, double refractionFactor)
{
    const double re = refractionFactor * earth::kMeanRadiusM;
    return re * (std::acos(re / (re + std::max(0.0, sensorAltM))) + std::acos(re / (re + std::max(0.0, targetAltM))));
}

bool inAzimuthSector(double azimuthDeg, double minDeg, double maxDeg)
{
    const double width = std::fmod(maxDeg - minDeg + 720.0, 360.0);
    if (width == 0.0 && maxDeg != minDeg)
        return true; // 0 -> 360: all round
    const double offset = std::fmod(azimuthDeg - minDeg + 720.0, 360.0);
    return offset <= width;
}

double satelliteCoverageAngleDeg(double satelliteAltM)
{
    const double r = earth::kMeanRadiusM;
    return std::acos(r / (r + satelliteAltM)) * kRadToDeg;
}

double centralAngleDeg(double lon1, double lat1, double lon2, double lat2)
{
    const Vec3 a = geodeticUp(lon1, lat1);
    const Vec3 b = geodeticUp(lon2, lat2);
    return std::atan2(a.cross(b).norm(), a.dot(b)) * kRadToDeg;
}

} // namespace trilink::visibility
