// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/AttributionEngine.h"
#include "core/CatalogScenario.h"
#include "tests/core/CatalogFixture.h"
#include "core/SensorLaydown.h"
#include "core/SharingModel.h"
#include "core/TrajectorySolver.h"

#include <gtest/gtest.h>

using namespace trilink;

namespace {
constexpr PartnerMask kAllThree = 0b111;

// A low SRBM from the west coast (38.7 N 125.0 E) 300 km east-north-east, 45 km apogee: the KN-23 class
// flights ROK JCS reported at 37-60 km apogee and 250-690 km range.
Trajectory lowWestCoastSrbm()
{
    TrajectoryRequest req;
    req.launchLon = 125.0;
    req.launchLat = 38.7;
    req.azimuthDeg = 67.5;
    req.rangeM = 300e3;
    req.shape = TrajectoryShape::Apogee;
    req.apogeeM = 45e3;
    req.missileClass = MissileClass::Srbm;
    const TrajectoryResult r = TrajectorySolver::solve(req);
    EXPECT_TRUE(r.ok()) << r.error.toStdString();
    return r.trajectory;
}
} // namespace

class AttributionCatalog : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_laydown = new SensorLaydown(SensorLaydown::builtin());
        s_model = new VisibilityModel(s_laydown->sensors());
    }
    static void TearDownTestSuite()
    {
        delete s_model;
        delete s_laydown;
    }
    static const CatalogTrack *track(const QString &id) { return fixture::flown(id); }
    static SensorLaydown *s_laydown;
    static VisibilityModel *s_model;
};
SensorLaydown *AttributionCatalog::s_laydown = nullptr;
VisibilityModel *AttributionCatalog::s_model = nullptr;

// The lofted Hwasong-15 of 2017-11-28 climbed to ~4,400 km and fell in the Sea of Japan ~250 km west of
// Aomori: every partner has it on the way up and on the way down. In between it is above every radar's
// reach (the largest is 2,000 km), which is why no partner holds even half of the flight.
TEST_F(AttributionCatalog, LoftedHwasong15IsHeldByAllThreePartners)
{
    const CatalogTrack *t = track(QStringLiteral("2017-11-28-HS15"));
    ASSERT_NE(t, nullptr);
    const AttributionResult r = AttributionEngine::attribute(t->trajectory, *s_model);
    EXPECT_EQ(r.partnerSet, kAllThree);
    for (Partner p : kAllPartners) {
        const PartnerCustody *c = r.custodyOf(p);
        ASSERT_NE(c, nullptr) << partnerCode(p).toStdString();
        EXPECT_LT(c->firstDetectionS, t->trajectory.burnoutTimeS) << "seen in boost";
        EXPECT_GT(c->lastDetectionS, t->trajectory.flightTimeS - 60) << "seen to the end";
        EXPECT_GT(c->heldFraction, 0.05);
        EXPECT_LT(c->heldFraction, 0.5);
        EXPECT_GE(c->intervals.size(), 2u) << "lost above the radars, regained on the way down";
        EXPECT_FALSE(c->sensorIds.isEmpty());
    }
    // Events in time order, each partner's first detection among them.
    for (std::size_t i = 1; i < r.events.size(); ++i)
        EXPECT_LE(r.events[i - 1].timeS, r.events[i].timeS);
    QStringList texts;
    for (const AttributionEvent &e : r.events)
        texts << e.text();
    for (const char *expected : {"first detected by USA", "first detected by KOR", "first detected by JPN", "lost by JPN"})
        EXPECT_TRUE(texts.contains(QLatin1String(expected))) << expected << "\n" << texts.join(u'\n').toStdString();
    // Per-sample sensor sets agree with the partner sets.
    for (int i = 0; i < r.sampleCount(); ++i) {
        PartnerMask m = 0;
        for (int s : r.sensorsAt(i))
            m |= partnerBit(s_model->sensors()[s].partner);
        ASSERT_EQ(m, r.partnersAt[i]) << i;
    }
}

// Low and short: Korea's radars and the US THAAD radar see it, every Japanese radar (the four FPS-5 sites and
// the Aegis ship on its notional Sea of Japan station) has it below its refracted horizon throughout.
TEST_F(AttributionCatalog, LowWestCoastSrbmIsSeenByKoreaNotByJapan)
{
    const Trajectory tr = lowWestCoastSrbm();
    EXPECT_NEAR(tr.apogeeM, 45e3, 1e3);
    EXPECT_NEAR(tr.rangeM, 300e3, 1e3);
    const AttributionResult r = AttributionEngine::attribute(tr, *s_model);
    ASSERT_NE(r.custodyOf(Partner::KOR), nullptr);
    EXPECT_GT(r.custodyOf(Partner::KOR)->heldFraction, 0.5);
    EXPECT_EQ(r.custodyOf(Partner::JPN), nullptr);
    EXPECT_FALSE(r.partnerSet & partnerBit(Partner::JPN));
    EXPECT_NE(r.detectionBy(QStringLiteral("USA-THAAD-SEONGJU")), nullptr);

    // The reason is the horizon, not range or sector: at apogee each Japanese radar looks below its limit.
    const auto apogee = std::max_element(tr.samples.begin(), tr.samples.end(),
                                         [](const TrajectorySample &a, const TrajectorySample &b) { return a.altM < b.altM; });
    const VisibilityTarget top = VisibilityTarget::fromSample(*apogee);
    for (int s = 0; s < s_model->sensorCount(); ++s) {
        const Sensor &sensor = s_model->sensors()[s];
        if (sensor.partner != Partner::JPN)
            continue;
        EXPECT_LT(s_model->look(s, top).apparentElevationDeg, sensor.minElevationDeg) << sensor.id.toStdString();
    }
}

