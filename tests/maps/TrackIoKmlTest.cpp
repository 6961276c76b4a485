// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "TrackIoFixture.h"
#include "maps/trackio/TrackFormats.h"

#include <QBuffer>
#include <QFile>

#include <gtest/gtest.h>

using namespace trilink;
using namespace trilink::maps;

namespace {
using namespace trilink::maps::fixture;
const FixtureReader readFixture(trackio::readKml, QStringLiteral("mem.kml"));
constexpr PartnerMask kUsaKor = partnerBit(Partner::USA) | partnerBit(Partner::KOR);
} // namespace

TEST(TrackIoKml, ReadsGxTrackWithPerPointAttribution)
{
    const auto r = readFixture(QStringLiteral("kml_track.kml"));
    ASSERT_TRUE(r.readable);
    ASSERT_EQ(r.tracks.size(), 3u) << dump(r);
    const auto &t = r.tracks[0];
    EXPECT_EQ(t.id, QStringLiteral("HS15-20171128"));
    EXPECT_EQ(t.label, QStringLiteral("Hwasong-15"));
    ASSERT_EQ(t.points.size(), 3u);
    EXPECT_EQ(t.points.front().timeMsUtc, ms("2017-11-28T18:17:00Z"));
    EXPECT_EQ(t.points.back().timeMsUtc, ms("2017-11-28T19:10:59.999Z"));
    EXPECT_DOUBLE_EQ(t.points.front().lon, 125.869);
    EXPECT_DOUBLE_EQ(t.points.front().lat, 39.282);
    EXPECT_DOUBLE_EQ(t.points[1].altM, 152000.5);
    EXPECT_EQ(t.points[0].partners, 0);
    EXPECT_TRUE(t.points[0].sensor.isEmpty());
    EXPECT_EQ(t.points[1].partners, kUsaKor);
    EXPECT_EQ(t.points[1].sensor, QStringLiteral("KOR Green Pine"));
    EXPECT_EQ(t.points[2].partners, partnerBit(Partner::JPN));
    EXPECT_EQ(t.points[2].sensor, QStringLiteral("JPN FPS-5"));
}

TEST(TrackIoKml, MultiTrackIsOneTrackAndTimedPointPlacemarksAreGroupedByName)
{
    const auto r = readFixture(QStringLiteral("kml_track.kml"));
    ASSERT_EQ(r.tracks.size(), 3u) << dump(r);
    const auto &multi = r.tracks[1];
    EXPECT_EQ(multi.id, QStringLiteral("two-pieces"));
    ASSERT_EQ(multi.points.size(), 3u);
    EXPECT_EQ(multi.points.back().timeMsUtc, ms("2017-07-28T14:50:00Z"));
    EXPECT_DOUBLE_EQ(multi.points.back().altM, 3000000);

    const auto &fixes = r.tracks[2]; // two placemarks with TimeStamps, later one first in the file
    EXPECT_EQ(fixes.id, QStringLiteral("radar-fix"));
    ASSERT_EQ(fixes.points.size(), 2u);
    EXPECT_EQ(fixes.points[0].timeMsUtc, ms("2017-11-28T18:25:00Z"));
    EXPECT_DOUBLE_EQ(fixes.points[0].lon, 128);
    EXPECT_DOUBLE_EQ(fixes.points[0].altM, 800000);

    // A placemark without any time is a place, not a track: reported at its line.
    ASSERT_EQ(r.problems.size(), 1u) << dump(r);
    EXPECT_TRUE(problemAt(r, 49, QStringLiteral("\"Pyongyang\" has no times"))) << dump(r);
}

TEST(TrackIoKml, BadSamplesAreReportedAtTheirLines)
{
    const auto r = readFixture(QStringLiteral("kml_bad.kml"));
    ASSERT_EQ(r.tracks.size(), 1u) << dump(r);
    const auto &pts = r.tracks[0].points;
    ASSERT_EQ(pts.size(), 2u) << dump(r);
    EXPECT_DOUBLE_EQ(pts[1].lon, 125.1);
    EXPECT_TRUE(problemAt(r, 19, QStringLiteral("7 <when> but 6 <gx:coord>"))) << dump(r);
    EXPECT_TRUE(problemAt(r, 8, QStringLiteral("ISO 8601"))) << dump(r);      // "not a time"
    EXPECT_TRUE(problemAt(r, 16, QStringLiteral("lon lat alt"))) << dump(r);  // "125.3 west 300"
    EXPECT_TRUE(problemAt(r, 17, QStringLiteral("goes back"))) << dump(r);    // 18:16 after 18:17:10
    EXPECT_TRUE(problemAt(r, 18, QStringLiteral("longitude"))) << dump(r);    // 400.5
    EXPECT_EQ(r.problems.size(), 5u) << dump(r);
}

