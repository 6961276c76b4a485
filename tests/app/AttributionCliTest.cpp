// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include "TrilinkProcess.h"

// `trilink attribution` and `trilink simulate --attribution` as a user runs them. The expectations are
// the physical ones of the issue: a lofted ICBM into the Sea of Japan is held by all three partners; a low
// SRBM from the west coast is below Japan's radar horizons but seen by Korea's; space IR sees boost first.
namespace {
TrilinkRun trilink(const QStringList &args)
{
    return runTrilink(args);
}
} // namespace

TEST(AttributionCli, LoftedIcbmIntoTheSeaOfJapanIsHeldByAllThree)
{
    const auto r = trilink({QStringLiteral("attribution"), QStringLiteral("--launch"), QStringLiteral("2017-11-28-HS15"),
                            QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray tracks = QJsonDocument::fromJson(r.out).object()[QStringLiteral("tracks")].toArray();
    ASSERT_EQ(tracks.size(), 1);
    const QJsonObject t = tracks[0].toObject();
    EXPECT_EQ(t[QStringLiteral("id")].toString(), QStringLiteral("2017-11-28-pyongsong-1"));
    EXPECT_TRUE(t[QStringLiteral("aliases")].toArray().contains(QStringLiteral("2017-11-28-HS15")));
    const QJsonObject partners = t[QStringLiteral("partners")].toObject();
    for (const char *code : {"USA", "KOR", "JPN"}) {
        ASSERT_TRUE(partners.contains(QLatin1String(code))) << code;
        const QJsonObject p = partners[QLatin1String(code)].toObject();
        EXPECT_GE(p[QStringLiteral("first_detection_s")].toDouble(), 0.0);
        EXPECT_GT(p[QStringLiteral("last_detection_s")].toDouble(), p[QStringLiteral("first_detection_s")].toDouble());
        EXPECT_GT(p[QStringLiteral("held_fraction")].toDouble(), 0.0);
        EXPECT_LE(p[QStringLiteral("held_fraction")].toDouble(), 1.0);
        EXPECT_FALSE(p[QStringLiteral("sensors")].toArray().isEmpty());
    }
    EXPECT_TRUE(t.contains(QStringLiteral("sharing_gain")));
}

TEST(AttributionCli, LowWestCoastSrbmIsBelowJapansHorizonButSeenByKorea)
{
    // 45 km apogee, 300 km east-north-east from the west coast: KN-23-class flights are reported at 37-60 km.
    const auto r = trilink({QStringLiteral("simulate"), QStringLiteral("--lat"), QStringLiteral("38.7"), QStringLiteral("--lon"),
                            QStringLiteral("125.0"), QStringLiteral("--azimuth"), QStringLiteral("67.5"), QStringLiteral("--range-km"),
                            QStringLiteral("300"), QStringLiteral("--apogee-km"), QStringLiteral("45"), QStringLiteral("--class"),
                            QStringLiteral("srbm"), QStringLiteral("--attribution"), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject partners =
        QJsonDocument::fromJson(r.out).object()[QStringLiteral("attribution")].toObject()[QStringLiteral("partners")].toObject();
    EXPECT_TRUE(partners.contains(QStringLiteral("KOR")));
    EXPECT_FALSE(partners.contains(QStringLiteral("JPN"))); // absent: never seen
    // Space IR (USA) sees the plume during boost, before any radar clears its horizon.
    ASSERT_TRUE(partners.contains(QStringLiteral("USA")));
    EXPECT_LT(partners[QStringLiteral("USA")].toObject()[QStringLiteral("first_detection_s")].toDouble(),
              partners[QStringLiteral("KOR")].toObject()[QStringLiteral("first_detection_s")].toDouble());
}

TEST(AttributionCli, ViewAsOnePartnerShowsOnlyItsOwnSensors)
{
    const auto r = trilink({QStringLiteral("attribution"), QStringLiteral("--launch"), QStringLiteral("2017-11-28-HS15"),
                            QStringLiteral("--view-as"), QStringLiteral("KOR"), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject t = QJsonDocument::fromJson(r.out).object()[QStringLiteral("tracks")].toArray()[0].toObject();
    EXPECT_EQ(t[QStringLiteral("partners")].toObject().keys(), QStringList{QStringLiteral("KOR")});
}

TEST(AttributionCli, BadArgumentsExitWithTwo)
{
    for (const QStringList &args : {QStringList{QStringLiteral("attribution"), QStringLiteral("--view-as"), QStringLiteral("FRA")},
                                    QStringList{QStringLiteral("attribution"), QStringLiteral("--launch"), QStringLiteral("no-such-launch")},
                                    QStringList{QStringLiteral("attribution"), QStringLiteral("--bogus")}}) {
        const auto r = trilink(args);
        EXPECT_EQ(r.code, 2) << args.join(u' ').toStdString() << " " << r.err.toStdString();
        EXPECT_TRUE(r.err.startsWith("trilink attribution: ")) << r.err.toStdString();
    }
}
