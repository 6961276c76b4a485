// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/Atmosphere.h"
#include "core/EarthModel.h"
#include "core/FlightIntegrator.h"
#include "core/Geodesic.h"
#include "core/KeplerArc.h"
#include "core/TrajectorySolver.h"
#include "core/Units.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace trilink;

// The new flight shapes against truths from outside the code: conservation of energy, the equilibrium-glide
// range, the rocket equation, the orbit-inclination formula, and published flights of each kind.
namespace {
constexpr double kDeg = units::kDegToRad;

double specificEnergy(const FlightNode &n) { return 0.5 * n.velEciMps.dot(n.velEciMps) - earth::kMuM3PerS2 / n.posEciM.norm(); }

TrajectoryRequest toward(double lon, double lat, double azimuthDeg, double rangeKm, double apogeeKm, MissileClass c)
{
    TrajectoryRequest r;
    r.launchLon = lon;
    r.launchLat = lat;
    r.azimuthDeg = azimuthDeg;
    r.rangeM = rangeKm * 1000.0;
    r.shape = TrajectoryShape::Apogee;
    r.apogeeM = apogeeKm * 1000.0;
    r.missileClass = c;
    return r;
}

bool hasEvent(const Trajectory &t, TrajectoryEventKind k)
{
    return std::any_of(t.events.begin(), t.events.end(), [&](const TrajectoryEvent &e) { return e.kind == k; });
}
} // namespace

// On a non-rotating Earth without J2 (so the air is at rest in the inertial frame and gravity conserves
// v^2/2 - mu/r), a gliding vehicle with drag switched off keeps its energy through the whole pull-up and
// glide: lift is perpendicular to the airspeed and does no work. With drag on, energy never rises.
TEST(FlightShapes, LiftDoesNoWorkAndDragOnlyTakesEnergy)
{
    BoostProfile p = BoostProfile::forClass(MissileClass::Hgv);
    FlightPlan plan;
    plan.airframe = p.glider;
    plan.lifting = true;
    FlightControls c;
    c.azimuthDeg = 90;
    c.finalPitchDeg = -5;
    c.deltaVScale = 0.6;
    for (const bool drag : {false, true}) {
        FlightOptions o;
        o.withEarthRotation = false;
        o.withJ2 = false;
        o.withDrag = drag;
        o.maxTimeS = 1500; // without drag a glider never slows down to its dive
        const FlightIntegrator integ(128.0, 39.0, 0.0, p, plan, o);
        FlightRun run = integ.run(c, true);
        EXPECT_EQ(run.impacted, drag);
        double maxLift = 0;
        const double e0 = specificEnergy(run.burnout);
        double previous = e0;
        for (const FlightNode &n : run.nodes) {
            if (n.timeS <= run.burnout.timeS)
                continue;
            maxLift = std::max(maxLift, std::abs(n.liftMps2));
            const double e = specificEnergy(n);
            if (drag) {
                EXPECT_LE(e, previous + 1e-9 * std::abs(e0)) << "t " << n.timeS;
            } else {
                EXPECT_NEAR(e / e0, 1.0, 2e-7) << "t " << n.timeS;
            }
            previous = e;
        }
        // The lift really acted (tens of m/s^2 in the pull-up), or the first check proves nothing.
        EXPECT_GT(maxLift, 20.0);
    }
}

