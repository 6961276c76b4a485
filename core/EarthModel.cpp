// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/EarthModel.h"

#include "core/Units.h"

#include <array>
#include <cmath>
#include <numbers>

namespace trilink::earth {
namespace {
using units::kDegToRad;
constexpr double kE2 = kFlattening * (2.0 - kFlattening);
constexpr double kPolarRadiusM = kEquatorialRadiusM * (1.0 - kFlattening);

struct AtmosphereBand {
    double baseAltM;
    double baseDensityKgM3;
    double scaleHeightM;
};
// Vallado table 8-4 (derived from US Standard Atmosphere 1976 and CIRA-72).
constexpr std::array<AtmosphereBand, 16> kAtmosphere{{
    {0, 1.225, 7249},         {25e3, 3.899e-2, 6349},    {30e3, 1.774e-2, 6682},   {40e3, 3.972e-3, 7554},
    {50e3, 1.057e-3, 8382},   {60e3, 3.206e-4, 7714},    {70e3, 8.770e-5, 6549},   {80e3, 1.905e-5, 5799},
    {90e3, 3.396e-6, 5382},   {100e3, 5.297e-7, 5877},   {110e3, 9.661e-8, 7263},  {120e3, 2.438e-8, 9473},
    {130e3, 8.484e-9, 12636}, {140e3, 3.845e-9, 16149},  {150e3, 2.070e-9, 22523}, {180e3, 5.464e-10, 29740},
}};
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

double airDensityKgM3(double altM)
{
    if (altM > 1.0e6)
        return 0.0;
    const double h = altM < 0 ? 0.0 : altM;
    std::size_t i = kAtmosphere.size() - 1;
    while (i > 0 && kAtmosphere[i].baseAltM > h)
        --i;
    const auto &b = kAtmosphere[i];
    return b.baseDensityKgM3 * std::exp(-(h - b.baseAltM) / b.scaleHeightM);
}

void enuBasis(double lon, double lat, Vec3 &east, Vec3 &north, Vec3 &up)
{
    const double phi = lat * kDegToRad;
    const double lambda = lon * kDegToRad;
    east = {-std::sin(lambda), std::cos(lambda), 0.0};
    north = {-std::sin(phi) * std::cos(lambda), -std::sin(phi) * std::sin(lambda), std::cos(phi)};
    up = {std::cos(phi) * std::cos(lambda), std::cos(phi) * std::sin(lambda), std::sin(phi)};
}

} // namespace trilink::earth
