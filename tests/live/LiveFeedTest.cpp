// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
//
// The viewer's listener (LiveFeed, on its own thread), its Broadcast (LiveBroadcaster, driven by a playback
// clock) and the headless recorder (LiveRecorder), each over real loopback sockets.
#include "LiveTestSupport.h"

#include "maps/live/CotSender.h"
#include "maps/live/LiveBroadcaster.h"
#include "maps/live/LiveFeed.h"
#include "maps/live/LiveRecorder.h"
#include "maps/trackio/TrackFile.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QUdpSocket>

#include <gtest/gtest.h>

using namespace trilink;
using namespace trilink::livetest;
using maps::live::LiveEndpoint;
using Kind = maps::live::LiveEndpoint::Kind;

namespace {

quint16 freeUdpPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

// Sends events to a UDP port, as a feed would.
void sendUdp(quint16 port, const std::vector<maps::cot::CotEvent> &events)
{
    maps::live::CotSender sender(endpoint(Kind::UdpSend, QStringLiteral("127.0.0.1"), port));
    ASSERT_TRUE(sender.start(nullptr));
    for (const auto &e : events)
        sender.send(e);
}

} // namespace

TEST(LiveFeed, TracksGrowOnTheFeedsThreadAndArriveAsSnapshots)
{
    const quint16 port = freeUdpPort();
    maps::live::LiveFeed feed;
    maps::live::LiveSnapshotPtr last;
    QStringList status;
    QObject::connect(&feed, &maps::live::LiveFeed::snapshotReady, &feed, [&](maps::live::LiveSnapshotPtr s) { last = s; });
    QObject::connect(&feed, &maps::live::LiveFeed::statusChanged, &feed, [&](const QString &s) { status << s; });
    maps::live::LiveFeed::Options options;
    options.endpoints = {endpoint(Kind::UdpListen, QStringLiteral("127.0.0.1"), port)};
    options.partnerRules = {QStringLiteral("callsign:Test B=JPN")};
    options.publishIntervalMs = 50;
    QString error;
    ASSERT_TRUE(feed.start(options, &error)) << error.toStdString();
    EXPECT_TRUE(feed.isRunning());
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    std::vector<maps::cot::CotEvent> events;
    for (int i = 4; i >= 0; --i) // newest first: the store puts them in order
        for (const char *uid : {"A", "B", "C"}) {
            maps::cot::CotEvent e = event(QString::fromLatin1(uid), now - 5000 + i * 1000);
            if (e.uid == u"B")
                e.partners.reset(); // B says nothing: the rule on its callsign decides
            events.push_back(e);
        }
    sendUdp(port, events);
    ASSERT_TRUE(waitFor([&] { return last && last->counts.reports == 15; })) << (last ? last->counts.reports : -1);
    ASSERT_EQ(last->scenario->tracks.size(), 3u);
    ASSERT_EQ(last->tracks.size(), 3u);
    for (const ScenarioTrack &t : last->scenario->tracks) {
        EXPECT_EQ(t.samples.size(), 5u) << t.id.toStdString();
        EXPECT_EQ(t.launchMsUtc, now - 5000);
        EXPECT_EQ(t.origin, TrackOrigin::Recorded);
    }
    EXPECT_EQ(last->scenario->tracks[1].attribution.partnerSet, partnerBit(Partner::JPN));
    EXPECT_EQ(last->scenario->tracks[0].attribution.partnerSet, partnerBit(Partner::KOR));
    // The newest report of each (sent first) came about a second after its own time.
    EXPECT_NEAR(static_cast<double>(last->tracks[0].lastLatencyMs), 1000.0, 900.0);
    EXPECT_EQ(last->tracks[0].lastReportMs, now - 1000);
    EXPECT_EQ(last->tracks[0].kind, QStringLiteral("a-h-A-W-M-S-S"));
    EXPECT_TRUE(last->scenario->laydown.size() > 0);
    EXPECT_TRUE(status.join(u'\n').contains(QStringLiteral("listening"))) << status.join(u'\n').toStdString();
    feed.stop();
    EXPECT_FALSE(feed.isRunning());
}

TEST(LiveFeed, AnEndpointThatCannotBeUsedStartsNothing)
{
    QTcpServer taken;
    ASSERT_TRUE(taken.listen(QHostAddress::LocalHost, 0));
    maps::live::LiveFeed feed;
    maps::live::LiveFeed::Options options;
    options.endpoints = {endpoint(Kind::UdpListen, QStringLiteral("127.0.0.1"), freeUdpPort()),
                         endpoint(Kind::TcpListen, QStringLiteral("127.0.0.1"), taken.serverPort())};
    QString error;
    EXPECT_FALSE(feed.start(options, &error));
    EXPECT_FALSE(feed.isRunning());
    EXPECT_TRUE(error.startsWith(QStringLiteral("tcp server 127.0.0.1:"))) << error.toStdString();
    options.endpoints.pop_back();
    options.partnerRules = {QStringLiteral("team:Cyan=KOR")};
    EXPECT_FALSE(feed.start(options, &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("partner rule 'team:Cyan=KOR'"))) << error.toStdString();
}

