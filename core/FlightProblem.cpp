// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/FlightProblem.h"

#include "core/EarthModel.h"
#include "core/Geodesic.h"
#include "core/KeplerArc.h"
#include "core/Units.h"

#include <algorithm>
#include <cmath>

namespace trilink {
namespace {
using units::kDegToRad;
constexpr double kPathStepM = 10e3;
constexpr double kPathExtensionM = 3000e3; // the pursuit point stays ahead even past the last leg
constexpr double kLegsCrossTrackM = 15e3;

double wrap180(double deg)
{
    deg = std::fmod(deg + 180.0, 360.0);
    if (deg < 0)
        deg += 360.0;
    return deg - 180.0;
}

double apogeeFor(const TrajectoryRequest &r, double rangeM)
{
    if (r.isSpaceLaunch())
        return r.shape == TrajectoryShape::Apogee ? r.apogeeM : TrajectoryRequest::kDefaultOrbitAltitudeM;
    switch (r.shape) {
    case TrajectoryShape::Apogee:
        return r.apogeeM;
    case TrajectoryShape::MinimumEnergy:
        return KeplerArc::minimumEnergy(rangeM / KeplerArc::kRadiusM).apogeeM;
    case TrajectoryShape::LoftFactor:
        return r.loftFactor * KeplerArc::minimumEnergy(rangeM / KeplerArc::kRadiusM).apogeeM;
    }
    return 0;
}

BoostProfile profileFor(const TrajectoryRequest &r, const FlightTarget &t)
{
    const MissileClass c = r.missileClass.value_or(classForFlight(t.rangeM, t.apogeeM));
    return r.missileName.isEmpty() ? BoostProfile::forClass(c) : BoostProfile::forMissile(r.missileName, c);
}

Vec3 sphereUnit(double lon, double lat) { return earth::geodeticToEcef(lon, lat, 0.0).normalized(); }

// Kepler guess (see TrajectorySolver): the spherical closed form solved in the inertial frame, the target
// moved to where the Earth's rotation will have carried it, the pad's rotation velocity subtracted.
FlightControls keplerGuess(const TrajectoryRequest &r, const BoostProfile &p, double targetLon, double targetLat,
                           double rangeM, double apogeeM)
{
    const Vec3 launch = earth::geodeticToEcef(r.launchLon, r.launchLat, r.launchAltM);
    const Vec3 targetEcef = earth::geodeticToEcef(targetLon, targetLat, 0.0);
    Vec3 east, north, up;
    earth::enuBasis(r.launchLon, r.launchLat, east, north, up);
    KeplerArc arc = KeplerArc::throughApogee(rangeM / KeplerArc::kRadiusM, apogeeM);
    Vec3 heading = north;
    for (int i = 0; i < 3; ++i) {
        const Vec3 target = earth::ecefToEci(targetEcef, arc.flightTimeS + 0.5 * p.burnS());
        const double psi = std::acos(std::clamp(launch.normalized().dot(target.normalized()), -1.0, 1.0));
        arc = KeplerArc::throughApogee(std::max(psi, 1e-4), apogeeM);
        const Vec3 horizontal = target - up * target.dot(up);
        heading = horizontal.norm() > 1.0 ? horizontal.normalized() : north;
    }
    const double g = arc.flightPathAngleRad;
    const Vec3 inertial = (up * std::sin(g) + heading * std::cos(g)) * arc.speedMps;
    const Vec3 relative = inertial - earth::corotationVelocityMps(launch);
    FlightControls c;
    c.azimuthDeg = std::atan2(relative.dot(east), relative.dot(north)) / kDegToRad;
    const double gammaRel = std::asin(std::clamp(relative.dot(up) / relative.norm(), -1.0, 1.0)) / kDegToRad;
    c.finalPitchDeg = std::clamp(gammaRel - 5.0, 2.0, 85.0);
    const double meanPitchRad = 0.5 * (90.0 + c.finalPitchDeg) * kDegToRad;
    const double loss = 0.6 * earth::kStandardGravityMPerS2 * p.burnS() * std::sin(meanPitchRad);
    c.deltaVScale = std::clamp((relative.norm() + loss) / p.deltaVMps(), 0.1, 1.1);
    return c;
}
} // namespace

void FlightProblem::planPath(const TrajectoryRequest &r, std::vector<Vec3> &unitEcef, std::vector<double> &distanceM,
                             FlightTarget &target)
{
    unitEcef.clear();
    distanceM.clear();
    double lon = r.launchLon, lat = r.launchLat, bearing = r.glideLegs.front().bearingDeg, s = 0;
    unitEcef.push_back(sphereUnit(lon, lat));
    distanceM.push_back(0);
    // Advance along the geodesic in steps of at most kPathStepM, turning by `turnDeg` spread evenly over
    // the length (0: a straight leg, which is a geodesic).
    const auto advance = [&](double lengthM, double turnDeg) {
        const int n = std::max(1, static_cast<int>(std::ceil(lengthM / kPathStepM)));
        const double dTurn = turnDeg / n;
        for (int k = 0; k < n; ++k) {
            const GeodesicDirect d = geodesic::direct(lon, lat, bearing + 0.5 * dTurn, lengthM / n);
            lon = d.lon;
            lat = d.lat;
            bearing = d.azimuth2Deg + 0.5 * dTurn;
            s += lengthM / n;
            unitEcef.push_back(sphereUnit(lon, lat));
            distanceM.push_back(s);
        }
    };
    for (std::size_t i = 0; i < r.glideLegs.size(); ++i) {
        const GlideLeg &leg = r.glideLegs[i];
        if (i > 0 && r.glideLegs[i - 1].turnDistanceM <= 0)
            bearing = leg.bearingDeg; // an abrupt corner in the plan: the guidance rounds it
        advance(leg.distanceM, 0.0);
        if (i + 1 < r.glideLegs.size() && leg.turnDistanceM > 0)
            advance(leg.turnDistanceM, wrap180(r.glideLegs[i + 1].bearingDeg - bearing));
    }
    target.lon = lon;
    target.lat = lat;
    target.pathM = s;
    target.finalLegBearingDeg = bearing;
    const GeodesicInverse inv = geodesic::inverse(r.launchLon, r.launchLat, lon, lat);
    target.rangeM = inv.distanceM;
    target.azimuthDeg = inv.azimuth1Deg;
    advance(kPathExtensionM, 0.0);
}

FlightProblem::FlightProblem(TrajectoryRequest r, FlightTarget t, Kind k, Maneuver m, FlightIntegrator integ)
    : m_request(std::move(r)), m_target(t), m_kind(k), m_maneuver(m), m_integ(std::move(integ))
{
}

std::optional<FlightProblem> FlightProblem::make(const TrajectoryRequest &r, QString &error)
{
    FlightTarget t;
    FlightPlan plan;
    Kind kind = Kind::Ballistic;
    if (r.isSpaceLaunch()) {
        kind = Kind::Orbit;
        t.azimuthDeg = *r.azimuthDeg;
        plan.toOrbit = true;
        plan.orbitCoastS = 0; // the shooting needs only the burnout state; sampling adds the coast
    } else if (!r.glideLegs.empty()) {
        planPath(r, plan.pathUnitEcef, plan.pathDistanceM, t);
        plan.pathEndM = t.pathM;
        // Legs that never turn by more than a degree are a straight flight to their end: shoot for it.
        bool turns = false;
        for (std::size_t i = 1; i < r.glideLegs.size(); ++i)
            turns = turns || std::abs(wrap180(r.glideLegs[i].bearingDeg - r.glideLegs[i - 1].bearingDeg)) > 1.0;
        if (turns) {
            kind = Kind::Legs;
        } else {
            plan.pathUnitEcef.clear();
            plan.pathDistanceM.clear();
        }
    } else if (r.impactLon && r.impactLat) {
        t.lon = *r.impactLon;
        t.lat = *r.impactLat;
        const GeodesicInverse inv = geodesic::inverse(r.launchLon, r.launchLat, t.lon, t.lat);
        t.rangeM = inv.distanceM;
        t.azimuthDeg = inv.azimuth1Deg;
    } else {
        const GeodesicDirect d = geodesic::direct(r.launchLon, r.launchLat, *r.azimuthDeg, *r.rangeM);
        t.lon = d.lon;
        t.lat = d.lat;
        t.rangeM = *r.rangeM;
        t.azimuthDeg = *r.azimuthDeg;
    }
    if (kind != Kind::Orbit && t.rangeM < kMinRangeM) {
        error = QStringLiteral("impact point is only %1 km from the launch point").arg(t.rangeM / 1000.0, 0, 'f', 1);
        return std::nullopt;
    }
    t.apogeeM = apogeeFor(r, t.rangeM);
    const Maneuver m = r.isSpaceLaunch() ? Maneuver::None : r.resolvedManeuver();
    BoostProfile profile = profileFor(r, t);
    plan.lifting = m != Maneuver::None;
    plan.airframe = m == Maneuver::Glide ? profile.glider : m == Maneuver::PullUp ? profile.pullUp : profile.reentry;
    FlightIntegrator integ(r.launchLon, r.launchLat, r.launchAltM, std::move(profile), std::move(plan));
    FlightProblem p(r, t, kind, m, std::move(integ));
    if (kind == Kind::Legs) {
        const GlideLeg &first = r.glideLegs.front();
        const GeodesicDirect end1 = geodesic::direct(r.launchLon, r.launchLat, first.bearingDeg, first.distanceM);
        p.m_fixedAzimuthDeg =
            keplerGuess(r, p.m_integ.profile(), end1.lon, end1.lat, first.distanceM, t.apogeeM).azimuthDeg;
    } else if (kind == Kind::Orbit) {
        p.m_fixedAzimuthDeg = t.azimuthDeg;
    }
    return p;
}

FlightProblem FlightProblem::withApogee(double apogeeM) const
{
    FlightProblem p = *this;
    p.m_target.apogeeM = apogeeM;
    p.m_request.shape = TrajectoryShape::Apogee;
    p.m_request.apogeeM = apogeeM;
    return p;
}

FlightProblem FlightProblem::withFailure() const
{
    FlightPlan plan = m_integ.plan();
    plan.failAtS = m_request.failAtS;
    if (plan.toOrbit)
        plan.orbitCoastS = m_request.orbitCoastS;
    FlightProblem p = *this;
    p.m_integ = FlightIntegrator(m_request.launchLon, m_request.launchLat, m_request.launchAltM, m_integ.profile(),
                                 std::move(plan), m_integ.options());
    return p;
}

FlightControls FlightProblem::initialGuess() const
{
    const BoostProfile &p = m_integ.profile();
    if (m_kind == Kind::Orbit) {
        FlightControls c;
        c.azimuthDeg = m_fixedAzimuthDeg;
        c.finalPitchDeg = 5.0;
        c.deltaVScale = 1.0;
        c.pitchExponent = p.pitchExponent;
        return c;
    }
    FlightControls c = keplerGuess(m_request, p, m_target.lon, m_target.lat, m_target.rangeM, m_target.apogeeM);
    if (m_kind == Kind::Legs)
        c.azimuthDeg = m_fixedAzimuthDeg;
    return c;
}

FlightProblem::Vector FlightProblem::toUnknowns(const FlightControls &c) const
{
    switch (m_kind) {
    case Kind::Ballistic:
        return {c.azimuthDeg, c.finalPitchDeg, c.deltaVScale};
    case Kind::Legs:
        return {c.finalPitchDeg, c.deltaVScale, 0};
    case Kind::Orbit:
        return {c.finalPitchDeg, c.deltaVScale, c.pitchExponent};
    }
    return {};
}

FlightControls FlightProblem::toControls(const Vector &x) const
{
    FlightControls c;
    switch (m_kind) {
    case Kind::Ballistic:
        c.azimuthDeg = x[0];
        c.finalPitchDeg = x[1];
        c.deltaVScale = x[2];
        break;
    case Kind::Legs:
        c.azimuthDeg = m_fixedAzimuthDeg;
        c.finalPitchDeg = x[0];
        c.deltaVScale = x[1];
        break;
    case Kind::Orbit:
        c.azimuthDeg = m_fixedAzimuthDeg;
        c.finalPitchDeg = x[0];
        c.deltaVScale = x[1];
        c.pitchExponent = std::clamp(x[2], 0.15, 3.0);
        break;
    }
    c.finalPitchDeg = std::clamp(c.finalPitchDeg, minFinalPitchDeg(), kMaxFinalPitchDeg);
    c.deltaVScale = std::clamp(c.deltaVScale, kMinDeltaVScale, kMaxDeltaVScale);
    return c;
}

FlightProblem::Vector FlightProblem::stepSizes() const
{
    switch (m_kind) {
    case Kind::Ballistic:
        return {1e-3, 1e-3, 1e-4};
    case Kind::Legs:
        return {1e-3, 1e-4, 0};
    case Kind::Orbit:
        return {1e-3, 1e-4, 1e-4};
    }
    return {};
}

double FlightProblem::tolerance(int i) const
{
    // Glide legs: the guidance, not the shooting, holds the vehicle on its path; the cross-track miss is
    // only checked (the vehicle must have made the turns).
    if (m_kind == Kind::Legs && i == 2)
        return std::max(kLegsCrossTrackM, 0.02 * m_target.pathM);
    return 50.0;
}

double FlightProblem::minFinalPitchDeg() const
{
    // A long, weak upper stage of a launcher points below the local horizontal at the end of its burn to
    // keep from climbing past the orbit (as launchers' closed-loop guidance does); a missile never needs to.
    return m_kind == Kind::Orbit ? kMinOrbitFinalPitchDeg : kMinFinalPitchDeg;
}

bool FlightProblem::atBound(const FlightControls &c) const
{
    return c.deltaVScale >= kMaxDeltaVScale - 1e-6 || c.deltaVScale <= kMinDeltaVScale + 1e-6 ||
           c.finalPitchDeg <= minFinalPitchDeg() + 1e-6 || c.finalPitchDeg >= kMaxFinalPitchDeg - 1e-6;
}

std::optional<FlightProblem::Vector> FlightProblem::residual(const FlightControls &c) const
{
    const FlightRun run = m_integ.run(c, false);
    if (m_kind == Kind::Orbit) {
        if (run.burnout.timeS <= 0 || (!run.inOrbit && run.impactTimeS > 0 && run.impactTimeS <= run.burnout.timeS))
            return std::nullopt;
        const Vec3 &r = run.burnout.posEciM;
        const double altM = earth::ecefToGeodetic(m_integ.toEcef(r, run.burnout.timeS)).altM;
        const double circular = std::sqrt(earth::kMuM3PerS2 / r.norm());
        // Scaled to metres: 1e-5 rad of flight-path angle and 0.01 m/s of speed weigh like 1 m of height.
        return Vector{altM - m_target.apogeeM, run.burnoutFlightPathAngleRad * 1e5, (run.burnout.velEciMps.norm() - circular) * 100};
    }
    if (!run.impacted)
        return std::nullopt;
    if (m_kind == Kind::Legs) {
        const GeodesicInverse inv = geodesic::inverse(m_target.lon, m_target.lat, run.impactLon, run.impactLat);
        const double off = wrap180(inv.azimuth1Deg - m_target.finalLegBearingDeg) * kDegToRad;
        return Vector{inv.distanceM * std::cos(off), run.apogeeM - m_target.apogeeM, inv.distanceM * std::sin(off)};
    }
    const GeodesicInverse inv = geodesic::inverse(m_request.launchLon, m_request.launchLat, run.impactLon, run.impactLat);
    return Vector{inv.distanceM - m_target.rangeM,
                  m_target.rangeM * std::sin(wrap180(inv.azimuth1Deg - m_target.azimuthDeg) * kDegToRad),
                  run.apogeeM - m_target.apogeeM};
}

} // namespace trilink
