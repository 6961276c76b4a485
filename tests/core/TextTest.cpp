// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The one text module: every view, report and command words time, durations, the sharing gain and the
// view-as through it. Expected strings are worked by hand from the rule each function states.
#include "core/Text.h"
#include "core/Units.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace trilink;

TEST(Text, MissionTimeRoundsToTheNearestSecond)
{
    EXPECT_EQ(text::missionTime(0), QStringLiteral("T+00:00"));
    EXPECT_EQ(text::missionTime(754.4), QStringLiteral("T+12:34"));
    EXPECT_EQ(text::missionTime(754.5), QStringLiteral("T+12:35")); // halves away from zero
    EXPECT_EQ(text::missionTime(3725), QStringLiteral("T+1:02:05"));
    EXPECT_EQ(text::missionTime(-20), QStringLiteral("T\u221200:20"));
    EXPECT_EQ(text::missionTime(-0.5), QStringLiteral("T\u221200:01"));
    EXPECT_EQ(text::missionTime(-0.4), QStringLiteral("T+00:00")); // never a "T−00:00"
}

// Issue 20: a brief said "53 min 00 s" while its own map said "impact T+52:59" and "19:10:59 UTC". One rule:
// an impact 3179.6 s after an 18:18:00Z launch is 53:00 on every clock, in every duration and in UTC.
TEST(Text, OneRoundingRuleForEveryTime)
{
    const double launchMs = 1'511'893'080'000.0; // 2017-11-28 18:18:00Z
    const double flightS = 3179.6;
    EXPECT_EQ(text::missionTime(flightS), QStringLiteral("T+53:00"));
    EXPECT_EQ(text::duration(flightS), QStringLiteral("53 min 00 s"));
    EXPECT_EQ(text::durationClock(flightS), QStringLiteral("53:00"));
    EXPECT_EQ(text::utcTimeOfDay(launchMs + flightS * 1000.0), QStringLiteral("19:11:00Z"));
    EXPECT_EQ(text::utcDateTime(launchMs + flightS * 1000.0), QStringLiteral("2017-11-28 19:11:00Z"));
    EXPECT_EQ(text::koreaJapanTime(launchMs + flightS * 1000.0), QStringLiteral("04:11:00"));
    // Scud-C, 6 min 22 s: T+06:21 in the old map's floor.
    EXPECT_EQ(text::missionTime(381.7), QStringLiteral("T+06:22"));
    EXPECT_EQ(text::duration(381.7), QStringLiteral("6 min 22 s"));
    EXPECT_EQ(text::wholeSeconds(-2.5), -3);
}

TEST(Text, MissionSecondsAsTheCommandLineTakesThem)
{
    EXPECT_EQ(text::missionSeconds(700), QStringLiteral("T+700"));
    EXPECT_EQ(text::missionSeconds(12.5), QStringLiteral("T+12.5"));
    EXPECT_EQ(text::missionSeconds(-5), QStringLiteral("T-5"));
}

TEST(Text, DurationsRoundToTheNearestSecond)
{
    EXPECT_EQ(text::duration(2830.4), QStringLiteral("47 min 10 s"));
    EXPECT_EQ(text::duration(59.4), QStringLiteral("59 s"));
    EXPECT_EQ(text::duration(59.5), QStringLiteral("1 min 00 s")); // halves away from zero
    EXPECT_EQ(text::durationClock(3181.6), QStringLiteral("53:02"));
    EXPECT_EQ(text::durationClock(7805), QStringLiteral("130:05"));
    EXPECT_EQ(text::durationClock(-3), QStringLiteral("0:00"));
}

