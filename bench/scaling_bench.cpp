// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Does drawing the tracks grow no faster than the work (issue 18)? The tracks layer of the render job
// (MapRenderer::renderMoving onto a cleared picture of the Lambert view of the region) for synthetic tracks
// in partner stripes, doubling one thing at a time: the tracks (BM_ScaleTracks), the points of each track
// along a path twice as long (BM_ScalePoints), the pixels of the same view (BM_ScalePixels); and one track
// of 1,000 to 1,000,000 points over the same path of about 1,000 pixels (BM_DenseTrack), which should cost
// like a few thousand points whatever the count: detail under a pixel is never projected. Drawn on Qt's pool
// and timed by the wall clock, as the render job draws.
#include "maps/MapRenderer.h"
#include "maps/TrackOverlay.h"

#include "bench/BenchMain.h"
#include "core/ParallelFor.h"
#include "core/Units.h"

#include <QGuiApplication>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <cmath>
#include <random>

using namespace trilink;
using namespace trilink::maps;

namespace {
const BaseMapData::Ptr &baseMap()
{
    static const auto data = readBaseMap(QStringLiteral(TRILINK_BUILD_DATA_DIR "/basemap/trilink-basemap.gpkg")).data;
    return data;
}

// `count` tracks of `points` samples, each a gently turning walk of `pathDeg` degrees from a random start in
// the view, its partners changing every `runLength` samples (all eight masks: one to three stripes, unheld).
TrackOverlay::Ptr syntheticTracks(int count, int points, double pathDeg, int runLength = 50, unsigned seed = 18)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    auto overlay = std::make_shared<TrackOverlay>();
    for (int t = 0; t < count; ++t) {
        TrackOverlay::Track track;
        track.id = QStringLiteral("T%1").arg(t);
        track.label = track.id;
        track.flightTimeS = points;
        double lon = 120.0 + 18.0 * u(rng), lat = 31.0 + 12.0 * u(rng), heading = 2.0 * M_PI * u(rng);
        const double step = pathDeg / points;
        PartnerMask mask = 0;
        for (int i = 0; i < points; ++i) {
            heading += (u(rng) - 0.5) * 20.0 / points;
            lon += step * std::cos(heading) / std::cos(units::radians(lat));
            lat += step * std::sin(heading);
            if (i % runLength == 0)
                mask = static_cast<PartnerMask>(rng() % 8);
            track.groundTrack << QPointF(lon, lat);
            track.timesS.push_back(static_cast<float>(i));
            track.altM.push_back(100'000.0f);
            track.partners.push_back(mask);
        }
        overlay->tracks.push_back(std::move(track));
    }
    return overlay;
}

// The tracks layer alone, in an overview (no time: every track in full), at `size` for the region's view.
void drawTracks(benchmark::State &state, const TrackOverlay::Ptr &overlay, QSize size, qint64 points)
{
    const auto spec = ProjectionSpec::centred(ProjectionKind::RegionalLcc, region::kDefaultLon, region::kDefaultLat);
    ProjectedBaseMapCache cache(baseMap());
    const auto base = cache.get(spec);
    auto settings = *MapSettings::fitted(spec, region::kDefaultLon, region::kDefaultLat, region::kDefaultExtentKm, size);
    settings.tracks = overlay;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        // On a thread of Qt's pool, as the render job and the export draw (there Qt fills in place).
        runOnPool([&] {
            image.fill(Qt::transparent);
            QPainter painter(&image);
            MapRenderer::renderMoving(painter, settings, *base, *cache.data());
        });
    }
    state.counters["points"] = static_cast<double>(points);
    state.counters["ns/point"] = benchmark::Counter(static_cast<double>(points), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
    state.SetLabel(QStringLiteral("%1x%2").arg(size.width()).arg(size.height()).toStdString());
}

constexpr double kPathDeg = 3.0; // a 1,000-point track: about 330 km, some 190 pixels at 1920x1080

void BM_ScaleTracks(benchmark::State &state)
{
    const int tracks = static_cast<int>(state.range(0));
    drawTracks(state, syntheticTracks(tracks, 1000, kPathDeg), QSize(1920, 1080), tracks * 1000LL);
}

void BM_ScalePoints(benchmark::State &state)
{
    const int points = static_cast<int>(state.range(0));
    drawTracks(state, syntheticTracks(100, points, kPathDeg * points / 1000.0), QSize(1920, 1080), 100LL * points);
}

void BM_ScalePixels(benchmark::State &state)
{
    const int width = static_cast<int>(state.range(0));
    drawTracks(state, syntheticTracks(100, 1000, kPathDeg), QSize(width, width * 9 / 16), 100'000);
}

void BM_DenseTrack(benchmark::State &state)
{
    const int points = static_cast<int>(state.range(0));
    // 16 degrees: about 1,000 pixels; twenty partner runs whatever the count (a run is one polyline per
    // stripe: a partner change every few samples of a million would be a different test, of the runs).
    drawTracks(state, syntheticTracks(1, points, 16.0, points / 20), QSize(1920, 1080), points);
}
} // namespace

BENCHMARK(BM_ScaleTracks)->Arg(100)->Arg(200)->Arg(400)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ScalePoints)->Arg(1000)->Arg(2000)->Arg(4000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ScalePixels)->Arg(960)->Arg(1920)->Arg(3840)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_DenseTrack)->Arg(1000)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    return runBenchmarks<QGuiApplication>(argc, argv);
}
