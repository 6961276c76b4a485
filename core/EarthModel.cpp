// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/EarthModel.h"

#include "core/Atmosphere.h"
#include "core/Units.h"

#include <cmath>

namespace trilink::earth {
namespace {
using units::kDegToRad;
constexpr double kE2 = kFlattening * (2.0 - kFlattening);
constexpr double kPolarRadiusM = kEquatorialRadiusM * (1.0 - kFlattening);

} // namespace

Vec3 geodeticToEcef(double lon, double lat, double altM)
{
    const double phi = lat * kDegToRad;
    const double lambda = lon * kDegToRad;
    const double s = std::sin(phi);
    const double n = kEquatorialRadiusM / std::sqrt(1.0 - kE2 * s * s);
    return {(n + altM) * std::cos(phi) * std::cos(lambda), (n + altM) * std::cos(phi) * std::sin(lambda),
            (n * (1.0 - kE2) + altM) * s};
}

GeodeticPosition ecefToGeodetic(const Vec3 &p)
{
    // Bowring's method with two refinements: sub-millimetre for any altitude a missile reaches.
    const double rho = std::hypot(p.x, p.y);
    const double ep2 = kE2 / (1.0 - kE2);
    double beta = std::atan2(p.z, (1.0 - kFlattening) * rho);
    double phi = 0;
    for (int i = 0; i < 3; ++i) {
        const double sb = std::sin(beta);
        const double cb = std::cos(beta);
        phi = std::atan2(p.z + ep2 * kPolarRadiusM * sb * sb * sb, rho - kE2 * kEquatorialRadiusM * cb * cb * cb);
        beta = std::atan2((1.0 - kFlattening) * std::sin(phi), std::cos(phi));
    }
    const double s = std::sin(phi);
    const double n = kEquatorialRadiusM / std::sqrt(1.0 - kE2 * s * s);
    const double c = std::cos(phi);
    // The cos-based height loses precision near the poles; switch to the sin-based form there.
    const double alt = std::abs(c) > 0.1 ? rho / c - n : p.z / s - n * (1.0 - kE2);
    return {std::atan2(p.y, p.x) / kDegToRad, phi / kDegToRad, alt};
}

double ellipsoidHeightM(const Vec3 &p)
{
    // Bowring's iteration written in tangents: tan(beta) = (1 - f) tan(phi), so sin and cos come from square
    // roots. Three rounds, as ecefToGeodetic.
    const double rho = std::hypot(p.x, p.y);
    if (rho < 1e-6)
        return std::abs(p.z) - kPolarRadiusM;
    const double ep2 = kE2 / (1.0 - kE2);
    double tanBeta = p.z / ((1.0 - kFlattening) * rho);
    double tanPhi = 0;
    for (int i = 0; i < 3; ++i) {
        const double cb = 1.0 / std::sqrt(1.0 + tanBeta * tanBeta);
        const double sb = tanBeta * cb;
        tanPhi = (p.z + ep2 * kPolarRadiusM * sb * sb * sb) / (rho - kE2 * kEquatorialRadiusM * cb * cb * cb);
        tanBeta = (1.0 - kFlattening) * tanPhi;
    }
    const double c = 1.0 / std::sqrt(1.0 + tanPhi * tanPhi);
    const double s = tanPhi * c;
    const double n = kEquatorialRadiusM / std::sqrt(1.0 - kE2 * s * s);
    return c > 0.1 ? rho / c - n : p.z / s - n * (1.0 - kE2);
}

Vec3 eciToEcef(const Vec3 &v, double tS)
{
    const double a = kRotationRadPerS * tS;
    const double c = std::cos(a);
    const double s = std::sin(a);
    return {c * v.x + s * v.y, -s * v.x + c * v.y, v.z};
}

Vec3 ecefToEci(const Vec3 &v, double tS)
{
    const double a = kRotationRadPerS * tS;
    const double c = std::cos(a);
    const double s = std::sin(a);
    return {c * v.x - s * v.y, s * v.x + c * v.y, v.z};
}

Vec3 corotationVelocityMps(const Vec3 &r) { return {-kRotationRadPerS * r.y, kRotationRadPerS * r.x, 0.0}; }

Vec3 eciVelocityToEcef(const Vec3 &r, const Vec3 &v, double tS) { return eciToEcef(v - corotationVelocityMps(r), tS); }

Vec3 gravityMps2(const Vec3 &p, bool withJ2)
{
    const double r2 = p.dot(p);
    const double r = std::sqrt(r2);
    const double k = -kMuM3PerS2 / (r2 * r);
    Vec3 g = p * k;
    if (withJ2) {
        const double zr2 = p.z * p.z / r2;
        const double f = 1.5 * kJ2 * kEquatorialRadiusM * kEquatorialRadiusM / r2;
        g.x += k * p.x * f * (1.0 - 5.0 * zr2);
        g.y += k * p.y * f * (1.0 - 5.0 * zr2);
        g.z += k * p.z * f * (3.0 - 5.0 * zr2);
    }
    return g;
}

double airDensityKgM3(double altM) { return atmosphere::densityKgM3(altM); }

void enuBasis(double lon, double lat, Vec3 &east, Vec3 &north, Vec3 &up)
{
    const double phi = lat * kDegToRad;
    const double lambda = lon * kDegToRad;
    east = {-std::sin(lambda), std::cos(lambda), 0.0};
    north = {-std::sin(phi) * std::cos(lambda), -std::sin(phi) * std::sin(lambda), std::cos(phi)};
    up = {std::cos(phi) * std::cos(lambda), std::cos(phi) * std::sin(lambda), std::sin(phi)};
}

double gmstRadians(std::int64_t timeMsUtc)
{
    constexpr std::int64_t kDayMs = 86'400'000;
    const std::int64_t day = timeMsUtc >= 0 ? timeMsUtc / kDayMs : -((-timeMsUtc + kDayMs - 1) / kDayMs);
    const double secondsOfDay = static_cast<double>(timeMsUtc - day * kDayMs) / 1000.0;
    const double jd0h = static_cast<double>(day) + 2440587.5; // Julian date at 0h UTC of the day
    const double t = (jd0h - 2451545.0) / 36525.0;             // Julian centuries from J2000 to 0h
    const double gmst0S = 24110.54841 + t * (8640184.812866 + t * (0.093104 - 6.2e-6 * t));
    constexpr double kTwoPi = 2.0 * 3.14159265358979323846;
    // The Earth turns 1.00273790935 times in a solar day, a little faster as the centuries pass.
    const double omega = 7.2921158553e-5 + 1.1772758384668e-19 * (jd0h - 2451545.0);
    const double angle = std::fmod(std::fmod(gmst0S * kTwoPi / 86400.0, kTwoPi) + omega * secondsOfDay, kTwoPi);
    return angle < 0 ? angle + kTwoPi : angle;
}

Vec3 pseudoInertialToEcef(const Vec3 &inertialM, std::int64_t timeMsUtc)
{
    const double g = gmstRadians(timeMsUtc), c = std::cos(g), s = std::sin(g);
    return {c * inertialM.x + s * inertialM.y, -s * inertialM.x + c * inertialM.y, inertialM.z};
}

} // namespace trilink::earth
