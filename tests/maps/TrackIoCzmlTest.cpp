// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "TrackIoFixture.h"
#include "maps/trackio/TrackFormats.h"
#include "maps/trackio/TrackParsing.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace trilink;
using namespace trilink::maps;

namespace {
using namespace trilink::maps::fixture;
const FixtureReader readFixture(trackio::readCzml, QStringLiteral("mem.czml"));
} // namespace

TEST(TrackIoCzml, CartographicDegreesWithEpochOffsetsIsoSamplesAndAttribution)
{
    const auto r = readFixture("czml_degrees.czml");
    ASSERT_TRUE(r.readable);
    EXPECT_TRUE(r.problems.empty()) << r.problems.front().text().toStdString();
    ASSERT_EQ(r.tracks.size(), 2u); // the label-only packet is no track
    const auto &t = r.tracks[0];
    EXPECT_EQ(t.id, u"HS15-2017");
    EXPECT_EQ(t.label, u"Hwasong-15");
    ASSERT_EQ(t.points.size(), 4u);
    EXPECT_EQ(t.points[0].timeMsUtc, ms("2017-11-28T18:17:00Z"));
    EXPECT_EQ(t.points[1].timeMsUtc, ms("2017-11-28T18:18:00.250Z"));
    EXPECT_EQ(t.points[3].timeMsUtc, ms("2017-11-28T19:10:00.500Z")); // ISO string among offsets
    EXPECT_DOUBLE_EQ(t.points[2].lon, 128.0);
    EXPECT_DOUBLE_EQ(t.points[2].altM, 4'000'000.0);
    EXPECT_EQ(t.points[0].partners, 0);
    EXPECT_EQ(t.points[2].partners, partnerBit(Partner::USA) | partnerBit(Partner::KOR));
    EXPECT_EQ(t.points[3].partners, 7);
    EXPECT_EQ(t.points[1].sensor, u"TPY-2");

    const auto &rad = r.tracks[1];
    ASSERT_EQ(rad.points.size(), 2u);
    EXPECT_NEAR(rad.points[0].lon, 125.0, 1e-12);
    EXPECT_NEAR(rad.points[0].lat, 39.0, 1e-12);
    EXPECT_EQ(rad.points[1].timeMsUtc, ms("2020-01-01T00:00:01Z"));
}

TEST(TrackIoCzml, CartesianEcefMatchesCs2cs)
{
    // Expected values from PROJ:
    //   printf -- "-2846848 4065720 3992317\n-3779151 3713762 4449974\n-3960488 3358738 3692894\n" |
    //     cs2cs -f %.9f EPSG:4978 EPSG:4979        (output: lat lon h)
    //   38.999997338  125.000001965  0.328851735
    //   40.199998226  135.499994945  550000.042077141
    //   35.600002814  139.700000661  1200.309185732
    const auto r = readFixture("czml_cartesian.czml");
    ASSERT_TRUE(r.readable);
    EXPECT_TRUE(r.problems.empty()) << r.problems.front().text().toStdString();
    ASSERT_EQ(r.tracks.size(), 1u);
    const auto &p = r.tracks[0].points;
    ASSERT_EQ(p.size(), 3u);
    const double expected[3][3] = {{125.000001965, 38.999997338, 0.328851735},
                                   {135.499994945, 40.199998226, 550000.042077141},
                                   {139.700000661, 35.600002814, 1200.309185732}};
    // core's closed-form conversion agrees with PROJ to about 2 mm at 550 km; a centimetre is the contract.
    for (int i = 0; i < 3; ++i) {
        EXPECT_NEAR(p[static_cast<std::size_t>(i)].lon, expected[i][0], 1e-7) << i;
        EXPECT_NEAR(p[static_cast<std::size_t>(i)].lat, expected[i][1], 1e-7) << i;
        EXPECT_NEAR(p[static_cast<std::size_t>(i)].altM, expected[i][2], 0.01) << i;
    }
    EXPECT_EQ(p[1].timeMsUtc, ms("2021-01-01T00:05:00Z"));
    EXPECT_EQ(p[2].timeMsUtc, ms("2021-01-01T00:15:00.001Z")); // second interval, ISO sample
}

TEST(TrackIoCzml, MalformedPacketsReportedAtTheirLine)
{
    const auto r = readFixture("czml_malformed.czml");
    ASSERT_TRUE(r.readable);
    ASSERT_EQ(r.tracks.size(), 3u);
    EXPECT_EQ(r.tracks[0].id, u"good");
    ASSERT_EQ(r.tracks[0].points.size(), 2u);
    EXPECT_EQ(r.tracks[0].points[1].partners, partnerBit(Partner::USA));
    // INERTIAL is turned Earth-fixed by the sidereal time: at 1992-08-20T12:14Z (Vallado's example 3-5, GMST
    // 152.578787810 degrees) the inertial x axis lies that far west of Greenwich.
    EXPECT_EQ(r.tracks[1].id, u"inertial");
    ASSERT_EQ(r.tracks[1].points.size(), 1u);
    EXPECT_NEAR(r.tracks[1].points[0].lon, -152.578787810, 1e-6);
    EXPECT_NEAR(r.tracks[1].points[0].lat, 0, 1e-9);
    EXPECT_NEAR(r.tracks[1].points[0].altM, 7'000'000 - 6'378'137, 1e-3);
    EXPECT_EQ(r.tracks[2].id, u"mixed");
    EXPECT_EQ(r.tracks[2].points.size(), 3u);
    EXPECT_NE(problemsAt(r, 3).find("unknown partner code XXX"), std::string::npos);
    EXPECT_NE(problemsAt(r, 5).find("fixed position without times"), std::string::npos);
    EXPECT_NE(problemsAt(r, 6).find("5 numbers"), std::string::npos);
    EXPECT_NE(problemsAt(r, 7).find("no epoch"), std::string::npos);
    EXPECT_EQ(problemsAt(r, 8), "");
    const std::string mixed = problemsAt(r, 9);
    EXPECT_NE(mixed.find("sample 3: time 2021-01-01T00:00:05.000Z repeats"), std::string::npos) << mixed;
    EXPECT_NE(mixed.find("sample 4: time 2021-01-01T00:00:03.000Z goes back"), std::string::npos) << mixed;
    EXPECT_NE(mixed.find("sample 5: longitude 500"), std::string::npos) << mixed;
    EXPECT_EQ(r.problems.size(), 7u);
}

