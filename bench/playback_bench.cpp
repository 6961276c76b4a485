// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Playback at 60x with the whole catalogue, all sensors and coverage on, at 1920x1080, each frame drawn on a
// thread of Qt's pool as the render job draws it:
//  - BM_PlaybackRenderFrame: one frame of the render job (worker thread) as playback makes them: the time
//    moves by one 60 Hz tick at 60x (1 s of scenario), the geography comes from the layer cache;
//  - BM_PlaybackRenderFrameCold: the same frame with the view moved by part of a pixel every time (nothing
//    cached: every layer drawn again), as after a zoom;
//  - BM_PanFrame: a frame of the viewer's render job while the user drags the map (5 px a frame, back and
//    forth within the job's pan margin, so the geography is copied, not drawn, and the tracks too while the
//    time stands still): /0 the whole record in full with no time (the overview), /1 during the playback
//    above (the time moves every frame, so the tracks are drawn);
//  - BM_FirstPanFrame: the first frame of a drag of the overview after a zoom: /0 at once, which draws the
//    geography and the tracks with the margin the next frames copy; /1 after the render job has drawn ahead
//    while idle (RenderJob::kIdleMs), which copies them;
//  - BM_ZoomFrame: a frame after a wheel notch (zoom by 1.25 in, then out, about a point off the centre),
//    the overview: /0 at once, everything drawn; /1 after the job has drawn ahead, which copies the
//    geography and the tracks;
//  - BM_PlaybackGuiThread: what the GUI thread does per frame: advance the clock, hand the new settings to
//    the canvas (which queues the render job) and paint the last picture;
//  - BM_OverviewFrame: the whole record at once, no time (what the viewer opens on): every track in full
//    (/0), or one year in full and the rest faded (/1, the list filtered to 2022), from the layer cache.
// The frames are timed by the wall clock (UseRealTime): the bench's own thread only waits for the pool.
#include "bench/BenchMain.h"
#include "core/ParallelFor.h"
#include "core/PlaybackClock.h"
#include "core/Scenario.h"
#include "maps/MapRenderer.h"
#include "maps/TrackOverlay.h"
#include "widgets/MapCanvas.h"

#include <QApplication>

#include <benchmark/benchmark.h>

#include <cmath>

using namespace trilink;

namespace {
struct Fixture {
    maps::BaseMapData::Ptr data = maps::readBaseMap(QStringLiteral(TRILINK_BUILD_DATA_DIR "/basemap/trilink-basemap.gpkg")).data;
    Scenario scenario = builtinScenario();
    maps::TrackOverlay::Ptr overlay = maps::buildTrackOverlay(scenario);
    const ScenarioTrack &track = *scenario.find(QStringLiteral("2017-11-28-HS15"));

    maps::MapSettings settings() const
    {
        auto s = maps::MapSettings::regionalDefault(QSize(1920, 1080));
        s.tracks = overlay;
        s.selectedTrack = track.id;
        s.timeMs = static_cast<double>(track.launchMsUtc);
        return s;
    }
};

// A frame as the render job draws it: on a thread of Qt's pool (RenderJob runs there, so Qt's raster engine
// fills in place instead of handing each fill to the pool and waiting), the hand-off counted.
QImage renderOnPool(const maps::MapSettings &s, maps::ProjectedBaseMapCache &cache, maps::BaseLayerCache &layers)
{
    return runOnPool([&] { return maps::MapRenderer::renderImage(s, cache, nullptr, &layers); });
}

Fixture &fixture()
{
    static Fixture f;
    return f;
}

void BM_BuildOverlay(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(maps::buildTrackOverlay(fixture().scenario));
}

void BM_PlaybackRenderFrame(benchmark::State &state)
{
    auto &f = fixture();
    maps::ProjectedBaseMapCache cache(f.data);
    maps::BaseLayerCache layers;
    auto s = f.settings();
    renderOnPool(s, cache, layers); // the first frame draws the still part
    double t = 0;
    for (auto _ : state) {
        t = std::fmod(t + 1.0, f.track.flightTimeS);
        s.timeMs = static_cast<double>(f.track.launchMsUtc) + t * 1000.0;
        benchmark::DoNotOptimize(renderOnPool(s, cache, layers));
    }
}

void BM_PlaybackRenderFrameCold(benchmark::State &state)
{
    auto &f = fixture();
    maps::ProjectedBaseMapCache cache(f.data);
    maps::BaseLayerCache layers;
    auto s = f.settings();
    double t = 0;
    for (auto _ : state) {
        t = std::fmod(t + 1.0, f.track.flightTimeS);
        s.timeMs = static_cast<double>(f.track.launchMsUtc) + t * 1000.0;
        s.centre.rx() += 1000.0; // a pan: the geography must be drawn again
        benchmark::DoNotOptimize(renderOnPool(s, cache, layers));
    }
}

void BM_PanFrame(benchmark::State &state)
{
    auto &f = fixture();
    maps::ProjectedBaseMapCache cache(f.data);
    maps::BaseLayerCache layers(true); // as RenderJob keeps it
    auto s = f.settings();
    if (state.range(0) == 0) {
        s.timeMs.reset();
        s.selectedTrack.clear();
    }
    renderOnPool(s, cache, layers);
    s.centre.rx() -= 5.0 * s.metresPerPixel; // the first pan draws the margins (BM_FirstPanFrame)
    renderOnPool(s, cache, layers);
    int frame = 0;
    for (auto _ : state) {
        const double px = (frame++ / 40) % 2 ? -5.0 : 5.0; // 200 px one way, then back
        s.centre.rx() -= px * s.metresPerPixel;              // as MapCanvas::panBy moves it
        benchmark::DoNotOptimize(renderOnPool(s, cache, layers));
    }
}

// The overview as the viewer shows it after a zoom: drawn once, and (/1) with what the render job draws
// ahead once idle (a wheel notch in and out, with the margin).
struct Shown {
    maps::ProjectedBaseMapCache cache{fixture().data};
    maps::BaseLayerCache layers{true};
    maps::MapSettings s = fixture().settings();