// A glide at best L/D from equilibrium (lift = m (g - V^2/r), the path level) covers the range of the
// equilibrium-glide relation (Eggers, Allen & Neice, NACA Report 1382, 1958; the "Breguet" range of a glider):
//   s = (L/D) (r/2) ln[(1 - Vf^2/(g r)) / (1 - V0^2/(g r))]
// plus what the fall of the equilibrium height gives at the same L/D, (L/D) dh / (1 - Vm^2/(g r)) with Vm^2
// the mean of V0^2 and Vf^2 (the potential energy the relation leaves out). The airframe may not pull
// harder than n = 1 here, so L/D stays at its maximum E*; non-rotating Earth, no J2, as the relation assumes.
TEST(FlightShapes, GlideAtConstantLiftToDragCoversTheBreguetRange)
{
    BoostProfile p = BoostProfile::forClass(MissileClass::Hgv);
    FlightPlan plan;
    plan.airframe = p.glider;
    plan.airframe.maxLiftFactor = 1.0;
    plan.lifting = true;
    FlightOptions o;
    o.withEarthRotation = false;
    o.withJ2 = false;
    const FlightIntegrator integ(128.0, 39.0, 0.0, p, plan, o);
    const double e = plan.airframe.maxLiftToDrag;
    const double beta = plan.airframe.ballisticCoefficientKgM2;
    for (const double v0 : {2500.0, 3000.0, 4000.0}) {
        // Equilibrium height for v0 (by bisection on the standard atmosphere): q 2E/beta = g - V^2/r.
        double lo = 10e3, hi = 90e3;
        for (int i = 0; i < 60; ++i) {
            const double h = 0.5 * (lo + hi);
            const double r = KeplerArc::kRadiusM + h;
            const double need = earth::kMuM3PerS2 / (r * r) - v0 * v0 / r;
            (0.5 * atmosphere::densityKgM3(h) * v0 * v0 * 2 * e / beta > need ? lo : hi) = h;
        }
        const double h0 = 0.5 * (lo + hi);
        Vec3 east, north, up;
        earth::enuBasis(128.0, 39.0, east, north, up);
        FlightNode start;
        start.posEciM = earth::geodeticToEcef(128.0, 39.0, h0);
        start.velEciMps = east * v0;
        start.descentM = 1e6; // the lift is engaged
        const FlightRun run = integ.flyFrom(start, true);
        const FlightNode *end = nullptr;
        for (const FlightNode &n : run.nodes) {
            if (!end && n.diveBlend < 0.5)
                end = &n;
        }
        ASSERT_NE(end, nullptr);
        const GeodeticPosition g1 = earth::ecefToGeodetic(end->posEciM);
        const double flownM = geodesic::inverse(128.0, 39.0, g1.lon, g1.lat).distanceM;
        const double vf = end->velEciMps.norm();
        const double r = KeplerArc::kRadiusM + 0.5 * (h0 + g1.altM);
        const double gr = earth::kMuM3PerS2 / r;
        const double breguetM = e * r / 2 * std::log((1 - vf * vf / gr) / (1 - v0 * v0 / gr));
        const double fallM = e * (h0 - g1.altM) / (1 - 0.5 * (v0 * v0 + vf * vf) / gr);
        EXPECT_NEAR(flownM, breguetM + fallM, 0.05 * (breguetM + fallM)) << "V0 " << v0;
    }
}

// An IRBM that fails 60 s after launch comes down within the reach of what a 60 s burn can give: the ideal
// rocket-equation delta-v of its stage after 60 s, dv = -ve ln(1 - zeta 60 / T) (Hwasong-12 profile: 115 s,
// 6700 m/s, mass ratio 3), plus the pad's rotation speed, flown on the longest (minimum-energy) arc, plus
// the ground the 60 s burn itself covered at most (dv 60 s / 2) and the Earth turning under the flight.
TEST(FlightShapes, FailureAtSixtySecondsEndsWithinTheReachOfASixtySecondBurn)
{
    TrajectoryRequest r = toward(125.67, 39.2, 75, 3000, 700, MissileClass::Irbm);
    r.missileName = QStringLiteral("Hwasong-12");
    const TrajectoryResult intended = TrajectorySolver::solve(r);
    ASSERT_TRUE(intended.ok()) << intended.error.toStdString();
    r.failAtS = 60.0;
    const TrajectoryResult res = TrajectorySolver::solve(r);
    ASSERT_TRUE(res.ok()) << res.error.toStdString();
    const Trajectory &t = res.trajectory;
    const double ve = 6700.0 / std::log(3.0);
    const double dv60 = -ve * std::log(1.0 - (2.0 / 3.0) * 60.0 / 115.0) * std::max(1.0, t.deltaVScale);
    const double pad = earth::kRotationRadPerS * earth::kEquatorialRadiusM * std::cos(39.2 * kDeg);
    const double reachM = KeplerArc::minimumEnergyRangeForSpeed(dv60 + pad) + 0.5 * dv60 * 60.0 + pad * t.flightTimeS;
    EXPECT_LT(t.rangeM, reachM);
    EXPECT_LT(t.rangeM, 0.5 * intended.trajectory.rangeM);
    EXPECT_TRUE(t.failed);
    EXPECT_NEAR(t.burnoutTimeS, 60.0, 1e-6);
    EXPECT_TRUE(hasEvent(t, TrajectoryEventKind::Failure));
    EXPECT_EQ(t.samples.front().phase, FlightPhase::Boost);
    EXPECT_EQ(t.samples.back().phase, FlightPhase::Debris);
}

