// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/Partner.h"
#include "core/SensorCatalog.h"
#include "core/SensorLaydown.h"

#include <gtest/gtest.h>

using namespace trilink;

TEST(Partner, CodesAndDisplayNames)
{
    EXPECT_EQ(partnerCode(Partner::KOR), QStringLiteral("KOR"));
    EXPECT_EQ(partnerDisplayName(Partner::USA), QStringLiteral("United States"));
    EXPECT_EQ(partnerDisplayName(Partner::KOR), QStringLiteral("Republic of Korea"));
    EXPECT_EQ(partnerDisplayName(Partner::JPN), QStringLiteral("Japan"));
    EXPECT_EQ(parsePartner(QStringLiteral("jpn")), Partner::JPN);
    EXPECT_FALSE(parsePartner(QStringLiteral("ROK")).has_value());
    EXPECT_EQ(partnerMaskText(partnerBit(Partner::USA) | partnerBit(Partner::JPN)), QStringLiteral("USA+JPN"));
    EXPECT_EQ(partnerMaskText(0), QStringLiteral("none"));
}

// The bundled catalogue is the shared data file with provenance comments on top: every row must load.
TEST(SensorCatalog, BuiltinLoadsEveryRowWithItsProvenance)
{
    const SensorCatalog c = SensorCatalog::builtin();
    EXPECT_TRUE(c.problems().isEmpty()) << c.problems().join(u'\n').toStdString();
    ASSERT_EQ(c.sensors().size(), 14u);
    int partners[kPartnerCount] = {};
    for (const Sensor &s : c.sensors()) {
        ++partners[partnerIndex(s.partner)];
        EXPECT_FALSE(s.notes.isEmpty()) << s.id.toStdString();
        EXPECT_FALSE(s.positionQuality.isEmpty()) << s.id.toStdString();
    }
    EXPECT_EQ(partners[partnerIndex(Partner::USA)], 5);
    EXPECT_EQ(partners[partnerIndex(Partner::KOR)], 4);
    EXPECT_EQ(partners[partnerIndex(Partner::JPN)], 5);

    const SensorLaydown laydown(c.sensors());
    const Sensor *thaad = laydown.find(QStringLiteral("USA-THAAD-SEONGJU"));
    ASSERT_NE(thaad, nullptr);
    EXPECT_EQ(thaad->kind, SensorKind::RadarFixed);
    EXPECT_DOUBLE_EQ(thaad->lon, 128.17);
    EXPECT_DOUBLE_EQ(thaad->lat, 35.98);
    EXPECT_DOUBLE_EQ(thaad->maxRangeM, 1000e3);
    EXPECT_DOUBLE_EQ(thaad->azimuthMinDeg, 270);
    EXPECT_DOUBLE_EQ(thaad->azimuthMaxDeg, 30);
    const Sensor *sbirs = laydown.find(QStringLiteral("USA-SBIRS"));
    ASSERT_NE(sbirs, nullptr);
    EXPECT_EQ(sbirs->kind, SensorKind::SpaceIr);
    EXPECT_DOUBLE_EQ(sbirs->altM, 35786000);
    EXPECT_TRUE(sbirs->isNotional());
    EXPECT_EQ(laydown.find(QStringLiteral("KOR-KDX3-EAST"))->kind, SensorKind::RadarShip);
    EXPECT_TRUE(laydown.hasNotional());
}

TEST(SensorCatalog, MalformedRowsAreReportedAndGoodRowsKept)
{
    const QString text = QStringLiteral(
        "id,partner,name,kind,lat,lon,alt_m,max_range_km,azimuth_min_deg,azimuth_max_deg,min_elevation_deg,position_quality,notes_and_sources\n"
        "A,USA,ok radar,radar_fixed,35,135,10,1000,0,360,1,published,src\n"
        "B,ROK,bad partner,radar_fixed,35,135,10,1000,0,360,1,published,src\n"
        "C,KOR,bad kind,lidar,35,135,10,1000,0,360,1,published,src\n"
        "D,JPN,bad lat,radar_fixed,95,135,10,1000,0,360,1,published,src\n"
        "E,JPN,bad range,radar_fixed,35,135,10,far,0,360,1,published,src\n"
        "A,JPN,duplicate,radar_fixed,35,135,10,1000,0,360,1,published,src\n"
        "F,JPN,too few cells,radar_fixed\n"
        "G,USA,sat,space_ir,0,150,35786000,,,,,notional,src\n");
    const SensorCatalog c = SensorCatalog::parse(text, QStringLiteral("s.csv"));
    ASSERT_EQ(c.sensors().size(), 2u);
    EXPECT_EQ(c.sensors()[0].id, QStringLiteral("A"));
    EXPECT_EQ(c.sensors()[1].id, QStringLiteral("G"));
    ASSERT_EQ(c.problems().size(), 6) << c.problems().join(u'\n').toStdString();
    EXPECT_TRUE(c.problems()[0].startsWith(QStringLiteral("s.csv:"))) << c.problems()[0].toStdString();
    const QString all = c.problems().join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("s.csv:3: unknown partner 'ROK'"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("s.csv:4: unknown kind 'lidar'"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("s.csv:5: lat 95 outside"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("s.csv:6: max_range_km 'far' is not a number"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("s.csv:7: duplicate id 'A'"))) << all.toStdString();
}

TEST(SensorCatalog, MissingColumnAndMissingFileAreProblems)
{
    EXPECT_FALSE(SensorCatalog::parse(QStringLiteral("id,partner\nA,USA\n"), QStringLiteral("m.csv")).problems().isEmpty());
    const SensorCatalog none = SensorCatalog::load(QStringLiteral("/nonexistent/sensors.csv"));
    EXPECT_TRUE(none.sensors().empty());
    EXPECT_FALSE(none.problems().isEmpty());
}

TEST(SensorLaydown, ScenarioAddsMovesAndRemovesSensors)
{
    SensorLaydown l = SensorLaydown::builtin();
    const int n = l.size();
    ASSERT_TRUE(l.move(QStringLiteral("JPN-DDG-SOJ"), 134.0, 38.0));
    EXPECT_DOUBLE_EQ(l.find(QStringLiteral("JPN-DDG-SOJ"))->lon, 134.0);
    EXPECT_DOUBLE_EQ(l.find(QStringLiteral("JPN-DDG-SOJ"))->altM, 20.0);
    EXPECT_FALSE(l.move(QStringLiteral("NO-SUCH"), 1, 2));

    Sensor extra;
    extra.id = QStringLiteral("USA-DDG-2");
    extra.kind = SensorKind::RadarShip;
    extra.maxRangeM = 1000e3;
    EXPECT_TRUE(l.add(extra));
    EXPECT_FALSE(l.add(extra)) << "duplicate id";
    EXPECT_EQ(l.size(), n + 1);
    EXPECT_TRUE(l.remove(QStringLiteral("KOR-GREENPINE-C")));
    EXPECT_FALSE(l.remove(QStringLiteral("KOR-GREENPINE-C")));
    EXPECT_EQ(l.size(), n);
    EXPECT_EQ(l.find(QStringLiteral("KOR-GREENPINE-C")), nullptr);
    // The catalogue default is untouched: the laydown is a value.
    EXPECT_DOUBLE_EQ(SensorLaydown::builtin().find(QStringLiteral("JPN-DDG-SOJ"))->lon, 135.5);
}
