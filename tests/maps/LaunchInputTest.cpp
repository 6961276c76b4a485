// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The one launch model the command line and the New Launch dialog share (maps/scene/LaunchInput): a facility
// places the launch at the record's own coordinates, a launch edited reads back to itself, the named missiles
// offered are ones the boost models know, and a refused launch says why in the solver's words.
#include "core/BoostProfile.h"
#include "core/CnsLaunchTable.h"
#include "maps/scene/LaunchInput.h"

#include <gtest/gtest.h>

using namespace trilink;

TEST(LaunchInput, AFacilityPlacesTheLaunchWhereTheRecordSaysItIs)
{
    // Sohae as the public record's rows give it (cns_launches.csv: facility_key, site_lat, site_lon).
    const CnsLaunchTable table = CnsLaunchTable::builtin();
    const auto row = std::find_if(table.records().begin(), table.records().end(),
                                  [](const CnsLaunchRecord &r) { return r.facilityKey == u"sohae" && r.siteLat; });
    ASSERT_NE(row, table.records().end());
    maps::LaunchInput in;
    in.facility = QStringLiteral("SOHAE");
    in.azimuthDeg = 180;
    in.rangeKm = 800;
    in.time = QStringLiteral("2026-03-01T01:00:00Z");
    QString error;
    const auto l = maps::scenarioLaunch(in, maps::TrainingScenario{}, error);
    ASSERT_TRUE(l) << error.toStdString();
    EXPECT_DOUBLE_EQ(l->request.launchLat, *row->siteLat);
    EXPECT_DOUBLE_EQ(l->request.launchLon, *row->siteLon);
    EXPECT_EQ(l->facility, row->facilityName);
    EXPECT_EQ(l->id, QStringLiteral("L1"));
    in.lat = 39.0;
    EXPECT_FALSE(maps::scenarioLaunch(in, maps::TrainingScenario{}, error));
    EXPECT_TRUE(error.contains(QStringLiteral("leave out --lat"))) << error.toStdString();
}

TEST(LaunchInput, ALaunchReadsBackToItselfForEditing)
{
    maps::ScenarioLaunch l;
    l.id = QStringLiteral("S2");
    l.label = QStringLiteral("Salvo");
    l.launchMsUtc = 1772326800123;
    l.request.launchLat = 39.75;
    l.request.launchLon = 127.47;
    l.request.azimuthDeg = 80;
    l.request.rangeM = 650e3;
    l.request.shape = TrajectoryShape::LoftFactor;
    l.request.loftFactor = 0.8;
    l.request.missileClass = MissileClass::Srbm;
    l.request.maneuver = Maneuver::PullUp;
    l.request.failAtS = 200;
    l.salvoCount = 3;
    l.salvoIntervalS = 20;
    l.salvoSpreadKm = 15;
    maps::TrainingScenario doc;
    doc.launches = {l};
    QString error;
    const auto again = maps::scenarioLaunch(maps::launchInput(l), doc, error, l.id);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(again->id, l.id);
    EXPECT_EQ(again->launchMsUtc, l.launchMsUtc);
    EXPECT_EQ(again->request.azimuthDeg, l.request.azimuthDeg);
    EXPECT_EQ(again->request.rangeM, l.request.rangeM);
    EXPECT_EQ(again->request.shape, l.request.shape);
    EXPECT_EQ(again->request.loftFactor, l.request.loftFactor);
    EXPECT_EQ(again->request.missileClass, l.request.missileClass);
    EXPECT_EQ(again->request.maneuver, l.request.maneuver);
    EXPECT_EQ(again->request.failAtS, l.request.failAtS);
    EXPECT_EQ(again->salvoCount, 3);
    EXPECT_EQ(again->salvoSpreadKm, 15);
    // A new launch may not take an id that is there.
    EXPECT_FALSE(maps::scenarioLaunch(maps::launchInput(l), doc, error));
    EXPECT_TRUE(error.contains(QStringLiteral("already has a launch 'S2'"))) << error.toStdString();
}

TEST(LaunchInput, TheNamedMissilesOfferedAreOnesTheBoostModelsKnow)
{
    const QStringList names = maps::namedMissiles();
    EXPECT_GE(names.size(), 20);
    for (const QString &name : names) {
        // Recognised: the fallback class is not used, so two different fallbacks give the same profile.
        const BoostProfile a = BoostProfile::forMissile(name, MissileClass::Srbm);
        const BoostProfile b = BoostProfile::forMissile(name, MissileClass::Slv);
        EXPECT_EQ(a.name, b.name) << name.toStdString();
        EXPECT_DOUBLE_EQ(a.deltaVMps(), b.deltaVMps()) << name.toStdString();
    }
}

TEST(LaunchInput, ALaunchTheSolverCannotFlyIsRefusedInItsWords)
{
    maps::LaunchInput in;
    in.lat = 39.0;
    in.lon = 125.7;
    in.impactLat = 39.5;
    in.impactLon = 137.0;
    in.apogeeKm = 20;
    in.maneuver = QStringLiteral("none");
    in.time = QStringLiteral("2026-03-01T01:00:00Z");
    QString error;
    const auto l = maps::scenarioLaunch(in, maps::TrainingScenario{}, error);
    ASSERT_TRUE(l) << error.toStdString();
    const QString why = maps::whyNotFlown(*l, {});
    EXPECT_TRUE(why.startsWith(QStringLiteral("launch (L1): "))) << why.toStdString();
    EXPECT_TRUE(why.contains(QStringLiteral("below the lowest"))) << why.toStdString();
}
