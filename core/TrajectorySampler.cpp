// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/TrajectorySampler.h"

#include "core/Atmosphere.h"
#include "core/EarthModel.h"
#include "core/Geodesic.h"
#include "core/Units.h"

#include <algorithm>
#include <cmath>

namespace trilink {
namespace {
using units::kDegToRad;
constexpr double kReentryAltM = 100e3;
constexpr double kLiftHoldsFraction = 0.25; // of the local gravity: the lift has taken hold

double timeOfAltitude(const FlightIntegrator &integ, const std::vector<FlightNode> &nodes, double fromTimeS, double altM)
{
    // First descending crossing of altM after fromTimeS, by bisection on the interpolant.
    for (std::size_t i = 1; i < nodes.size(); ++i) {
        if (nodes[i].timeS <= fromTimeS)
            continue;
        const double a0 = earth::ecefToGeodetic(integ.toEcef(nodes[i - 1].posEciM, nodes[i - 1].timeS)).altM;
        const double a1 = earth::ecefToGeodetic(integ.toEcef(nodes[i].posEciM, nodes[i].timeS)).altM;
        if (a0 >= altM && a1 < altM) {
            double lo = nodes[i - 1].timeS, hi = nodes[i].timeS;
            for (int k = 0; k < 30; ++k) {
                const double mid = 0.5 * (lo + hi);
                Vec3 p, v;
                FlightIntegrator::interpolate(nodes[i - 1], nodes[i], mid, p, v);
                (earth::ecefToGeodetic(integ.toEcef(p, mid)).altM > altM ? lo : hi) = mid;
            }
            return 0.5 * (lo + hi);
        }
    }
    return -1;
}

TrajectoryEvent eventAt(const FlightIntegrator &integ, const std::vector<FlightNode> &nodes, TrajectoryEventKind kind,
                        double timeS, QString detail)
{
    std::size_t i = 1;
    while (i + 1 < nodes.size() && nodes[i].timeS < timeS)
        ++i;
    Vec3 p, v;
    FlightIntegrator::interpolate(nodes[i - 1], nodes[i], std::clamp(timeS, nodes[i - 1].timeS, nodes[i].timeS), p, v);
    const GeodeticPosition g = earth::ecefToGeodetic(integ.toEcef(p, timeS));
    return TrajectoryEvent{kind, timeS, g.lon, g.lat, g.altM, std::move(detail)};
}

} // namespace

Trajectory sampleTrajectory(const FlightIntegrator &integ, const FlightRun &run, const TrajectoryRequest &r, Maneuver maneuver)
{
    Trajectory tr;
    tr.profile = integ.profile();
    const FlightPlan &plan = integ.plan();
    tr.launchLon = r.launchLon;
    tr.launchLat = r.launchLat;
    tr.flightTimeS = run.impactTimeS;
    tr.apogeeM = run.apogeeM;
    tr.apogeeTimeS = run.apogeeTimeS;
    tr.impactLon = run.impactLon;
    tr.impactLat = run.impactLat;
    tr.rangeM = geodesic::inverse(r.launchLon, r.launchLat, run.impactLon, run.impactLat).distanceM;
    tr.burnoutTimeS = run.burnout.timeS;
    tr.maneuver = maneuverName(maneuver);
    tr.platform = launchPlatformName(r.platform);
    tr.airframe = plan.airframe.name;
    tr.failed = plan.failAtS.has_value();
    tr.failAtS = plan.failAtS.value_or(0);
    tr.inOrbit = run.inOrbit;

    const GeodeticPosition bo = earth::ecefToGeodetic(integ.toEcef(run.burnout.posEciM, run.burnout.timeS));
    tr.burnoutAltM = bo.altM;
    tr.burnoutSpeedMps = run.burnout.velEciMps.norm();
    const Vec3 vRel = integ.velocityToEcef(run.burnout.posEciM, run.burnout.velEciMps, run.burnout.timeS);
    Vec3 e, n, u;
    earth::enuBasis(bo.lon, bo.lat, e, n, u);
    if (vRel.norm() > 0) {
        tr.burnoutFlightPathAngleDeg = std::asin(std::clamp(vRel.dot(u) / vRel.norm(), -1.0, 1.0)) / kDegToRad;
        tr.burnoutAzimuthDeg = geodesic::compassBearing(std::atan2(vRel.dot(e), vRel.dot(n)) / kDegToRad);
    }

    const auto &nodes = run.nodes;
    const double thrustEnd = run.burnout.timeS;
    // The lifting flight: from where the lift first holds kLiftHoldsFraction of gravity after apogee, to
    // where the dive takes over.
    double liftStartS = -1, diveS = -1;
    if (plan.lifting) {
        for (const FlightNode &node : nodes) {
            if (node.timeS <= run.apogeeTimeS || (tr.failed && node.timeS >= tr.failAtS))
                continue;
            if (liftStartS < 0 && node.liftMps2 > kLiftHoldsFraction * earth::kStandardGravityMPerS2)
                liftStartS = node.timeS;
            if (liftStartS >= 0 && node.diveBlend < 0.5) {
                diveS = node.timeS;
                break;
            }
        }
    }
    const bool lifted = liftStartS >= 0;
    const double reentryS = tr.apogeeM > kReentryAltM ? timeOfAltitude(integ, nodes, run.apogeeTimeS, kReentryAltM) : run.apogeeTimeS;
    const FlightPhase liftPhase = maneuver == Maneuver::Glide ? FlightPhase::Glide : FlightPhase::PullUp;
    const auto phaseAt = [&](double t) {
        if (t <= thrustEnd + 1e-9)
            return FlightPhase::Boost;
        if (tr.failed && t >= tr.failAtS)
            return FlightPhase::Debris;
        if (plan.toOrbit)
            return FlightPhase::Orbit;
        if (lifted) {
            if (t < liftStartS)
                return FlightPhase::Midcourse;
            return diveS < 0 || t < diveS ? liftPhase : FlightPhase::Terminal;
        }
        return reentryS >= 0 && t >= reentryS ? FlightPhase::Terminal : FlightPhase::Midcourse;
    };

    std::size_t seg = 1;
    const auto addSample = [&](double t) {
        while (seg + 1 < nodes.size() && nodes[seg].timeS < t)
            ++seg;
        Vec3 p, v;
        FlightIntegrator::interpolate(nodes[seg - 1], nodes[seg], t, p, v);
        const GeodeticPosition g = earth::ecefToGeodetic(integ.toEcef(p, t));
        TrajectorySample s;
        s.timeS = t;
        s.lon = g.lon;
        s.lat = g.lat;
        s.altM = g.altM;
        s.velocityEcefMps = integ.velocityToEcef(p, v, t);
        s.speedMps = s.velocityEcefMps.norm();
        s.phase = phaseAt(t);
        tr.maxSpeedMps = std::max(tr.maxSpeedMps, s.speedMps);
        tr.maxMach = std::max(tr.maxMach, s.speedMps / atmosphere::at(g.altM).speedOfSoundMps);
        tr.samples.push_back(s);
    };
    const double intervalS = r.sampleIntervalS;
    const auto count = static_cast<long>(std::floor(run.impactTimeS / intervalS - 1e-9));
    tr.samples.reserve(static_cast<std::size_t>(count) + 2);
    for (long k = 0; k <= count; ++k)
        addSample(static_cast<double>(k) * intervalS);
    addSample(run.impactTimeS);
    tr.pathM = nodes.back().pathM;

    const QString platform = r.platform == LaunchPlatform::Land ? QString() : QStringLiteral("from a %1 at sea").arg(launchPlatformName(r.platform));
    tr.events.push_back(eventAt(integ, nodes, TrajectoryEventKind::Launch, 0.0, platform));
    const std::size_t stageCount = integ.profile().stages.size();
    for (std::size_t i = 0; i < run.stageEndS.size(); ++i) {
        const bool last = i + 1 == stageCount;
        const QString detail = last ? QStringLiteral("burnout (stage %1)").arg(i + 1) : QStringLiteral("stage %1").arg(i + 1);
        tr.events.push_back(eventAt(integ, nodes, TrajectoryEventKind::StageBurnout, run.stageEndS[i], detail));
    }
    const bool failedInBoost = tr.failed && tr.failAtS < run.cutOffS - 1e-6;
    if (!failedInBoost && run.stageEndS.size() < stageCount)
        tr.events.push_back(eventAt(integ, nodes, TrajectoryEventKind::StageBurnout, run.cutOffS,
                                    QStringLiteral("burnout (guidance cut-off in stage %1 of %2)").arg(run.stageEndS.size() + 1).arg(stageCount)));
    if (tr.failed) {
        const QString detail = failedInBoost ? QStringLiteral("thrust ends in stage %1 of %2; the rest falls unpowered")
                                                   .arg(run.stageEndS.size() + 1)
                                                   .arg(stageCount)
                                             : QStringLiteral("break-up in free flight; the debris falls");
        tr.events.push_back(eventAt(integ, nodes, TrajectoryEventKind::Failure, tr.failAtS, detail));
    }
    if (!plan.toOrbit)
        tr.events.push_back(eventAt(integ, nodes, TrajectoryEventKind::Apogee, run.apogeeTimeS, {}));
    if (!lifted && !plan.toOrbit && tr.apogeeM > kReentryAltM && reentryS >= 0)
        tr.events.push_back(eventAt(integ, nodes, TrajectoryEventKind::Reentry, reentryS, QStringLiteral("100 km")));
    if (lifted) {
        const bool glide = maneuver == Maneuver::Glide;
        tr.events.push_back(eventAt(integ, nodes, glide ? TrajectoryEventKind::GlideStart : TrajectoryEventKind::PullUp, liftStartS,
                                    QStringLiteral("lift %1 g").arg(kLiftHoldsFraction, 0, 'f', 2)));
        if (diveS >= 0)
            tr.events.push_back(eventAt(integ, nodes, TrajectoryEventKind::Dive, diveS, glide ? QStringLiteral("end of glide") : QString()));
        // A turn starts where the plan's next leg begins to bend away: at the end of each leg but the last.
        double boundaryM = 0;
        for (std::size_t i = 0; i + 1 < r.glideLegs.size(); ++i) {
            boundaryM += r.glideLegs[i].distanceM;
            for (std::size_t k = 1; k < nodes.size(); ++k) {
                if (nodes[k - 1].pathM < boundaryM && nodes[k].pathM >= boundaryM) {
                    const double w = (boundaryM - nodes[k - 1].pathM) / (nodes[k].pathM - nodes[k - 1].pathM);
                    const double t = nodes[k - 1].timeS + w * (nodes[k].timeS - nodes[k - 1].timeS);
                    tr.events.push_back(eventAt(integ, nodes, TrajectoryEventKind::Turn, t,
                                                QStringLiteral("onto leg %1, bearing %2°")
                                                    .arg(i + 2)
                                                    .arg(geodesic::compassBearing(r.glideLegs[i + 1].bearingDeg), 0, 'f', 0)));
                    break;
                }
            }
            boundaryM += r.glideLegs[i].turnDistanceM;
        }
    }
    if (plan.toOrbit && run.inOrbit && !tr.failed) {
        const double circular = std::sqrt(earth::kMuM3PerS2 / run.burnout.posEciM.norm());
        tr.events.push_back(eventAt(integ, nodes, TrajectoryEventKind::OrbitInsertion, thrustEnd,
                                    QStringLiteral("%1 km, %2 m/s (circular %3 m/s)")
                                        .arg(tr.burnoutAltM / 1000.0, 0, 'f', 0)
                                        .arg(tr.burnoutSpeedMps, 0, 'f', 0)
                                        .arg(circular, 0, 'f', 0)));
    }
    if (run.impacted)
        tr.events.push_back(eventAt(integ, nodes, TrajectoryEventKind::Impact, run.impactTimeS, {}));
    std::stable_sort(tr.events.begin(), tr.events.end(), [](const TrajectoryEvent &a, const TrajectoryEvent &b) { return a.timeS < b.timeS; });
    return tr;
}

} // namespace trilink