// The KN-23 profile, 2019-07-25 (JCS: 600 km at about 50 km): boost, the climb and first descent, the
// pull-up in the upper atmosphere, the terminal dive; the events mark the pull-up and the dive, and the
// lifting flight is what reaches 600 km from a 50 km apogee.
TEST(FlightShapes, PullUpFlightHasItsPhasesAndEvents)
{
    TrajectoryRequest r = toward(127.5369, 39.40167, 70, 600, 50, MissileClass::Srbm);
    r.missileName = QStringLiteral("hwasong-11a");
    r.maneuver = Maneuver::PullUp;
    const TrajectoryResult res = TrajectorySolver::solve(r);
    ASSERT_TRUE(res.ok()) << res.error.toStdString();
    const Trajectory &t = res.trajectory;
    EXPECT_NEAR(t.rangeM, 600e3, 6e3);
    EXPECT_NEAR(t.apogeeM, 50e3, 0.5e3);
    std::vector<FlightPhase> order;
    for (const PhaseInterval &p : phaseIntervals(t.samples))
        order.push_back(p.phase);
    EXPECT_EQ(order, (std::vector<FlightPhase>{FlightPhase::Boost, FlightPhase::Midcourse, FlightPhase::PullUp, FlightPhase::Terminal}));
    EXPECT_TRUE(hasEvent(t, TrajectoryEventKind::PullUp));
    EXPECT_TRUE(hasEvent(t, TrajectoryEventKind::Dive));
    // The pull-up holds the vehicle in the upper atmosphere (it levels off between 15 and 40 km).
    for (const TrajectorySample &s : t.samples) {
        if (s.phase == FlightPhase::PullUp) {
            EXPECT_GT(s.altM, 12e3);
        }
    }
}

// 2022-01-11 as KCNA described it (nagix glide_path): 600 km at 80 deg, a 240 km turn, 160 km at 40 deg,
// from a 60 km boost apogee, flown by the boost-glide vehicle: it turns (events), flies further over the
// ground than the straight line, and ends near the end of the last leg.
TEST(FlightShapes, GlideFollowsItsLegsAndTurns)
{
    TrajectoryRequest r;
    r.launchLon = 126.425743;
    r.launchLat = 40.611208;
    QString error;
    r.glideLegs = parseGlideLegs(QStringLiteral("600:80:240,160:40"), error);
    ASSERT_TRUE(error.isEmpty());
    r.shape = TrajectoryShape::Apogee;
    r.apogeeM = 60e3;
    r.missileClass = MissileClass::Hgv;
    const TrajectoryResult res = TrajectorySolver::solve(r);
    ASSERT_TRUE(res.ok()) << res.error.toStdString();
    const Trajectory &t = res.trajectory;
    EXPECT_EQ(t.maneuver, QStringLiteral("glide"));
    EXPECT_TRUE(hasEvent(t, TrajectoryEventKind::GlideStart));
    EXPECT_TRUE(hasEvent(t, TrajectoryEventKind::Turn));
    EXPECT_GT(t.pathM, t.rangeM + 20e3);
    EXPECT_LT(t.missDistanceM, 20e3);
}

