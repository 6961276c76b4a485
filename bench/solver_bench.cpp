// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// How long the trajectory solver takes over its whole envelope: every class flown as it is flown (SRBMs
// also with a pull-up, the glide vehicle gliding), at ranges over its span and apogees from its depressed
// to its lofted limit (tests/core/EnvelopeGrid.h, the grid the envelope test proves). The grid's limits are
// found once, outside the timing. Reported: CPU time per solve over the grid (mean, median, 90th
// percentile and maximum as counters), flights integrated per solve, and one solve of the kinds the
// catalogue builds (a published depressed KN-23 flight, a glide with legs, a lofted ICBM, a space launch).
#include "tests/core/EnvelopeGrid.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <ctime>

using namespace trilink;

namespace {
const std::vector<TrajectoryRequest> &grid()
{
    static const std::vector<TrajectoryRequest> requests = [] {
        std::vector<TrajectoryRequest> out;
        for (const envelope::GridCase &c : envelope::gridCases()) {
            for (const double rangeKm : c.rangesKm) {
                TrajectoryRequest r = envelope::request(c, rangeKm);
                const auto limits = TrajectorySolver::apogeeLimits(r);
                if (!limits)
                    continue;
                for (const double apogeeM : envelope::apogeesM(*limits)) {
                    r.apogeeM = apogeeM;
                    out.push_back(r);
                }
            }
        }
        return out;
    }();
    return requests;
}

void BM_SolveEnvelopeGrid(benchmark::State &state)
{
    const auto &requests = grid();
    std::vector<double> timesMs;
    int failures = 0;
    double runs = 0;
    for (auto _ : state) {
        for (const TrajectoryRequest &r : requests) {
            // CPU time of this thread: the machine is shared, and a solve is single-threaded.
            timespec a{}, b{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
            const TrajectoryResult res = TrajectorySolver::solve(r);
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
            timesMs.push_back(1e3 * double(b.tv_sec - a.tv_sec) + 1e-6 * double(b.tv_nsec - a.tv_nsec));
            failures += !res.ok();
            runs += res.trajectory.solverRuns;
            benchmark::DoNotOptimize(res);
        }
    }
    std::sort(timesMs.begin(), timesMs.end());
    state.counters["solves"] = double(requests.size());
    state.counters["failed"] = failures;
    state.counters["median_ms"] = timesMs[timesMs.size() / 2];
    state.counters["p90_ms"] = timesMs[timesMs.size() * 9 / 10];
    state.counters["max_ms"] = timesMs.back();
    double totalMs = 0;
    for (const double t : timesMs)
        totalMs += t;
    state.counters["mean_ms"] = totalMs / double(timesMs.size());
    state.counters["flights_per_solve"] = runs / double(timesMs.size());
}
BENCHMARK(BM_SolveEnvelopeGrid)->Unit(benchmark::kMillisecond)->Iterations(3);

TrajectoryRequest named(const char *missile, MissileClass c, double rangeKm, double apogeeKm)
{
    TrajectoryRequest r;
    r.launchLon = 127.5369;
    r.launchLat = 39.40167;
    r.azimuthDeg = 70;
    r.rangeM = rangeKm * 1000.0;
    r.shape = TrajectoryShape::Apogee;
    r.apogeeM = apogeeKm * 1000.0;
    r.missileClass = c;
    r.missileName = QString::fromLatin1(missile);
    return r;
}

void solveOne(benchmark::State &state, const TrajectoryRequest &r)
{
    for (auto _ : state) {
        const TrajectoryResult res = TrajectorySolver::solve(r);
        if (!res.ok()) {
            state.SkipWithError(res.error.toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(res);
    }
}

void BM_SolvePullUpKn23(benchmark::State &state)
{
    TrajectoryRequest r = named("hwasong-11a", MissileClass::Srbm, 600, 50); // 2019-07-25
    r.maneuver = Maneuver::PullUp;
    solveOne(state, r);
}
BENCHMARK(BM_SolvePullUpKn23)->Unit(benchmark::kMillisecond);

void BM_SolveGlideWithLegs(benchmark::State &state)
{
    TrajectoryRequest r = named("hwasong-16b", MissileClass::Irbm, 0, 60);
    r.azimuthDeg.reset();
    r.rangeM.reset();
    QString error;
    r.glideLegs = parseGlideLegs(QStringLiteral("400:60:100,500:90"), error);
    solveOne(state, r);
}
BENCHMARK(BM_SolveGlideWithLegs)->Unit(benchmark::kMillisecond);

void BM_SolveLoftedIcbm(benchmark::State &state)
{
    solveOne(state, named("Hwasong-15", MissileClass::Icbm, 950, 4475)); // 2017-11-29
}
BENCHMARK(BM_SolveLoftedIcbm)->Unit(benchmark::kMillisecond);

void BM_SolveSpaceLaunch(benchmark::State &state)
{
    TrajectoryRequest r;
    r.launchLon = 124.7057;
    r.launchLat = 39.6596;
    r.azimuthDeg = 180;
    r.missileClass = MissileClass::Slv;
    solveOne(state, r);
}
BENCHMARK(BM_SolveSpaceLaunch)->Unit(benchmark::kMillisecond);
} // namespace

BENCHMARK_MAIN();
