// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The main window as a user drives it: the real catalogue, the real widgets, QTest input. Time is injected
// by advancing the clock by hand, so nothing depends on how fast the machine is.
#include "app/gui/BriefingMode.h"
#include "app/gui/MainWindow.h"
#include "maps/Projection.h"
#include "tests/gui/WindowFixture.h"
#include "widgets/MapCanvas.h"
#include "widgets/TimelinePanel.h"
#include "widgets/TimelineWidget.h"
#include "widgets/TrackListModel.h"
#include "widgets/TrackListPanel.h"

#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QTest>

#include <gtest/gtest.h>

using namespace trilink;

namespace {
const QString kHs15 = QStringLiteral("2017-11-28-pyongsong-1"); // launches.csv's 2017-11-28-HS15
const QString kHs17 = QStringLiteral("2022-11-18-pyongyang-1"); // launches.csv's 2022-11-18-HS17

// One window for the suite: the catalogue takes half a second to model.
app::MainWindow &window()
{
    return readyWindow(QSize(1600, 1000));
}

template <typename T>
T *find(app::MainWindow &w)
{
    return w.findChild<T *>();
}

// The pixel of a track's sample on the canvas, from the canvas's own view and projection.
std::optional<QPoint> pixelOf(app::MainWindow &w, const QString &id, double fraction)
{
    const ScenarioTrack *t = w.scenario()->find(id);
    if (!t)
        return std::nullopt;
    const auto &s = t->samples[static_cast<std::size_t>(fraction * (t->samples.size() - 1))];
    const auto &settings = w.canvas()->settings();
    const auto xy = maps::Projection(settings.projection).forward(s.lon, s.lat);
    if (!xy)
        return std::nullopt;
    return settings.toPixel(*xy).toPoint();
}
} // namespace

TEST(MainWindow, OpensOnTheCatalogueWithEveryTrackListed)
{
    auto &w = window();
    ASSERT_TRUE(w.scenario());
    const std::size_t n = w.scenario()->tracks.size();
    EXPECT_EQ(n + w.scenario()->withoutEnoughFacts.size(), 266u); // every missile of the record since 2016
    auto *list = find<widgets::TrackListPanel>(w);
    ASSERT_TRUE(list);
    EXPECT_EQ(list->model()->trackCount(), static_cast<int>(n));
    ASSERT_TRUE(w.canvas()->settings().tracks);
    EXPECT_EQ(w.canvas()->settings().tracks->tracks.size(), n);
    // The old catalogue ids still select their missile.
    w.selectTrack(QStringLiteral("2017-11-28-HS15"));
    EXPECT_EQ(w.selectedTrack(), kHs15);
}

