// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/LiveTrackStore.h"

#include <gtest/gtest.h>

using namespace trilink;

namespace {

constexpr std::int64_t kT0 = 1714532400000; // 2024-05-01T03:00:00Z

LiveReport report(const QString &uid, std::int64_t timeMs, double lon = 129.0, std::int64_t receivedMs = 0)
{
    LiveReport r;
    r.uid = uid;
    r.point.timeMsUtc = timeMs;
    r.point.lon = lon;
    r.point.lat = 35.0;
    r.staleMs = timeMs + 60'000;
    r.receivedMs = receivedMs ? receivedMs : timeMs + 250;
    return r;
}

std::vector<std::int64_t> times(const LiveTrack &t)
{
    std::vector<std::int64_t> out;
    for (const auto &p : t.track.points)
        out.push_back(p.timeMsUtc);
    return out;
}

} // namespace

TEST(LiveTrackStore, OneTrackPerUidInTimeOrderWhateverTheArrivalOrder)
{
    LiveTrackStore store;
    EXPECT_EQ(store.add(report(QStringLiteral("A"), kT0 + 1000)), LiveTrackStore::Added::NewTrack);
    EXPECT_EQ(store.add(report(QStringLiteral("B"), kT0)), LiveTrackStore::Added::NewTrack);
    EXPECT_EQ(store.add(report(QStringLiteral("A"), kT0 + 3000)), LiveTrackStore::Added::Appended);
    EXPECT_EQ(store.add(report(QStringLiteral("A"), kT0 + 2000)), LiveTrackStore::Added::Inserted); // UDP reordered it
    EXPECT_EQ(store.add(report(QStringLiteral("A"), kT0)), LiveTrackStore::Added::Inserted);
    EXPECT_EQ(store.add(report(QStringLiteral("A"), kT0 + 2000, 130.0)), LiveTrackStore::Added::Replaced); // a re-send
    ASSERT_EQ(store.tracks().size(), 2u);
    const LiveTrack *a = store.find(QStringLiteral("A"));
    ASSERT_TRUE(a);
    EXPECT_EQ(times(*a), (std::vector<std::int64_t>{kT0, kT0 + 1000, kT0 + 2000, kT0 + 3000}));
    EXPECT_DOUBLE_EQ(a->track.points[2].lon, 130.0);
    EXPECT_EQ(a->reports, 5);
    EXPECT_EQ(store.tracks()[0].track.id, QStringLiteral("A")); // first heard first
    EXPECT_EQ(store.counts().reports, 6);
    EXPECT_EQ(store.counts().reordered, 2);
    EXPECT_EQ(store.counts().replaced, 1);
}

TEST(LiveTrackStore, LatencyIsArrivalMinusTheReportsOwnTime)
{
    LiveTrackStore store;
    store.add(report(QStringLiteral("A"), kT0, 129.0, kT0 + 1500));
    store.add(report(QStringLiteral("A"), kT0 + 1000, 129.0, kT0 + 1100));
    store.add(report(QStringLiteral("A"), kT0 + 500, 129.0, kT0 + 4000)); // late, put in its place
    const LiveTrack *a = store.find(QStringLiteral("A"));
    EXPECT_EQ(a->latencyMs, (std::vector<std::int64_t>{1500, 3500, 100}));
    EXPECT_EQ(a->lastLatencyMs(), 100);
    EXPECT_EQ(a->lastReceivedMs, kT0 + 4000);
}

TEST(LiveTrackStore, TheLatestReportDescribesTheTrack)
{
    LiveTrackStore store;
    LiveReport r = report(QStringLiteral("A"), kT0 + 1000);
    r.label = QStringLiteral("BUSAN-1");
    r.identity.kind = QStringLiteral("a-f-G-U-C");
    r.identity.how = QStringLiteral("m-g");
    store.add(r);
    LiveReport late = report(QStringLiteral("A"), kT0);
    late.label = QStringLiteral("OLD NAME");
    late.identity.kind = QStringLiteral("a-h-G");
    late.staleMs = kT0 + 30'000;
    store.add(late);
    const LiveTrack *a = store.find(QStringLiteral("A"));
    EXPECT_EQ(a->track.label, QStringLiteral("BUSAN-1"));
    EXPECT_EQ(a->track.identity.kind, QStringLiteral("a-f-G-U-C"));
    EXPECT_EQ(a->track.identity.how, QStringLiteral("m-g"));
    EXPECT_EQ(a->staleMs, kT0 + 61'000); // a late report never makes a track stale sooner
}

TEST(LiveTrackStore, StaleTracksAreForgottenAfterTheirTime)
{
    LiveTrackStore::Limits limits;
    limits.forgetAfterMs = 10 * 60'000;
    LiveTrackStore store(limits);
    store.add(report(QStringLiteral("A"), kT0));          // stale at +60 s
    store.add(report(QStringLiteral("B"), kT0 + 600'000)); // stale at +11 min
    const std::int64_t now = kT0 + 61'000;
    EXPECT_TRUE(store.find(QStringLiteral("A"))->isStale(now));
    EXPECT_FALSE(store.find(QStringLiteral("B"))->isStale(now));
    EXPECT_TRUE(store.expire(kT0 + 60'000 + 600'000).isEmpty()); // exactly at the limit: kept
    EXPECT_EQ(store.expire(kT0 + 60'001 + 600'000), QStringList{QStringLiteral("A")});
    ASSERT_EQ(store.tracks().size(), 1u);
    EXPECT_EQ(store.find(QStringLiteral("B"))->track.id, QStringLiteral("B"));
    EXPECT_EQ(store.find(QStringLiteral("A")), nullptr);
    EXPECT_EQ(store.counts().tracksExpired, 1);
}

TEST(LiveTrackStore, BoundsOnTracksAndPoints)
{
    LiveTrackStore::Limits limits;
    limits.maxTracks = 3;
    limits.maxPointsPerTrack = 5;
    LiveTrackStore store(limits);
    for (int i = 0; i < 8; ++i)
        store.add(report(QStringLiteral("A"), kT0 + i * 1000));
    EXPECT_EQ(times(*store.find(QStringLiteral("A"))).front(), kT0 + 3000); // the oldest three went
    EXPECT_EQ(store.find(QStringLiteral("A"))->latencyMs.size(), 5u);
    EXPECT_EQ(store.counts().pointsDropped, 3);
    store.add(report(QStringLiteral("B"), kT0, 129, kT0 + 100));
    store.add(report(QStringLiteral("C"), kT0, 129, kT0 + 50'000));
    store.add(report(QStringLiteral("D"), kT0, 129, kT0 + 60'000));
    // B was heard from least recently (A's last arrival is kT0 + 7250).
    ASSERT_EQ(store.tracks().size(), 3u);
    EXPECT_EQ(store.find(QStringLiteral("B")), nullptr);
    EXPECT_NE(store.find(QStringLiteral("D")), nullptr);
    EXPECT_EQ(store.counts().tracksEvicted, 1);
}

TEST(LiveTrackStore, ChangedUidsAreTakenOnce)
{
    LiveTrackStore store;
    store.add(report(QStringLiteral("A"), kT0));
    store.add(report(QStringLiteral("B"), kT0));
    store.add(report(QStringLiteral("A"), kT0 + 1000));
    EXPECT_EQ(store.takeChanged(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    EXPECT_TRUE(store.takeChanged().isEmpty());
    store.add(report(QStringLiteral("B"), kT0 + 1000));
    EXPECT_EQ(store.takeChanged(), QStringList{QStringLiteral("B")});
}
