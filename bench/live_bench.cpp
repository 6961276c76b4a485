// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
//
// The load test of the viewer's listener: 200 tracks reporting once a second (CoT XML over UDP on the
// loopback interface, from a sender on a thread of its own) into LiveFeed, for the number of seconds given
// as the argument (BM_LiveLoad/60 is the 60 s run; /10 a quick one). The GUI thread does what the viewer's
// does with a live feed: a 60 Hz playback frame (the clock follows now, the canvas repaints the last picture)
// and, as snapshots arrive, the track overlay is rebuilt on a worker and handed to the canvas.
// Counters:
//   sent, received, lost      reports sent by the sender, taken into the live store, and the difference;
//   gui_cpu_ms_mean/p99/max   CPU time of the GUI thread's work per frame (frame, snapshot hand-over, overlay
//                             hand-over, repaint): what the GUI thread itself spends, whatever else the
//                             machine runs;
//   gui_ms_mean/p99/max       the same in wall time (on a busy machine this includes waiting for a core);
//   frames_over_4ms           frames whose GUI work took more than 4 ms of CPU;
//   (the first second, the window's own start and first picture, is counted apart: warmup_cpu_ms_max)
//   latency_ms_max            the largest arrival-minus-report-time of a report (the last of each track);
//   rss_mib_10s, rss_mib_end  resident memory after 10 s and at the end;
//   heap_mib_10s, heap_mib_end what the program holds on the heap then (glibc's mallinfo2): flat but for the
//                             tracks' own growth (200 points a second).
#include "core/PlaybackClock.h"
#include "maps/BaseMap.h"
#include "maps/ProjectedBaseMap.h"
#include "maps/TrackOverlay.h"
#include "maps/cot/CotEventWriter.h"
#include "maps/live/LiveFeed.h"
#include "widgets/MapCanvas.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QThread>
#include <QTimer>
#include <QUdpSocket>
#include <QtConcurrent>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <ctime>
#include <malloc.h>

using namespace trilink;

