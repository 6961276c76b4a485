// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// How long the map takes: projecting the base layers (once per projection change) and one frame of the
// render job (every pan or zoom), at screen and 4K sizes. Run on the offscreen platform.
#include "maps/MapRenderer.h"
#include "maps/layers/PathPieces.h"

#include "bench/BenchMain.h"
#include "core/Units.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>

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
// The halo of the credits' line (the longest label of every picture) at a picture's scale (1: 1920×1080,
// 2: 3840×2160), stroked whole (0) as Qt would or in pieces (1) as the label painter does.
void BM_CreditsHalo(benchmark::State &state)
{
    const int scale = int(state.range(0));
    const bool pieces = state.range(1) != 0;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(10 * scale);
    QPainterPath text;
    text.addText(QPointF(4.25, 16.5 * scale), font,
                 QStringLiteral("Lambert conformal conic (30\u00b0N/45\u00b0N, 132\u00b0E)  \u00b7  Base map: Natural Earth (public domain)  \u00b7  "
                                "Launches: public reporting (CNS/NTI, Japan MOD, ROK JCS, KCNA), sources in 'trilink catalog'"));
    QImage image(QSize(1000 * scale, 24 * scale), QImage::Format_ARGB32_Premultiplied);
    const QPen halo(QColor(5, 11, 18, 200), 3.0 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    state.SetLabel(pieces ? "in pieces" : "whole");
    for (auto _ : state) {
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(halo);
        if (pieces)
            drawPathInPieces(p, text);
        else
            p.drawPath(text);
    }
    state.counters["elements"] = text.elementCount();
}
} // namespace

BENCHMARK(BM_CreditsHalo)->ArgsProduct({{1, 2}, {0, 1}})->Unit(benchmark::kMillisecond);
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
