// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The main window as a user drives it: the real catalogue, the real widgets, QTest input. Time is injected
// by advancing the clock by hand, so nothing depends on how fast the machine is.
#include "app/gui/AnimationDialog.h"
#include "app/gui/BriefingMode.h"
#include "app/gui/MainWindow.h"
#include "core/Playlist.h"
#include "maps/Projection.h"
#include "tests/gui/WindowFixture.h"
#include "widgets/MapCanvas.h"
#include "widgets/PlaybackBar.h"
#include "widgets/TimelinePanel.h"
#include "widgets/TimelineWidget.h"
#include "widgets/TrackListModel.h"
#include "widgets/TrackListPanel.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace trilink;

namespace {
const QString kHs15 = QStringLiteral("2017-11-28-pyongsong-1"); // launches.csv's 2017-11-28-HS15
const QString kHs17 = QStringLiteral("2022-11-18-pyongyang-1"); // launches.csv's 2022-11-18-HS17

// One window for the suite: the catalogue takes half a second to model.
app::MainWindow &window()
{
    auto &w = readyWindow(QSize(1600, 1000));
    QApplication::setActiveWindow(&w); // a test's own window may have taken the focus: shortcuts need it
    return w;
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

// Before any track is selected the clock stands at the end of the record (the last impact, plus the run-out)
// and the timeline spans the record: no 1970 anywhere (issue 20, item 1); the
// clock reads the date of the last impact.
TEST(MainWindow, OpensWithTheClockOnTheRecordNotTheEpoch)
{
    // A window of its own: the suite's shared window has a track selected by earlier tests.
    app::MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QSignalSpy ready(&w, &app::MainWindow::scenarioReady);
    ASSERT_TRUE(w.scenario() || ready.wait(30000));
    ASSERT_TRUE(w.selection()->track().isEmpty());
    double first = 1e300, last = -1e300;
    for (const auto &t : w.scenario()->tracks) {
        first = std::min(first, static_cast<double>(t.launchMsUtc));
        last = std::max(last, t.endMsUtc());
    }
    EXPECT_DOUBLE_EQ(w.clock()->timeMs(), last + playlist::kRunOutS * 1000.0);
    auto *bar = find<widgets::PlaybackBar>(w);
    ASSERT_TRUE(bar);
    EXPECT_FALSE(bar->utcText().startsWith(QStringLiteral("1970"))) << bar->utcText().toStdString();
    EXPECT_TRUE(bar->utcText().startsWith(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(last), QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd"))))
        << bar->utcText().toStdString();
    auto *timeline = find<widgets::TimelineWidget>(w);
    ASSERT_TRUE(timeline);
    EXPECT_DOUBLE_EQ(timeline->windowStartMs(), first - playlist::kLeadInS * 1000.0);
    EXPECT_DOUBLE_EQ(timeline->windowEndMs(), last + playlist::kRunOutS * 1000.0);
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
    const QModelIndex missile = list->proxyModel()->index(row, widgets::TrackListModel::Missile); // shown by default
    table->scrollTo(missile); // a user scrolls to the row before clicking it
    const QRect cell = table->visualRect(missile);
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
    const auto at = pixelOf(w, kHs17, 0.5); // mid-flight, clear of the tracks that end near its impact
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

TEST(MainWindow, BriefingModeHidesTheChromeAndShowsTheBannerAndTheCustodyStrip)
{
    auto &w = window();
    auto *briefing = w.briefing();
    auto *timeline = find<widgets::TimelineWidget>(w);
    const int normalHeight = timeline->sizeHint().height();
    briefing->enter();
    QCoreApplication::processEvents();
    EXPECT_TRUE(briefing->isActive());
    EXPECT_FALSE(w.menuBar()->isVisible());
    for (QDockWidget *d : w.findChildren<QDockWidget *>())
        EXPECT_FALSE(d->isVisible()) << d->objectName().toStdString();
    std::vector<QLabel *> banners;
    for (QLabel *l : w.findChildren<QLabel *>())
        if (l->isVisible() && l->text() == QStringLiteral("UNCLASSIFIED — PUBLIC DATA — TRAINING"))
            banners.push_back(l);
    ASSERT_EQ(banners.size(), 2u);
    EXPECT_GT(w.canvas()->settings().textScale, 1.0);
    // The custody strip stays, in the wall's type size, between the map and the bottom banner: top banner,
    // map, timeline, banner, top to bottom, none over another (issue 20).
    ASSERT_TRUE(timeline->isVisible());
    EXPECT_GT(timeline->sizeHint().height(), 1.4 * normalHeight);
    const auto top = [&](QWidget *x) { return x->mapTo(&w, QPoint(0, 0)).y(); };
    const auto bottom = [&](QWidget *x) { return top(x) + x->height(); };
    const auto [upper, lower] = std::minmax(banners[0], banners[1], [&](QLabel *a, QLabel *b) { return top(a) < top(b); });
    EXPECT_LE(bottom(upper), top(w.canvas()));
    EXPECT_LE(bottom(w.canvas()), top(timeline));
    EXPECT_LE(bottom(timeline), top(lower));
    EXPECT_GE(bottom(lower), w.height() - 1); // the banner is the picture's last line
    QTest::keyClick(&w, Qt::Key_Escape);
    EXPECT_FALSE(briefing->isActive());
    EXPECT_TRUE(w.menuBar()->isVisible());
    QCoreApplication::processEvents();
    EXPECT_EQ(timeline->sizeHint().height(), normalHeight);
    for (QDockWidget *d : w.findChildren<QDockWidget *>())
        if (d->objectName() == QStringLiteral("timelineDock")) {
            EXPECT_TRUE(d->isVisible());
            EXPECT_TRUE(d->isAncestorOf(timeline)); // back in its dock
        }
}

// Issue 20, item 2: on a 1366x768 laptop the Tracks table has a vertical scroll bar, and the figures at
// its right ("Range km" 1000, 4511) were cut at the viewport's edge into other numbers. Every column but
// the missile's name must lie wholly inside the viewport and be as wide as its widest cell.
TEST(MainWindow, TheTracksTableNeverCutsANumberOnALaptop)
{
    auto &w = readyWindow(QSize(1366, 768));
    ASSERT_TRUE(w.scenario());
    auto *list = find<widgets::TrackListPanel>(w);
    ASSERT_TRUE(list);
    QTreeView *table = list->treeView();
    QCoreApplication::processEvents(); // the header's deferred to-contents pass, then the panel's fit
    // The record's rows do not fit (the bar shows once the new window's layout has settled).
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->verticalScrollBar()->isVisible(); }, 5000));
    QCoreApplication::processEvents();
    const QHeaderView *header = table->header();
    const QAbstractItemModel *model = table->model();
    for (int c = 0; c < widgets::TrackListModel::ColumnCount; ++c) {
        if (c == widgets::TrackListModel::Missile || header->isSectionHidden(c))
            continue;
        SCOPED_TRACE(model->headerData(c, Qt::Horizontal).toString().toStdString());
        EXPECT_LE(header->sectionViewportPosition(c) + header->sectionSize(c), table->viewport()->width());
        int widest = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex top = model->index(row, c);
            widest = std::max(widest, table->sizeHintForIndex(top).width());
            const QModelIndex parent = model->index(row, 0);
            for (int child = 0; table->isExpanded(parent) && child < model->rowCount(parent); ++child)
                widest = std::max(widest, table->sizeHintForIndex(model->index(child, c, parent)).width());
        }
        EXPECT_GE(header->sectionSize(c), widest);
        EXPECT_GE(header->sectionSize(c), header->sectionSizeHint(c)); // the heading too
    }
    // The map is the main thing: the list takes at most about a third of the laptop's width (issue 20).
    QDockWidget *dock = nullptr;
    for (QDockWidget *d : w.findChildren<QDockWidget *>())
        if (d->objectName() == QStringLiteral("tracksDock"))
            dock = d;
    ASSERT_TRUE(dock);
    EXPECT_LE(dock->width(), 0.35 * w.width()) << dock->width() << " of " << w.width();
    EXPECT_GE(w.canvas()->width(), 0.6 * w.width());
}

// Issue 20, item 11: the globe opens wide enough to look like one (region::kGlobeExtentKm across), not at
// the region's 3,400 km, and the region comes back at its own width.
TEST(MainWindow, TheGlobeOpensAsAGlobe)
{
    auto &w = window();
    const auto widthKm = [&] { return w.canvas()->settings().metresPerPixel * w.canvas()->width() / 1000.0; };
    QAction *globe = nullptr, *regional = nullptr;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->data().toString() == QStringLiteral("ortho"))
            globe = a;
        if (a->data().toString() == QStringLiteral("lcc"))
            regional = a;
    }
    ASSERT_TRUE(globe && regional);
    globe->trigger();
    // The whole globe's width, or as near as the canvas's widest scale allows in a small test window.
    EXPECT_NEAR(widthKm(), std::min(region::kGlobeExtentKm, widgets::MapCanvas::kMaxMetresPerPixel * w.canvas()->width() / 1000.0), 1.0);
    regional->trigger();
    EXPECT_NEAR(widthKm(), region::kDefaultExtentKm, 1.0);
}

