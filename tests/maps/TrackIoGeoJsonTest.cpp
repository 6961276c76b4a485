// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "TrackIoFixture.h"
#include "maps/trackio/TrackFormats.h"
#include "maps/trackio/TrackParsing.h"

#include <QBuffer>
#include <QFile>

#include <gtest/gtest.h>

#include <cmath>

using namespace trilink;
using namespace trilink::maps;

namespace {
using namespace trilink::maps::fixture;
const FixtureReader readFixture(trackio::readGeoJson, QStringLiteral("mem.geojson"));
} // namespace

TEST(TrackIoGeoJson, PointFeaturesGroupedByTrack)
{
    const auto r = readFixture("geojson_points.geojson");
    ASSERT_TRUE(r.readable);
    EXPECT_TRUE(r.problems.empty()) << r.problems.front().text().toStdString();
    ASSERT_EQ(r.tracks.size(), 2u);
    const auto &t = r.tracks[0];
    EXPECT_EQ(t.id, u"HS15-2017");
    ASSERT_EQ(t.points.size(), 3u);
    EXPECT_EQ(t.points[0].timeMsUtc, ms("2017-11-28T18:17:00Z"));
    EXPECT_EQ(t.points[1].timeMsUtc, ms("2017-11-28T18:25:00.125Z"));
    EXPECT_EQ(t.points[2].timeMsUtc, ms("2017-11-28T19:10:00Z")); // 04:10+09:00 on the 29th
    EXPECT_DOUBLE_EQ(t.points[1].altM, 4'000'000.0);
    EXPECT_DOUBLE_EQ(t.points[2].altM, 0.0); // two coordinates
    EXPECT_DOUBLE_EQ(t.points[2].lon, 137.3);
    EXPECT_EQ(t.points[0].partners, partnerBit(Partner::USA) | partnerBit(Partner::KOR)); // "USA;KOR"
    EXPECT_EQ(t.points[1].partners, 7);                                                    // ["USA","KOR","JPN"]
    EXPECT_EQ(t.points[1].sensor, u"Green Pine");
    EXPECT_EQ(r.tracks[1].id, u"other"); // the feature's own id
    EXPECT_EQ(r.tracks[1].points.size(), 1u);
}

TEST(TrackIoGeoJson, LineStringWithCoordTimesAsGpxConvertersWrite)
{
    const auto r = readFixture("geojson_linestring.geojson");
    ASSERT_TRUE(r.readable);
    EXPECT_TRUE(r.problems.empty());
    ASSERT_EQ(r.tracks.size(), 1u);
    const auto &t = r.tracks[0];
    EXPECT_EQ(t.id, u"gpx-track");
    ASSERT_EQ(t.points.size(), 3u);
    EXPECT_EQ(t.points[1].timeMsUtc, ms("2021-05-01T10:01:00.500Z"));
    EXPECT_DOUBLE_EQ(t.points[1].lon, -121.5);
    EXPECT_DOUBLE_EQ(t.points[1].altM, 50000.5);
    EXPECT_EQ(t.points[2].sensor, u"Vandenberg");
}

TEST(TrackIoGeoJson, MalformedFeaturesReportedAtTheirLine)
{
    const auto r = readFixture("geojson_malformed.geojson");
    ASSERT_TRUE(r.readable);
    ASSERT_EQ(r.tracks.size(), 1u);
    ASSERT_EQ(r.tracks[0].points.size(), 2u);
    EXPECT_EQ(r.tracks[0].points[1].partners, partnerBit(Partner::USA));
    EXPECT_EQ(problemsAt(r, 2), "");
    EXPECT_EQ(problemsAt(r, 4), "geojson_malformed.geojson:4: time is not an ISO 8601 date and time; point skipped\n");
    EXPECT_NE(problemsAt(r, 6).find("coordinates are not [lon, lat]"), std::string::npos);
    EXPECT_NE(problemsAt(r, 8).find("geometry \"Polygon\""), std::string::npos);
    EXPECT_NE(problemsAt(r, 10).find("latitude -95 outside -90..90"), std::string::npos);
    EXPECT_NE(problemsAt(r, 12).find("1 times for 2 coordinates"), std::string::npos);
    EXPECT_NE(problemsAt(r, 14).find("unknown partner code ROK"), std::string::npos);
    EXPECT_EQ(r.problems.size(), 6u);
}