TEST(LiveBroadcaster, SendsWhatThePlaybackClockPasses)
{
    maps::live::CotReceiver receiver(endpoint(Kind::UdpListen, QStringLiteral("127.0.0.1"), 0));
    Collector got;
    got.attach(receiver);
    ASSERT_TRUE(receiver.start(nullptr));
    RecordedTrack r;
    r.id = QStringLiteral("B1");
    r.label = QStringLiteral("Played");
    for (int i = 0; i <= 20; ++i)
        r.points.push_back({kT0 + i * 1000, 128.0 + i * 0.01, 38.0, 1000.0 * i, partnerBit(Partner::USA), {}});
    maps::live::LiveBroadcaster broadcast;
    std::int64_t wall = 1'800'000'000'000;
    broadcast.setClock([&] { return wall; });
    ASSERT_TRUE(broadcast.start(endpoint(Kind::UdpSend, QStringLiteral("127.0.0.1"), receiver.localPort()), nullptr));
    broadcast.setTracks({trackFromRecording(r, QStringLiteral("played.csv"))}, kT0 - 1); // the clock just before launch
    // Playing at 2x: frames of 500 ms of track time; one report per 2 s of track time (a wall second).
    for (double t = kT0; t <= kT0 + 6000; t += 500) {
        wall += 250;
        broadcast.clockMoved(t, 2, true);
    }
    // The user seeks forward to T+15 s: nothing for the skipped time; the point there goes as play resumes.
    broadcast.clockMoved(kT0 + 15'000, 2, false);
    broadcast.clockMoved(kT0 + 15'500, 2, true);
    broadcast.clockMoved(kT0 + 20'000, 2, true);
    ASSERT_TRUE(waitFor([&] { return got.events.size() == 8; })) << got.events.size();
    std::vector<std::int64_t> sourceTimes;
    for (const auto &e : got.events)
        sourceTimes.push_back(e.event.sourceTimeMs.value_or(e.event.timeMs) - kT0);
    EXPECT_EQ(sourceTimes, (std::vector<std::int64_t>{0, 2000, 4000, 6000, 15000, 17000, 19000, 20000}));
    EXPECT_EQ(got.events[0].event.timeMs, 1'800'000'000'250); // stamped when sent: TAK shows it as now
    EXPECT_EQ(got.events[0].event.how, QStringLiteral("m-p"));
    EXPECT_EQ(broadcast.sentEvents(), 8);
}

TEST(LiveRecorder, WritesTheFeedToATrackFileAtomicallyAndAtTheEnd)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("exercise.csv"));
    maps::live::LiveRecorder recorder;
    maps::live::LiveRecorder::Options options;
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    options.endpoints = {endpoint(Kind::TcpListen, QStringLiteral("127.0.0.1"), port)};
    options.outPath = out;
    options.saveIntervalMs = 100;
    QString error;
    ASSERT_TRUE(recorder.start(options, &error)) << error.toStdString();
    maps::live::CotSender sender(endpoint(Kind::TcpSend, QStringLiteral("127.0.0.1"), port));
    ASSERT_TRUE(sender.start(nullptr));
    ASSERT_TRUE(waitFor([&] { return sender.isReady(); }));
    for (int i : {2, 0, 1}) { // out of order on purpose
        sender.send(event(QStringLiteral("R1"), kT0 + i * 1000, 39.0 + i * 0.1, 126.0));
        sender.send(event(QStringLiteral("R2"), kT0 + i * 1000, 40.0, 127.0 + i * 0.1));
    }
    ASSERT_TRUE(waitFor([&] { return recorder.events() == 6; }));
    ASSERT_TRUE(waitFor([&] { return recorder.saves() >= 1; })) << "no save while running";
    EXPECT_TRUE(QFile::exists(out));
    ASSERT_TRUE(recorder.finish(&error)) << error.toStdString();
    const maps::TrackFileResult read = maps::readTrackFile(out);
    ASSERT_TRUE(read.readable);
    EXPECT_TRUE(read.problems.empty());
    ASSERT_EQ(read.tracks.size(), 2u);
    EXPECT_EQ(read.tracks[0].id, QStringLiteral("R1"));
    EXPECT_EQ(read.tracks[0].label, QStringLiteral("Test R1"));
    ASSERT_EQ(read.tracks[0].points.size(), 3u);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(read.tracks[0].points[i].timeMsUtc, kT0 + i * 1000);
        EXPECT_DOUBLE_EQ(read.tracks[0].points[i].lat, 39.0 + i * 0.1);
        EXPECT_EQ(read.tracks[0].points[i].partners, partnerBit(Partner::KOR));
    }
    // A folder that cannot be written: the error says so, and nothing is left half-written.
    maps::live::LiveRecorder bad;
    options.outPath = dir.filePath(QStringLiteral("no/such/folder/x.csv"));
    options.endpoints = {};
    ASSERT_TRUE(bad.start(options, &error));
    EXPECT_FALSE(bad.finish(&error));
    EXPECT_FALSE(error.isEmpty());
}