TEST(TrackIoKml, TruncatedDeepAndBillionLaughsFilesStopWithTheirLine)
{
    const auto cut = readFixture(QStringLiteral("kml_truncated.kml"));
    ASSERT_EQ(cut.tracks.size(), 1u) << dump(cut);
    EXPECT_EQ(cut.tracks[0].points.size(), 2u); // the third <gx:coord> is cut off
    ASSERT_FALSE(cut.problems.empty());
    EXPECT_TRUE(problemAt(cut, 8, QStringLiteral("XML error"))) << dump(cut);

    const auto deep = readFixture(QStringLiteral("kml_deep.kml"));
    ASSERT_EQ(deep.tracks.size(), 1u) << dump(deep);
    EXPECT_EQ(deep.tracks[0].points.size(), 2u);
    ASSERT_EQ(deep.problems.size(), 1u) << dump(deep);
    EXPECT_TRUE(problemAt(deep, 265, QStringLiteral("deeper than 256"))) << dump(deep);

    const auto lol = readFixture(QStringLiteral("kml_billion_laughs.kml"));
    EXPECT_TRUE(lol.tracks.empty());
    EXPECT_FALSE(lol.readable); // nothing read before the error
    ASSERT_EQ(lol.problems.size(), 1u) << dump(lol);
    EXPECT_TRUE(problemAt(lol, 16, QStringLiteral("expansion limit"))) << dump(lol);
}

TEST(TrackIoKml, NotKmlIsNotReadable)
{
    QByteArray gpx("<?xml version=\"1.0\"?>\n<gpx/>\n");
    QBuffer b(&gpx);
    b.open(QIODevice::ReadOnly);
    const auto r = trackio::readKml(b, QStringLiteral("x.kml"));
    EXPECT_FALSE(r.readable);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].text(), QStringLiteral("x.kml:2: not a KML file: the root element is <gpx>"));
}

TEST(TrackIoKml, RoundTripKeepsPointsMillisecondsAndAttribution)
{
    std::vector<RecordedTrack> in(2);
    in[0].id = QStringLiteral("HS15 <&> \"quoted\"");
    in[0].label = QStringLiteral("Hwasong-15");
    in[0].points = {{ms("2017-11-28T18:17:00.001Z"), 125.869, 39.282, 0, 0, {}},
                    {ms("2017-11-28T18:19:30.250Z"), 126.3, 39.35, 152000.5, kUsaKor, QStringLiteral("KOR Green Pine")},
                    {ms("2017-11-28T19:10:59.999Z"), -179.123456, -12.5, 12.25, partnerBit(Partner::JPN), {}}};
    in[1].id = QStringLiteral("plain");
    in[1].points = {{0, 10, 20, 30, 0, {}}, {1, 10.5, 20.5, 31, 0, {}}};

    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    QString error;
    ASSERT_TRUE(trackio::writeKml(out, in, &error)) << error.toStdString();
    EXPECT_TRUE(bytes.contains("<altitudeMode>absolute</altitudeMode>"));
    EXPECT_TRUE(bytes.contains("gx:SimpleArrayData name=\"partners\""));

    QBuffer back(&bytes);
    back.open(QIODevice::ReadOnly);
    const auto r = trackio::readKml(back, QStringLiteral("rt.kml"));
    EXPECT_TRUE(r.problems.empty()) << dump(r);
    ASSERT_EQ(r.tracks.size(), in.size());
    for (size_t i = 0; i < in.size(); ++i) {
        EXPECT_EQ(r.tracks[i].id, in[i].id);
        EXPECT_EQ(r.tracks[i].label, in[i].label);
        ASSERT_EQ(r.tracks[i].points.size(), in[i].points.size());
        for (size_t k = 0; k < in[i].points.size(); ++k) {
            const auto &a = in[i].points[k];
            const auto &b = r.tracks[i].points[k];
            EXPECT_EQ(b.timeMsUtc, a.timeMsUtc);
            EXPECT_NEAR(b.lon, a.lon, 1e-8);
            EXPECT_NEAR(b.lat, a.lat, 1e-8);
            EXPECT_NEAR(b.altM, a.altM, 1e-3);
            EXPECT_EQ(b.partners, a.partners);
            EXPECT_EQ(b.sensor, a.sensor);
        }
    }
}

// gpsbabel's default KML: a Folder per track of uniquely named point placemarks (and an untimed Path) is that
// track, named by the Folder around gpsbabel's "Points" one; the Paths are not reported.
TEST(TrackIoKml, GpsbabelFoldersOfPointPlacemarksAreTracks)
{
    const auto r = readFixture("kml_gpsbabel_folders.kml");
    EXPECT_TRUE(r.problems.empty()) << dump(r);
    ASSERT_EQ(r.tracks.size(), 2u) << dump(r);
    EXPECT_EQ(r.tracks[0].id, u"HS15");
    ASSERT_EQ(r.tracks[0].points.size(), 2u);
    EXPECT_EQ(r.tracks[0].points[1].timeMsUtc, ms("2017-11-28T18:17:10.5Z"));
    EXPECT_DOUBLE_EQ(r.tracks[0].points[1].altM, 1000);
    EXPECT_EQ(r.tracks[1].id, u"KN23");
}
