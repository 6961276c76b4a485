// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/PlaybackClock.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using trilink::PlaybackClock;

TEST(PlaybackClock, PlayMovesByWallTimeTimesRate)
{
    PlaybackClock c;
    c.setRange(0, 600'000);
    c.setRate(60);
    c.play();
    c.advance(0.5); // half a second at 60x is 30 s
    EXPECT_DOUBLE_EQ(c.timeMs(), 30'000);
    c.setReversed(true);
    c.advance(0.25);
    EXPECT_DOUBLE_EQ(c.timeMs(), 15'000);
}

TEST(PlaybackClock, PausedClockDoesNotMove)
{
    PlaybackClock c;
    c.setRange(0, 600'000);
    c.advance(10);
    EXPECT_DOUBLE_EQ(c.timeMs(), 0);
}

TEST(PlaybackClock, StopsAtTheEndOrWrapsWhenLooping)
{
    PlaybackClock c;
    c.setRange(1000, 11'000);
    c.setRate(10);
    c.play();
    c.advance(2); // 20 s of scenario in a 10 s range
    EXPECT_DOUBLE_EQ(c.timeMs(), 11'000);
    EXPECT_FALSE(c.isPlaying());
    c.setLoop(true);
    c.seek(9000);
    c.play();
    c.advance(0.5); // +5 s from 9 s: 14 s, wrapped into [1 s, 11 s) is 4 s
    EXPECT_DOUBLE_EQ(c.timeMs(), 4000);
    EXPECT_TRUE(c.isPlaying());
}

TEST(PlaybackClock, PlayAtTheEndStartsAgain)
{
    PlaybackClock c;
    c.setRange(0, 5000);
    c.seek(5000);
    c.play();
    EXPECT_DOUBLE_EQ(c.timeMs(), 0);
}

TEST(PlaybackClock, StepPausesAndIsClamped)
{
    PlaybackClock c;
    c.setRange(0, 5000);
    c.play();
    c.step(1);
    EXPECT_FALSE(c.isPlaying());
    EXPECT_DOUBLE_EQ(c.timeMs(), 1000);
    c.step(-10);
    EXPECT_DOUBLE_EQ(c.timeMs(), 0);
}

TEST(PlaybackClock, RatesStepThroughTheOfferedSpeedsWithinOneTo600)
{
    PlaybackClock c;
    c.setRate(60);
    c.faster();
    EXPECT_DOUBLE_EQ(c.rate(), 120);
    c.slower();
    c.slower();
    EXPECT_DOUBLE_EQ(c.rate(), 30);
    c.setRate(5000);
    EXPECT_DOUBLE_EQ(c.rate(), 600);
    c.faster();
    EXPECT_DOUBLE_EQ(c.rate(), 600);
    c.setRate(0.1);
    EXPECT_DOUBLE_EQ(c.rate(), 1);
}

TEST(PlaybackClock, SignalsTimeAndState)
{
    PlaybackClock c;
    c.setRange(0, 10'000);
    QSignalSpy time(&c, &PlaybackClock::timeChanged);
    QSignalSpy state(&c, &PlaybackClock::stateChanged);
    c.play();
    c.advance(0.01);
    EXPECT_EQ(time.count(), 1);
    EXPECT_GE(state.count(), 1);
}

TEST(PlaybackClock, LiveFollowsNowAndTheRangeGrowsWithIt)
{
    PlaybackClock c;
    c.setRange(1'000'000, 1'060'000); // the first minute of a feed
    c.goLive(1'060'000);
    EXPECT_TRUE(c.isLive());
    EXPECT_TRUE(c.isPlaying());
    EXPECT_DOUBLE_EQ(c.rate(), 1);
    c.advance(0.5);
    EXPECT_DOUBLE_EQ(c.timeMs(), 1'060'500);
    EXPECT_DOUBLE_EQ(c.endMs(), 1'060'500);
    c.extendTo(1'061'000); // the wall clock says where now is
    EXPECT_DOUBLE_EQ(c.timeMs(), 1'061'000);
    EXPECT_DOUBLE_EQ(c.startMs(), 1'000'000);
}

TEST(PlaybackClock, LookingBackLeavesLiveAndCatchingUpReturnsToIt)
{
    PlaybackClock c;
    c.setRange(0, 100'000);
    c.goLive(100'000);
    QSignalSpy state(&c, &PlaybackClock::stateChanged);
    c.seek(40'000); // scrub back
    EXPECT_FALSE(c.isLive());
    EXPECT_TRUE(c.isLiveSession());
    EXPECT_GT(state.count(), 0);
    // Meanwhile the feed goes on: the range grows, the clock stays where the user put it.
    c.extendTo(110'000);
    EXPECT_DOUBLE_EQ(c.timeMs(), 40'000);
    EXPECT_DOUBLE_EQ(c.endMs(), 110'000);
    // Fast forward into now: live again, at 1x.
    c.setRate(60);
    c.advance(2); // 120 s of track time would pass 110 s
    EXPECT_TRUE(c.isLive());
    EXPECT_DOUBLE_EQ(c.timeMs(), 110'000);
    EXPECT_DOUBLE_EQ(c.rate(), 1);
    EXPECT_TRUE(c.isPlaying());
    // Pause, step and reverse all leave live; goLive comes back.
    c.pause();
    EXPECT_FALSE(c.isLive());
    c.goLive(111'000);
    c.step(-1);
    EXPECT_FALSE(c.isLive());
    c.goLive(112'000);
    c.setReversed(true);
    EXPECT_FALSE(c.isLive());
    c.setLiveSession(false);
    c.setReversed(false);
    c.play();
    c.setRate(1);
    c.advance(100); // no session: the end stops the clock, as in playback
    EXPECT_FALSE(c.isLive());
    EXPECT_FALSE(c.isPlaying());
}
