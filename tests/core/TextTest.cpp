// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The one text module: every view, report and command words time, durations, the sharing gain and the
// view-as through it. Expected strings are worked by hand from the rule each function states.
#include "core/Text.h"
#include "core/Units.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace trilink;

TEST(Text, MissionTimeCountsWholeSecondsDown)
{
    EXPECT_EQ(text::missionTime(0), QStringLiteral("T+00:00"));
    EXPECT_EQ(text::missionTime(754.9), QStringLiteral("T+12:34")); // 12 min 34.9 s: still second 34
    EXPECT_EQ(text::missionTime(3725), QStringLiteral("T+1:02:05"));
    EXPECT_EQ(text::missionTime(-20), QStringLiteral("T\u221200:20"));
    // The whole second before launch reads T−00:01, never a second "T−00:00".
    EXPECT_EQ(text::missionTime(-0.5), QStringLiteral("T\u221200:01"));
    EXPECT_EQ(text::missionTime(-1.0), QStringLiteral("T\u221200:01"));
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
    EXPECT_EQ(text::sharingGain(earlier), QStringLiteral("26 s earlier · +21 %"));
    EXPECT_EQ(text::sharingGainCell(earlier), QStringLiteral("26.4 s earlier\n+21 pts held"));

    SharingGain onlyShared;
    onlyShared.seenShared = true;
    onlyShared.heldFractionGain = 0.61;
    EXPECT_EQ(text::sharingGain(onlyShared), QStringLiteral("only by sharing · +61 %"));
    EXPECT_EQ(text::sharingGainCell(onlyShared), QStringLiteral("seen only through sharing"));

    SharingGain less = earlier; // a latency can cost some held time: a true minus sign
    less.heldFractionGain = -0.05;
    EXPECT_EQ(text::sharingGain(less), QStringLiteral("26 s earlier · \u22125 %"));

    SharingGain nothing;
    nothing.seenAlone = nothing.seenShared = true;
    nothing.firstDetectionEarlierS = 0.01;
    EXPECT_EQ(text::sharingGainCell(nothing), QStringLiteral("none"));
    EXPECT_EQ(text::sharingGain(SharingGain{}), QStringLiteral("not seen"));
    EXPECT_EQ(text::sharingGainCell(SharingGain{}), QStringLiteral("\u2014"));
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

TEST(Units, DegreesAndRadiansAndTheEllipsoid)
{
    EXPECT_DOUBLE_EQ(units::radians(180.0), M_PI);
    EXPECT_DOUBLE_EQ(units::degrees(M_PI / 2), 90.0);
    // WGS84 (NIMA TR8350.2): a = 6378137 m, 1/f = 298.257223563, so b = a (1 - f) = 6356752.314245 m.
    EXPECT_NEAR(wgs84::kSemiMajorAxisM * (1 - wgs84::kFlattening), 6356752.314245, 1e-6);
}