TEST(TrackIoCzml, TruncatedAndNonCzmlUnreadable)
{
    const auto r = readFixture("czml_truncated.czml");
    EXPECT_FALSE(r.readable);
    EXPECT_EQ(r.problems.at(0).line, 4);
    QBuffer b;
    b.setData("{\"type\": \"FeatureCollection\"}");
    b.open(QIODevice::ReadOnly);
    EXPECT_FALSE(trackio::readCzml(b, QStringLiteral("x.czml")).readable);
}

TEST(TrackIoCzml, RoundTripKeepsEverythingAndWritesWhatCesiumNeeds)
{
    RecordedTrack a{QStringLiteral("HS15"), QStringLiteral("Hwasong-15"), {}};
    a.points.push_back({ms("2017-11-28T18:17:00.001Z"), 125.869, 39.282, 0, 0, {}});
    a.points.push_back({ms("2017-11-28T18:47:13.337Z"), 131.123456789, 40.5, 4'475'000.5, 3, QStringLiteral("TPY-2")});
    a.points.push_back({ms("2017-11-28T19:10:00.999Z"), -179.25, 40.7, 0.125, 7, QStringLiteral("Kongo")});
    RecordedTrack b{QStringLiteral("other"), {}, {}};
    b.points.push_back({ms("2017-11-28T18:00:00Z"), 1, 2, 3, partnerBit(Partner::JPN), QStringLiteral("FPS-5")});
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    QString error;
    ASSERT_TRUE(trackio::writeCzml(buf, {a, b}, &error)) << error.toStdString();
    const QByteArray text = buf.data();
    buf.close();
    buf.open(QIODevice::ReadOnly);
    const auto r = trackio::readCzml(buf, QStringLiteral("rt.czml"));
    EXPECT_TRUE(r.problems.empty()) << r.problems.front().text().toStdString();
    ASSERT_EQ(r.tracks.size(), 2u);
    for (std::size_t k = 0; k < 2; ++k) {
        const auto &in = k == 0 ? a : b;
        const auto &out = r.tracks[k];
        EXPECT_EQ(out.id, in.id);
        EXPECT_EQ(out.label, in.label); // trilink.label: no label stays no label (Cesium's name falls back to the id)
        ASSERT_EQ(out.points.size(), in.points.size());
        for (std::size_t i = 0; i < in.points.size(); ++i) {
            EXPECT_EQ(out.points[i].timeMsUtc, in.points[i].timeMsUtc);
            EXPECT_EQ(out.points[i].lon, in.points[i].lon);
            EXPECT_EQ(out.points[i].lat, in.points[i].lat);
            EXPECT_EQ(out.points[i].altM, in.points[i].altM);
            EXPECT_EQ(out.points[i].partners, in.points[i].partners);
            EXPECT_EQ(out.points[i].sensor, in.points[i].sensor);
        }
    }
    // The packets Cesium reads: a document with the clock over both tracks, availability and a path per track.
    const QJsonArray packets = QJsonDocument::fromJson(text).array();
    ASSERT_EQ(packets.size(), 3);
    const QJsonObject doc = packets[0].toObject();
    EXPECT_EQ(doc[u"id"].toString(), u"document");
    EXPECT_EQ(doc[u"version"].toString(), u"1.0");
    EXPECT_EQ(doc[u"clock"].toObject()[u"interval"].toString(), u"2017-11-28T18:00:00.000Z/2017-11-28T19:10:00.999Z");
    const QJsonObject hs15 = packets[1].toObject();
    EXPECT_EQ(hs15[u"availability"].toString(), u"2017-11-28T18:17:00.001Z/2017-11-28T19:10:00.999Z");
    EXPECT_EQ(hs15[u"position"].toObject()[u"cartographicDegrees"].toArray().size(), 12);
    EXPECT_TRUE(hs15[u"path"].toObject().contains(u"material"));
    EXPECT_EQ(hs15[u"path"].toObject()[u"leadTime"].toDouble(), 0.0);
}

// INERTIAL samples turned Earth-fixed by the sidereal time (Vallado's example 3-5 at the epoch: GMST
// 152.578787810 degrees), and only the samples inside the availability (a list, one to Cesium's end of
// time) and inside their interval kept, the others counted in one problem.
TEST(TrackIoCzml, InertialPositionsAvailabilityAndIntervals)
{
    const auto r = readFixture("czml_inertial_availability.czml");
    ASSERT_EQ(r.tracks.size(), 1u) << dump(r);
    const auto &p = r.tracks[0].points;
    ASSERT_EQ(p.size(), 2u) << dump(r);
    EXPECT_EQ(p[0].timeMsUtc, ms("1992-08-20T12:14:00Z"));
    EXPECT_NEAR(p[0].lon, -152.578787810, 1e-6);
    EXPECT_EQ(p[1].timeMsUtc, ms("1992-08-20T12:20:00Z"));
    ASSERT_EQ(r.problems.size(), 1u) << dump(r);
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("3 samples outside its availability or their interval"))) << dump(r);
}