// Issue 20, item 9: a hover on a sensor says what it is, on a track what it is and what sharing did, and
// over open sea nothing; a view-as hides the others' sensors from the hover as from the map.
TEST(MainWindow, HoverOnASensorOrATrackSaysWhatItIs)
{
    auto &w = window();
    w.setViewAs(std::nullopt);
    const auto &settings = w.canvas()->settings();
    ASSERT_TRUE(settings.tracks);
    const maps::TrackOverlay::SensorMark *shariki = nullptr;
    for (const auto &s : settings.tracks->sensors)
        if (s.id == QStringLiteral("USA-TPY2-SHARIKI"))
            shariki = &s;
    ASSERT_TRUE(shariki);
    w.canvas()->showLonLat(shariki->lonLat, 3400.0);
    QCoreApplication::processEvents();
    const auto pixelOfLonLat = [&](QPointF lonLat) {
        const auto xy = maps::Projection(w.canvas()->settings().projection).forward(lonLat.x(), lonLat.y());
        return w.canvas()->settings().toPixel(*xy);
    };
    const QString tip = w.canvas()->toolTipAt(pixelOfLonLat(shariki->lonLat) + QPointF(2, 1));
    EXPECT_TRUE(tip.contains(QStringLiteral("USA-TPY2-SHARIKI"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("United States"))) << tip.toStdString();
    EXPECT_TRUE(w.canvas()->toolTipAt(pixelOfLonLat(QPointF(150.0, 30.0))).isEmpty()); // the open Pacific
    w.setViewAs(Partner::KOR);
    EXPECT_FALSE(w.canvas()->toolTipAt(pixelOfLonLat(shariki->lonLat)).contains(QStringLiteral("SHARIKI")));
    w.setViewAs(std::nullopt);

    w.canvas()->resetView();
    QCoreApplication::processEvents();
    const auto at = pixelOf(w, kHs15, 0.5);
    ASSERT_TRUE(at);
    const QString trackTip = w.canvas()->toolTipAt(*at);
    EXPECT_TRUE(trackTip.contains(QStringLiteral("Launch 20"))) << trackTip.toStdString(); // this track or one over it
    EXPECT_TRUE(trackTip.contains(QStringLiteral("pts held")) || trackTip.contains(QStringLiteral("no gain"))) << trackTip.toStdString();
}

// Issue 20, item 10: Export Animation asks for its range, speed, frame rate and size, and refuses a range
// that ends before it starts or makes more frames than the writer takes.
TEST(AnimationDialog, AsksForRangeSpeedRateAndSizeAndRefusesImpossibleOnes)
{
    app::AnimationChoice initial;
    initial.toS = 600;
    initial.speed = 10;
    app::AnimationDialog dialog(600, initial);
    auto boxes = dialog.findChildren<QDoubleSpinBox *>();
    ASSERT_EQ(boxes.size(), 3u); // from, to, speed
    EXPECT_EQ(dialog.choice().toS, 600);
    EXPECT_EQ(dialog.choice().speed, 10);
    EXPECT_EQ(dialog.choice().size, QSize(1280, 720));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_TRUE(ok->isEnabled());
    boxes[1]->setValue(-10); // to before from
    EXPECT_FALSE(ok->isEnabled());
    boxes[1]->setValue(600);
    boxes[2]->setValue(1); // 600 s at 1x, 30 fps: 18,000 frames, under the 20,000 limit
    EXPECT_TRUE(ok->isEnabled());
    boxes[0]->setValue(-600);
    boxes[1]->setValue(1200); // 1,800 s at 1x: 54,000 frames
    EXPECT_FALSE(ok->isEnabled());
}