TEST(Text, SharingGainInALineAndInATableCell)
{
    SharingGain earlier;
    earlier.seenAlone = earlier.seenShared = true;
    earlier.firstDetectionEarlierS = 26.4;
    earlier.heldFractionGain = 0.214;
    // Percentage points, never "%": the gain is a difference of two shares of the flight.
    EXPECT_EQ(text::sharingGain(earlier), QStringLiteral("26 s earlier · +21 pts held"));
    EXPECT_EQ(text::sharingGainCell(earlier), QStringLiteral("26 s earlier\n+21 pts held"));

    SharingGain onlyShared;
    onlyShared.seenShared = true;
    onlyShared.heldFractionGain = 0.61;
    EXPECT_EQ(text::sharingGain(onlyShared), QStringLiteral("seen only through sharing · +61 pts held"));
    EXPECT_EQ(text::sharingGainCell(onlyShared), QStringLiteral("seen only through sharing\n+61 pts held"));

    SharingGain less = earlier; // a latency can cost some held time: a true minus sign
    less.heldFractionGain = -0.05;
    EXPECT_EQ(text::sharingGain(less), QStringLiteral("26 s earlier · \u22125 pts held"));

    SharingGain nothing;
    nothing.seenAlone = nothing.seenShared = true;
    nothing.firstDetectionEarlierS = 0.4;
    EXPECT_EQ(text::sharingGain(nothing), QStringLiteral("no gain"));
    EXPECT_EQ(text::sharingGainCell(nothing), QStringLiteral("no gain"));
    EXPECT_EQ(text::sharingGain(SharingGain{}), QStringLiteral("not seen"));
    EXPECT_EQ(text::sharingGainCell(SharingGain{}), QStringLiteral("not seen"));
    EXPECT_EQ(text::percent(0.9608000000000001), QStringLiteral("96%"));
}

TEST(Text, PartnerListsReadBackAsWritten)
{
    QString error;
    for (PartnerMask m = 0; m <= kAllPartnersMask; ++m) {
        const auto back = text::parsePartnerList(text::partnerList(m), error);
        ASSERT_TRUE(back) << int(m);
        EXPECT_EQ(*back, m);
    }
    EXPECT_EQ(text::partnerList(partnerBit(Partner::USA) | partnerBit(Partner::JPN)), QStringLiteral("USA,JPN"));
    EXPECT_EQ(text::parsePartnerList(QStringLiteral("jpn, kor"), error), partnerBit(Partner::KOR) | partnerBit(Partner::JPN));
    EXPECT_FALSE(text::parsePartnerList(QStringLiteral("USA,ROK"), error));
    EXPECT_TRUE(error.contains(QStringLiteral("USA,ROK")));
    EXPECT_FALSE(text::parsePartnerList(QStringLiteral(","), error));
}

TEST(Text, ViewAsNamesDescriptionsAndParsing)
{
    QString error;
    EXPECT_EQ(text::viewAsName(std::nullopt), QStringLiteral("combined"));
    EXPECT_EQ(text::viewAsName(Partner::KOR), QStringLiteral("KOR"));
    EXPECT_EQ(text::viewAsDescription(Partner::JPN), QStringLiteral("JPN own sensors alone"));
    EXPECT_EQ(text::viewAsDescription(std::nullopt), QStringLiteral("combined (shared picture)"));
    ViewAs who = Partner::JPN;
    EXPECT_TRUE(text::parseViewAs(QStringLiteral(" Combined "), who, error));
    EXPECT_EQ(who, std::nullopt);
    EXPECT_TRUE(text::parseViewAs(QStringLiteral("usa"), who, error));
    EXPECT_EQ(who, Partner::USA);
    EXPECT_FALSE(text::parseViewAs(QStringLiteral("PRK"), who, error));
    EXPECT_EQ(who, Partner::USA);
    EXPECT_EQ(error, QStringLiteral("unknown view 'PRK' (choose combined, USA, KOR or JPN)"));
}

