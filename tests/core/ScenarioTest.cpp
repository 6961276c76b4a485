// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/Scenario.h"

#include <gtest/gtest.h>

using namespace trilink;

namespace {
RecordedTrack recorded()
{
    // Up to 100 km and down in 5 points, 10 s apart; KOR holds the middle, USA+KOR the top.
    RecordedTrack r;
    r.id = QStringLiteral("R1");
    r.label = QStringLiteral("test");
    const double alts[] = {0, 50'000, 100'000, 50'000, 0};
    const PartnerMask masks[] = {0, partnerBit(Partner::KOR), PartnerMask(partnerBit(Partner::KOR) | partnerBit(Partner::USA)),
                                 partnerBit(Partner::KOR), 0};
    for (int i = 0; i < 5; ++i)
        r.points.push_back({1'000'000 + i * 10'000, 130.0 + 0.1 * i, 40.0, alts[i], masks[i], i == 2 ? QStringLiteral("A;B") : QString()});
    return r;
}
} // namespace

TEST(Scenario, RecordedTrackKeepsItsFiguresAndItsPartners)
{
    const ScenarioTrack t = trackFromRecording(recorded(), QStringLiteral("f.csv"));
    EXPECT_EQ(t.launchMsUtc, 1'000'000);
    EXPECT_DOUBLE_EQ(t.flightTimeS, 40.0);
    EXPECT_DOUBLE_EQ(t.apogeeM, 100'000);
    EXPECT_DOUBLE_EQ(t.apogeeTimeS, 20.0);
    EXPECT_EQ(t.origin, TrackOrigin::Recorded);
    const PartnerCustody *kor = t.attribution.custodyOf(Partner::KOR);
    ASSERT_TRUE(kor);
    EXPECT_DOUBLE_EQ(kor->firstDetectionS, 10.0);
    EXPECT_DOUBLE_EQ(kor->lastDetectionS, 30.0);
    // Each point stands for the time to the next: KOR holds points 1..3, i.e. 30 s of 40.
    EXPECT_DOUBLE_EQ(kor->heldFraction, 0.75);
    const PartnerCustody *usa = t.attribution.custodyOf(Partner::USA);
    ASSERT_TRUE(usa);
    EXPECT_DOUBLE_EQ(usa->firstDetectionS, 20.0);
    EXPECT_FALSE(t.attribution.custodyOf(Partner::JPN));
}

TEST(Scenario, StateBetweenSamplesIsInterpolated)
{
    const ScenarioTrack t = trackFromRecording(recorded(), QStringLiteral("f.csv"));
    const TrajectorySample s = t.stateAt(15.0);
    EXPECT_DOUBLE_EQ(s.altM, 75'000);
    EXPECT_NEAR(s.lon, 130.15, 1e-12);
    EXPECT_DOUBLE_EQ(t.stateAt(-5).altM, 0);
    EXPECT_EQ(t.sampleIndexAt(19.9), 1);
    EXPECT_EQ(t.sampleIndexAt(20.0), 2);
}

TEST(Scenario, WritingATrackBackGivesTheSamePointsAndPartners)
{
    const RecordedTrack original = recorded();
    const RecordedTrack back = recordingFromTrack(trackFromRecording(original, QStringLiteral("f.csv")));
    ASSERT_EQ(back.points.size(), original.points.size());
    for (std::size_t i = 0; i < back.points.size(); ++i) {
        EXPECT_EQ(back.points[i].timeMsUtc, original.points[i].timeMsUtc);
        EXPECT_EQ(back.points[i].partners, original.points[i].partners);
        EXPECT_DOUBLE_EQ(back.points[i].altM, original.points[i].altM);
        EXPECT_EQ(back.points[i].sensor, original.points[i].sensor); // "A;B" at the top, nothing elsewhere
    }
}

// A modelled flight written to a file keeps its phases: the file's phases replace the guess from the
// altitude, and where they change the new flight shapes' events come back (pull-up, dive).
TEST(Scenario, PhasesFromTheFileAreKeptWithTheirEvents)
{
    RecordedTrack r = recorded();
    const FlightPhase phases[] = {FlightPhase::Boost, FlightPhase::Midcourse, FlightPhase::PullUp, FlightPhase::Terminal};
    for (std::size_t i = 0; i < r.points.size(); ++i)
        r.points[i].phase = phases[std::min<std::size_t>(i, 3)];
    const ScenarioTrack t = trackFromRecording(r, QStringLiteral("f.csv"));
    for (std::size_t i = 0; i < t.samples.size(); ++i)
        EXPECT_EQ(t.samples[i].phase, *r.points[i].phase) << i;
    const auto has = [&](TrajectoryEventKind k) {
        return std::any_of(t.events.begin(), t.events.end(), [&](const TrajectoryEvent &e) { return e.kind == k; });
    };
    EXPECT_TRUE(has(TrajectoryEventKind::PullUp));
    EXPECT_TRUE(has(TrajectoryEventKind::Dive));
    for (std::size_t i = 1; i < t.events.size(); ++i)
        EXPECT_LE(t.events[i - 1].timeS, t.events[i].timeS);
}

TEST(Scenario, AddedTracksGetUniqueIdsAndKeepLaunchOrder)
{
    Scenario s;
    addTracks(s, {trackFromRecording(recorded(), QStringLiteral("a")), trackFromRecording(recorded(), QStringLiteral("b"))});
    ASSERT_EQ(s.tracks.size(), 2u);
    EXPECT_EQ(s.tracks[0].id, QStringLiteral("R1"));
    EXPECT_EQ(s.tracks[1].id, QStringLiteral("R1 (2)"));
    EXPECT_DOUBLE_EQ(s.startMs(), 1'000'000);
    EXPECT_DOUBLE_EQ(s.endMs(), 1'040'000);
}

TEST(Scenario, IsoTimesAreUtcWithMillisecondsAndZ)
{
    EXPECT_EQ(isoUtcMs(1'511'893'020'123), QStringLiteral("2017-11-28T18:17:00.123Z"));
}
