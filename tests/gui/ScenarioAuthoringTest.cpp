// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Authoring a training scenario in the real window with QTest input: two clicks place a launch, a drag moves
// its impact point, undo takes it back, save and reopen give the same tracks and attribution; moving the
// Japanese destroyer changes Japan's first detection by what the radar-horizon geometry says, worked by hand.
#include "app/gui/MainWindow.h"
#include "app/gui/LaunchHandles.h"
#include "app/gui/ScenarioEditor.h"
#include "maps/Projection.h"
#include "tests/RadarHorizonByHand.h"
#include "tests/gui/WindowFixture.h"
#include "widgets/MapCanvas.h"

#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

#include <gtest/gtest.h>

#include <cmath>
#include <iostream>

using namespace trilink;

namespace {
app::MainWindow &window() { return readyWindow(QSize(1500, 950)); }

QPoint pixelOf(app::MainWindow &w, double lon, double lat)
{
    const auto &settings = w.canvas()->settings();
    const auto xy = maps::Projection(settings.projection).forward(lon, lat);
    EXPECT_TRUE(xy.has_value());
    return xy ? settings.toPixel(*xy).toPoint() : QPoint();
}

// Until the editor's newest document is modelled and shown.
void waitForModel(app::MainWindow &w, QSignalSpy &modelled, qsizetype before)
{
    ASSERT_TRUE(QTest::qWaitFor([&] { return modelled.size() > before && !w.scenarioEditor()->isModelling(); }, 60000));
    QTest::qWait(50); // the queued overlay rebuild
    // New tracks can widen the track list a moment later (longer figures, a gain column), narrowing the canvas:
    // a pixel taken before that settles points somewhere else after it.
    for (int same = 0, width = w.canvas()->width(), i = 0; same < 3 && i < 100; ++i) {
        QTest::qWait(30);
        same = w.canvas()->width() == width ? same + 1 : 0;
        width = w.canvas()->width();
    }
}

const ScenarioTrack &track(app::MainWindow &w, const QString &id)
{
    const ScenarioTrack *t = w.scenario()->find(id);
    EXPECT_TRUE(t) << id.toStdString();
    static ScenarioTrack none;
    return t ? *t : none;
}

// Near enough to tell whether a point is where it was put, to a few kilometres.
double km(QPointF a, QPointF b) { return byhand::groundKm(a.x(), a.y(), b.x(), b.y()); }

QPointF impactOf(const ScenarioTrack &t) { return {t.samples.back().lon, t.samples.back().lat}; }

// A new scenario with one launch placed by two clicks, modelled and shown.
void newScenarioWithLaunch(app::MainWindow &w, QSignalSpy &modelled, QPointF centre, double extentKm, QPointF site, QPointF impact)
{
    app::ScenarioEditor *editor = w.scenarioEditor();
    qsizetype n = modelled.size();
    editor->newScenario();
    waitForModel(w, modelled, n);
    w.canvas()->showLonLat(centre, extentKm);
    QTest::qWait(50);
    n = modelled.size();
    editor->beginNewLaunch();
    QTest::mouseClick(w.canvas(), Qt::LeftButton, Qt::NoModifier, pixelOf(w, site.x(), site.y()));
    QTest::mouseClick(w.canvas(), Qt::LeftButton, Qt::NoModifier, pixelOf(w, impact.x(), impact.y()));
    waitForModel(w, modelled, n);
}
} // namespace

