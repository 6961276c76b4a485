// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/cot/CotEventParser.h"
#include "maps/cot/CotEventWriter.h"
#include "maps/cot/CotPlaylist.h"
#include "maps/cot/CotTrackEvents.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace trilink;
using namespace trilink::maps::cot;

namespace {

constexpr std::int64_t kT0 = 1714532400000;

// A recorded track flying due east along the equator, one point a second: its course is 90 degrees and its
// ground speed the equatorial arc per second, a * dlon (WGS84 a = 6378137 m).
ScenarioTrack eastbound(const QString &id, std::int64_t startMs, int points, double degreesPerSecond)
{
    RecordedTrack r;
    r.id = id;
    r.label = QStringLiteral("Test missile");
    for (int i = 0; i < points; ++i) {
        TrackPoint p;
        p.timeMsUtc = startMs + i * 1000;
        p.lon = 125.0 + i * degreesPerSecond;
        p.lat = 0;
        p.altM = 1000.0 * i;
        p.partners = i >= 2 ? partnerBit(Partner::JPN) : 0;
        p.sensor = i >= 2 ? QStringLiteral("JPN-FPS5-SHIMOKOSHIKI") : QString();
        r.points.push_back(p);
    }
    return trackFromRecording(r, QStringLiteral("/home/user/secret/folder/test.csv"));
}

std::vector<std::pair<int, std::int64_t>> order(const std::vector<CotPlaylist::Entry> &entries)
{
    std::vector<std::pair<int, std::int64_t>> out;
    for (const auto &e : entries)
        out.emplace_back(e.track, e.timeMs);
    return out;
}

} // namespace

