// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// How long attribution takes: every catalogue track against every sensor of the bundled laydown at every
// 1 s sample (what `trilink attribution` and a scenario reload do), and one long ICBM track alone. The
// catalogue is solved once, outside the timing: trajectory physics has its own cost and its own owner.
#include "core/AttributionEngine.h"
#include "core/CatalogScenario.h"
#include "core/SensorLaydown.h"
#include "core/SharingModel.h"

#include <benchmark/benchmark.h>

using namespace trilink;

namespace {
const CatalogScenario &scenario()
{
    static const CatalogScenario s = CatalogScenarioBuilder::buildBuiltin();
    return s;
}

const VisibilityModel &model()
{
    static const VisibilityModel m(SensorLaydown::builtin().sensors());
    return m;
}

void BM_AttributeWholeCatalogue(benchmark::State &state)
{
    const CatalogScenario &s = scenario();
    const VisibilityModel &m = model();
    double samples = 0;
    for (const CatalogTrack &t : s.tracks)
        samples += double(t.trajectory.samples.size());
    for (auto _ : state) {
        for (const CatalogTrack &t : s.tracks) {
            const AttributionResult r = AttributionEngine::attribute(t.trajectory, m);
            for (Partner p : kAllPartners)
                benchmark::DoNotOptimize(SharingModel::gain(r, p, SharingSettings{}));
        }
    }
    state.counters["tracks"] = double(s.tracks.size());
    state.counters["sensors"] = double(m.sensorCount());
    state.counters["samples"] = samples;
    state.counters["evaluations/s"] =
        benchmark::Counter(samples * m.sensorCount(), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_AttributeLongestTrack(benchmark::State &state)
{
    const CatalogTrack *longest = nullptr;
    for (const CatalogTrack &t : scenario().tracks) {
        if (!longest || t.trajectory.samples.size() > longest->trajectory.samples.size())
            longest = &t;
    }
    if (!longest) {
        state.SkipWithError("no catalogue tracks");
        return;
    }
    state.SetLabel(longest->id().toStdString());
    for (auto _ : state)
        benchmark::DoNotOptimize(AttributionEngine::attribute(longest->trajectory, model()));
}
} // namespace

BENCHMARK(BM_AttributeWholeCatalogue)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AttributeLongestTrack)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
