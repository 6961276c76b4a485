// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/TrajectorySolver.h"

#include "core/EarthModel.h"
#include "core/FlightIntegrator.h"
#include "core/Geodesic.h"
#include "core/JapanZones.h"
#include "core/KeplerArc.h"
#include "core/Units.h"

#include <array>
#include <cmath>
#include <numbers>
#include <optional>

namespace trilink {
namespace {
using units::kDegToRad;
constexpr double kReentryAltM = 100e3;

struct Target {
    double lon = 0;
    double lat = 0;
    double rangeM = 0;
    double azimuthDeg = 0;
    double apogeeM = 0;
};

double wrap180(double deg)
{
    deg = std::fmod(deg + 180.0, 360.0);
    if (deg < 0)
        deg += 360.0;
    return deg - 180.0;
}

Target resolveTarget(const TrajectoryRequest &r)
{
    Target t;
    if (r.impactLon && r.impactLat) {
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
    return t;
}

double apogeeFor(const TrajectoryRequest &r, double rangeM)
{
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

BoostProfile profileFor(const TrajectoryRequest &r, const Target &t)
{
    const MissileClass c = r.missileClass.value_or(classForFlight(t.rangeM, t.apogeeM));
    return r.missileName.isEmpty() ? BoostProfile::forClass(c) : BoostProfile::forMissile(r.missileName, c);
}

using Residual = std::array<double, 3>; // downrange, crossrange, apogee (metres)

std::optional<Residual> residual(const FlightIntegrator &integ, const FlightControls &x, const Target &t,
                                 double launchLon, double launchLat)
{
    const FlightRun run = integ.run(x, false);
    if (!run.impacted)
        return std::nullopt;
    const GeodesicInverse inv = geodesic::inverse(launchLon, launchLat, run.impactLon, run.impactLat);
    return Residual{inv.distanceM - t.rangeM, t.rangeM * std::sin(wrap180(inv.azimuth1Deg - t.azimuthDeg) * kDegToRad),
                    run.apogeeM - t.apogeeM};
}

double norm(const Residual &r) { return std::sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]); }

// First guess from the spherical closed form, solved in the inertial frame: the target is moved to where
// the Earth's rotation will have carried it at impact, the arc to it is computed as if the Earth did not
// turn, and the Earth's surface velocity at the pad is subtracted to get the velocity the rocket must add.
// Thrust then ends near that flight-path angle, and delta-v covers the speed plus a gravity loss.
FlightControls initialGuess(const BoostProfile &p, const Target &t, const TrajectoryRequest &r)
{
    const Vec3 launch = earth::geodeticToEcef(r.launchLon, r.launchLat, r.launchAltM);
    const Vec3 targetEcef = earth::geodeticToEcef(t.lon, t.lat, 0.0);
    Vec3 east, north, up;
    earth::enuBasis(r.launchLon, r.launchLat, east, north, up);
    KeplerArc arc = KeplerArc::throughApogee(t.rangeM / KeplerArc::kRadiusM, t.apogeeM);
    Vec3 heading = north;
    for (int i = 0; i < 3; ++i) {
        const Vec3 target = earth::ecefToEci(targetEcef, arc.flightTimeS + 0.5 * p.burnS());
        const double psi = std::acos(std::clamp(launch.normalized().dot(target.normalized()), -1.0, 1.0));
        arc = KeplerArc::throughApogee(std::max(psi, 1e-4), t.apogeeM);
        const Vec3 horizontal = target - up * target.dot(up);
        heading = horizontal.norm() > 1.0 ? horizontal.normalized() : north;
    }
    const double g = arc.flightPathAngleRad;
    const Vec3 inertial = (up * std::sin(g) + heading * std::cos(g)) * arc.speedMps;
    const Vec3 relative = inertial - earth::corotationVelocityMps(launch);
    FlightControls c;
    c.azimuthDeg = std::atan2(relative.dot(east), relative.dot(north)) / kDegToRad;
    const double gammaRel = std::asin(std::clamp(relative.dot(up) / relative.norm(), -1.0, 1.0)) / kDegToRad;
    c.finalPitchDeg = std::clamp(gammaRel - 5.0, 5.0, 85.0);
    const double meanPitchRad = 0.5 * (90.0 + c.finalPitchDeg) * kDegToRad;
    const double loss = 0.6 * earth::kStandardGravityMPerS2 * p.burnS() * std::sin(meanPitchRad);
    c.deltaVScale = std::clamp((relative.norm() + loss) / p.deltaVMps(), 0.3, 2.0);
    return c;
}

bool solve3(std::array<std::array<double, 3>, 3> a, Residual b, Residual &x)
{
    for (int col = 0; col < 3; ++col) {
        int pivot = col;
        for (int row = col + 1; row < 3; ++row)
            if (std::abs(a[row][col]) > std::abs(a[pivot][col]))
                pivot = row;
        if (std::abs(a[pivot][col]) < 1e-12)
            return false;
        std::swap(a[col], a[pivot]);
        std::swap(b[col], b[pivot]);
        for (int row = col + 1; row < 3; ++row) {
            const double f = a[row][col] / a[col][col];
            for (int k = col; k < 3; ++k)
                a[row][k] -= f * a[col][k];
            b[row] -= f * b[col];
        }
    }
    for (int row = 2; row >= 0; --row) {
        double s = b[row];
        for (int k = row + 1; k < 3; ++k)
            s -= a[row][k] * x[k];
        x[row] = s / a[row][row];
    }
    return true;
}

FlightControls apply(const FlightControls &c, const Residual &dx, double scale)
{
    FlightControls n = c;
    n.azimuthDeg = c.azimuthDeg + scale * dx[0];
    n.finalPitchDeg = std::clamp(c.finalPitchDeg + scale * dx[1], -5.0, 90.0);
    n.deltaVScale = std::clamp(c.deltaVScale + scale * dx[2], 0.1, 3.0);
    return n;
}

struct Solution {
    FlightControls controls;
    Residual residual{};
    int iterations = 0;
    bool found = false;
};

Solution shoot(const FlightIntegrator &integ, const Target &t, const TrajectoryRequest &r, FlightControls x)
{
    Solution s;
    std::optional<Residual> fx = residual(integ, x, t, r.launchLon, r.launchLat);
    // A first guess that does not even come down (or never leaves the pad) is pulled back towards
    // moderate values before Newton starts.
    const double k0 = x.deltaVScale;
    for (const double f : {0.85, 1.15, 0.7, 1.3, 0.55, 1.5}) {
        if (fx)
            break;
        x.deltaVScale = k0 * f;
        fx = residual(integ, x, t, r.launchLon, r.launchLat);
    }
    if (!fx)
        return s;
    const std::array<double, 3> h{1e-3, 1e-3, 1e-4};
    for (int it = 0; it < TrajectorySolver::kMaxIterations; ++it) {
        s.iterations = it;
        if (std::abs((*fx)[0]) < TrajectorySolver::kToleranceM && std::abs((*fx)[1]) < TrajectorySolver::kToleranceM &&
            std::abs((*fx)[2]) < TrajectorySolver::kToleranceM)
            break;
        std::array<std::array<double, 3>, 3> jac{};
        bool jacobianOk = true;
        for (int k = 0; k < 3 && jacobianOk; ++k) {
            Residual step{0, 0, 0};
            step[static_cast<std::size_t>(k)] = h[static_cast<std::size_t>(k)];
            auto fp = residual(integ, apply(x, step, 1.0), t, r.launchLon, r.launchLat);
            double sign = 1.0;
            if (!fp) {
                fp = residual(integ, apply(x, step, -1.0), t, r.launchLon, r.launchLat);
                sign = -1.0;
            }
            if (!fp) {
                jacobianOk = false;
                break;
            }
            for (std::size_t row = 0; row < 3; ++row)
                jac[row][static_cast<std::size_t>(k)] = sign * ((*fp)[row] - (*fx)[row]) / h[static_cast<std::size_t>(k)];
        }
        Residual dx{};
        if (!jacobianOk || !solve3(jac, Residual{-(*fx)[0], -(*fx)[1], -(*fx)[2]}, dx))
            break;
        // Trust region on the controls, then backtracking on the residual norm.
        const double limit = std::max({std::abs(dx[0]) / 10.0, std::abs(dx[1]) / 10.0, std::abs(dx[2]) / 0.25, 1.0});
        for (auto &d : dx)
            d /= limit;
        bool accepted = false;
        for (double lambda = 1.0; lambda > 1.0 / 64; lambda /= 2) {
            const FlightControls trial = apply(x, dx, lambda);
            const auto ft = residual(integ, trial, t, r.launchLon, r.launchLat);
            if (ft && norm(*ft) < norm(*fx)) {
                x = trial;
                fx = ft;
                accepted = true;
                break;
            }
        }
        if (!accepted)
            break;
        s.iterations = it + 1;
    }
    s.controls = x;
    s.residual = *fx;
    s.found = true;
    return s;
}

double timeOfAltitude(const FlightIntegrator &integ, const std::vector<FlightNode> &nodes, double fromTimeS,
                      double altM)
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

Trajectory sample(const FlightIntegrator &integ, const FlightRun &run, const TrajectoryRequest &r, double intervalS)
{
    Trajectory tr;
    tr.profile = integ.profile();
    tr.launchLon = r.launchLon;
    tr.launchLat = r.launchLat;
    tr.flightTimeS = run.impactTimeS;
    tr.apogeeM = run.apogeeM;
    tr.apogeeTimeS = run.apogeeTimeS;
    tr.impactLon = run.impactLon;
    tr.impactLat = run.impactLat;
    tr.rangeM = geodesic::inverse(r.launchLon, r.launchLat, run.impactLon, run.impactLat).distanceM;
    tr.burnoutTimeS = run.burnout.timeS;

    const GeodeticPosition bo = earth::ecefToGeodetic(integ.toEcef(run.burnout.posEciM, run.burnout.timeS));
    tr.burnoutAltM = bo.altM;
    tr.burnoutSpeedMps = run.burnout.velEciMps.norm();
    const Vec3 vRel = integ.velocityToEcef(run.burnout.posEciM, run.burnout.velEciMps, run.burnout.timeS);
    Vec3 e, n, u;
    earth::enuBasis(bo.lon, bo.lat, e, n, u);
    tr.burnoutFlightPathAngleDeg = std::asin(vRel.dot(u) / vRel.norm()) / kDegToRad;
    tr.burnoutAzimuthDeg = geodesic::compassBearing(std::atan2(vRel.dot(e), vRel.dot(n)) / kDegToRad);

    const auto &nodes = run.nodes;
    const double reentryS = tr.apogeeM > kReentryAltM ? timeOfAltitude(integ, nodes, run.apogeeTimeS, kReentryAltM)
                                                      : run.apogeeTimeS;
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
        s.phase = t <= tr.burnoutTimeS + 1e-9 ? FlightPhase::Boost
                  : (reentryS >= 0 && t >= reentryS) ? FlightPhase::Terminal
                                                     : FlightPhase::Midcourse;
        tr.maxSpeedMps = std::max(tr.maxSpeedMps, s.speedMps);
        tr.samples.push_back(s);
    };
    const auto count = static_cast<long>(std::floor(run.impactTimeS / intervalS - 1e-9));
    tr.samples.reserve(static_cast<std::size_t>(count) + 2);
    for (long k = 0; k <= count; ++k)
        addSample(static_cast<double>(k) * intervalS);
    addSample(run.impactTimeS);