// A submarine launch is from the sea surface: height 0, said in the launch event; a height is refused.
TEST(FlightShapes, SeaLaunchIsFromTheSurface)
{
    TrajectoryRequest r = toward(128.4, 40.0, 80, 500, 500, MissileClass::Slbm); // off Sinpo, 2016-08-24
    r.platform = LaunchPlatform::Submarine;
    const TrajectoryResult res = TrajectorySolver::solve(r);
    ASSERT_TRUE(res.ok()) << res.error.toStdString();
    EXPECT_NEAR(res.trajectory.samples.front().altM, 0.0, 1e-3);
    EXPECT_EQ(res.trajectory.events.front().detail, QStringLiteral("from a submarine at sea"));
    r.launchAltM = 20;
    EXPECT_EQ(TrajectorySolver::solve(r).errorKind, TrajectoryErrorKind::InvalidRequest);
}

// A launch due south from Sohae reaches a circular 500 km orbit. Its inclination follows the spherical
// formula cos i = cos(latitude) sin(inertial azimuth), the inertial azimuth being the launch azimuth turned by
// the pad's eastward rotation speed: just under 90 degrees, since the Earth's spin pushes a due-south launch
// slightly east (the Unha and Chollima flights aim west of south for their ~97 degree orbits).
TEST(FlightShapes, SpaceLaunchReachesItsOrbit)
{
    TrajectoryRequest r;
    r.launchLon = 124.7057;
    r.launchLat = 39.6596;
    r.azimuthDeg = 180;
    r.missileClass = MissileClass::Slv;
    const TrajectoryResult res = TrajectorySolver::solve(r);
    ASSERT_TRUE(res.ok()) << res.error.toStdString();
    const Trajectory &t = res.trajectory;
    EXPECT_TRUE(t.inOrbit);
    EXPECT_TRUE(hasEvent(t, TrajectoryEventKind::OrbitInsertion));
    EXPECT_NEAR(t.burnoutAltM, 500e3, 5e3);
    const double circular = std::sqrt(earth::kMuM3PerS2 / (earth::kEquatorialRadiusM + 500e3));
    EXPECT_NEAR(t.burnoutSpeedMps, circular, 0.01 * circular);
    EXPECT_EQ(t.samples.back().phase, FlightPhase::Orbit);
    // Inclination of the flown orbit from the samples (the inertial frame is ECEF at launch: the orbit plane
    // holds two positions a few minutes apart once the Earth's turn is put back).
    const TrajectorySample &a = t.samples[static_cast<std::size_t>(t.burnoutTimeS) + 10];
    const TrajectorySample &b = t.samples[static_cast<std::size_t>(t.burnoutTimeS) + 300];
    const Vec3 pa = earth::ecefToEci(earth::geodeticToEcef(a.lon, a.lat, a.altM), a.timeS);
    const Vec3 pb = earth::ecefToEci(earth::geodeticToEcef(b.lon, b.lat, b.altM), b.timeS);
    const Vec3 h = pa.cross(pb).normalized();
    const double inclinationDeg = std::acos(h.z) / kDeg;
    const double v = 7400.0, padEast = earth::kRotationRadPerS * earth::kEquatorialRadiusM * std::cos(39.66 * kDeg);
    const double inertialAzimuth = std::atan2(padEast, -v); // south plus the eastward push
    const double expected = std::acos(std::cos(39.66 * kDeg) * std::sin(inertialAzimuth)) / kDeg;
    EXPECT_NEAR(std::abs(inclinationDeg), expected, 1.5);
    EXPECT_LT(expected, 90.0);
}

