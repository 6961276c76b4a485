// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Drag to trajectory: what the viewer does on each mouse move while a launch's impact point is dragged
// (app/gui/ScenarioEditor). The impact moves 5 km across the line of fire a step, and the exercise is flown and
// attributed again against the whole bundled laydown with its sharing settings (maps::loadTrainingScenario,
// the editor's model job, on two threads), from the moved point to the tracks every view shows. Target
// (issue 15): under 100 ms a step for one launch, so the trajectory and its attribution follow the mouse.
// Cases: a minimum-energy MRBM from Sondok into the Sea of Japan; the same as a salvo of four 30 s apart with a
// 20 km spread; and the salvo dragged beside a lofted Hwasong-15 that does not change (how much the launch
// that stands still costs), flown again every step and, as the viewer does, kept from the step before.
#include "maps/scene/SceneLoader.h"
#include "maps/scene/TrainingScenario.h"

#include <benchmark/benchmark.h>

using namespace trilink;

namespace {
maps::ScenarioLaunch mrbm(int salvo)
{
    maps::ScenarioLaunch l;
    l.id = QStringLiteral("L1");
    l.launchMsUtc = 1772326800000; // 2026-03-01T01:00Z
    l.request.launchLat = 39.75;
    l.request.launchLon = 127.47;
    l.request.impactLat = 40.6;
    l.request.impactLon = 137.5;
    l.salvoCount = salvo;
    l.salvoIntervalS = salvo > 1 ? 30 : 0;
    l.salvoSpreadKm = salvo > 1 ? 20 : 0;
    return l;
}

maps::ScenarioLaunch loftedIcbm()
{
    maps::ScenarioLaunch l;
    l.id = QStringLiteral("H15");
    l.launchMsUtc = 1772326800000;
    l.request.launchLat = 39.282;
    l.request.launchLon = 125.869;
    l.request.impactLat = 40.84;
    l.request.impactLon = 136.85;
    l.request.shape = TrajectoryShape::Apogee;
    l.request.apogeeM = 4475e3;
    l.request.missileName = QStringLiteral("Hwasong-15");
    return l;
}

void dragImpact(benchmark::State &state, maps::TrainingScenario training, maps::FlightCache *cache = nullptr)
{
    const double lat0 = *training.launches.front().request.impactLat;
    int step = 0, tracks = 0;
    for (auto _ : state) {
        // Across the line of fire (about north here), 5 km a step, back and forth over 50 km.
        const int k = step++ % 20;
        training.launches.front().request.impactLat = lat0 + 0.045 * (k < 10 ? k : 20 - k);
        Scenario s;
        QStringList warnings;
        QString error;
        if (!maps::loadTrainingScenario(training, s, warnings, error, nullptr, cache)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        tracks = static_cast<int>(s.tracks.size());
        benchmark::DoNotOptimize(s);
    }
    state.counters["tracks"] = tracks;
}

void BM_DragImpactSingleLaunch(benchmark::State &state)
{
    maps::TrainingScenario t;
    t.launches = {mrbm(1)};
    dragImpact(state, t);
}
BENCHMARK(BM_DragImpactSingleLaunch)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_DragImpactSalvoOfFour(benchmark::State &state)
{
    maps::TrainingScenario t;
    t.launches = {mrbm(4)};
    dragImpact(state, t);
}
BENCHMARK(BM_DragImpactSalvoOfFour)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_DragImpactSalvoBesideAnIcbm(benchmark::State &state)
{
    maps::TrainingScenario t;
    t.launches = {mrbm(4), loftedIcbm()};
    dragImpact(state, t);
}
BENCHMARK(BM_DragImpactSalvoBesideAnIcbm)->Unit(benchmark::kMillisecond)->UseRealTime();

// As the viewer does it: the launches of the last model kept (maps::FlightCache), so only the salvo that
// moves is flown again and the Hwasong-15 keeps its track.
void BM_DragImpactSalvoBesideAnIcbmReFlyingTheSalvoOnly(benchmark::State &state)
{
    maps::TrainingScenario t;
    t.launches = {mrbm(4), loftedIcbm()};
    maps::FlightCache cache;
    dragImpact(state, t, &cache);
}
BENCHMARK(BM_DragImpactSalvoBesideAnIcbmReFlyingTheSalvoOnly)->Unit(benchmark::kMillisecond)->UseRealTime();
} // namespace

BENCHMARK_MAIN();
