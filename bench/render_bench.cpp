// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// How long the map takes: projecting the base layers (once per projection change) and one frame of the
// render job (every pan or zoom), at screen and 4K sizes. Run on the offscreen platform.
#include "maps/MapRenderer.h"

#include "bench/BenchMain.h"
#include "core/Units.h"

#include <QGuiApplication>

#include <benchmark/benchmark.h>

using namespace trilink::maps;

namespace {
const BaseMapData::Ptr &baseMap()
{
    static const auto data = readBaseMap(QStringLiteral(TRILINK_BUILD_DATA_DIR "/basemap/trilink-basemap.gpkg")).data;
    return data;
}

ProjectionSpec specFor(int kind)
{
    return ProjectionSpec::centred(static_cast<ProjectionKind>(kind), trilink::region::kDefaultLon, trilink::region::kDefaultLat);
}

void BM_ReadBaseMap(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(readBaseMap(QStringLiteral(TRILINK_BUILD_DATA_DIR "/basemap/trilink-basemap.gpkg")));
}

void BM_ProjectBaseMap(benchmark::State &state)
{
    const auto spec = specFor(int(state.range(0)));
    state.SetLabel(spec.name().toStdString());
    for (auto _ : state)
        benchmark::DoNotOptimize(ProjectedBaseMap::build(*baseMap(), spec));
    state.counters["vertices"] = double(baseMap()->vertexCount());
}

void BM_RenderFrame(benchmark::State &state)
{
    const auto spec = specFor(int(state.range(0)));
    const QSize size(int(state.range(1)), int(state.range(2)));
    ProjectedBaseMapCache cache(baseMap());
    auto settings = *MapSettings::fitted(spec, trilink::region::kDefaultLon, trilink::region::kDefaultLat, spec.kind == ProjectionKind::Orthographic ? trilink::region::kGlobeExtentKm : trilink::region::kDefaultExtentKm, size);
    settings.reference = QPointF(125.67, 39.2);
    cache.get(spec); // projection is cached, as on screen after the first frame
    state.SetLabel(QStringLiteral("%1 %2x%3").arg(spec.name()).arg(size.width()).arg(size.height()).toStdString());
    for (auto _ : state)
        benchmark::DoNotOptimize(MapRenderer::renderImage(settings, cache));
}
} // namespace

BENCHMARK(BM_ReadBaseMap)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ProjectBaseMap)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RenderFrame)
    ->Args({0, 1920, 1080})
    ->Args({0, 3840, 2160})
    ->Args({2, 1920, 1080})
    ->Args({3, 1920, 1080})
    ->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    return runBenchmarks<QGuiApplication>(argc, argv);
}
