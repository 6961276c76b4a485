// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/EarthModel.h"
#include "core/FlightIntegrator.h"
#include "core/KeplerArc.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

using namespace trilink;

namespace {
constexpr double kPi = std::numbers::pi;
constexpr double kR = KeplerArc::kRadiusM;

double specificEnergy(const FlightNode &n)
{
    return 0.5 * n.velEciMps.dot(n.velEciMps) - earth::kMuM3PerS2 / n.posEciM.norm();
}

// Range angle flown by an unpowered two-body arc from the sphere back to it, by the integrator.
double integratedRangeAngle(double speedMps, double gammaRad)
{
    const Vec3 r0{kR, 0, 0};
    const Vec3 v0{speedMps * std::sin(gammaRad), speedMps * std::cos(gammaRad), 0};
    const auto nodes = FlightIntegrator::coast(r0, v0, 6000, 0.5, false);
    for (std::size_t i = 1; i < nodes.size(); ++i) {
        if (nodes[i].posEciM.norm() < kR && nodes[i - 1].posEciM.norm() >= kR) {
            // Linear interpolation of the crossing inside a 0.5 s step is far below the tolerance.
            const double a = nodes[i - 1].posEciM.norm() - kR;
            const double b = nodes[i].posEciM.norm() - kR;
            const Vec3 p = nodes[i - 1].posEciM + (nodes[i].posEciM - nodes[i - 1].posEciM) * (a / (a - b));
            return std::atan2(p.y, p.x) < 0 ? std::atan2(p.y, p.x) + 2 * kPi : std::atan2(p.y, p.x);
        }
    }
    return -1;
}
} // namespace

// Two-body free flight conserves v^2/2 - mu/r; RK4 at the model's 5 s midcourse step must hold it to 1e-6.
TEST(FreeFlight, TwoBodySpecificEnergyIsConserved)
{
    const Vec3 r0 = earth::geodeticToEcef(126.0, 40.0, 600e3);
    Vec3 e, n, u;
    earth::enuBasis(126.0, 40.0, e, n, u);
    const Vec3 v0 = (u * std::sin(1.2) + e * std::cos(1.2)) * 6500.0; // lofted ICBM-like burnout
    const auto nodes = FlightIntegrator::coast(r0, v0, 3000, 5.0, false);
    const double e0 = specificEnergy(nodes.front());
    double worst = 0;
    for (const auto &node : nodes)
        worst = std::max(worst, std::abs(specificEnergy(node) / e0 - 1.0));
    EXPECT_LT(worst, 1e-6);
}

// Hand computation (non-rotating sphere R = 6371.0088 km, mu = 3.986004418e14):
//   psi = s/R; v^2 = (mu/R) 2 sin(psi/2) / (1 + sin(psi/2)); gamma = (pi - psi)/4.
//   1000 km:  psi = 0.156961 rad, sin(psi/2) = 0.0784000, v = 3016.11 m/s, gamma = 42.752 deg
//   10000 km: psi = 1.569610 rad, sin(psi/2) = 0.7066873, v = 7198.08 m/s, gamma = 22.517 deg
TEST(FreeFlight, MinimumEnergyFormulaMatchesHandComputation)
{
    const KeplerArc a = KeplerArc::minimumEnergy(1000e3 / kR);
    EXPECT_NEAR(a.speedMps, 3016.11, 0.05);
    EXPECT_NEAR(a.flightPathAngleRad * 180 / kPi, 42.752, 0.001);
    const KeplerArc b = KeplerArc::minimumEnergy(10000e3 / kR);
    EXPECT_NEAR(b.speedMps, 7198.08, 0.05);
    EXPECT_NEAR(b.flightPathAngleRad * 180 / kPi, 22.517, 0.001);
}

