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

} // namespace trilink::earth