TEST(MainWindow, SelectingARowSelectsTheTrackOnTheMapAndTheTimeline)
{
    auto &w = window();
    auto *list = find<widgets::TrackListPanel>(w);
    const int row = [&] {
        for (int r = 0; r < list->proxyModel()->rowCount(); ++r)
            if (list->proxyModel()->index(r, 0).data().toString() == kHs15)
                return r;
        return -1;
    }();
    ASSERT_GE(row, 0);
    QTreeView *table = list->treeView();
    table->scrollTo(list->proxyModel()->index(row, 0)); // a user scrolls to the row before clicking it
    const QRect cell = table->visualRect(list->proxyModel()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    EXPECT_EQ(w.selectedTrack(), kHs15);
    EXPECT_EQ(w.canvas()->settings().selectedTrack, kHs15);
    const ScenarioTrack *t = w.scenario()->find(kHs15);
    // The clock now plays this launch: its range covers launch to impact and the map shows that instant.
    EXPECT_LE(w.clock()->startMs(), static_cast<double>(t->launchMsUtc));
    EXPECT_GE(w.clock()->endMs(), t->endMsUtc());
    ASSERT_TRUE(w.canvas()->settings().timeMs);
    EXPECT_DOUBLE_EQ(*w.canvas()->settings().timeMs, w.clock()->timeMs());
    auto *timeline = find<widgets::TimelineWidget>(w);
    ASSERT_TRUE(timeline && timeline->selectedTrack());
    EXPECT_EQ(timeline->selectedTrack()->id, kHs15);
}

TEST(MainWindow, ClickingATrackOnTheMapSelectsItsRow)
{
    auto &w = window();
    w.selectTrack(kHs15);
    ASSERT_EQ(w.selectedTrack(), kHs15);
    w.canvas()->setTime(std::nullopt); // the overview: every track drawn whole
    const auto at = pixelOf(w, kHs17, 0.9);
    ASSERT_TRUE(at);
    ASSERT_TRUE(w.canvas()->rect().contains(*at));
    QTest::mouseClick(w.canvas(), Qt::LeftButton, Qt::NoModifier, *at);
    EXPECT_EQ(w.selectedTrack(), kHs17);
    EXPECT_EQ(find<widgets::TrackListPanel>(w)->selectedTrack(), kHs17);
}

TEST(MainWindow, PlayAdvancesTheClockAndTheMap)
{
    auto &w = window();
    w.selectTrack(kHs15);
    const double before = w.clock()->timeMs();
    w.clock()->setRate(60);
    w.clock()->play();
    w.clock()->advance(0.5); // half a second of wall time at 60x
    w.clock()->pause();
    EXPECT_NEAR(w.clock()->timeMs() - before, 30'000.0, 1e-6);
    ASSERT_TRUE(w.canvas()->settings().timeMs);
    EXPECT_DOUBLE_EQ(*w.canvas()->settings().timeMs, w.clock()->timeMs());
}

TEST(MainWindow, ViewAsChangesWhatTheStripShows)
{
    auto &w = window();
    w.selectTrack(kHs15);
    const ScenarioTrack *t = w.scenario()->find(kHs15);
    const PartnerCustody *usa = t->attribution.custodyOf(Partner::USA);
    ASSERT_TRUE(usa); // the US holds the lofted Hwasong-15 (docs/sensors.md)
    const double held = static_cast<double>(t->launchMsUtc) + usa->firstDetectionS * 1000.0 + 500.0;
    auto *timeline = find<widgets::TimelineWidget>(w);
    w.setViewAs(std::nullopt);
    EXPECT_TRUE(timeline->laneFilledAt(Partner::USA, held));
    w.setViewAs(Partner::KOR);
    EXPECT_FALSE(timeline->laneFilledAt(Partner::USA, held)); // not in Korea's own picture
    EXPECT_EQ(w.canvas()->settings().viewAs, ViewAs(Partner::KOR));
    w.setViewAs(std::nullopt);
}

TEST(MainWindow, ClickingAnEventTickSeeksTheClock)
{
    auto &w = window();
    w.selectTrack(kHs15);
    auto *timeline = find<widgets::TimelineWidget>(w);
    const auto ticks = timeline->ticks();
    const auto apogee = std::find_if(ticks.begin(), ticks.end(), [](const widgets::TimelineTick &t) {
        return t.kind == widgets::TimelineTick::Kind::Apogee;
    });
    ASSERT_NE(apogee, ticks.end());
    const ScenarioTrack *t = w.scenario()->find(kHs15);
    QTest::mouseClick(timeline, Qt::LeftButton, Qt::NoModifier, QPoint(apogee->x, timeline->laneRect(Partner::USA).top() - 4));
    EXPECT_NEAR(w.clock()->timeMs(), static_cast<double>(t->launchMsUtc) + t->apogeeTimeS * 1000.0, 1.0);
}

TEST(MainWindow, BriefingModeHidesTheChromeAndShowsTheBanner)
{
    auto &w = window();
    auto *briefing = w.briefing();
    briefing->enter();
    EXPECT_TRUE(briefing->isActive());
    EXPECT_FALSE(w.menuBar()->isVisible());
    for (QDockWidget *d : w.findChildren<QDockWidget *>())
        EXPECT_FALSE(d->isVisible());
    int banners = 0;
    for (QLabel *l : w.findChildren<QLabel *>())
        banners += l->isVisible() && l->text() == QStringLiteral("UNCLASSIFIED — PUBLIC DATA — TRAINING");
    EXPECT_EQ(banners, 2);
    EXPECT_GT(w.canvas()->settings().textScale, 1.0);
    QTest::keyClick(&w, Qt::Key_Escape);
    EXPECT_FALSE(briefing->isActive());
    EXPECT_TRUE(w.menuBar()->isVisible());
}
