// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// How the scenario plays, and what the status bar reads out, without a window. Expected values are worked
// by hand from the scenario built here (launch times, flight times) and from WGS84 geometry.
#include "core/EarthModel.h"
#include "core/Playlist.h"
#include "core/Selection.h"
#include "core/TrackReadout.h"
#include "core/Units.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <cmath>

using namespace trilink;

namespace {
constexpr std::int64_t kT0 = 1'600'000'000'000; // UTC ms

ScenarioTrack track(const char *id, double launchAfterS, double flightS)
{
    ScenarioTrack t;
    t.id = QString::fromLatin1(id);
    t.label = t.id;
    t.launchMsUtc = kT0 + static_cast<std::int64_t>(launchAfterS * 1000);
    t.flightTimeS = flightS;
    return t;
}

// A single launch, a salvo of three within two minutes (the last flying longest), and a later launch.
Scenario playlistScenario()
{
    Scenario s;
    s.tracks = {track("A", 0, 300), track("B1", 3600, 400), track("B2", 3660, 400), track("B3", 3720, 900), track("C", 7200, 200)};
    return s;
}
} // namespace

TEST(Playlist, ASalvoPlaysAsOneRange)
{
    const Scenario s = playlistScenario();
    // B1 flies 3600..4000 s; B2 (3660..4060) and B3 (3720..4620) are in the air with it: 3580 s to 4650 s.
    const auto [from, to] = playlist::playRange(s, s.tracks[1]);
    EXPECT_DOUBLE_EQ(from, kT0 + 3580'000.0);
    EXPECT_DOUBLE_EQ(to, kT0 + 4650'000.0);
    // A alone: 20 s before its launch to 30 s after its impact.
    const auto [aFrom, aTo] = playlist::playRange(s, s.tracks[0]);
    EXPECT_DOUBLE_EQ(aFrom, kT0 - 20'000.0);
    EXPECT_DOUBLE_EQ(aTo, kT0 + 330'000.0);
}

TEST(Playlist, NextSkipsTheSalvoJustPlayedAndWraps)
{
    const Scenario s = playlistScenario();
    EXPECT_EQ(playlist::nextTrack(s, QStringLiteral("A"), 1), QStringLiteral("B1"));
    EXPECT_EQ(playlist::nextTrack(s, QStringLiteral("B1"), 1), QStringLiteral("C")); // B2, B3: the same salvo
    EXPECT_EQ(playlist::nextTrack(s, QStringLiteral("C"), 1), QStringLiteral("A"));  // wraps
    EXPECT_EQ(playlist::nextTrack(s, QStringLiteral("B3"), -1), QStringLiteral("A"));
    EXPECT_EQ(playlist::nextTrack(s, QString(), 1), QStringLiteral("A"));  // nothing selected: the first
    EXPECT_EQ(playlist::nextTrack(s, QString(), -1), QStringLiteral("C")); // or the last
    EXPECT_EQ(playlist::nextTrack(Scenario{}, QStringLiteral("A"), 1), QString());
    // 40 % into a 300 s flight; ten minutes at most into a long one.
    EXPECT_DOUBLE_EQ(playlist::selectedTimeMs(s.tracks[0]), kT0 + 120'000.0);
    EXPECT_DOUBLE_EQ(playlist::selectedTimeMs(track("L", 0, 3000)), kT0 + 600'000.0);
}

TEST(TrackReadout, SlantAndGroundRangeFromTheNearestRadars)
{
    const double a = wgs84::kSemiMajorAxisM;
    Sensor here;
    here.id = QStringLiteral("HERE");
    here.partner = Partner::KOR;
    here.lon = 130.0, here.lat = 0.0; // on the equator, at sea level
    Sensor east = here;
    east.id = QStringLiteral("EAST");
    east.lon = 131.0;
    Sensor japan = here;
    japan.id = QStringLiteral("JAPAN");
    japan.partner = Partner::JPN;
    japan.lon = 130.5;
    Sensor satellite = here;
    satellite.id = QStringLiteral("SBIRS");
    satellite.partner = Partner::USA;
    satellite.kind = SensorKind::SpaceIr;
    const SensorLaydown laydown({here, east, japan, satellite});
    // A target 300 km straight above HERE, seen by Korea's radars only.
    const auto near = nearestRadars(laydown, partnerBit(Partner::KOR), 130.0, 0.0, 300e3, 5);
    ASSERT_EQ(near.size(), 2u);
    EXPECT_EQ(near[0].sensorId, QStringLiteral("HERE"));
    EXPECT_NEAR(near[0].slantM, 300e3, 1e-6);
    EXPECT_NEAR(near[0].groundM, 0, 1e-6);
    // One degree east on the equator: the geodesic is an arc of the equator, a * 1° (111,319.49 m), and the
    // slant range the chord from (a cos 1°, a sin 1°) to (a + 300 km, 0) in the equatorial plane.
    EXPECT_EQ(near[1].sensorId, QStringLiteral("EAST"));
    EXPECT_NEAR(near[1].groundM, a * units::radians(1.0), 1e-3);
    const double c = std::cos(units::radians(1.0)), s = std::sin(units::radians(1.0));
    EXPECT_NEAR(near[1].slantM, std::hypot(a + 300e3 - a * c, a * s), 1e-3);
    // Every partner's radars, never a satellite; at most the count asked.
    const auto all = nearestRadars(laydown, kAllPartnersMask, 130.0, 0.0, 300e3, 2);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[1].sensorId, QStringLiteral("JAPAN"));
}

TEST(TrackReadout, ReadsOutOnlyWhileTheTrackFlies)
{
    Scenario s;
    ScenarioTrack t = track("T", 0, 100);
    for (int i = 0; i <= 100; ++i) {
        TrajectorySample sample;
        sample.timeS = i;
        sample.lon = 130.0;
        sample.lat = 0.0;
        sample.altM = 1000.0 * i;
        sample.speedMps = 2000;
        t.samples.push_back(sample);
    }
    const TrackReadout during = trackReadout(s, t, kT0 + 50'000.0, std::nullopt);
    ASSERT_TRUE(during.sinceLaunchS);
    EXPECT_EQ(during.text(), QStringLiteral("T T+00:50 · alt 50 km · 2,000 m/s"));
    EXPECT_EQ(during.text(UnitSystem::nautical()), QStringLiteral("T T+00:50 · alt 164 kft · Mach 5.9")); // 50000 / 304.8; 2000 / 340.294
    EXPECT_FALSE(trackReadout(s, t, kT0 + 150'000.0, std::nullopt).sinceLaunchS); // down
    EXPECT_TRUE(trackReadout(s, t, kT0 + 150'000.0, std::nullopt).text().isEmpty());
    // A partner's view adds what sharing gains it (nobody sees this track: "not seen").
    EXPECT_EQ(trackReadout(s, t, kT0 + 150'000.0, Partner::JPN).text(), QStringLiteral("sharing gain for JPN: not seen"));
}

TEST(Selection, SignalsOnlyAChange)
{
    Selection selection;
    QSignalSpy tracks(&selection, &Selection::trackChanged);
    QSignalSpy views(&selection, &Selection::viewAsChanged);
    selection.selectTrack(QStringLiteral("A"));
    selection.selectTrack(QStringLiteral("A"));
    selection.setViewAs(Partner::KOR);
    selection.setViewAs(Partner::KOR);
    selection.setViewAs(std::nullopt);
    EXPECT_EQ(tracks.count(), 1);
    EXPECT_EQ(views.count(), 2);
    EXPECT_EQ(selection.track(), QStringLiteral("A"));
    EXPECT_EQ(selection.viewAs(), std::nullopt);
}
