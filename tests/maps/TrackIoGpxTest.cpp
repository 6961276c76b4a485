// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "TrackIoFixture.h"
#include "maps/trackio/TrackFormats.h"

#include <QBuffer>
#include <QFile>

#include <gtest/gtest.h>

#include <atomic>

using namespace trilink;
using namespace trilink::maps;

namespace {
using namespace trilink::maps::fixture;
const FixtureReader readFixture(trackio::readGpx, QStringLiteral("mem.gpx"));
} // namespace

TEST(TrackIoGpx, ReadsTrackSegmentsRouteAndTimedWaypoints)
{
    const auto r = readFixture(QStringLiteral("gpx_track.gpx"));
    ASSERT_TRUE(r.readable);
    ASSERT_EQ(r.tracks.size(), 3u) << dump(r);

    const auto &t = r.tracks[0];
    EXPECT_EQ(t.id, QStringLiteral("HS15-20171128"));
    EXPECT_EQ(t.label, QStringLiteral("Hwasong-15"));
    ASSERT_EQ(t.points.size(), 4u); // two segments joined
    EXPECT_EQ(t.points.front().timeMsUtc, ms("2017-11-28T18:17:00Z"));
    EXPECT_DOUBLE_EQ(t.points.front().lon, 125.869);
    EXPECT_DOUBLE_EQ(t.points.front().lat, 39.282);
    EXPECT_EQ(t.points.front().partners, 0);
    EXPECT_EQ(t.points[1].timeMsUtc, ms("2017-11-28T18:19:30.250Z"));
    EXPECT_DOUBLE_EQ(t.points[1].altM, 152000.5);
    EXPECT_EQ(t.points[1].partners, partnerBit(Partner::USA) | partnerBit(Partner::KOR));
    EXPECT_EQ(t.points[1].sensor, QStringLiteral("KOR Green Pine"));
    EXPECT_DOUBLE_EQ(t.points[2].altM, 4475000);
    // 04:10:59.999 at +09:00 is 19:10:59.999 UTC; "jpn" in lower case is still Japan.
    EXPECT_EQ(t.points.back().timeMsUtc, ms("2017-11-28T19:10:59.999Z"));
    EXPECT_EQ(t.points.back().partners, partnerBit(Partner::JPN));
    EXPECT_EQ(t.points.back().sensor, QStringLiteral("JPN FPS-5"));

    EXPECT_EQ(r.tracks[1].id, QStringLiteral("planned"));
    ASSERT_EQ(r.tracks[1].points.size(), 2u);
    EXPECT_DOUBLE_EQ(r.tracks[1].points[1].altM, 100);

    // Waypoints come in time order whatever their file order; the one without a time is not a track point.
    const auto &w = r.tracks[2];
    EXPECT_EQ(w.id, QStringLiteral("waypoints"));
    ASSERT_EQ(w.points.size(), 2u);
    EXPECT_EQ(w.points[0].timeMsUtc, ms("2017-11-28T18:19:00Z"));
    EXPECT_DOUBLE_EQ(w.points[0].lon, 125.9);
    ASSERT_EQ(r.problems.size(), 1u) << dump(r);
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("1 waypoint(s) without <time>")));
}

TEST(TrackIoGpx, BadPointsAreReportedAtTheirLinesAndTheGoodOnesKept)
{
    const auto r = readFixture(QStringLiteral("gpx_bad_points.gpx"));
    ASSERT_EQ(r.tracks.size(), 1u) << dump(r);
    const auto &pts = r.tracks[0].points;
    ASSERT_EQ(pts.size(), 2u) << dump(r);
    EXPECT_DOUBLE_EQ(pts[0].lat, 39.0);
    EXPECT_DOUBLE_EQ(pts[1].lat, 39.8);
    EXPECT_TRUE(problemAt(r, 7, QStringLiteral("latitude"))) << dump(r);
    EXPECT_TRUE(problemAt(r, 8, QStringLiteral("no <time>"))) << dump(r);
    EXPECT_TRUE(problemAt(r, 9, QStringLiteral("goes back"))) << dump(r);
    EXPECT_TRUE(problemAt(r, 10, QStringLiteral("repeats"))) << dump(r);
    EXPECT_TRUE(problemAt(r, 11, QStringLiteral("lat/lon"))) << dump(r);
    EXPECT_TRUE(problemAt(r, 12, QStringLiteral("ISO 8601"))) << dump(r);
    EXPECT_TRUE(problemAt(r, 13, QString())) << dump(r); // <ele>NaN</ele>
    EXPECT_EQ(r.problems.size(), 7u) << dump(r);
    const auto *lat = problemAt(r, 7, QStringLiteral("latitude"));
    ASSERT_TRUE(lat);
    EXPECT_EQ(lat->text(), QStringLiteral("gpx_bad_points.gpx:7: ") + lat->message);
}

