// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/KeplerArc.h"

#include "core/EarthModel.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace trilink {
namespace {
constexpr double kMu = earth::kMuM3PerS2;

// Completes an arc from its conic (a, e) and the surface radius: speed, angle, apogee and the time from
// surface to surface through apogee (Kepler's equation, symmetric halves).
KeplerArc fromConic(double a, double e, double rangeAngleRad)
{
    const double r = KeplerArc::kRadiusM;
    KeplerArc arc;
    arc.semiMajorAxisM = a;
    arc.eccentricity = e;
    arc.speedMps = std::sqrt(kMu * (2.0 / r - 1.0 / a));
    const double p = a * (1.0 - e * e);
    const double cosGamma = std::sqrt(kMu * p) / (r * arc.speedMps);
    arc.flightPathAngleRad = std::acos(std::min(1.0, cosGamma));
    arc.apogeeM = a * (1.0 + e) - r;
    // True anomaly at the surface on the way down: pi - psi/2 (apogee is at true anomaly pi).
    const double nu = std::numbers::pi - rangeAngleRad / 2.0;
    const double bigE = 2.0 * std::atan(std::sqrt((1.0 - e) / (1.0 + e)) * std::tan(nu / 2.0));
    const double meanAnomaly = bigE - e * std::sin(bigE);
    const double halfTime = std::sqrt(a * a * a / kMu) * (std::numbers::pi - meanAnomaly);
    arc.flightTimeS = 2.0 * halfTime;
    return arc;
}
} // namespace

KeplerArc KeplerArc::minimumEnergy(double psi)
{
    const double r = kRadiusM;
    const double s = std::sin(psi / 2.0);
    const double v2 = kMu / r * 2.0 * s / (1.0 + s);
    const double gamma = (std::numbers::pi - psi) / 4.0;
    const double a = 1.0 / (2.0 / r - v2 / kMu);
    const double h = r * std::sqrt(v2) * std::cos(gamma);
    const double p = h * h / kMu;
    const double e = std::sqrt(std::max(0.0, 1.0 - p / a));
    KeplerArc arc = fromConic(a, e, psi);
    arc.flightPathAngleRad = gamma;
    return arc;
}

KeplerArc KeplerArc::throughApogee(double psi, double apogeeM)
{
    // r(nu) = p / (1 + e cos nu); apogee r_a = p/(1-e) at nu = pi, surface R at nu = pi - psi/2:
    //   e = (r_a - R) / (r_a - R cos(psi/2)).
    const double r = kRadiusM;
    const double ra = r + apogeeM;
    const double e = (ra - r) / (ra - r * std::cos(psi / 2.0));
    const double a = ra / (1.0 + e);
    return fromConic(a, e, psi);
}

double KeplerArc::minimumEnergyRangeForSpeed(double speedMps)
{
    // x = v^2 R / mu = 2s / (1 + s)  =>  s = x / (2 - x),  psi = 2 asin(s).
    const double x = speedMps * speedMps * kRadiusM / kMu;
    if (x >= 1.0)
        return std::numeric_limits<double>::infinity();
    return 2.0 * kRadiusM * std::asin(x / (2.0 - x));
}

} // namespace trilink