TEST(CotPlaylist, TracksInterleaveInTimeAndASalvoGoesTogether)
{
    CotPlaylist playlist({eastbound(QStringLiteral("a"), kT0, 3, 0.01), eastbound(QStringLiteral("b"), kT0, 3, 0.01),
                          eastbound(QStringLiteral("c"), kT0 + 1500, 2, 0.01)},
                         0, std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(playlist.startMs(), kT0);
    EXPECT_EQ(playlist.endMs(), kT0 + 2500);
    EXPECT_EQ(order(playlist.take(kT0, 0)), (std::vector<std::pair<int, std::int64_t>>{{0, kT0}, {1, kT0}}));
    EXPECT_EQ(order(playlist.take(kT0 + 2000, 0)),
              (std::vector<std::pair<int, std::int64_t>>{{0, kT0 + 1000}, {1, kT0 + 1000}, {2, kT0 + 1500}, {0, kT0 + 2000}, {1, kT0 + 2000}}));
    EXPECT_FALSE(playlist.atEnd());
    EXPECT_EQ(order(playlist.take(kT0 + 9999, 0)), (std::vector<std::pair<int, std::int64_t>>{{2, kT0 + 2500}}));
    EXPECT_TRUE(playlist.atEnd());
    // Two tracks with one label: TAK needs them told apart.
    EXPECT_EQ(playlist.callsign(0), QStringLiteral("a"));
}

TEST(CotPlaylist, ThinnedButLaunchAndImpactAlwaysGo)
{
    CotPlaylist playlist({eastbound(QStringLiteral("a"), kT0, 10, 0.01)}, 0, std::numeric_limits<std::int64_t>::max());
    std::vector<std::int64_t> times;
    for (const auto &e : playlist.take(kT0 + 100'000, 4000))
        times.push_back(e.timeMs - kT0);
    EXPECT_EQ(times, (std::vector<std::int64_t>{0, 4000, 8000, 9000}));
    EXPECT_EQ(playlist.callsign(0), QStringLiteral("Test missile"));
}

TEST(CotPlaylist, WindowAndSeek)
{
    CotPlaylist window({eastbound(QStringLiteral("a"), kT0, 10, 0.01)}, kT0 + 3000, kT0 + 6000);
    std::vector<std::int64_t> thinned;
    for (const auto &e : window.take(kT0 + 100'000, 10'000))
        thinned.push_back(e.timeMs - kT0);
    EXPECT_EQ(thinned, (std::vector<std::int64_t>{3000, 6000})); // the window's ends always go
    CotPlaylist playlist({eastbound(QStringLiteral("a"), kT0, 10, 0.01)}, kT0 + 3000, kT0 + 6000);
    EXPECT_EQ(playlist.size(), 4u);
    playlist.seek(kT0 + 4500); // the clock jumped: 3 and 4 are never sent
    std::vector<std::int64_t> times;
    for (const auto &e : playlist.take(kT0 + 100'000, 0))
        times.push_back(e.timeMs - kT0);
    EXPECT_EQ(times, (std::vector<std::int64_t>{5000, 6000}));
}

TEST(CotTrackEvents, RecordedTrackAsCot)
{
    const ScenarioTrack track = eastbound(QStringLiteral("trk"), kT0, 4, 0.01);
    const RecordedTrack points = recordingFromTrack(track);
    const CotEvent e = eventForPoint(track, points, 2, QStringLiteral("Test missile"), {kT0 + 999'000, 30'000});
    EXPECT_EQ(e.uid, QStringLiteral("trk"));
    EXPECT_EQ(e.type, QStringLiteral("a-h-A-W-M-S-S"));
    EXPECT_EQ(e.how, QStringLiteral("m-p")); // recorded, passed on
    EXPECT_TRUE(e.opex.isEmpty());
    EXPECT_EQ(e.timeMs, kT0 + 999'000);
    EXPECT_EQ(e.staleMs, kT0 + 1'029'000);
    EXPECT_EQ(e.sourceTimeMs.value_or(0), kT0 + 2000);
    EXPECT_DOUBLE_EQ(e.lon, 125.02);
    EXPECT_DOUBLE_EQ(e.hae, 2000.0);
    ASSERT_TRUE(e.courseDeg && e.speedMps);
    EXPECT_NEAR(*e.courseDeg, 90.0, 1e-9);
    EXPECT_NEAR(*e.speedMps, 6378137.0 * 0.01 * M_PI / 180.0, 1e-6); // 1113.19 m/s
    EXPECT_EQ(e.partners.value_or(0), partnerBit(Partner::JPN));
    EXPECT_EQ(e.sensor, QStringLiteral("JPN-FPS5-SHIMOKOSHIKI"));
    EXPECT_TRUE(e.remarks.contains(QStringLiteral("Recorded track (test.csv)"))) << e.remarks.toStdString();
    EXPECT_FALSE(e.remarks.contains(QStringLiteral("secret"))); // the file's folder stays on this machine
    EXPECT_TRUE(e.remarks.contains(QStringLiteral("Held by JPN (JPN-FPS5-SHIMOKOSHIKI)"))) << e.remarks.toStdString();
    // The last point takes its course from the step before it.
    const CotEvent last = eventForPoint(track, points, 3, QStringLiteral("x"), {kT0 + 3000, 30'000});
    EXPECT_NEAR(*last.courseDeg, 90.0, 1e-9);
    EXPECT_FALSE(last.sourceTimeMs); // sent at its own time
}

TEST(CotTrackEvents, ModelledTrackSaysSoAndIsASimulation)
{
    ScenarioTrack track = eastbound(QStringLiteral("m"), kT0, 3, 0.01);
    track.origin = TrackOrigin::Modelled;
    track.siteName = QStringLiteral("Sinpo (submarine)");
    const CotEvent e = eventForPoint(track, recordingFromTrack(track), 0, QStringLiteral("m"), {kT0, 60'000});
    EXPECT_EQ(e.how, QStringLiteral("m-s"));
    EXPECT_EQ(e.opex, QStringLiteral("s-trilink"));
    EXPECT_EQ(e.type, QStringLiteral("a-h-A-W-M-U")); // subsurface-to-surface
    EXPECT_TRUE(e.remarks.contains(QStringLiteral("Modelled by Trilink from public launch facts")));
    EXPECT_TRUE(e.remarks.contains(QStringLiteral("sensor laydown partly notional")));
    EXPECT_TRUE(e.remarks.contains(QStringLiteral("Held by no partner sensor")));
}

TEST(CotTrackEvents, ReceivedEventAsLiveReport)
{
    CotEvent e;
    e.uid = QStringLiteral("ANDROID-1");
    e.type = QStringLiteral("a-f-G-U-C");
    e.how = QStringLiteral("m-g");
    e.timeMs = kT0;
    e.staleMs = kT0 + 300'000;
    e.lat = 35.1;
    e.lon = 129.0;
    e.callsign = QStringLiteral("BUSAN-1");
    e.groupName = QStringLiteral("Cyan");
    e.groupRole = QStringLiteral("Team Lead");
    e.otherDetail = QStringLiteral("<takv platform=\"ATAK-CIV\"/>");
    LiveReport r = reportFromEvent(e, kT0 + 800, QStringLiteral("udp"), partnerBit(Partner::KOR));
    EXPECT_EQ(r.uid, e.uid);
    EXPECT_EQ(r.label, QStringLiteral("BUSAN-1"));
    EXPECT_EQ(r.point.altM, 0.0); // hae unknown
    EXPECT_EQ(r.point.partners, partnerBit(Partner::KOR)); // from the connection's rules
    EXPECT_EQ(r.identity.kind, QStringLiteral("a-f-G-U-C"));
    EXPECT_EQ(r.identity.how, QStringLiteral("m-g"));
    EXPECT_EQ(r.identity.extra, QStringLiteral("<__group name=\"Cyan\" role=\"Team Lead\"/><takv platform=\"ATAK-CIV\"/>"));
    e.partners = 0; // the event's own word wins, even "nobody"
    r = reportFromEvent(e, kT0, QStringLiteral("udp"), partnerBit(Partner::KOR));
    EXPECT_EQ(r.point.partners, 0);
}

TEST(CotTrackEvents, AFriendlyGroundUnitStaysOne)
{
    // Heard on a feed, recorded, played out again: the same type, how and detail, not a hostile missile.
    RecordedTrack r;
    r.id = QStringLiteral("ANDROID-5a1e");
    r.label = QStringLiteral("BUSAN-1");
    r.identity = {QStringLiteral("a-f-G-U-C"), QStringLiteral("m-g"),
                  QStringLiteral("<__group name=\"Cyan\" role=\"Team Lead\"/><takv device=\"Pixel\" platform=\"ATAK-CIV\" os=\"34\" version=\"5.1\"/>")};
    r.points.push_back({kT0, 129.07, 35.18, 12.5, 0, {}});
    r.points.push_back({kT0 + 5000, 129.08, 35.18, 12.5, 0, {}});
    const ScenarioTrack track = trackFromRecording(r, QStringLiteral("busan.cot"));
    EXPECT_EQ(recordingFromTrack(track).identity, r.identity);
    const CotEvent e = eventForPoint(track, recordingFromTrack(track), 1, r.label, {kT0 + 5000, 60'000});
    EXPECT_EQ(e.type, QStringLiteral("a-f-G-U-C"));
    EXPECT_EQ(e.how, QStringLiteral("m-g"));
    const auto back = CotEventParser::parseXml(CotEventWriter::xml(e));
    ASSERT_TRUE(back.event);
    EXPECT_EQ(back.event->groupName, QStringLiteral("Cyan"));
    EXPECT_EQ(back.event->groupRole, QStringLiteral("Team Lead"));
    EXPECT_TRUE(back.event->otherDetail.contains(QStringLiteral("platform=\"ATAK-CIV\""))) << back.event->otherDetail.toStdString();
    EXPECT_EQ(back.event->callsign, QStringLiteral("BUSAN-1"));
}
