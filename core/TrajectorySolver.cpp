// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/TrajectorySolver.h"

#include "core/FlightProblem.h"
#include "core/Geodesic.h"
#include "core/JapanZones.h"
#include "core/KeplerArc.h"
#include "core/ShootingMethod.h"
#include "core/TrajectorySampler.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <variant>

namespace trilink {
namespace {
constexpr double kContinuationResolution = 0.04; // the walk stops when its step is below 4 % of the apogee

QString km(double m) { return QString::number(m / 1000.0, 'f', m < 100e3 ? 1 : 0); }

QString missileLabel(const FlightProblem &p)
{
    return QStringLiteral("%1 (%2)").arg(p.integrator().profile().name, missileClassLabel(p.integrator().profile().missileClass));
}

TrajectoryResult failure(TrajectoryErrorKind kind, QString message)
{
    TrajectoryResult r;
    r.error = std::move(message);
    r.errorKind = kind;
    return r;
}

struct Solved {
    FlightProblem problem;
    ShootingResult shot;
};

struct Unsolved {
    TrajectoryResult result;
    bool belowDepressedLimit = false; // the apogee asked for is under the lowest this missile can fly
    double nearestApogeeM = 0;
};

// Flights integrated by one solve, over every shot it took (for the benchmark's bookkeeping).
thread_local int t_runs = 0;

ShootingResult shoot(const FlightProblem &p, const FlightControls &start)
{
    ShootingResult r = ShootingMethod::shoot(p, start);
    t_runs += r.runs;
    return r;
}

// Walks the apogee from a solved problem to `targetM` in geometric steps, halving a step that fails to
// converge. Returns the last solved problem (its apogee is the target when the walk arrived).
Solved walkApogee(Solved at, double targetM)
{
    double stride = std::abs(std::log(targetM / at.problem.target().apogeeM));
    std::optional<Solved> before; // the solution before `at`, for a secant predictor of the controls
    for (;;) {
        const double here = at.problem.target().apogeeM;
        const double remaining = std::log(targetM / here);
        if (std::abs(remaining) < 1e-12)
            break;
        const bool last = stride >= std::abs(remaining);
        const double next = last ? targetM : here * std::exp(std::copysign(stride, remaining));
        FlightProblem trial = at.problem.withApogee(next);
        ShootingResult shot = shoot(trial, at.shot.controls);
        if (!shot.converged && before) {
            // Predict the controls along the path walked so far and try again from there.
            const double w = std::log(next / here) / std::log(here / before->problem.target().apogeeM);
            FlightProblem::Vector x = trial.toUnknowns(at.shot.controls);
            const FlightProblem::Vector x0 = trial.toUnknowns(before->shot.controls);
            for (std::size_t i = 0; i < x.size(); ++i)
                x[i] += w * (x[i] - x0[i]);
            shot = shoot(trial, trial.toControls(x));
        }
        if (shot.converged) {
            before = at;
            at = Solved{std::move(trial), shot};
            stride *= 1.5; // easy going: lengthen the stride again
            continue;
        }
        stride = 0.5 * std::min(stride, std::abs(remaining));
        if (stride < kContinuationResolution)
            break;
    }
    return at;
}

// The flight for a solved problem, sampled, with the bookkeeping and the Japan zones.
TrajectoryResult finish(const Solved &s)
{
    const FlightProblem &p = s.problem;
    const TrajectoryRequest &r = p.request();
    const bool fly = r.failAtS.has_value() || p.kind() == FlightProblem::Kind::Orbit;
    const FlightProblem flown = fly ? p.withFailure() : p;
    const FlightRun run = flown.integrator().run(s.shot.controls, true);
    TrajectoryResult out;
    if (!run.impacted && !run.inOrbit)
        return failure(TrajectoryErrorKind::NotConverged, QStringLiteral("the flight with a failure at T+%1 s does not come down")
                                                              .arg(r.failAtS.value_or(0), 0, 'f', 0));
    out.trajectory = sampleTrajectory(flown.integrator(), run, r, p.maneuver());
    Trajectory &tr = out.trajectory;
    tr.finalPitchDeg = s.shot.controls.finalPitchDeg;
    tr.deltaVScale = s.shot.controls.deltaVScale;
    tr.launchAzimuthDeg = geodesic::compassBearing(s.shot.controls.azimuthDeg);
    tr.iterations = s.shot.iterations;
    tr.solverRuns = t_runs;
    if (p.kind() == FlightProblem::Kind::Orbit) {
        tr.apogeeErrorM = s.shot.residual[0];
    } else {
        // Miss and apogee error of the intended flight (a failure's debris lands where it lands).
        const FlightRun intended = fly ? p.integrator().run(s.shot.controls, false) : run;
        tr.missDistanceM = geodesic::inverse(p.target().lon, p.target().lat, intended.impactLon, intended.impactLat).distanceM;
        tr.apogeeErrorM = intended.apogeeM - p.target().apogeeM;
    }
    JapanZones::builtin().annotate(tr);
    return out;
}

double rangeAt(const FlightProblem &p, FlightControls c)
{
    const FlightRun run = p.integrator().run(c, false);
    if (!run.impacted)
        return 0;
    return geodesic::inverse(p.request().launchLon, p.request().launchLat, run.impactLon, run.impactLat).distanceM;
}

double reachOf(const FlightProblem &p)
{
    FlightControls c = p.initialGuess();
    c.deltaVScale = kMaxDeltaVScale;
    // Golden-section search for the final pitch of the longest flight.
    double a = kMinFinalPitchDeg, b = 80.0;
    const double g = 0.5 * (std::sqrt(5.0) - 1.0);
    double x1 = b - g * (b - a), x2 = a + g * (b - a);
    c.finalPitchDeg = x1;
    double f1 = rangeAt(p, c);
    c.finalPitchDeg = x2;
    double f2 = rangeAt(p, c);
    for (int i = 0; i < 24; ++i) {
        if (f1 < f2) {
            a = x1;
            x1 = x2;
            f1 = f2;
            x2 = a + g * (b - a);
            c.finalPitchDeg = x2;
            f2 = rangeAt(p, c);
        } else {
            b = x2;
            x2 = x1;
            f2 = f1;
            x1 = b - g * (b - a);
            c.finalPitchDeg = x1;
            f1 = rangeAt(p, c);
        }
    }
    return std::max(f1, f2);
}

// The minimum-energy arc of the problem's range (the best-conditioned start of a walk), solved.
std::optional<Solved> anchor(const FlightProblem &p)
{
    const double minimumEnergyM = KeplerArc::minimumEnergy(p.target().rangeM / KeplerArc::kRadiusM).apogeeM;
    for (const double f : {1.0, 1.5, 0.7, 2.5, 0.4, 0.25}) {
        FlightProblem a = p.withApogee(std::max(kMinApogeeM, f * minimumEnergyM));
        const ShootingResult shot = shoot(a, a.initialGuess());
        if (shot.converged)
            return Solved{std::move(a), shot};
    }
    return std::nullopt;
}

// Solves a problem: directly from its first guess (or `start`), else by continuation from the
// minimum-energy arc; on failure the error says why, with the nearest feasible figure.
std::variant<Solved, Unsolved> solveProblem(const FlightProblem &p, const std::optional<FlightControls> &start)
{
    ShootingResult direct = shoot(p, start.value_or(p.initialGuess()));
    if (direct.converged)
        return Solved{p, direct};
    if (p.kind() == FlightProblem::Kind::Orbit)
        return Unsolved{failure(TrajectoryErrorKind::OutsideEnvelope,
                                QStringLiteral("the %1 cannot reach a %2 km orbit on this azimuth (closest: %3 km off in height)")
                                    .arg(missileLabel(p), km(p.target().apogeeM), km(std::abs(direct.residual[0]))))};
    const std::optional<Solved> base = anchor(p);
    if (!base && p.kind() == FlightProblem::Kind::Legs && direct.found)
        return Unsolved{failure(TrajectoryErrorKind::OutsideEnvelope,
                                QStringLiteral("the %1 cannot follow these glide legs from a %2 km apogee: it ends about %3 km off the "
                                               "end of the last leg (a turn that comes before its glide starts cannot be flown)")
                                    .arg(missileLabel(p), km(p.target().apogeeM), km(std::abs(direct.residual[2]))))};
    if (!base) {
        const double reach = reachOf(p);
        if (reach < p.target().rangeM)
            return Unsolved{failure(TrajectoryErrorKind::OutsideEnvelope,
                                    QStringLiteral("range %1 km is beyond the reach of the %2: about %3 km at most")
                                        .arg(km(p.target().rangeM), missileLabel(p), km(reach)))};
        return Unsolved{failure(TrajectoryErrorKind::NotConverged, QStringLiteral("solver did not converge for %1 km (reach about %2 km)")
                                                                     .arg(km(p.target().rangeM), km(reach)))};
    }
    const double want = p.target().apogeeM;
    const Solved reached = walkApogee(*base, want);
    if (std::abs(reached.problem.target().apogeeM / want - 1.0) < 1e-9)
        return reached;
    const double got = reached.problem.target().apogeeM;
    const QString flight = p.maneuver() == Maneuver::None ? QStringLiteral("ballistic flight") : QStringLiteral("%1 flight").arg(maneuverName(p.maneuver()));
    if (want < got)
        return Unsolved{failure(TrajectoryErrorKind::OutsideEnvelope,
                                QStringLiteral("apogee %1 km is below the lowest a %2 km %3 of the %4 can have: about %5 km")
                                    .arg(km(want), km(p.target().rangeM), flight, missileLabel(p), km(got))),
                        true, got};
    return Unsolved{failure(TrajectoryErrorKind::OutsideEnvelope,
                            QStringLiteral("apogee %1 km is above the highest a %2 km %3 of the %4 can reach: about %5 km")
                                .arg(km(want), km(p.target().rangeM), flight, missileLabel(p), km(got))),
                    false, got};
}

std::optional<FlightProblem> problemFor(const TrajectoryRequest &r, TrajectoryResult &error)
{
    if (QString e = validateTrajectoryRequest(r); !e.isEmpty()) {
        error = failure(TrajectoryErrorKind::InvalidRequest, e);
        return std::nullopt;
    }
    QString e;
    std::optional<FlightProblem> p = FlightProblem::make(r, e);
    if (!p)
        error = failure(TrajectoryErrorKind::InvalidRequest, e);
    return p;
}
} // namespace

double TrajectorySolver::targetApogeeM(const TrajectoryRequest &request)
{
    QString e;
    const std::optional<FlightProblem> p = FlightProblem::make(request, e);
    return p ? p->target().apogeeM : 0.0;
}

TrajectoryResult TrajectorySolver::solve(const TrajectoryRequest &r)
{
    const int runsBefore = t_runs;
    TrajectoryResult out = solveCounted(r);
    // No class and no missile named: the class is the one the flight's energy suggests (classForFlight). Where
    // that class's missile cannot fly the request (the 2017-08-29 Hwasong-12's 2700 km at a depressed 550 km has
    // an MRBM's energy, but no North Korean MRBM reaches 2700 km), the next larger ballistic class flies it, and
    // the note says so. A named class or missile is never changed.
    if (!out.ok() && out.errorKind == TrajectoryErrorKind::OutsideEnvelope && !r.missileClass && r.missileName.isEmpty()) {
        TrajectoryResult ignored;
        if (const std::optional<FlightProblem> p = problemFor(r, ignored); p && p->kind() != FlightProblem::Kind::Orbit) {
            const MissileClass inferred = classForFlight(p->target().rangeM, p->target().apogeeM);
            bool larger = false;
            for (MissileClass c : {MissileClass::Srbm, MissileClass::Mrbm, MissileClass::Irbm, MissileClass::Icbm}) {
                if (!std::exchange(larger, larger || c == inferred))
                    continue;
                TrajectoryRequest up = r;
                up.missileClass = c;
                TrajectoryResult tried = solveCounted(up);
                if (!tried.ok())
                    continue;
                const QString why = QStringLiteral("flown as an %1: the flight's energy is an %2's, but the %2 cannot fly it (%3)")
                                        .arg(missileClassLabel(c), missileClassLabel(inferred), out.error);
                tried.trajectory.note = tried.trajectory.note.isEmpty() ? why : why + QStringLiteral("; ") + tried.trajectory.note;
                out = tried;
                break;
            }
        }
    }
    out.trajectory.solverRuns = t_runs - runsBefore;
    return out;
}

TrajectoryResult TrajectorySolver::solveCounted(const TrajectoryRequest &r)
{
    TrajectoryResult error;
    const std::optional<FlightProblem> p = problemFor(r, error);
    if (!p)
        return error;
    auto solved = solveProblem(*p, std::nullopt);
    if (auto *e = std::get_if<Solved>(&solved))
        return finish(*e);
    Unsolved u = std::get<Unsolved>(solved);
    std::optional<Maneuver> nearestManeuver; // how the nearest apogee is flown, when not as asked (a pull-up)
    // Depressed below what a ballistic arc can fly: where no manoeuvre was asked for, fly it as the
    // Hwasong-11 family does, with a pull-up, and say so.
    if (u.belowDepressedLimit && !r.maneuver && p->maneuver() == Maneuver::None) {
        TrajectoryRequest pullUp = r;
        pullUp.maneuver = Maneuver::PullUp;
        pullUp.nearestFeasible = false;
        TrajectoryResult e;
        if (const std::optional<FlightProblem> lp = problemFor(pullUp, e)) {
            auto lifted = solveProblem(*lp, std::nullopt);
            if (auto *ok = std::get_if<Solved>(&lifted)) {
                TrajectoryResult out = finish(*ok);
                out.trajectory.note = QStringLiteral("flown as a pull-up: a ballistic %1 km flight of this missile cannot have an "
                                                     "apogee below about %2 km")
                                          .arg(km(p->target().rangeM), km(u.nearestApogeeM));
                return out;
            }
            // Too low even with the lift: name both edges, and the nearest is the pull-up's (lower) one.
            const Unsolved &lu = std::get<Unsolved>(lifted);
            if (lu.belowDepressedLimit && lu.nearestApogeeM > 0 && lu.nearestApogeeM < u.nearestApogeeM) {
                u.result.error += QStringLiteral("; with a pull-up about %1 km").arg(km(lu.nearestApogeeM));
                u.nearestApogeeM = lu.nearestApogeeM;
                nearestManeuver = Maneuver::PullUp;
            }
        }
    }
    if (!r.nearestFeasible || u.result.errorKind != TrajectoryErrorKind::OutsideEnvelope)
        return u.result;
    if (u.nearestApogeeM > 0) {
        TrajectoryRequest nearest = r;
        nearest.shape = TrajectoryShape::Apogee;
        nearest.apogeeM = u.nearestApogeeM;
        if (nearestManeuver)
            nearest.maneuver = nearestManeuver;
        nearest.nearestFeasible = false;
        TrajectoryResult flown = solveCounted(nearest);
        if (flown.ok())
            flown.trajectory.note = QStringLiteral("apogee %1 km moved to %2 km, the nearest this missile can fly: %3")
                                        .arg(km(p->target().apogeeM), km(u.nearestApogeeM), u.result.error);
        return flown.ok() ? flown : u.result;
    }
    if (p->kind() == FlightProblem::Kind::Legs) {
        TrajectoryRequest straight = r;
        straight.glideLegs.clear();
        straight.impactLon = p->target().lon;
        straight.impactLat = p->target().lat;
        straight.maneuver = p->maneuver();
        TrajectoryResult flown = solveCounted(straight);
        if (flown.ok())
            flown.trajectory.note = QStringLiteral("flown straight to the end of the glide legs: %1").arg(u.result.error);
        return flown.ok() ? flown : u.result;
    }
    return u.result;
}

TrajectoryResult TrajectorySolver::solveForFlightTime(const TrajectoryRequest &r, double flightTimeS)
{
    TrajectoryResult error;
    const std::optional<FlightProblem> p = problemFor(r, error);
    if (!p)
        return error;
    if (!std::isfinite(flightTimeS) || flightTimeS <= 0)
        return failure(TrajectoryErrorKind::InvalidRequest, QStringLiteral("flight time must be positive"));
    auto first = solveProblem(*p, std::nullopt);
    if (auto *e = std::get_if<Unsolved>(&first))
        return e->result;
    Solved best = std::get<Solved>(first);
    const auto timeOf = [](const Solved &s) { return s.problem.integrator().run(s.shot.controls, false).impactTimeS; };
    double a0 = best.problem.target().apogeeM;
    double t0 = timeOf(best);
    double f0 = t0 - flightTimeS;
    // Second point: free-flight time grows roughly as (R + apogee)^1.5.
    const double rr = KeplerArc::kRadiusM;
    double a1 = std::clamp((rr + a0) * std::pow(flightTimeS / t0, 2.0 / 3.0) - rr, kMinApogeeM, kMaxApogeeM);
    Solved last = best;
    for (int i = 0; i < 12 && std::abs(f0) > 1.0; ++i) {
        auto trial = solveProblem(best.problem.withApogee(a1), last.shot.controls);
        if (!std::holds_alternative<Solved>(trial)) {
            // Outside what the missile can fly: try half as far from the last apogee that worked.
            a1 = 0.5 * (a0 + a1);
            continue;
        }
        last = std::get<Solved>(trial);
        const double f1 = timeOf(last) - flightTimeS;
        if (std::abs(f1) < std::abs(timeOf(best) - flightTimeS))
            best = last;
        if (std::abs(f1 - f0) < 1e-6)
            break;
        const double a2 = std::clamp(a1 - f1 * (a1 - a0) / (f1 - f0), kMinApogeeM, kMaxApogeeM);
        a0 = a1;
        f0 = f1;
        a1 = a2;
    }
    return finish(best);
}

std::optional<TrajectorySolver::ApogeeLimits> TrajectorySolver::apogeeLimits(const TrajectoryRequest &request)
{
    TrajectoryRequest r = request; // the limits do not depend on the apogee asked for
    r.shape = TrajectoryShape::MinimumEnergy;
    TrajectoryResult error;
    const std::optional<FlightProblem> p = problemFor(r, error);
    if (!p || p->kind() == FlightProblem::Kind::Orbit)
        return std::nullopt;
    const std::optional<Solved> base = anchor(*p);
    if (!base)
        return std::nullopt;
    ApogeeLimits limits;
    limits.lowM = walkApogee(*base, kMinApogeeM).problem.target().apogeeM;
    limits.highM = walkApogee(*base, kMaxApogeeM).problem.target().apogeeM;
    return limits;
}

double TrajectorySolver::reachM(const TrajectoryRequest &request)
{
    TrajectoryRequest r = request;
    r.shape = TrajectoryShape::MinimumEnergy;
    TrajectoryResult error;
    const std::optional<FlightProblem> p = problemFor(r, error);
    if (!p || p->kind() == FlightProblem::Kind::Orbit)
        return 0;
    return reachOf(*p);
}

} // namespace trilink