    Shown()
    {
        s.timeMs.reset();
        s.selectedTrack.clear();
    }
    void draw(bool drawAhead)
    {
        renderOnPool(s, cache, layers);
        if (drawAhead)
            runOnPool([&] { layers.prepareNeighbours(s, *cache.get(s.projection), *fixture().data, nullptr); });
    }
};

void BM_FirstPanFrame(benchmark::State &state)
{
    Shown shown;
    bool in = true;
    for (auto _ : state) {
        state.PauseTiming();
        shown.s.metresPerPixel *= in ? 1 / 1.25 : 1.25; // a new view
        in = !in;
        shown.draw(state.range(0) == 1);
        state.ResumeTiming();
        shown.s.centre.rx() -= 5.0 * shown.s.metresPerPixel;
        benchmark::DoNotOptimize(renderOnPool(shown.s, shown.cache, shown.layers));
    }
}

void BM_ZoomFrame(benchmark::State &state)
{
    Shown shown;
    shown.draw(false);
    bool in = true;
    for (auto _ : state) {
        if (state.range(0) == 1) {
            state.PauseTiming();
            shown.draw(true); // idle after the last step
            state.ResumeTiming();
        }
        // A wheel notch about a point off the centre, as MapCanvas::zoomBy zooms.
        shown.s.zoomTo(shown.s.metresPerPixel / std::pow(maps::kWheelZoomStep, in ? 1.0 : -1.0), QPointF(1500, 300));
        in = !in;
        benchmark::DoNotOptimize(renderOnPool(shown.s, shown.cache, shown.layers));
    }
}

void BM_PlaybackGuiThread(benchmark::State &state)
{
    auto &f = fixture();
    widgets::MapCanvas canvas;
    canvas.resize(1920, 1080);
    canvas.show();
    canvas.setBaseMap(std::make_shared<maps::ProjectedBaseMapCache>(f.data));
    canvas.setTracks(f.overlay);
    canvas.setSelectedTrack(f.track.id);
    PlaybackClock clock;
    clock.setRange(static_cast<double>(f.track.launchMsUtc), f.track.endMsUtc());
    clock.setRate(60);
    clock.setLoop(true);
    clock.play();
    QObject::connect(&clock, &PlaybackClock::timeChanged, &canvas, [&canvas](double ms) { canvas.setTime(ms); });
    canvas.setTime(clock.timeMs());
    // Paint a real picture, as on screen: wait for the first frame of the render job.
    while (!canvas.hasPicture())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    for (auto _ : state) {
        clock.advance(1.0 / 60.0);
        canvas.repaint(); // paintEvent now, as the next vsync would
        QCoreApplication::processEvents(); // finished frames arrive (their hand-over is part of the cost)
    }
}

void BM_OverviewFrame(benchmark::State &state)
{
    auto &f = fixture();
    maps::ProjectedBaseMapCache cache(f.data);
    maps::BaseLayerCache layers;
    auto s = maps::MapSettings::regionalDefault(QSize(1920, 1080));
    s.tracks = f.overlay;
    if (state.range(0) == 1) {
        auto year = std::make_shared<QSet<QString>>();
        for (const ScenarioTrack &t : f.scenario.tracks)
            if (t.facts && t.facts->year() == 2022)
                year->insert(t.id);
        s.emphasised = std::move(year);
    }
    renderOnPool(s, cache, layers);
    for (auto _ : state)
        benchmark::DoNotOptimize(renderOnPool(s, cache, layers));
    state.counters["tracks"] = static_cast<double>(f.overlay->tracks.size());
}
} // namespace

BENCHMARK(BM_BuildOverlay)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PlaybackRenderFrame)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_PlaybackRenderFrameCold)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_PanFrame)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_FirstPanFrame)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ZoomFrame)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_PlaybackGuiThread)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OverviewFrame)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    return runBenchmarks<QApplication>(argc, argv);
}
