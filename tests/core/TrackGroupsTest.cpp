// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Events, Korean days and years of the record, for the grouped track list and for playing several missiles
// on one clock; checked against the CSV's rows read by hand.
#include "core/TrackFilter.h"
#include "core/TrackGroups.h"
#include "tests/core/CatalogFixture.h"

#include <gtest/gtest.h>

using namespace trilink;

namespace {
double utcMs(int y, int mo, int d, int h, int mi, int s = 0)
{
    return static_cast<double>(QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toMSecsSinceEpoch());
}
} // namespace

// 2 November 2022 in Korea: the Uiju salvo (06:51 KST, no ranges: no tracks) and the three from Wonsan at
// 08:51 KST, all on 1 November UTC. Played as one: from 20 s before the first Wonsan launch (23:51:00Z) to
// 30 s after the last of them lands.
TEST(TrackGroups, TheDayOfTwoNovember2022PlaysAsOne)
{
    const Scenario &s = fixture::storedRecord();
    const auto day = trackgroups::find(s, TrackGroup::Kind::Day, QStringLiteral("2022-11-02"));
    ASSERT_TRUE(day);
    EXPECT_EQ(day->trackIds, (QStringList{QStringLiteral("2022-11-01-wonsan-1"), QStringLiteral("2022-11-01-wonsan-2"),
                                          QStringLiteral("2022-11-01-wonsan-3")}));
    EXPECT_EQ(day->label, QStringLiteral("2 November 2022 (Korea) · 3 missiles"));
    ASSERT_EQ(day->spans.size(), 1u);
    EXPECT_DOUBLE_EQ(day->spans[0].first, utcMs(2022, 11, 1, 23, 50, 40));
    double end = 0;
    for (const QString &id : day->trackIds)
        end = std::max(end, s.find(id)->endMsUtc());
    EXPECT_DOUBLE_EQ(day->spans[0].second, end + 30'000);
    // The same day from any of its tracks, and its event.
    EXPECT_EQ(trackgroups::containing(s, TrackGroup::Kind::Day, QStringLiteral("2022-11-01-wonsan-2"))->key, QStringLiteral("2022-11-02"));
    const auto event = trackgroups::containing(s, TrackGroup::Kind::Event, QStringLiteral("2022-11-01-wonsan-3"));
    ASSERT_TRUE(event);
    EXPECT_EQ(event->key, QStringLiteral("2022-11-01-wonsan"));
    EXPECT_EQ(event->trackIds.size(), 3);
}

// 2024-03-17, Samsok: three KN-25 at 22:44 UTC and three at 23:21 (CSV rows series 1-3 and 4-6). Played as
// one event, the clock skips the half hour between the two volleys.
TEST(TrackGroups, AnEventWithTwoVolleysSkipsTheGap)
{
    const auto e = trackgroups::find(fixture::storedRecord(), TrackGroup::Kind::Event, QStringLiteral("2024-03-17-samsok-test-3"));
    ASSERT_TRUE(e);
    ASSERT_EQ(e->trackIds.size(), 6);
    ASSERT_EQ(e->spans.size(), 2u);
    EXPECT_DOUBLE_EQ(e->spans[0].first, utcMs(2024, 3, 17, 22, 43, 40));
    EXPECT_DOUBLE_EQ(e->spans[1].first, utcMs(2024, 3, 17, 23, 20, 40));
    EXPECT_LT(e->playedMs(), e->lastEndMs - e->firstLaunchMs);
    // The clock after the first volley goes straight to the second.
    EXPECT_DOUBLE_EQ(foldIntoSpans(e->spans, e->spans[0].second + 60'000, true, false), e->spans[1].first);
}

// A year is every track of that year, played volley after volley: 2022's flights take hours, not a year.
TEST(TrackGroups, AYearPlaysItsFlightsBackToBack)
{
    const Scenario &s = fixture::storedRecord();
    const auto y = trackgroups::find(s, TrackGroup::Kind::Year, QStringLiteral("2022"));
    ASSERT_TRUE(y);
    int n = 0;
    for (const ScenarioTrack &t : s.tracks)
        n += t.facts && t.facts->year() == 2022;
    EXPECT_EQ(y->trackIds.size(), n);
    EXPECT_LT(y->playedMs(), 24 * 3600e3);
    for (std::size_t i = 1; i < y->spans.size(); ++i)
        EXPECT_GT(y->spans[i].first, y->spans[i - 1].second);
    EXPECT_EQ(trackgroups::of(s, TrackGroup::Kind::Year).front().key, QStringLiteral("2016"));
}

TEST(TrackGroups, FoldIntoSpansByHand)
{
    const std::vector<std::pair<double, double>> spans{{10, 20}, {50, 60}};
    EXPECT_EQ(foldIntoSpans(spans, 15, true, false), 15);
    EXPECT_EQ(foldIntoSpans(spans, 30, true, false), 50);  // forwards through the gap
    EXPECT_EQ(foldIntoSpans(spans, 30, false, false), 20); // backwards through it
    EXPECT_EQ(foldIntoSpans(spans, 70, true, false), 60);  // past the end: stay there
    EXPECT_EQ(foldIntoSpans(spans, 70, true, true), 10);   // or loop
    EXPECT_EQ(foldIntoSpans(spans, 5, false, true), 60);
    EXPECT_EQ(foldIntoSpans(spans, 5, true, false), 10);
}

// Filters by year, class, missile, outcome, site and held-by, and free text that knows the old ids.
TEST(TrackFilter, FieldsAndText)
{
    const Scenario &s = fixture::storedRecord();
    const auto count = [&](const TrackFilter &f, ViewAs v = std::nullopt) {
        int n = 0;
        for (const ScenarioTrack &t : s.tracks)
            n += f.accepts(t, v);
        return n;
    };
    EXPECT_EQ(count(TrackFilter{}), static_cast<int>(s.tracks.size()));
    TrackFilter f;
    f.year = 2022;
    f.missileClass = QStringLiteral("icbm");
    EXPECT_EQ(count(f), 4); // 24 March, 4 May, 2 and 18 November (16 March has no range)
    f = {};
    f.outcome = LaunchOutcome::Failure;
    f.year = 2022;
    EXPECT_EQ(count(f), 3); // 4 May, 24 May #1, 2 November
    f = {};
    f.siteKey = QStringLiteral("sohae");
    f.year = 2017;
    EXPECT_EQ(count(f), 4); // the four ER Scuds of 5 March that flew (the fifth failed at launch)
    f = {};
    f.text = QStringLiteral("hs15");
    QStringList ids;
    for (const ScenarioTrack &t : s.tracks)
        if (f.accepts(t))
            ids << t.id;
    EXPECT_TRUE(ids.contains(QStringLiteral("2017-11-28-pyongsong-1")));
    // Held by Japan in Japan's own picture: never more than in the combined one.
    f = {};
    f.heldBy = partnerBit(Partner::JPN);
    EXPECT_LE(count(f, Partner::JPN), count(f));
    EXPECT_LT(count(f, Partner::KOR), count(f)); // Korea's own picture holds no Japanese sensor
    EXPECT_EQ(count(f, Partner::KOR), 0);
    const auto c = TrackFilter::choices(s);
    EXPECT_EQ(c.years.front(), 2016);
    EXPECT_EQ(c.classes.front(), QStringLiteral("srbm"));
    EXPECT_EQ(c.missiles.front(), QStringLiteral("KN-25")); // the most launched (77 rows)
}
