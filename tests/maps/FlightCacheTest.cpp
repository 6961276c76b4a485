// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The editor's flight cache (maps::FlightCache): a model that keeps the launches that did not change gives
// the same tracks and attribution as flying everything again, and a sensor change flies everything again.
#include "maps/scene/TrainingScenario.h"

#include <gtest/gtest.h>

using namespace trilink;

namespace {
maps::ScenarioLaunch launch(const char *id, double impactLon)
{
    maps::ScenarioLaunch l;
    l.id = QString::fromLatin1(id);
    l.launchMsUtc = 1772326800000;
    l.request.launchLat = 39.0;
    l.request.launchLon = 125.7;
    l.request.impactLat = 39.5;
    l.request.impactLon = impactLon;
    return l;
}

void expectSame(const std::vector<ScenarioTrack> &a, const std::vector<ScenarioTrack> &b)
{
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].id, b[i].id);
        ASSERT_EQ(a[i].samples.size(), b[i].samples.size()) << a[i].id.toStdString();
        EXPECT_DOUBLE_EQ(a[i].samples.back().lon, b[i].samples.back().lon);
        for (Partner p : kAllPartners) {
            const PartnerCustody *x = a[i].attribution.custodyOf(p), *y = b[i].attribution.custodyOf(p);
            ASSERT_EQ(x == nullptr, y == nullptr);
            if (x) {
                EXPECT_EQ(x->firstDetectionS, y->firstDetectionS);
            }
        }
    }
}
} // namespace

TEST(FlightCache, KeepingTheLaunchesThatDidNotChangeGivesWhatFlyingAllGives)
{
    maps::SensorChanges changes;
    SensorLaydown laydown = SensorLaydown::builtin();
    std::vector<maps::ScenarioLaunch> launches = {launch("A", 134.0), launch("B", 136.0)};
    maps::FlightCache cache;
    std::vector<ScenarioTrack> cached, fresh;
    QString error;
    ASSERT_TRUE(maps::flyLaunches(launches, laydown, cached, error, changes, &cache)) << error.toStdString();
    EXPECT_EQ(cache.tracks.size(), 2u);
    launches[1].request.impactLon = 136.4; // B dragged; A stands still
    ASSERT_TRUE(maps::flyLaunches(launches, laydown, cached, error, changes, &cache));
    ASSERT_TRUE(maps::flyLaunches(launches, laydown, fresh, error));
    expectSame(cached, fresh);
    EXPECT_EQ(cache.tracks.size(), 2u) << "only the last model's launches are kept";

    // A sensor switched off: every launch is attributed again, none taken from the cache.
    changes.disabled = {QStringLiteral("JPN-DDG-SOJ")};
    ASSERT_TRUE(maps::applySensorChanges(changes, laydown, error));
    ASSERT_TRUE(maps::flyLaunches(launches, laydown, cached, error, changes, &cache));
    ASSERT_TRUE(maps::flyLaunches(launches, laydown, fresh, error));
    expectSame(cached, fresh);
}
