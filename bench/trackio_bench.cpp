// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// How fast and how lean track files load: one track of 1,000,000 points, written once by Trilink's own
// writers as CSV, GeoJSON and CZML into a scratch folder, then read back with readTrackFile. Reported per
// file: wall time, time per point, and peak memory per point. As a yardstick, GDAL/OGR reads the same CSV
// in a bare feature loop (the least any OGR-based reader could do).
//
// Peak memory: each format is loaded once more in a fresh copy of this program (re-executed with
// --peak-memory-child), which reads VmRSS from /proc/self/status before the load and VmHWM (the high-water
// mark of resident memory) after it. A fresh process is needed because the high-water mark never goes
// down: measured in this process, the first format's peak would hide the others', and memory freed by an
// earlier load would be reused without showing.
#include "core/RecordedTrack.h"
#include "core/Scenario.h"
#include "maps/GdalSetup.h"
#include "maps/trackio/TrackFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>

using namespace trilink;

namespace {
constexpr int kPoints = 1'000'000;

// kB figures from /proc/self/status ("VmRSS:     1234 kB").
long statusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(static_cast<qsizetype>(std::strlen(key))).trimmed().split(' ').value(0).toLong();
    return -1;
}

// A notional ICBM-like flight sampled at 1 kHz: 1,000 s, apogee about 4,475 km, partners and sensor changing
// along the way as on a shared track.
RecordedTrack syntheticTrack()
{
    RecordedTrack t;
    t.id = QStringLiteral("BENCH-1");
    t.label = QStringLiteral("synthetic 1 kHz track");
    t.points.resize(kPoints);
    const QString sensors[] = {QStringLiteral("KOR-GREENPINE-C"), QStringLiteral("USA-TPY2-KYOGAMISAKI"),
                               QStringLiteral("JPN-FPS5-SADO")};
    const PartnerMask partners[] = {partnerBit(Partner::KOR), PartnerMask(partnerBit(Partner::KOR) | partnerBit(Partner::USA)),
                                    PartnerMask(partnerBit(Partner::USA) | partnerBit(Partner::JPN))};
    const std::int64_t t0 = 1511893020000; // 2017-11-28T18:17:00Z
    for (int i = 0; i < kPoints; ++i) {
        const double s = double(i) / (kPoints - 1);
        TrackPoint &p = t.points[static_cast<std::size_t>(i)];
        p.timeMsUtc = t0 + i;
        p.lon = 125.869 + s * (139.25 - 125.869);
        p.lat = 39.282 + s * (40.7 - 39.282);
        p.altM = 4'475'000.0 * 4.0 * s * (1.0 - s);
        p.partners = partners[i * 3 / kPoints];
        p.sensor = sensors[i * 3 / kPoints];
    }
    return t;
}

struct Files {
    QTemporaryDir dir;
    std::map<std::string, QString> path; // by extension
};

void writeFiles(Files &files)
{
    const std::vector<RecordedTrack> tracks{syntheticTrack()};
    for (const char *ext : {"csv", "geojson", "czml"}) {
        const QString p = files.dir.filePath(QStringLiteral("track.") + QLatin1String(ext));
        QString error;
        if (!maps::writeTrackFile(p, tracks, &error)) {
            std::fprintf(stderr, "trackio_bench: %s\n", qPrintable(error));
            std::exit(1);
        }
        files.path[ext] = p;
    }
}

// Static, so the scratch folder (about 300 MB) goes when the program ends.
const Files &files()
{
    static Files f;
    static const bool written = (writeFiles(f), true);
    (void)written;
    return f;
}

// {peak bytes above the baseline, points loaded} from a fresh process, once per file.
std::pair<double, double> peakInChild(const QString &path)
{
    static std::map<QString, std::pair<double, double>> cache;
    if (auto it = cache.find(path); it != cache.end())
        return it->second;
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--peak-memory-child"), path});
    child.waitForFinished(-1);
    const QList<QByteArray> numbers = child.readAllStandardOutput().trimmed().split(' ');
    const std::pair<double, double> r{numbers.value(0).toDouble() * 1024.0, numbers.value(1).toDouble()};
    cache[path] = r;
    return r;
}

int peakMemoryChild(const char *path)
{
    const long before = statusKb("VmRSS:");
    const maps::TrackFileResult r = maps::readTrackFile(QString::fromLocal8Bit(path));
    const long peak = statusKb("VmHWM:");
    std::size_t points = 0;
    for (const auto &t : r.tracks)
        points += t.points.size();
    std::printf("%ld %zu\n", peak - before, points);
    return 0;
}

void setCounters(benchmark::State &state, double points, const QString &path)
{
    using benchmark::Counter;
    state.counters["points"] = points;
    // Seconds per point, shown by the library with its own unit prefix (ns, us).
    state.counters["time_per_point"] = Counter(points, Counter::kIsIterationInvariantRate | Counter::kInvert);
    const auto [peakBytes, childPoints] = peakInChild(path);
    state.counters["peak_MiB"] = peakBytes / (1024.0 * 1024.0);
    state.counters["peak_B_per_point"] = childPoints > 0 ? peakBytes / childPoints : 0.0;
    state.counters["file_MiB"] = double(QFile(path).size()) / (1024.0 * 1024.0);
}