    tr.events.push_back(eventAt(integ, nodes, TrajectoryEventKind::Launch, 0.0, {}));
    for (std::size_t i = 0; i < run.stageEndS.size(); ++i) {
        const QString detail = i + 1 == run.stageEndS.size() ? QStringLiteral("burnout (stage %1)").arg(i + 1)
                                                             : QStringLiteral("stage %1").arg(i + 1);
        tr.events.push_back(eventAt(integ, nodes, TrajectoryEventKind::StageBurnout, run.stageEndS[i], detail));
    }
    tr.events.push_back(eventAt(integ, nodes, TrajectoryEventKind::Apogee, run.apogeeTimeS, {}));
    if (tr.apogeeM > kReentryAltM && reentryS >= 0)
        tr.events.push_back(eventAt(integ, nodes, TrajectoryEventKind::Reentry, reentryS, QStringLiteral("100 km")));
    tr.events.push_back(eventAt(integ, nodes, TrajectoryEventKind::Impact, run.impactTimeS, {}));
    return tr;
}

TrajectoryResult solveWith(const TrajectoryRequest &r, const Target &t, const FlightIntegrator &integ,
                           const std::optional<FlightControls> &start)
{
    TrajectoryResult out;
    const Solution s = shoot(integ, t, r, start.value_or(initialGuess(integ.profile(), t, r)));
    if (!s.found) {
        out.error = QStringLiteral("no ballistic solution: the %1 boost model cannot reach %2 km at %3 km apogee")
                        .arg(integ.profile().name, QString::number(t.rangeM / 1000.0, 'f', 0),
                             QString::number(t.apogeeM / 1000.0, 'f', 0));
        return out;
    }
    const FlightRun run = integ.run(s.controls, true);
    out.trajectory = sample(integ, run, r, r.sampleIntervalS);
    Trajectory &tr = out.trajectory;
    tr.finalPitchDeg = s.controls.finalPitchDeg;
    tr.deltaVScale = s.controls.deltaVScale;
    tr.launchAzimuthDeg = geodesic::compassBearing(s.controls.azimuthDeg);
    tr.missDistanceM = geodesic::inverse(t.lon, t.lat, run.impactLon, run.impactLat).distanceM;
    tr.apogeeErrorM = run.apogeeM - t.apogeeM;
    tr.iterations = s.iterations;
    // A miss larger than 1 % of the range (at least 5 km) means the targets are out of this model's reach.
    if (tr.missDistanceM > std::max(5e3, 0.01 * t.rangeM) || std::abs(tr.apogeeErrorM) > std::max(5e3, 0.01 * t.apogeeM))
        out.error = QStringLiteral("solver did not converge: miss %1 km, apogee error %2 km after %3 iterations")
                        .arg(QString::number(tr.missDistanceM / 1000.0, 'f', 1),
                             QString::number(tr.apogeeErrorM / 1000.0, 'f', 1), QString::number(s.iterations));
    return out;
}
} // namespace

