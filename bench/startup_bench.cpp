// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Start-up with the whole public record (266 missiles), which is modelled once at build time:
//  - BM_LoadRecordFromStore: what every start does, read share/trilink/catalog/catalog.bin (mapped) and
//    rebuild each partner's custody from the stored detections;
//  - BM_ModelRecord: what the build does once (tools/catalog_gen): fly and attribute every missile;
//  - BM_ReModelAfterMovingAShip: a changed scenario, seeded from the store: one sensor moved, one column of
//    detections evaluated again per track, nothing flown;
//  - BM_ProcessVersion / BM_ProcessCatalog: `trilink --version` and `trilink catalog` as processes, the
//    issue's measure (catalog at most 0.2 s more than --version);
//  - BM_ViewerShowsTheRecord: the main window from construction until it has the whole record (base map
//    read, record loaded, overlay built on workers) and the first picture with every track drawn.
#include "app/gui/MainWindow.h"
#include "core/BuiltinCatalogue.h"
#include "core/CatalogMerger.h"
#include "core/CatalogModeller.h"
#include "maps/MapRenderer.h"
#include "widgets/MapCanvas.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <benchmark/benchmark.h>

using namespace trilink;

namespace {
void BM_LoadRecordFromStore(benchmark::State &state)
{
    BuiltinCatalogue::Origin origin{};
    for (auto _ : state) {
        const Scenario s = BuiltinCatalogue::load(&origin);
        benchmark::DoNotOptimize(s.tracks.data());
    }
    if (origin != BuiltinCatalogue::Origin::BundledStore)
        state.SkipWithError("the bundled store was not used (build the trilink_data target)");
    state.counters["tracks"] = static_cast<double>(BuiltinCatalogue::load().tracks.size());
}

void BM_ModelRecord(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(BuiltinCatalogue::model().tracks.data());
}

void BM_ReModelAfterMovingAShip(benchmark::State &state)
{
    const Scenario stored = BuiltinCatalogue::load();
    const CatalogPlan plan = CatalogMerger::builtin();
    QString ship;
    for (const Sensor &s : stored.laydown.sensors())
        if (s.kind == SensorKind::RadarShip)
            ship = s.id;
    double dLat = 0;
    for (auto _ : state) {
        state.PauseTiming();
        CatalogModeller modeller;
        modeller.seed(stored);
        SensorLaydown moved = stored.laydown;
        moved.move(ship, moved.find(ship)->lon, moved.find(ship)->lat - (dLat += 0.1));
        state.ResumeTiming();
        benchmark::DoNotOptimize(modeller.model(plan, moved).tracks.data());
        state.counters["flown"] = modeller.lastWork().flown;
        state.counters["columns"] = modeller.lastWork().sensorColumns;
    }
}

void runProcess(benchmark::State &state, const QStringList &args)
{
    for (auto _ : state) {
        QProcess p;
        p.start(QStringLiteral(TRILINK_BIN), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            state.SkipWithError("trilink failed");
    }
}

void BM_ProcessVersion(benchmark::State &state) { runProcess(state, {QStringLiteral("--version")}); }
void BM_ProcessCatalog(benchmark::State &state) { runProcess(state, {QStringLiteral("catalog")}); }

void BM_ViewerShowsTheRecord(benchmark::State &state)
{
    for (auto _ : state) {
        QElapsedTimer wall;
        wall.start();
        app::MainWindow window;
        window.resize(1920, 1080);
        window.show();
        bool ready = false;
        QObject::connect(&window, &app::MainWindow::scenarioReady, &window, [&] { ready = true; });
        while (!ready && wall.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        // The first picture with every track: the render job the canvas queued, drawn here synchronously.
        while (!window.canvas()->hasPicture() && wall.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        state.counters["scenario_ready_ms"] = wall.nsecsElapsed() / 1e6;
        if (!ready || !window.canvas()->settings().tracks)
            state.SkipWithError("the viewer did not load the record");
        state.counters["tracks"] = window.canvas()->settings().tracks ? window.canvas()->settings().tracks->tracks.size() : 0;
        window.close();
    }
}
} // namespace

BENCHMARK(BM_LoadRecordFromStore)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ModelRecord)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_ReModelAfterMovingAShip)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ProcessVersion)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_ProcessCatalog)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_ViewerShowsTheRecord)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