TEST(ScenarioAuthoring, TwoClicksDragUndoSaveAndReopenGiveTheSameTracksAndAttribution)
{
    auto &w = window();
    app::ScenarioEditor *editor = w.scenarioEditor();
    ASSERT_TRUE(editor);
    QSignalSpy modelled(editor, &app::ScenarioEditor::modelled);
    editor->newScenario();
    waitForModel(w, modelled, 0);
    EXPECT_TRUE(w.scenario()->tracks.empty());
    w.canvas()->showLonLat(QPointF(131.0, 39.5), 2600.0);
    QTest::qWait(50);

    // Scenario → New Launch: the site near Pyongyang, the impact in the Sea of Japan.
    editor->beginNewLaunch();
    qsizetype n = modelled.size();
    QTest::mouseClick(w.canvas(), Qt::LeftButton, Qt::NoModifier, pixelOf(w, 125.7, 39.0));
    QTest::mouseClick(w.canvas(), Qt::LeftButton, Qt::NoModifier, pixelOf(w, 135.0, 39.5));
    waitForModel(w, modelled, n);
    ASSERT_EQ(editor->document().launches.size(), 1u);
    const auto &r = editor->document().launches[0].request;
    const double kmPerPx = w.canvas()->settings().metresPerPixel / 1000.0;
    EXPECT_LT(km({r.launchLon, r.launchLat}, {125.7, 39.0}), 2 * kmPerPx);
    EXPECT_LT(km(impactOf(track(w, QStringLiteral("L1"))), {135.0, 39.5}), 2 * kmPerPx + 10.0) << "the flight ends where it was aimed";
    EXPECT_TRUE(editor->isModified());
    const ScenarioTrack first = track(w, QStringLiteral("L1"));

    // Drag the impact point 130 km east-north-east; the trajectory follows.
    n = modelled.size();
    QTest::mousePress(w.canvas(), Qt::LeftButton, Qt::NoModifier, pixelOf(w, 135.0, 39.5));
    QTest::mouseMove(w.canvas(), pixelOf(w, 135.8, 39.8));
    QTest::mouseMove(w.canvas(), pixelOf(w, 136.5, 40.0));
    QTest::mouseRelease(w.canvas(), Qt::LeftButton, Qt::NoModifier, pixelOf(w, 136.5, 40.0));
    waitForModel(w, modelled, n);
    EXPECT_LT(km(impactOf(track(w, QStringLiteral("L1"))), {136.5, 40.0}), 2 * kmPerPx + 10.0);
    EXPECT_EQ(editor->undoStack()->count(), 2) << "the drag is one step, however many moves it took";

    // Undo: the impact point and the track are back where the two clicks put them.
    n = modelled.size();
    editor->undoStack()->undo();
    waitForModel(w, modelled, n);
    const ScenarioTrack &undone = track(w, QStringLiteral("L1"));
    EXPECT_EQ(undone.samples.size(), first.samples.size());
    EXPECT_LT(km(impactOf(undone), impactOf(first)), 0.01);

    // Save, open again: the same tracks, sample for sample, and the same attribution.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lesson.trilink.json"));
    QString error;
    ASSERT_TRUE(editor->saveAs(path, &error)) << error.toStdString();
    EXPECT_FALSE(editor->isModified());
    EXPECT_EQ(app::ScenarioEditor::recentFiles().value(0), path);
    n = modelled.size();
    w.openFiles({path});
    waitForModel(w, modelled, n);
    EXPECT_EQ(editor->path(), path);
    const ScenarioTrack &reopened = track(w, QStringLiteral("L1"));
    ASSERT_EQ(reopened.samples.size(), first.samples.size());
    for (std::size_t i = 0; i < first.samples.size(); i += 50) {
        EXPECT_DOUBLE_EQ(reopened.samples[i].lon, first.samples[i].lon) << i;
        EXPECT_DOUBLE_EQ(reopened.samples[i].altM, first.samples[i].altM) << i;
    }
    for (Partner p : kAllPartners) {
        const PartnerCustody *a = first.attribution.custodyOf(p), *b = reopened.attribution.custodyOf(p);
        ASSERT_EQ(a == nullptr, b == nullptr) << partnerCode(p).toStdString();
        if (a) {
            EXPECT_EQ(a->firstDetectionS, b->firstDetectionS);
            EXPECT_EQ(a->sensorIds, b->sensorIds);
        }
    }
}

namespace {
double firstSightByHand(const ScenarioTrack &t, QPointF ship)
{
    std::vector<byhand::Sample> flight;
    for (const TrajectorySample &p : t.samples)
        flight.push_back({p.timeS, p.lon, p.lat, p.altM / 1000.0});
    return byhand::firstSight(flight, ship.x(), ship.y()); // the destroyer: 20 m up, 1000 km, 1 deg
}
} // namespace