// Outside the envelope the solver says why, with the nearest feasible figure, and it is an envelope error
// (exit 2 at the command line), not a failure to converge.
TEST(FlightShapes, OutsideTheEnvelopeNamesTheNearestFeasibleFigure)
{
    TrajectoryRequest low = toward(125.7, 39.0, 80, 600, 15, MissileClass::Srbm);
    low.maneuver = Maneuver::None;
    const TrajectoryResult a = TrajectorySolver::solve(low);
    EXPECT_EQ(a.errorKind, TrajectoryErrorKind::OutsideEnvelope);
    EXPECT_TRUE(a.error.contains(QStringLiteral("apogee 15.0 km is below the lowest a 600 km"))) << a.error.toStdString();
    EXPECT_TRUE(a.error.contains(QStringLiteral("about"))) << a.error.toStdString();

    const TrajectoryResult far = TrajectorySolver::solve(toward(125.7, 39.0, 80, 3000, 500, MissileClass::Srbm));
    EXPECT_EQ(far.errorKind, TrajectoryErrorKind::OutsideEnvelope);
    EXPECT_TRUE(far.error.contains(QStringLiteral("beyond the reach"))) << far.error.toStdString();

    const TrajectoryResult high = TrajectorySolver::solve(toward(125.7, 39.0, 80, 300, 3000, MissileClass::Srbm));
    EXPECT_EQ(high.errorKind, TrajectoryErrorKind::OutsideEnvelope);
    EXPECT_TRUE(high.error.contains(QStringLiteral("above the highest"))) << high.error.toStdString();

    // Asked for the nearest it can fly, it flies the edge of the envelope and says so.
    low.nearestFeasible = true;
    const TrajectoryResult edge = TrajectorySolver::solve(low);
    ASSERT_TRUE(edge.ok()) << edge.error.toStdString();
    EXPECT_GT(edge.trajectory.apogeeM, 15e3);
    EXPECT_TRUE(edge.trajectory.note.contains(QStringLiteral("nearest"))) << edge.trajectory.note.toStdString();
}

// With no manoeuvre asked for, an SRBM depressed below what a ballistic arc can fly is flown with a pull-up
// (as the Hwasong-11 family flies these shots), and the trajectory says so.
TEST(FlightShapes, DepressedSrbmFallsBackToAPullUpAndSaysSo)
{
    const TrajectoryResult res = TrajectorySolver::solve(toward(125.7, 39.0, 80, 600, 50, MissileClass::Srbm));
    ASSERT_TRUE(res.ok()) << res.error.toStdString();
    EXPECT_EQ(res.trajectory.maneuver, QStringLiteral("pullup"));
    EXPECT_TRUE(res.trajectory.note.contains(QStringLiteral("pull-up"))) << res.trajectory.note.toStdString();
    EXPECT_NEAR(res.trajectory.apogeeM, 50e3, 0.5e3);
}

// Too low even for a pull-up: the error names both edges (the ballistic one and the lower pull-up one), and
// the nearest feasible flight is the pull-up at its edge, well under the ballistic limit (57 km at 600 km;
// the pull-up's is about 29 km, docs/physics.md's envelope table).
TEST(FlightShapes, TooLowEvenForAPullUpNamesBothEdgesAndFliesThePullUpEdge)
{
    TrajectoryRequest low = toward(125.7, 39.0, 80, 600, 15, MissileClass::Srbm);
    const TrajectoryResult a = TrajectorySolver::solve(low);
    EXPECT_EQ(a.errorKind, TrajectoryErrorKind::OutsideEnvelope);
    EXPECT_TRUE(a.error.contains(QStringLiteral("ballistic flight"))) << a.error.toStdString();
    EXPECT_TRUE(a.error.contains(QStringLiteral("with a pull-up about"))) << a.error.toStdString();

    low.nearestFeasible = true;
    const TrajectoryResult edge = TrajectorySolver::solve(low);
    ASSERT_TRUE(edge.ok()) << edge.error.toStdString();
    EXPECT_EQ(edge.trajectory.maneuver, QStringLiteral("pullup"));
    EXPECT_GT(edge.trajectory.apogeeM, 15e3);
    EXPECT_LT(edge.trajectory.apogeeM, 45e3);
    EXPECT_NEAR(edge.trajectory.rangeM, 600e3, 6e3);
    EXPECT_TRUE(edge.trajectory.note.contains(QStringLiteral("nearest"))) << edge.trajectory.note.toStdString();
}
