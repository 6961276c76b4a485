// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Export for reports, as `trilink export` and File → Export make it: the whole catalogue with sensors and
// coverage, the 2022 Hwasong-12 over Japan selected mid-flight, the view fitted to it.
//  - BM_ExportPicture/png|svg|pdf at 3840x2160: the finished file's bytes (render + encode), with the
//    base map already projected (the viewer has it; the first export of a command adds ~1 s for that);
//  - BM_ExportPng4KCold: the same PNG with the projected base map built afresh, as one `trilink export`;
//  - BM_BriefOnePage: the one-page A4 brief of that launch (map, side view, tables) as PDF bytes.
#include "bench/BenchMain.h"
#include "core/Scenario.h"
#include "maps/BaseMap.h"
#include "maps/TrackOverlay.h"
#include "maps/export/BriefWriter.h"
#include "maps/export/PictureWriter.h"
#include "maps/scene/PictureRequest.h"
#include "maps/scene/SceneSettings.h"

#include <QGuiApplication>

#include <benchmark/benchmark.h>

using namespace trilink;

namespace {
const QString kLaunch = QStringLiteral("2022-10-03-HS12");

struct Fixture {
    maps::BaseMapData::Ptr data = maps::readBaseMap(QStringLiteral(TRILINK_BUILD_DATA_DIR "/basemap/trilink-basemap.gpkg")).data;
    Scenario scenario = builtinScenario();
    maps::TrackOverlay::Ptr overlay = maps::buildTrackOverlay(scenario);

    maps::MapSettings settings(maps::PictureFormat format) const
    {
        QString error;
        const auto request = maps::parsePictureRequest({QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("x.") + maps::pictureFormatName(format).toLower(),
                                                      QStringLiteral("--size"), QStringLiteral("3840x2160"), QStringLiteral("--launch"), kLaunch,
                                                      QStringLiteral("--time"), QStringLiteral("T+700"), QStringLiteral("--banner"),
                                                      QStringLiteral("UNCLASSIFIED — PUBLIC DATA — TRAINING")},
                                                     error);
        return *maps::sceneSettings(request->scene, &scenario, overlay, error);
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

void BM_ExportPicture(benchmark::State &state)
{
    auto &f = fixture();
    const auto format = static_cast<maps::PictureFormat>(state.range(0));
    const auto settings = f.settings(format);
    maps::ProjectedBaseMapCache cache(f.data);
    cache.get(settings.projection);
    std::size_t bytes = 0;
    for (auto _ : state) {
        QString error;
        const QByteArray file = maps::renderPicture(settings, cache, format, error);
        bytes = file.size();
        benchmark::DoNotOptimize(file.data());
    }
    state.counters["MB"] = bytes / 1e6;
    state.SetLabel(maps::pictureFormatName(format).toStdString());
}

void BM_ExportPng4KCold(benchmark::State &state)
{
    auto &f = fixture();
    const auto settings = f.settings(maps::PictureFormat::Png);
    for (auto _ : state) {
        maps::ProjectedBaseMapCache cache(f.data);
        QString error;
        benchmark::DoNotOptimize(maps::renderPicture(settings, cache, maps::PictureFormat::Png, error).data());
    }
}
void BM_BriefOnePage(benchmark::State &state)
{
    auto &f = fixture();
    maps::ProjectedBaseMapCache cache(f.data);
    const std::vector<maps::BriefItem> items{{f.scenario.find(kLaunch), std::nullopt}};
    const maps::BriefOptions options;
    QString error;
    maps::writeBrief(f.scenario, items, options, cache, error); // the base map projected once
    std::size_t bytes = 0;
    for (auto _ : state) {
        const QByteArray pdf = maps::writeBrief(f.scenario, items, options, cache, error);
        bytes = pdf.size();
        benchmark::DoNotOptimize(pdf.data());
    }
    state.counters["MB"] = bytes / 1e6;
}
} // namespace

BENCHMARK(BM_BriefOnePage)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_ExportPicture)->Arg(int(maps::PictureFormat::Png))->Arg(int(maps::PictureFormat::Svg))->Arg(int(maps::PictureFormat::Pdf))
    ->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_ExportPng4KCold)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

int main(int argc, char **argv)
{
    return runBenchmarks<QGuiApplication>(argc, argv);
}