TEST(TrackIoGeoJson, SyntaxErrorTruncationAndNestingAreUnreadableWithALine)
{
    const auto r = readFixture("geojson_syntax_error.geojson");
    EXPECT_FALSE(r.readable);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].line, 4);
    EXPECT_TRUE(r.problems[0].message.startsWith(u"not valid JSON"));

    const auto truncated = readFixture.text("{\"type\": \"FeatureCollection\",\n\"features\": [\n{\"type\": \"Fea");
    EXPECT_FALSE(truncated.readable);
    EXPECT_EQ(truncated.problems.at(0).line, 3);

    // 100,000 nested arrays: QJsonDocument stops at its nesting limit instead of recursing into a crash.
    const QByteArray deep = "{\"type\": \"FeatureCollection\", \"features\": " + QByteArray(100'000, '[') +
                            QByteArray(100'000, ']') + "}";
    const auto d = readFixture.text(deep);
    EXPECT_FALSE(d.readable);
    EXPECT_EQ(d.problems.at(0).line, 1);

    const auto array = readFixture.text("[1, 2]");
    EXPECT_FALSE(array.readable);
    EXPECT_FALSE(readFixture.text("{\"type\": \"Topology\"}").readable);
    EXPECT_FALSE(readFixture.text("  \n").readable);
    const auto bom = readFixture.text("\xEF\xBB\xBF{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [1, 2]},\n"
                              "\"properties\": {\"time\": \"2020-01-01T00:00:00Z\"}}");
    ASSERT_EQ(bom.tracks.size(), 1u);
    EXPECT_EQ(bom.tracks[0].id, u"mem");
}

TEST(TrackIoGeoJson, RoundTripKeepsEverything)
{
    // Quotes, a backslash and non-ASCII text survive; a line break is no part of a value (a value is one line,
    // TextValues.h) and is checked below.
    RecordedTrack a{QStringLiteral("A \"1\"\\"), QString::fromUtf8("Hwasong-17 \"\xed\x99\x94\xec\x84\xb1\" \\ \xc3\xa9"), {}};
    a.points.push_back({ms("2022-11-18T01:14:00.001Z"), 125.60000000000001, 39.1, 0, 0, {}});
    a.points.push_back({ms("2022-11-18T01:15:00.999Z"), 126.2, 39.4, 250'000.75, partnerBit(Partner::KOR),
                        QStringLiteral("Green Pine")});
    a.points.push_back({ms("2022-11-18T01:20:00Z"), -179.5, 41.0, 6'000'000, 7, QStringLiteral("TPY-2")});
    RecordedTrack b{QStringLiteral("B"), {}, {}};
    b.points.push_back({ms("2022-11-18T02:00:00Z"), 1, 2, 3, partnerBit(Partner::JPN), {}});
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    QString error;
    ASSERT_TRUE(trackio::writeGeoJson(buf, {a, b}, &error)) << error.toStdString();
    buf.close();
    buf.open(QIODevice::ReadOnly);
    const auto r = trackio::readGeoJson(buf, QStringLiteral("rt.geojson"));
    EXPECT_TRUE(r.problems.empty()) << r.problems.front().text().toStdString();
    ASSERT_EQ(r.tracks.size(), 2u);
    for (std::size_t k = 0; k < 2; ++k) {
        const auto &in = k == 0 ? a : b;
        const auto &out = r.tracks[k];
        EXPECT_EQ(out.id, in.id);
        EXPECT_EQ(out.label, in.label);
        // A's last step crosses the antimeridian (126.2 to -179.5): the line is cut there (RFC 7946 3.1.9), and
        // read back with the one point where it crosses, between the two in time.
        const bool cut = k == 0;
        ASSERT_EQ(out.points.size(), in.points.size() + (cut ? 1 : 0));
        if (cut) {
            const auto &c = out.points[2];
            EXPECT_EQ(std::abs(c.lon), 180.0);
            EXPECT_GT(c.timeMsUtc, in.points[1].timeMsUtc);
            EXPECT_LT(c.timeMsUtc, in.points[2].timeMsUtc);
        }
        for (std::size_t i = 0; i < in.points.size(); ++i) {
            const auto &o = out.points[cut && i == 2 ? 3 : i];
            EXPECT_EQ(o.timeMsUtc, in.points[i].timeMsUtc);
            EXPECT_EQ(o.lon, in.points[i].lon);
            EXPECT_EQ(o.lat, in.points[i].lat);
            EXPECT_EQ(o.altM, in.points[i].altM);
            EXPECT_EQ(o.partners, in.points[i].partners);
            EXPECT_EQ(o.sensor, in.points[i].sensor);
        }
    }

    // A line break handed to the writer is written (escaped, as JSON allows), and read back as a space with a
    // problem saying so.
    RecordedTrack broken{QStringLiteral("B"), QStringLiteral("two\nlines"), {{ms("2022-11-18T02:00:00Z"), 1, 2, 3, 0, {}}}};
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_TRUE(trackio::writeGeoJson(out, {broken}, &error));
    out.close();
    out.open(QIODevice::ReadOnly);
    const auto back = trackio::readGeoJson(out, QStringLiteral("rt.geojson"));
    ASSERT_EQ(back.tracks.size(), 1u);
    EXPECT_EQ(back.tracks[0].label, u"two lines");
    ASSERT_EQ(back.problems.size(), 1u);
    EXPECT_EQ(back.problems[0].message, u"label \"two\\x0alines\" holds control characters or invalid Unicode; read as \"two lines\"");
}

// A MultiLineString with its times nested like its coordinates (togeojson's multi-segment GPX) is one track,
// and the 2008 crs member's EPSG:3857 is turned into WGS84 (expected values from PROJ: cs2cs EPSG:3857
// EPSG:4326); a 2D Point takes its altitude from alt_m.
TEST(TrackIoGeoJson, MultiLineStringNestedTimesAndA3857Crs)
{
    const auto r = readFixture("geojson_multiline_crs.geojson");
    EXPECT_TRUE(r.problems.empty()) << dump(r);
    ASSERT_EQ(r.tracks.size(), 2u) << dump(r);
    const auto &t = r.tracks[0];
    EXPECT_EQ(t.id, u"HS15");
    ASSERT_EQ(t.points.size(), 4u);
    EXPECT_NEAR(t.points[0].lon, 125.868768983, 1e-9);
    EXPECT_NEAR(t.points[0].lat, 39.279857589, 1e-9);
    EXPECT_NEAR(t.points[3].lon, 125.898768851, 1e-9);
    EXPECT_NEAR(t.points[3].lat, 39.309722241, 1e-9);
    EXPECT_EQ(t.points[2].timeMsUtc, ms("2017-11-28T18:17:30Z"));
    EXPECT_DOUBLE_EQ(t.points[3].altM, 20000);
    const auto &p = r.tracks[1].points.at(0);
    EXPECT_NEAR(p.lon, 125.908768807, 1e-9);
    EXPECT_DOUBLE_EQ(p.altM, 1500.5);
    EXPECT_EQ(p.timeMsUtc, ms("2017-11-28T18:20:00Z"));

    // A crs after the features is too late, and a linked one is never followed: both said.
    const auto late = readFixture.text(R"({"type":"FeatureCollection","features":[],"crs":{"type":"name","properties":{"name":"EPSG:3857"}}})");
    EXPECT_NE(problemAt(late, 1, QStringLiteral("comes after the features")), nullptr) << dump(late);
    const auto link = readFixture.text(R"({"type":"FeatureCollection","crs":{"type":"link","properties":{"href":"/etc/passwd"}},"features":[]})");
    EXPECT_NE(problemAt(link, 1, QStringLiteral("crs of type \"link\" is not followed")), nullptr) << dump(link);
}
