// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Issue 20, item 10: the inspector of the selected track, and the units and coordinates a SIMDIS, STK or TAK
// user picks in View → Units and View → Coordinates, driven through the window's own menus. The figures are
// checked against launches.csv row 13 (the 2017-11-28 Hwasong-15) and hand conversions.
#include "app/gui/MainWindow.h"
#include "tests/gui/WindowFixture.h"
#include "widgets/MapCanvas.h"
#include "widgets/TrackInspector.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace trilink;

namespace {
const QString kHs15 = QStringLiteral("2017-11-28-pyongsong-1"); // launches.csv's 2017-11-28-HS15

// A window of its own: the units this test picks must not leak into the other tests' windows.
app::MainWindow &window() { return readyWindow(QSize(1500, 900)); }

QString row(const widgets::TrackInspector *inspector, const QString &section, const QString &field)
{
    const QTreeWidget *tree = inspector->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *s = tree->topLevelItem(i);
        if (s->text(0) != section)
            continue;
        for (int j = 0; j < s->childCount(); ++j)
            if (s->child(j)->text(0) == field)
                return s->child(j)->text(1);
    }
    return {};
}

// The menu action whose text (without its & mnemonic) starts with `title`, anywhere in the menu bar.
QAction *menuAction(app::MainWindow &w, const QString &title)
{
    for (QAction *a : w.menuBar()->findChildren<QAction *>())
        if (a->text().remove(QLatin1Char('&')).startsWith(title))
            return a;
    return nullptr;
}
} // namespace

TEST(Inspector, ShowsTheSelectedTracksFiguresBesideTheReportedOnes)
{
    auto &w = window();
    auto *inspector = w.inspector();
    ASSERT_TRUE(inspector);
    w.selectTrack(kHs15);
    EXPECT_EQ(row(inspector, QStringLiteral("Track"), QStringLiteral("Missile")), QStringLiteral("Hwasong-15"));
    // launches.csv: launched 18:18Z, "03:18 JST Nov 29".
    EXPECT_TRUE(row(inspector, QStringLiteral("Track"), QStringLiteral("Launch")).startsWith(QStringLiteral("2017-11-28 18:18:00Z (03:18:00 KST/JST)")));
    EXPECT_TRUE(row(inspector, QStringLiteral("Flight"), QStringLiteral("Reported apogee")).startsWith(QStringLiteral("4475 (MOD >4000) km")));
    // The dock is in the View menu, Ctrl+I.
    // It is tabbed behind the side view; Ctrl+I (View → Inspect the Selected Track) brings it to the front,
    // and again leaves it there (it never closes it).
    auto *dock = w.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    ASSERT_TRUE(dock);
    QAction *inspect = menuAction(w, QStringLiteral("Inspect the Selected Track"));
    ASSERT_TRUE(inspect);
    EXPECT_EQ(inspect->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    for (int i = 0; i < 2; ++i) {
        inspect->trigger();
        QCoreApplication::processEvents();
        EXPECT_TRUE(dock->isVisible());
        EXPECT_FALSE(inspector->visibleRegion().isEmpty()); // in front of its tab group, not behind it
    }
    EXPECT_TRUE(dock->toggleViewAction()->isChecked());
}

TEST(Inspector, FollowsTheUnitsAndCoordinatesChosenInTheViewMenu)
{
    auto &w = window();
    w.selectTrack(kHs15);
    const ScenarioTrack *t = w.scenario()->find(kHs15);
    ASSERT_TRUE(t);
    QAction *nautical = menuAction(w, QStringLiteral("Nautical (nm, kft, Mach)"));
    QAction *dms = menuAction(w, QStringLiteral("Degrees, Minutes, Seconds"));
    QAction *metric = menuAction(w, QStringLiteral("Metric"));
    QAction *degrees = menuAction(w, QStringLiteral("Degrees (")); // not "Degrees, Minutes, Seconds"
    ASSERT_TRUE(nautical && dms && metric && degrees);
    nautical->trigger();
    dms->trigger();
    // 1 nm = 1852 m; the map's own scale bar and readouts follow too.
    const QString range = row(w.inspector(), QStringLiteral("Flight"), QStringLiteral("Range"));
    ASSERT_TRUE(range.endsWith(QStringLiteral(" nm"))) << range.toStdString();
    EXPECT_NEAR(QString(range).remove(QStringLiteral(" nm")).remove(QLatin1Char(',')).toDouble(), t->rangeM / 1852.0, 0.5);
    EXPECT_EQ(w.canvas()->settings().units.distance, UnitSystem::Distance::Nm);
    // 39.282°N 125.869°E = 39°16′55″N 125°52′08″E (0.282 × 60 = 16.92′, 0.92 × 60 = 55.2″; 0.869 × 60 = 52.14′, 0.14 × 60 = 8.4″).
    EXPECT_TRUE(row(w.inspector(), QStringLiteral("Track"), QStringLiteral("Site")).contains(QStringLiteral("39°16′55″N 125°52′08″E")));
    EXPECT_TRUE(nautical->isChecked() && dms->isChecked());
    metric->trigger();
    degrees->trigger();
    EXPECT_TRUE(row(w.inspector(), QStringLiteral("Flight"), QStringLiteral("Range")).endsWith(QStringLiteral(" km")));
    EXPECT_TRUE(row(w.inspector(), QStringLiteral("Track"), QStringLiteral("Site")).contains(QStringLiteral("39.2820°N 125.8690°E")));
}