TEST(ScenarioAuthoring, MovingTheShipChangesJapansFirstDetectionByTheHorizonGeometry)
{
    auto &w = window();
    app::ScenarioEditor *editor = w.scenarioEditor();
    QSignalSpy modelled(editor, &app::ScenarioEditor::modelled);
    newScenarioWithLaunch(w, modelled, {130.0, 40.0}, 2200.0, {125.7, 39.0}, {134.5, 39.0});
    // Japan's fixed radars switched off, so Japan's first detection is its destroyer's.
    qsizetype n = modelled.size();
    editor->edit(QStringLiteral("FPS-5 down"), [](maps::TrainingScenario &doc) {
        doc.sensors.disabled = {QStringLiteral("JPN-FPS5-SHIMOKOSHIKI"), QStringLiteral("JPN-FPS5-SADO"), QStringLiteral("JPN-FPS5-OMINATO"),
                                QStringLiteral("JPN-FPS5-YOZADAKE")};
    });
    waitForModel(w, modelled, n);

    double byWindow[2], byHand[2];
    // West of Hokkaido, then 200 km further north: far enough from the launch that the destroyer sees the
    // missile only high in its climb, later the further it is.
    const QPointF stations[] = {{138.0, 42.0}, {138.0, 43.8}};
    for (int i = 0; i < 2; ++i) {
        n = modelled.size();
        editor->beginMoveSensor(QStringLiteral("JPN-DDG-SOJ"));
        QTest::mouseClick(w.canvas(), Qt::LeftButton, Qt::NoModifier, pixelOf(w, stations[i].x(), stations[i].y()));
        waitForModel(w, modelled, n);
        ASSERT_FALSE(editor->document().sensors.moved.empty());
        const auto &placed = editor->document().sensors.moved.back();
        EXPECT_LT(km({placed.lon, placed.lat}, stations[i]), 2 * w.canvas()->settings().metresPerPixel / 1000.0);
        const ScenarioTrack &t = track(w, QStringLiteral("L1"));
        const PartnerCustody *jpn = t.attribution.custodyOf(Partner::JPN);
        ASSERT_TRUE(jpn) << "station " << i;
        byWindow[i] = jpn->firstDetectionS;
        byHand[i] = firstSightByHand(t, {placed.lon, placed.lat}); // where the click put it
        ASSERT_GT(byHand[i], 0);
        EXPECT_NEAR(byWindow[i], byHand[i], 2.0) << "station " << i;
    }
    std::cout << "JPN first detection, destroyer at the first and the second station: " << byWindow[0] << " s, " << byWindow[1]
              << " s (by hand " << byHand[0] << " s, " << byHand[1] << " s)\n";
    EXPECT_GT(byHand[1] - byHand[0], 30.0) << "the move must matter for the test to mean anything";
    EXPECT_NEAR(byWindow[1] - byWindow[0], byHand[1] - byHand[0], 2.0);
}

TEST(ScenarioAuthoring, PlaybackPausesAtEachPartnersFirstDetectionAndAtImpact)
{
    auto &w = window();
    app::ScenarioEditor *editor = w.scenarioEditor();
    QSignalSpy modelled(editor, &app::ScenarioEditor::modelled);
    newScenarioWithLaunch(w, modelled, {131.0, 39.5}, 2600.0, {125.7, 39.0}, {135.0, 39.5});
    qsizetype n = modelled.size();
    editor->edit(QStringLiteral("Pauses"), [](maps::TrainingScenario &doc) { doc.pauses = {true, true}; });
    waitForModel(w, modelled, n);

    // The moments by the track's own attribution: each partner's first detection, then the impact.
    const ScenarioTrack &t = track(w, QStringLiteral("L1"));
    std::vector<double> expected;
    for (Partner p : kAllPartners)
        if (const PartnerCustody *c = t.attribution.custodyOf(p))
            expected.push_back(t.launchMsUtc + c->firstDetectionS * 1000.0);
    std::sort(expected.begin(), expected.end());
    expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
    expected.push_back(t.endMsUtc());
    ASSERT_GE(expected.size(), 3u) << "at least two partners see it";

    PlaybackClock *clock = w.clock();
    w.selectTrack(QStringLiteral("L1"));
    clock->seek(static_cast<double>(t.launchMsUtc));
    clock->setRate(10);
    for (double stop : expected) {
        clock->play();
        for (int i = 0; i < 2000 && clock->isPlaying(); ++i)
            clock->advance(0.1); // a second of the exercise a step, by hand
        EXPECT_FALSE(clock->isPlaying()) << "no pause at " << stop;
        EXPECT_NEAR(clock->timeMs(), stop, 1.0) << "paused at the moment itself";
    }
}