void BM_ReadTrackFile(benchmark::State &state, const char *ext)
{
    const QString path = files().path.at(ext);
    std::size_t points = 0;
    for (auto _ : state) {
        const maps::TrackFileResult r = maps::readTrackFile(path);
        points = 0;
        for (const auto &t : r.tracks)
            points += t.points.size();
        if (points != std::size_t(kPoints) || !r.problems.empty()) {
            state.SkipWithError("the file did not read back whole");
            return;
        }
    }
    setCounters(state, double(points), path);
}

// GDAL's CSV driver over the same file, geometry from the lon/lat/alt_m columns, every field touched once:
// a lower bound for any reader built on OGR.
void BM_OgrLoopCsv(benchmark::State &state)
{
    // setUpGdal() keeps only the drivers Trilink reads untrusted files with; this yardstick reads the
    // bench's own file with GDAL's CSV driver, registered here for it alone.
    RegisterOGRCSV();
    const QByteArray path = QFile::encodeName(files().path.at("csv"));
    const char *options[] = {"X_POSSIBLE_NAMES=lon", "Y_POSSIBLE_NAMES=lat", "Z_POSSIBLE_NAMES=alt_m", nullptr};
    double points = 0;
    for (auto _ : state) {
        GDALDatasetH ds = GDALOpenEx(path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, options, nullptr);
        if (!ds) {
            state.SkipWithError("GDAL could not open the CSV");
            return;
        }
        OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
        points = 0;
        double sum = 0;
        std::size_t textBytes = 0;
        OGR_L_ResetReading(layer);
        while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
            if (OGRGeometryH g = OGR_F_GetGeometryRef(f))
                sum += OGR_G_GetX(g, 0) + OGR_G_GetY(g, 0) + OGR_G_GetZ(g, 0);
            for (int i = 0; i < OGR_F_GetFieldCount(f); ++i)
                textBytes += std::strlen(OGR_F_GetFieldAsString(f, i));
            OGR_F_Destroy(f);
            ++points;
        }
        benchmark::DoNotOptimize(sum);
        benchmark::DoNotOptimize(textBytes);
        GDALClose(ds);
    }
    state.counters["points"] = points;
    state.counters["time_per_point"] =
        benchmark::Counter(points, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

// A thousand tracks of a thousand points (the shape of the QGIS kit's biggest file), written as one CSV,
// read back on this thread as a scene reads it, then turned into scenario tracks (trackFromRecording:
// phases, speeds, events, attribution) on this thread: the half of a load that comes after the parse.
// Reading hashes the tracks' ids, which on a CPU with VAES leaves the AVX registers' upper halves dirty
// (core/VectorState.h): without the clearing in trackFromRecording this took 4.5 times as long there.
void BM_TurnRecordings(benchmark::State &state)
{
    std::vector<RecordedTrack> written(1000);
    for (std::size_t k = 0; k < written.size(); ++k) {
        RecordedTrack &t = written[k];
        t.id = QStringLiteral("T%1").arg(k);
        t.points.resize(1000);
        for (std::size_t i = 0; i < t.points.size(); ++i) {
            TrackPoint &p = t.points[i];
            p.timeMsUtc = 1'672'531'200'000 + static_cast<std::int64_t>(i) * 1000;
            p.lon = 125.0 + 0.004 * static_cast<double>(i) + 0.01 * static_cast<double>(k % 100);
            p.lat = 35.0 + 0.002 * static_cast<double>(i) + 0.05 * static_cast<double>(k / 100);
            p.altM = 1000.0 + 10.0 * static_cast<double>(i);
        }
    }
    const QString path = files().dir.filePath(QStringLiteral("thousand.csv"));
    QString error;
    if (!maps::writeTrackFile(path, written, &error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    const std::vector<RecordedTrack> tracks = maps::readTrackFile(path).tracks;
    if (tracks.size() != written.size()) {
        state.SkipWithError("the file did not read back whole");
        return;
    }
    for (auto _ : state)
        for (const RecordedTrack &t : tracks)
            benchmark::DoNotOptimize(trackFromRecording(t, path));
    state.counters["time_per_point"] = benchmark::Counter(1e6, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
} // namespace

BENCHMARK(BM_TurnRecordings)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ReadTrackFile, csv, "csv")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK_CAPTURE(BM_ReadTrackFile, geojson, "geojson")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK_CAPTURE(BM_ReadTrackFile, czml, "czml")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_OgrLoopCsv)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

int main(int argc, char **argv)
{
    maps::setUpGdal(); // as the program does at start-up
    if (argc == 3 && std::strcmp(argv[1], "--peak-memory-child") == 0)
        return peakMemoryChild(argv[2]);
    QCoreApplication app(argc, argv); // for applicationFilePath(), to start the child
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