// Geostationary IR sees the plume before any radar can get the rising missile over its horizon.
TEST_F(AttributionCatalog, SpaceIrIsTheFirstDetectionOfEveryLaunchItCanSee)
{
    std::vector<Trajectory> flights;
    for (const auto &t : fixture::storedRecord().tracks) {
        Trajectory tr;
        tr.samples = t.samples;
        tr.burnoutTimeS = t.burnoutTimeS;
        tr.flightTimeS = t.flightTimeS;
        flights.push_back(tr);
    }
    flights.push_back(lowWestCoastSrbm());
    ASSERT_GT(flights.size(), 150u);
    for (const Trajectory &tr : flights) {
        const AttributionResult r = AttributionEngine::attribute(tr, *s_model);
        const SensorDetection *ir = r.detectionBy(QStringLiteral("USA-SBIRS"));
        ASSERT_NE(ir, nullptr);
        EXPECT_LE(ir->lastDetectionS, tr.burnoutTimeS + 10);
        for (const SensorDetection &d : r.sensors)
            EXPECT_LE(ir->firstDetectionS, d.firstDetectionS) << d.sensorId.toStdString();
        EXPECT_EQ(r.events.front().text(), QStringLiteral("first detected by USA"));
    }
}

// Every catalogue launch is seen by somebody, and held fractions are fractions.
TEST_F(AttributionCatalog, EveryCatalogueTrackIsAttributed)
{
    for (const auto &t : fixture::storedRecord().tracks) {
        const AttributionResult &r = t.attribution;
        EXPECT_NE(r.partnerSet, 0) << t.id.toStdString();
        for (Partner p : kAllPartners) {
            if (const PartnerCustody *c = r.custodyOf(p)) {
                EXPECT_GT(c->heldFraction, 0.0);
                EXPECT_LE(c->heldFraction, 1.0 + 1e-9);
                EXPECT_LE(c->firstDetectionS, c->lastDetectionS);
                EXPECT_DOUBLE_EQ(c->intervals.front().startS, c->firstDetectionS);
                EXPECT_DOUBLE_EQ(c->intervals.back().endS, c->lastDetectionS);
            }
        }
    }
}

// Japan's first detection of the Hwasong-15 comes from Korea's radars through two links (KOR -> US
// platform -> JPN) before its own; the US gains nothing in time because its own satellite sees first.
TEST_F(AttributionCatalog, SharingGivesJapanKoreasEarlierDetectionThroughTheUsPlatform)
{
    const CatalogTrack *t = track(QStringLiteral("2017-11-28-HS15"));
    ASSERT_NE(t, nullptr);
    const AttributionResult r = AttributionEngine::attribute(t->trajectory, *s_model);
    const SharingSettings links;
    const SharingGain jpn = SharingModel::gain(r, Partner::JPN, links);
    ASSERT_TRUE(jpn.firstDetectionEarlierS.has_value());
    const double usaFirst = r.custodyOf(Partner::USA)->firstDetectionS;
    const double jpnFirst = r.custodyOf(Partner::JPN)->firstDetectionS;
    EXPECT_DOUBLE_EQ(*jpn.firstDetectionEarlierS, jpnFirst - (usaFirst + links.jpnUsaLatencyS));
    EXPECT_GT(jpn.heldFractionGain, 0.0);
    EXPECT_DOUBLE_EQ(*SharingModel::gain(r, Partner::USA, links).firstDetectionEarlierS, 0.0);
    const SharingPicture platform = SharingModel::commonPlatform(r, links);
    EXPECT_DOUBLE_EQ(*platform.firstDetectionS, usaFirst);
}

// A scenario without the satellite: the US first detection falls back to its radars.
TEST_F(AttributionCatalog, RemovingASensorFromTheLaydownChangesTheAttribution)
{
    SensorLaydown l = *s_laydown;
    ASSERT_TRUE(l.remove(QStringLiteral("USA-SBIRS")));
    const VisibilityModel m(l.sensors());
    const CatalogTrack *t = track(QStringLiteral("2017-11-28-HS15"));
    ASSERT_NE(t, nullptr);
    const AttributionResult with = AttributionEngine::attribute(t->trajectory, *s_model);
    const AttributionResult without = AttributionEngine::attribute(t->trajectory, m);
    EXPECT_GT(without.custodyOf(Partner::USA)->firstDetectionS, with.custodyOf(Partner::USA)->firstDetectionS);
    EXPECT_EQ(without.detectionBy(QStringLiteral("USA-SBIRS")), nullptr);
}