TEST(ScenarioAuthoring, GrabHandlesAreDrawnOnEachSiteAndImpactAndTheCursorSaysSo)
{
    auto &w = window();
    app::ScenarioEditor *editor = w.scenarioEditor();
    QSignalSpy modelled(editor, &app::ScenarioEditor::modelled);
    newScenarioWithLaunch(w, modelled, {131.0, 39.5}, 2600.0, {125.7, 39.0}, {135.0, 39.5});
    const auto handles = editor->handles();
    ASSERT_EQ(handles.size(), 2u);
    const QPoint site = pixelOf(w, 125.7, 39.0), impact = pixelOf(w, 135.0, 39.5);
    // What is on screen: the canvas with its handles drawn over it, amber at the site's square.
    const QImage shot = w.canvas()->grab().toImage();
    const QColor atSite = shot.pixelColor(site * shot.devicePixelRatio());
    EXPECT_GT(atSite.red(), 200) << atSite.name().toStdString();
    EXPECT_GT(atSite.green(), 150);
    EXPECT_LT(atSite.blue(), 80);
    // Hovering a handle shows an open hand; away from it the cursor is the map's again.
    // The pixel is taken again at each try: a dock settling late can still move the map under the pointer.
    (void)QTest::qWaitFor([&] {
        QTest::mouseMove(w.canvas(), pixelOf(w, 135.0, 39.5) + QPoint(1, 0));
        QTest::mouseMove(w.canvas(), pixelOf(w, 135.0, 39.5));
        return w.canvas()->cursor().shape() == Qt::OpenHandCursor;
    }, 3000);
    EXPECT_EQ(w.canvas()->cursor().shape(), Qt::OpenHandCursor);
    QTest::mouseMove(w.canvas(), (site + impact) / 2 + QPoint(0, 80));
    EXPECT_NE(w.canvas()->cursor().shape(), Qt::OpenHandCursor);
}