TEST(TrackIoGpx, TruncatedFileKeepsThePointsBeforeTheCut)
{
    const auto r = readFixture(QStringLiteral("gpx_truncated.gpx"));
    EXPECT_TRUE(r.readable);
    ASSERT_EQ(r.tracks.size(), 1u) << dump(r);
    EXPECT_EQ(r.tracks[0].points.size(), 2u);
    ASSERT_EQ(r.problems.size(), 1u) << dump(r);
    EXPECT_EQ(r.problems[0].line, 8); // the cut line
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("XML error"))) << dump(r);
}

TEST(TrackIoGpx, BillionLaughsStopsAtTheEntityWithThePointsBeforeIt)
{
    const auto r = readFixture(QStringLiteral("gpx_billion_laughs.gpx"));
    ASSERT_EQ(r.tracks.size(), 1u) << dump(r);
    EXPECT_EQ(r.tracks[0].points.size(), 2u);
    ASSERT_EQ(r.problems.size(), 1u) << dump(r);
    EXPECT_EQ(r.problems[0].line, 20);
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("expansion limit"))) << dump(r);
}

TEST(TrackIoGpx, DeepNestingStopsAtDepth256)
{
    const auto r = readFixture(QStringLiteral("gpx_deep.gpx"));
    ASSERT_EQ(r.tracks.size(), 1u) << dump(r);
    EXPECT_EQ(r.tracks[0].points.size(), 2u);
    ASSERT_EQ(r.problems.size(), 1u) << dump(r);
    EXPECT_EQ(r.problems[0].line, 260); // the 257th level: gpx/trk/trkseg/trkpt/extensions, then the 252nd <x>
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("deeper than 256"))) << dump(r);
}

TEST(TrackIoGpx, OtherXmlAndEmptyInputAreNotReadable)
{
    QByteArray html("<html><body>not a track</body></html>");
    QBuffer b(&html);
    b.open(QIODevice::ReadOnly);
    const auto r = trackio::readGpx(b, QStringLiteral("page.gpx"));
    EXPECT_FALSE(r.readable);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].text(), QStringLiteral("page.gpx:1: not a GPX file: the root element is <html>"));

    QByteArray empty;
    QBuffer e(&empty);
    e.open(QIODevice::ReadOnly);
    const auto r2 = trackio::readGpx(e, QStringLiteral("empty.gpx"));
    EXPECT_FALSE(r2.readable);
    EXPECT_TRUE(r2.tracks.empty());
    ASSERT_FALSE(r2.problems.empty());
}

TEST(TrackIoGpx, CancelStopsALongReadAndReportsProgress)
{
    QByteArray gpx("<gpx><trk><name>long</name><trkseg>\n");
    for (int i = 0; i < 20000; ++i)
        gpx += QStringLiteral("<trkpt lat=\"39\" lon=\"125\"><time>%1</time></trkpt>\n")
                   .arg(isoUtcMs(1'500'000'000'000 + i * 1000LL))
                   .toUtf8();
    gpx += "</trkseg></trk></gpx>\n";
    QBuffer b(&gpx);
    b.open(QIODevice::ReadOnly);
    std::atomic<bool> cancel{false};
    double lastProgress = 0;
    ReadControl control{[&](double f) {
                            lastProgress = f;
                            if (f > 0.2)
                                cancel = true;
                        },
                        &cancel};
    const auto r = trackio::readGpx(b, QStringLiteral("long.gpx"), control);
    EXPECT_TRUE(r.cancelled);
    EXPECT_GT(lastProgress, 0.2);
    EXPECT_LT(lastProgress, 1.0);
    ASSERT_EQ(r.tracks.size(), 1u);
    EXPECT_GT(r.tracks[0].points.size(), 0u);
    EXPECT_LT(r.tracks[0].points.size(), 20000u);
}