namespace {

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// Bytes the program holds on the heap (glibc): unlike the resident size, not raised by the allocator's own
// arenas for the worker threads.
double heapMiB()
{
    const struct mallinfo2 m = mallinfo2();
    return static_cast<double>(m.uordblks + m.hblkhd) / (1024.0 * 1024.0);
}

double rssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

// 200 tracks, each reporting once a second, spread evenly over the second (one datagram every 5 ms).
class Sender : public QThread {
public:
    Sender(quint16 port, int tracks, int seconds) : m_port(port), m_tracks(tracks), m_seconds(seconds) {}
    std::atomic<qint64> sent{0};

protected:
    void run() override
    {
        QUdpSocket socket;
        QElapsedTimer clock;
        clock.start();
        const qint64 total = static_cast<qint64>(m_tracks) * m_seconds;
        const double stepMs = 1000.0 / m_tracks;
        for (qint64 n = 0; n < total; ++n) {
            const double due = n * stepMs;
            while (clock.nsecsElapsed() / 1e6 < due)
                QThread::usleep(200);
            const int track = static_cast<int>(n % m_tracks);
            const auto second = static_cast<double>(n / m_tracks);
            maps::cot::CotEvent e;
            e.uid = QStringLiteral("LOAD-%1").arg(track, 3, 10, QLatin1Char('0'));
            e.type = QStringLiteral("a-h-A-W-M-S-S");
            e.how = QStringLiteral("m-f");
            e.timeMs = e.startMs = QDateTime::currentMSecsSinceEpoch();
            e.staleMs = e.timeMs + 60'000;
            e.lat = 36.0 + (track % 20) * 0.25 + second * 0.01;
            e.lon = 124.0 + (track / 20) * 0.5 + second * 0.02;
            e.hae = 50'000.0 + second * 1000.0;
            e.callsign = e.uid;
            e.partners = partnerBit(kAllPartners[static_cast<std::size_t>(track % 3)]);
            const QByteArray datagram = maps::cot::CotEventWriter::xml(e);
            if (socket.writeDatagram(datagram, QHostAddress::LocalHost, m_port) == datagram.size())
                ++sent;
        }
    }

private:
    quint16 m_port;
    int m_tracks;
    int m_seconds;
};

void BM_LiveLoad(benchmark::State &state)
{
    const int seconds = static_cast<int>(state.range(0));
    constexpr int kTracks = 200;
    for (auto _ : state) {
        QUdpSocket probe;
        probe.bind(QHostAddress::LocalHost, 0);
        const quint16 port = probe.localPort();
        probe.close();

        static const auto baseMap = maps::readBaseMap(QStringLiteral(TRILINK_BUILD_DATA_DIR "/basemap/trilink-basemap.gpkg")).data;
        widgets::MapCanvas canvas;
        canvas.resize(1920, 1080);
        canvas.show();
        canvas.setBaseMap(std::make_shared<maps::ProjectedBaseMapCache>(baseMap));
        PlaybackClock clock;
        const std::int64_t start = QDateTime::currentMSecsSinceEpoch();
        clock.setRange(static_cast<double>(start), static_cast<double>(start));
        clock.goLive(static_cast<double>(start));

        maps::live::LiveFeed feed;
        maps::live::LiveFeed::Options options;
        maps::live::LiveEndpoint e;
        e.host = QStringLiteral("127.0.0.1");
        e.port = port;
        options.endpoints = {e};
        QString error;
        if (!feed.start(options, &error)) {
            state.SkipWithError(error.toStdString().c_str());
            return;
        }
        std::vector<double> guiMs, guiCpuMs, handOverMs;
        maps::live::LiveSnapshotPtr last;
        QFutureWatcher<maps::TrackOverlay::Ptr> overlay;
        bool building = false;
        maps::live::LiveSnapshotPtr pending;
        auto build = [&](maps::live::LiveSnapshotPtr s) {
            building = true;
            overlay.setFuture(QtConcurrent::run([s] { return maps::buildTrackOverlay(*s->scenario); }));
        };
        QObject::connect(&overlay, &QFutureWatcher<maps::TrackOverlay::Ptr>::finished, &canvas, [&] {
            QElapsedTimer t;
            t.start();
            canvas.setTracks(overlay.result());
            handOverMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            building = false;
            if (pending)
                build(std::exchange(pending, nullptr));
        });
        QObject::connect(&feed, &maps::live::LiveFeed::snapshotReady, &canvas, [&](maps::live::LiveSnapshotPtr s) {
            last = s;
            if (building)
                pending = s; // the newest waits; older ones are never built
            else
                build(s);
        });

        Sender sender(port, kTracks, seconds);
        sender.start();
        QElapsedTimer wall;
        wall.start();
        double rss10 = 0, heap10 = 0;
        double warmupCpuMax = 0;
        QElapsedTimer frame;
        frame.start();
        while (!sender.isFinished() || wall.elapsed() < seconds * 1000 + 1500) {
            // One 60 Hz frame of the GUI thread, its work timed.
            QElapsedTimer work;
            work.start();
            const double cpu0 = threadCpuMs();
            const double dt = static_cast<double>(frame.nsecsElapsed()) / 1e9;
            frame.restart();
            clock.extendTo(static_cast<double>(QDateTime::currentMSecsSinceEpoch()));
            clock.advance(dt);
            canvas.setTime(clock.timeMs());
            canvas.repaint();
            QCoreApplication::processEvents();
            // The first second is the window's own start (its first picture), not the feed's cost.
            if (wall.elapsed() >= 1000) {
                guiMs.push_back(static_cast<double>(work.nsecsElapsed()) / 1e6);
                guiCpuMs.push_back(threadCpuMs() - cpu0);
            } else {
                warmupCpuMax = std::max(warmupCpuMax, threadCpuMs() - cpu0);
            }
            if (rss10 == 0 && wall.elapsed() >= 10'000) {
                rss10 = rssMiB();
                heap10 = heapMiB();
            }
            const qint64 left = 16'667'000 - work.nsecsElapsed();
            if (left > 0)
                QThread::usleep(static_cast<unsigned long>(left / 1000));
        }
        sender.wait();
        feed.stop();
        overlay.waitForFinished();

        std::sort(guiMs.begin(), guiMs.end());
        std::sort(guiCpuMs.begin(), guiCpuMs.end());
        double sum = 0, cpuSum = 0;
        for (double g : guiMs)
            sum += g;
        for (double g : guiCpuMs)
            cpuSum += g;
        std::int64_t maxLatency = 0;
        if (last)
            for (const auto &t : last->tracks)
                maxLatency = std::max(maxLatency, t.lastLatencyMs);
        const qint64 received = last ? last->counts.reports : 0;
        state.counters["sent"] = static_cast<double>(sender.sent.load());
        state.counters["received"] = static_cast<double>(received);
        state.counters["lost"] = static_cast<double>(sender.sent.load() - received);
        state.counters["tracks"] = last ? static_cast<double>(last->tracks.size()) : 0;
        state.counters["gui_ms_mean"] = guiMs.empty() ? 0 : sum / static_cast<double>(guiMs.size());
        state.counters["gui_ms_p99"] = guiMs.empty() ? 0 : guiMs[guiMs.size() * 99 / 100];
        state.counters["gui_ms_max"] = guiMs.empty() ? 0 : guiMs.back();
        state.counters["frames"] = static_cast<double>(guiMs.size());
        state.counters["warmup_cpu_ms_max"] = warmupCpuMax;
        state.counters["overlay_handover_ms_max"] = handOverMs.empty() ? 0 : *std::max_element(handOverMs.begin(), handOverMs.end());
        state.counters["frames_over_4ms"] = static_cast<double>(guiCpuMs.end() - std::upper_bound(guiCpuMs.begin(), guiCpuMs.end(), 4.0));
        state.counters["gui_cpu_ms_mean"] = guiCpuMs.empty() ? 0 : cpuSum / static_cast<double>(guiCpuMs.size());
        state.counters["gui_cpu_ms_p99"] = guiCpuMs.empty() ? 0 : guiCpuMs[guiCpuMs.size() * 99 / 100];
        state.counters["gui_cpu_ms_max"] = guiCpuMs.empty() ? 0 : guiCpuMs.back();
        state.counters["latency_ms_max"] = static_cast<double>(maxLatency);
        state.counters["rss_mib_10s"] = rss10;
        state.counters["rss_mib_end"] = rssMiB();
        state.counters["heap_mib_10s"] = heap10;
        state.counters["heap_mib_end"] = heapMiB();
    }
}

} // namespace

BENCHMARK(BM_LiveLoad)->Arg(10)->Arg(60)->Iterations(1)->Unit(benchmark::kSecond);

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
