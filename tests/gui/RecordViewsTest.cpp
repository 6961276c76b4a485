// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The window's views of the whole record, driven as a user would: playing a day or an event as one clock,
// the track list's filters on the map, and the statistics asking for tracks. Time is advanced by hand.
#include "app/gui/GroupPlayback.h"
#include "app/gui/MainWindow.h"
#include "tests/gui/WindowFixture.h"
#include "widgets/MapCanvas.h"
#include "widgets/StatisticsPanel.h"
#include "widgets/TrackListPanel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace trilink;

namespace {
app::MainWindow &window() { return readyWindow(QSize(1600, 1000)); }
} // namespace

// 2 November 2022 in Korea: the three Wonsan missiles of 23:51 UTC on the 1st fly together on one clock;
// the map draws them in full and the rest of the record faded.
TEST(RecordViews, PlayingTheDayOfTwoNovember2022)
{
    auto &w = window();
    ASSERT_TRUE(w.playGroup(TrackGroup::Kind::Day, QStringLiteral("2022-11-02")));
    const auto &g = w.groupPlayback()->group();
    ASSERT_TRUE(g);
    EXPECT_EQ(g->trackIds.size(), 3);
    EXPECT_EQ(w.selectedTrack(), QStringLiteral("2022-11-01-wonsan-1"));
    EXPECT_DOUBLE_EQ(w.clock()->startMs(), g->spans.front().first);
    EXPECT_DOUBLE_EQ(w.clock()->endMs(), g->spans.back().second);
    EXPECT_TRUE(w.clock()->isPlaying());
    const auto &emphasised = w.canvas()->settings().emphasised;
    ASSERT_TRUE(emphasised);
    EXPECT_EQ(emphasised->size(), 3);
    EXPECT_TRUE(emphasised->contains(QStringLiteral("2022-11-01-wonsan-3")));
    // All three in the air at once, a minute in: each has launched and none has landed.
    w.clock()->pause();
    w.clock()->seek(g->spans.front().first + 80'000);
    for (const QString &id : g->trackIds) {
        const ScenarioTrack *t = w.scenario()->find(id);
        EXPECT_LT(static_cast<double>(t->launchMsUtc), w.clock()->timeMs()) << id.toStdString();
        EXPECT_GT(t->endMsUtc(), w.clock()->timeMs()) << id.toStdString();
    }
    // Selecting one of them keeps the day playing; a track of another day ends it.
    w.selectTrack(QStringLiteral("2022-11-01-wonsan-2"));
    EXPECT_TRUE(w.groupPlayback()->group());
    w.selectTrack(QStringLiteral("2017-11-28-pyongsong-1"));
    EXPECT_FALSE(w.groupPlayback()->group());
    EXPECT_FALSE(w.canvas()->settings().emphasised);
}

// 2024-03-17 at Samsok: two volleys 37 minutes apart. Played as one event, the clock leaves the first volley
// for the second without the half hour between.
TEST(RecordViews, AnEventPlaysItsVolleysBackToBack)
{
    auto &w = window();
    ASSERT_TRUE(w.playGroup(TrackGroup::Kind::Event, QStringLiteral("2024-03-17-samsok-test-3")));
    const auto &spans = w.groupPlayback()->group()->spans;
    ASSERT_EQ(spans.size(), 2u);
    w.clock()->pause();
    w.clock()->seek(spans[0].second - 1000);
    w.clock()->setRate(60);
    w.clock()->play();
    w.clock()->advance(1.0); // one second of wall time: a minute of scenario, past the first volley's end
    EXPECT_GE(w.clock()->timeMs(), spans[1].first);
    EXPECT_LE(w.clock()->timeMs(), spans[1].second);
    w.clock()->pause();
}

// The filters leave tracks out of the list and fade them on the map; the statistics' bars ask for tracks.
TEST(RecordViews, FiltersAndStatistics)
{
    auto &w = window();
    w.groupPlayback()->stop(); // a group being played would be what the map emphasises
    widgets::TrackListPanel *list = w.trackList();
    TrackFilter f;
    f.year = 2022;
    f.missileClass = QStringLiteral("icbm");
    list->setFilter(f);
    EXPECT_EQ(list->yearFilter()->currentText(), QStringLiteral("2022"));
    EXPECT_EQ(list->classFilter()->currentText(), QStringLiteral("ICBM"));
    // The map draws those in full and fades the rest of the record.
    const auto &shown = w.canvas()->settings().emphasised;
    ASSERT_TRUE(shown);
    EXPECT_EQ(shown->size(), 4); // 24 March, 4 May, 2 and 18 November
    EXPECT_TRUE(shown->contains(QStringLiteral("2022-11-18-pyongyang-1")));
    list->setFilter({});
    EXPECT_FALSE(w.canvas()->settings().emphasised);

    widgets::StatisticsPanel *stats = w.statistics();
    ASSERT_NE(stats, nullptr);
    auto *dock = qobject_cast<QDockWidget *>(stats->parentWidget());
    ASSERT_NE(dock, nullptr);
    EXPECT_EQ(dock->windowTitle(), QStringLiteral("Statistics"));
    // The review is computed on a worker for the scenario the window holds; a slow run (the sanitizers) may
    // still show the one of the scenario before the record was loaded, so wait for the record's.
    EXPECT_TRUE(QTest::qWaitFor([stats] { return stats->review() && stats->review()->missiles == 266; }, 20000));
    ASSERT_TRUE(stats->review());
    EXPECT_EQ(stats->review()->missiles, 266);
    TrackFilter asked;
    asked.year = 2019;
    asked.missileClass = QStringLiteral("srbm");
    emit stats->filterRequested(asked);
    EXPECT_EQ(list->filter(), asked);
    list->setFilter({});
}