TEST(ScenarioAuthoring, AnAddedRadarIsSavedReopenedAndChangesTheAttributionAsTheHorizonSays)
{
    auto &w = window();
    app::ScenarioEditor *editor = w.scenarioEditor();
    QSignalSpy modelled(editor, &app::ScenarioEditor::modelled);
    newScenarioWithLaunch(w, modelled, {130.0, 40.0}, 2200.0, {125.7, 39.0}, {134.5, 39.0});
    // Korea's own sensors off: whatever Korea sees now, its added radar sees.
    qsizetype n = modelled.size();
    editor->edit(QStringLiteral("KOR down"), [](maps::TrainingScenario &doc) {
        doc.sensors.disabled = {QStringLiteral("KOR-GREENPINE-B1"), QStringLiteral("KOR-GREENPINE-B2"), QStringLiteral("KOR-GREENPINE-C"),
                                QStringLiteral("KOR-KDX3-EAST")};
    });
    waitForModel(w, modelled, n);
    EXPECT_FALSE(track(w, QStringLiteral("L1")).attribution.custodyOf(Partner::KOR));

    // Scenario → Add Radar: one like the ROK Aegis destroyer (20 m up, 1000 km, 1 deg), clicked into the East Sea.
    n = modelled.size();
    editor->beginAddRadar(QStringLiteral("KOR-KDX3-EAST"));
    const QPointF station(131.0, 40.5);
    QTest::mouseClick(w.canvas(), Qt::LeftButton, Qt::NoModifier, pixelOf(w, station.x(), station.y()));
    waitForModel(w, modelled, n);
    ASSERT_EQ(editor->document().sensors.added.size(), 1u);
    const maps::SensorAdd added = editor->document().sensors.added[0];
    EXPECT_EQ(added.id, QStringLiteral("KOR-ADDED-1"));
    const Sensor *radar = w.scenario()->laydown.find(added.id);
    ASSERT_TRUE(radar);
    EXPECT_TRUE(radar->isNotional()) << "an added radar is marked notional";
    const ScenarioTrack &t = track(w, QStringLiteral("L1"));
    const PartnerCustody *kor = t.attribution.custodyOf(Partner::KOR);
    ASSERT_TRUE(kor) << "the added radar sees the flight";
    const double byHand = firstSightByHand(t, {added.lon, added.lat});
    ASSERT_GT(byHand, 0);
    EXPECT_NEAR(kor->firstDetectionS, byHand, 2.0);
    const double firstSeen = kor->firstDetectionS;

    // Save, reopen: the radar is in the file and the exercise, and Korea sees the same.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("radar.trilink.json"));
    QString error;
    ASSERT_TRUE(editor->saveAs(path, &error)) << error.toStdString();
    n = modelled.size();
    w.openFiles({path});
    waitForModel(w, modelled, n);
    ASSERT_EQ(editor->document().sensors.added.size(), 1u);
    EXPECT_EQ(editor->document().sensors.added[0], added);
    ASSERT_TRUE(w.scenario()->laydown.find(added.id));
    const PartnerCustody *again = track(w, QStringLiteral("L1")).attribution.custodyOf(Partner::KOR);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->firstDetectionS, firstSeen);

    // Remove Sensor: gone from the file's document and from Korea's picture; undo brings it back.
    n = modelled.size();
    editor->removeSensor(added.id);
    waitForModel(w, modelled, n);
    EXPECT_TRUE(editor->document().sensors.added.empty());
    EXPECT_FALSE(w.scenario()->laydown.find(added.id));
    EXPECT_FALSE(track(w, QStringLiteral("L1")).attribution.custodyOf(Partner::KOR));
    n = modelled.size();
    editor->undoStack()->undo();
    waitForModel(w, modelled, n);
    EXPECT_TRUE(w.scenario()->laydown.find(added.id));
}

TEST(ScenarioAuthoring, ADisabledUndoReadsAsOneGreyLineOnTheDarkMenu)
{
    auto &w = window();
    w.scenarioEditor()->undoStack()->clear(); // nothing to undo: the item is disabled
    QMenu *menu = nullptr;
    for (QAction *a : w.menuBar()->actions())
        if (a->text().remove(u'&') == QStringLiteral("Scenario"))
            menu = a->menu();
    ASSERT_TRUE(menu);
    QAction *undo = nullptr;
    for (QAction *a : menu->actions())
        if (a->text().remove(u'&').startsWith(QStringLiteral("Undo")))
            undo = a;
    ASSERT_TRUE(undo);
    ASSERT_FALSE(undo->isEnabled());
    menu->popup(QPoint(0, 0));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(menu));
    const QImage shot = menu->grab().toImage();
    const QRect row = menu->actionGeometry(undo);
    menu->hide();
    // The disabled text is the palette's grey (0x6a7886, luminance ~0.18); a white etch beside it would put
    // pixels far brighter than that grey into the row.
    int brightest = 0;
    for (int y = row.top(); y <= row.bottom(); ++y)
        for (int x = row.left(); x <= row.right(); ++x)
            brightest = std::max(brightest, qGray(shot.pixel(QPoint(x, y) * shot.devicePixelRatio())));
    EXPECT_LE(brightest, qGray(qRgb(0x6a, 0x78, 0x86)) + 8);
}