double TrajectorySolver::targetApogeeM(const TrajectoryRequest &request)
{
    return apogeeFor(request, resolveTarget(request).rangeM);
}

TrajectoryResult TrajectorySolver::solve(const TrajectoryRequest &r)
{
    if (QString e = validateTrajectoryRequest(r); !e.isEmpty())
        return {e, {}};
    Target t = resolveTarget(r);
    t.apogeeM = apogeeFor(r, t.rangeM);
    if (t.rangeM < kMinRangeM)
        return {QStringLiteral("impact point is only %1 km from the launch point").arg(t.rangeM / 1000.0, 0, 'f', 1), {}};
    const FlightIntegrator integ(r.launchLon, r.launchLat, r.launchAltM, profileFor(r, t));
    TrajectoryResult out = solveWith(r, t, integ, std::nullopt);
    if (out.ok())
        JapanZones::builtin().annotate(out.trajectory);
    return out;
}

TrajectoryResult TrajectorySolver::solveForFlightTime(const TrajectoryRequest &r, double flightTimeS)
{
    if (QString e = validateTrajectoryRequest(r); !e.isEmpty())
        return {e, {}};
    if (!std::isfinite(flightTimeS) || flightTimeS <= 0)
        return {QStringLiteral("flight time must be positive"), {}};
    Target t = resolveTarget(r);
    t.apogeeM = apogeeFor(r, t.rangeM);
    const FlightIntegrator integ(r.launchLon, r.launchLat, r.launchAltM, profileFor(r, t));

    TrajectoryResult best = solveWith(r, t, integ, std::nullopt);
    if (!best.ok())
        return best;
    double a0 = t.apogeeM;
    double f0 = best.trajectory.flightTimeS - flightTimeS;
    // Second point: free-flight time grows roughly as (R + apogee)^1.5.
    const double rr = KeplerArc::kRadiusM;
    double a1 = std::clamp((rr + a0) * std::pow(flightTimeS / best.trajectory.flightTimeS, 2.0 / 3.0) - rr,
                           kMinApogeeM, kMaxApogeeM);
    FlightControls warm{best.trajectory.launchAzimuthDeg, best.trajectory.finalPitchDeg, best.trajectory.deltaVScale};
    for (int i = 0; i < 10 && std::abs(f0) > 1.0; ++i) {
        t.apogeeM = a1;
        TrajectoryResult trial = solveWith(r, t, integ, warm);
        if (!trial.ok())
            break;
        const double f1 = trial.trajectory.flightTimeS - flightTimeS;
        warm = {trial.trajectory.launchAzimuthDeg, trial.trajectory.finalPitchDeg, trial.trajectory.deltaVScale};
        if (std::abs(f1) < std::abs(f0) || !best.ok())
            best = trial;
        if (std::abs(f1 - f0) < 1e-6)
            break;
        const double a2 = std::clamp(a1 - f1 * (a1 - a0) / (f1 - f0), kMinApogeeM, kMaxApogeeM);
        a0 = a1;
        f0 = f1;
        a1 = a2;
    }
    if (best.ok())
        JapanZones::builtin().annotate(best.trajectory);
    return best;
}

} // namespace trilink