// Conversions by the definitions (1 nm = 1852 m, 1 ft = 0.3048 m, 1 kn = 1852/3600 m/s) worked by hand.
TEST(Text, FiguresInTheUsersUnits)
{
    const UnitSystem metric, nautical = UnitSystem::nautical();
    EXPECT_EQ(text::distance(4'511'000, metric), QStringLiteral("4,511 km"));
    EXPECT_EQ(text::distance(4'511'000, nautical), QStringLiteral("2,436 nm")); // 4511000 / 1852 = 2435.75
    EXPECT_EQ(text::distance(7'450, metric), QStringLiteral("7.5 km"));
    EXPECT_EQ(text::distance(1'000'000, UnitSystem{UnitSystem::Distance::Mi}), QStringLiteral("621 mi")); // 621.37
    EXPECT_EQ(text::height(984'000, metric), QStringLiteral("984 km"));
    EXPECT_EQ(text::height(984'000, nautical), QStringLiteral("3,228 kft")); // 984000 / 304.8 = 3228.3
    EXPECT_EQ(text::height(3'000, nautical), QStringLiteral("9.8 kft"));
    EXPECT_EQ(text::speed(4'981, metric), QStringLiteral("4,981 m/s"));
    EXPECT_EQ(text::speed(3'403, nautical), QStringLiteral("Mach 10.0")); // 3403 / 340.294 = 10.0002
    EXPECT_EQ(text::speed(1'000, UnitSystem{UnitSystem::Distance::Km, UnitSystem::Height::Km, UnitSystem::Speed::Knots}),
              QStringLiteral("1,944 kn")); // 1000 / 0.514444 = 1943.8
    EXPECT_EQ(text::distanceUnit(nautical), QStringLiteral("nm"));
    EXPECT_EQ(text::heightUnit(nautical), QStringLiteral("kft"));
}

TEST(Text, UnitSystemsReadBackAsWritten)
{
    QString error;
    for (auto d : {UnitSystem::Distance::Km, UnitSystem::Distance::Nm, UnitSystem::Distance::Mi})
        for (auto h : {UnitSystem::Height::Km, UnitSystem::Height::Kft})
            for (auto v : {UnitSystem::Speed::Mps, UnitSystem::Speed::Mach, UnitSystem::Speed::Knots}) {
                const UnitSystem u{d, h, v};
                const auto back = text::parseUnitSystem(text::unitSystemName(u), error);
                ASSERT_TRUE(back) << text::unitSystemName(u).toStdString() << " " << error.toStdString();
                EXPECT_EQ(*back, u) << text::unitSystemName(u).toStdString();
            }
    EXPECT_EQ(text::unitSystemName(UnitSystem::nautical()), QStringLiteral("nautical"));
    EXPECT_EQ(text::parseUnitSystem(QStringLiteral("Mach, NM"), error), (UnitSystem{UnitSystem::Distance::Nm, UnitSystem::Height::Km, UnitSystem::Speed::Mach}));
    EXPECT_FALSE(text::parseUnitSystem(QStringLiteral("furlongs"), error));
    EXPECT_FALSE(text::parseUnitSystem(QStringLiteral("nm,mi"), error)); // two distance units
    EXPECT_TRUE(error.contains(QStringLiteral("nm,mi")));
}

TEST(Text, CoordinatesInDegreesAndDms)
{
    // Pyongyang: 39.0392 N, 125.7625 E. 0.0392° = 2.352′ = 2′21.12″; 0.7625° = 45′45″.
    EXPECT_EQ(text::coordinate(125.7625, 39.0392, CoordinateFormat::Degrees), QStringLiteral("39.0392°N 125.7625°E"));
    EXPECT_EQ(text::coordinate(125.7625, 39.0392, CoordinateFormat::Dms), QStringLiteral("39°02′21″N 125°45′45″E"));
    // Rounding carries: 1.99999° is 2°00′00″; the west and south read W and S; longitudes wrap.
    EXPECT_EQ(text::coordinate(-1.99999, -0.5, CoordinateFormat::Dms), QStringLiteral("00°30′00″S 002°00′00″W"));
    EXPECT_EQ(text::coordinate(190.0, 10.0, CoordinateFormat::Degrees), QStringLiteral("10.0000°N 170.0000°W"));
    QString error;
    EXPECT_EQ(text::parseCoordinateFormat(QStringLiteral("MGRS"), error), CoordinateFormat::Mgrs);
    EXPECT_FALSE(text::parseCoordinateFormat(QStringLiteral("utm"), error));
}

TEST(Units, DegreesAndRadiansAndTheEllipsoid)
{
    EXPECT_DOUBLE_EQ(units::radians(180.0), M_PI);
    EXPECT_DOUBLE_EQ(units::degrees(M_PI / 2), 90.0);
    // WGS84 (NIMA TR8350.2): a = 6378137 m, 1/f = 298.257223563, so b = a (1 - f) = 6356752.314245 m.
    EXPECT_NEAR(wgs84::kSemiMajorAxisM * (1 - wgs84::kFlattening), 6356752.314245, 1e-6);
}