// The integrator, launched with the hand-computed minimum-energy speed and angle, lands at range psi; any
// other angle at the same speed falls short (that is what "minimum energy" means).
TEST(FreeFlight, IntegratorFliesTheMinimumEnergyRange)
{
    for (const double rangeM : {1000e3, 10000e3}) {
        const double psi = rangeM / kR;
        const double s = std::sin(psi / 2);
        const double v = std::sqrt(earth::kMuM3PerS2 / kR * 2 * s / (1 + s));
        const double gamma = (kPi - psi) / 4;
        EXPECT_NEAR(integratedRangeAngle(v, gamma) * kR, rangeM, 1e-4 * rangeM);
        EXPECT_LT(integratedRangeAngle(v, gamma + 0.05), psi);
        EXPECT_LT(integratedRangeAngle(v, gamma - 0.05), psi);
    }
}

TEST(FreeFlight, KeplerArcThroughApogeeIsConsistent)
{
    // Arc with 1000 km range and 240 km apogee: the integrator from the arc's launch state reaches that apogee.
    const KeplerArc arc = KeplerArc::throughApogee(1000e3 / kR, 240e3);
    const Vec3 r0{kR, 0, 0};
    const Vec3 v0{arc.speedMps * std::sin(arc.flightPathAngleRad), arc.speedMps * std::cos(arc.flightPathAngleRad), 0};
    double top = 0;
    for (const auto &n : FlightIntegrator::coast(r0, v0, arc.flightTimeS, 0.5, false))
        top = std::max(top, n.posEciM.norm() - kR);
    EXPECT_NEAR(top, 240e3, 50.0);
    EXPECT_NEAR(integratedRangeAngle(arc.speedMps, arc.flightPathAngleRad) * kR, 1000e3, 200.0);
}

TEST(EarthModel, GeodeticEcefRoundTrip)
{
    for (const double alt : {0.0, 120e3, 6000e3}) {
        const GeodeticPosition g = earth::ecefToGeodetic(earth::geodeticToEcef(141.3, 42.7, alt));
        EXPECT_NEAR(g.lon, 141.3, 1e-9);
        EXPECT_NEAR(g.lat, 42.7, 1e-9);
        EXPECT_NEAR(g.altM, alt, 1e-3);
    }
    // WGS84 defining constants: a on the equator, b = a (1 - f) = 6 356 752.314 m at the pole.
    EXPECT_NEAR(earth::geodeticToEcef(0, 0, 0).x, 6378137.0, 1e-6);
    EXPECT_NEAR(earth::geodeticToEcef(0, 90, 0).z, 6356752.314, 1e-3);
}

TEST(EarthModel, StandardAtmosphereAboveTheExactModel)
{
    // US Standard Atmosphere 1976 table: 5.604e-7 kg/m^3 at 100 km, 2.076e-9 at 150 km; above 86 km the model
    // is the Vallado fit, within ~10 % of the table, and it joins the exact model at 86 km without a step.
    EXPECT_NEAR(earth::airDensityKgM3(100e3), 5.604e-7, 0.56e-7);
    EXPECT_NEAR(earth::airDensityKgM3(150e3), 2.076e-9, 0.21e-9);
    EXPECT_NEAR(earth::airDensityKgM3(86000.5) / earth::airDensityKgM3(85999.5), 1.0, 1e-3);
    double previous = earth::airDensityKgM3(0);
    for (double h = 1000; h <= 1000e3; h += 1000) {
        const double rho = earth::airDensityKgM3(h);
        ASSERT_LT(rho, previous) << h;
        previous = rho;
    }
    EXPECT_EQ(earth::airDensityKgM3(1001e3), 0.0);
}

// Vallado, Fundamentals of Astrodynamics and Applications (4th ed.), example 3-5: GMST on 1992-08-20 at
// 12:14 UT1 is 152.578787810 degrees (and 1992-08-20 = 8267 days after 1970-01-01).
TEST(EarthModel, GreenwichMeanSiderealTimeOfValladosExample)
{
    const std::int64_t ms = (8267LL * 86400 + 12 * 3600 + 14 * 60) * 1000;
    EXPECT_NEAR(earth::gmstRadians(ms) * 180.0 / std::numbers::pi, 152.578787810, 1e-6);
    // Turned Earth-fixed: the inertial x axis points GMST west of Greenwich.
    const Vec3 e = earth::pseudoInertialToEcef({1, 0, 0}, ms);
    EXPECT_NEAR(std::atan2(e.y, e.x) * 180.0 / std::numbers::pi, -152.578787810, 1e-6);
}
