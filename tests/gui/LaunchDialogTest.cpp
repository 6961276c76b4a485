// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Scenario → New Launch… in the real window, filled as a user fills it: a launch by bearing and range lands
// where the spherical direct problem worked by hand says; a shape the missile cannot fly keeps the dialog open
// with the solver's reason and adds nothing; Edit Launch changes a launch in one undo step; and a saved
// scenario opens on the view it was saved with (projection, centre, width, view-as, layers).
#include "app/gui/LaunchDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ScenarioEditor.h"
#include "tests/RadarHorizonByHand.h"
#include "tests/gui/WindowFixture.h"
#include "widgets/MapCanvas.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <cmath>
#include <iostream>

using namespace trilink;

namespace {
app::MainWindow &window() { return readyWindow(QSize(1500, 950)); }

QAction *menuAction(app::MainWindow &w, const QString &title)
{
    for (QAction *a : w.findChildren<QAction *>()) // the menu bar's and the Scenario menu's
        if (a->text().remove(QLatin1Char('&')).startsWith(title))
            return a;
    return nullptr;
}

void waitForModel(app::MainWindow &w, QSignalSpy &modelled, qsizetype before)
{
    ASSERT_TRUE(QTest::qWaitFor([&] { return modelled.size() > before && !w.scenarioEditor()->isModelling(); }, 60000));
    QTest::qWait(50);
}

// The launch dialog on screen (a closed one may still wait for deletion).
app::LaunchDialog *shownDialog(app::MainWindow &w)
{
    for (auto *d : w.findChildren<app::LaunchDialog *>(QStringLiteral("launchDialog")))
        if (d->isVisible())
            return d;
    return nullptr;
}

app::LaunchDialog *openDialog(app::MainWindow &w)
{
    QAction *action = menuAction(w, QStringLiteral("New Launch"));
    EXPECT_TRUE(action);
    if (!action)
        return nullptr;
    action->trigger();
    auto *dialog = shownDialog(w);
    EXPECT_TRUE(dialog);
    return dialog;
}

void setNumber(QDoubleSpinBox *box, double value)
{
    box->selectAll();
    QTest::keyClicks(box, QString::number(value, 'f', box->decimals()));
    box->interpretText(); // as leaving the field does (Enter would press the dialog's OK)
    EXPECT_DOUBLE_EQ(box->value(), value);
}

void clickOk(app::LaunchDialog *dialog)
{
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// A new, empty scenario, modelled and shown.
void newScenario(app::MainWindow &w, QSignalSpy &modelled)
{
    const qsizetype n = modelled.size();
    w.scenarioEditor()->newScenario();
    waitForModel(w, modelled, n);
}

// The dialog open on a new scenario, its site typed in as latitude and longitude.
app::LaunchDialog *dialogWithSite(app::MainWindow &w, QSignalSpy &modelled, double lat, double lon)
{
    newScenario(w, modelled);
    app::LaunchDialog *dialog = openDialog(w);
    if (dialog) {
        dialog->siteKind()->setCurrentIndex(1); // latitude and longitude
        setNumber(dialog->siteLat(), lat);
        setNumber(dialog->siteLon(), lon);
    }
    return dialog;
}

// The spherical direct problem (R = 6371 km), for where a bearing and range end.
QPointF destinationByHand(double lon, double lat, double bearingDeg, double km)
{
    const double d2r = M_PI / 180.0, delta = km / 6371.0, phi = lat * d2r, theta = bearingDeg * d2r;
    const double phi2 = std::asin(std::sin(phi) * std::cos(delta) + std::cos(phi) * std::sin(delta) * std::cos(theta));
    const double lambda2 = lon * d2r + std::atan2(std::sin(theta) * std::sin(delta) * std::cos(phi), std::cos(delta) - std::sin(phi) * std::sin(phi2));
    return {lambda2 / d2r, phi2 / d2r};
}
} // namespace

TEST(LaunchDialog, ABearingAndRangeLandWhereTheSphericalDirectProblemSays)
{
    auto &w = window();
    app::ScenarioEditor *editor = w.scenarioEditor();
    QSignalSpy modelled(editor, &app::ScenarioEditor::modelled);
    app::LaunchDialog *dialog = dialogWithSite(w, modelled, 39.0, 125.7);
    ASSERT_TRUE(dialog);
    EXPECT_GT(dialog->facility()->count(), 5) << "the record's facilities are offered";
    dialog->targetKind()->setCurrentIndex(1); // bearing and range
    setNumber(dialog->bearing(), 80.0);
    setNumber(dialog->range(), 900.0);
    const qsizetype n = modelled.size();
    clickOk(dialog);
    waitForModel(w, modelled, n);
    ASSERT_EQ(editor->document().launches.size(), 1u);
    const auto &r = editor->document().launches[0].request;
    EXPECT_DOUBLE_EQ(*r.azimuthDeg, 80.0);
    EXPECT_DOUBLE_EQ(*r.rangeM, 900e3);
    const ScenarioTrack *t = w.scenario()->find(QStringLiteral("L1"));
    ASSERT_TRUE(t);
    const QPointF hand = destinationByHand(125.7, 39.0, 80.0, 900.0);
    const auto &end = t->samples.back();
    // The sphere and WGS84 differ by a few km over 900 km; the solver lands within a km of its aim.
    const double missKm = byhand::groundKm(end.lon, end.lat, hand.x(), hand.y());
    std::cout << "impact " << end.lon << ", " << end.lat << "; by hand on the sphere " << hand.x() << ", " << hand.y() << ": " << missKm << " km apart\n";
    EXPECT_LT(missKm, 6.0);
    EXPECT_EQ(editor->undoStack()->count(), 1);
}

TEST(LaunchDialog, AShapeTheMissileCannotFlyShowsTheSolversReasonAndAddsNothing)
{
    auto &w = window();
    app::ScenarioEditor *editor = w.scenarioEditor();
    QSignalSpy modelled(editor, &app::ScenarioEditor::modelled);
    app::LaunchDialog *dialog = dialogWithSite(w, modelled, 39.0, 125.7);
    ASSERT_TRUE(dialog);
    setNumber(dialog->impactLat(), 39.5);
    setNumber(dialog->impactLon(), 137.0);
    dialog->shape()->setCurrentIndex(3); // an apogee
    setNumber(dialog->apogee(), 20.0);   // 20 km over some 1,000 km: far under any ballistic arc
    for (QComboBox *box : dialog->findChildren<QComboBox *>())
        if (box->findData(QStringLiteral("none")) >= 0)
            box->setCurrentIndex(box->findData(QStringLiteral("none"))); // ballistic: no pull-up to save it
    clickOk(dialog);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->isChecking(); }, 60000));
    EXPECT_TRUE(dialog->isVisible()) << "refused: the dialog stays open";
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("below the lowest"))) << dialog->message().toStdString();
    EXPECT_TRUE(editor->document().launches.empty());
    EXPECT_EQ(editor->undoStack()->count(), 0);
    dialog->reject();
}

TEST(LaunchDialog, EditLaunchChangesItInOneUndoStep)
{
    auto &w = window();
    app::ScenarioEditor *editor = w.scenarioEditor();
    QSignalSpy modelled(editor, &app::ScenarioEditor::modelled);
    newScenario(w, modelled);
    qsizetype n = modelled.size();
    editor->edit(QStringLiteral("Launch"), [](maps::TrainingScenario &doc) {
        maps::ScenarioLaunch l;
        l.id = QStringLiteral("L1");
        l.launchMsUtc = 1772326800000;
        l.request.launchLat = 39.0;
        l.request.launchLon = 125.7;
        l.request.impactLat = 39.5;
        l.request.impactLon = 134.0;
        doc.launches.push_back(l);
    });
    waitForModel(w, modelled, n);
    QSignalSpy asked(editor, &app::ScenarioEditor::editLaunchRequested);
    emit editor->editLaunchRequested(QStringLiteral("L1")); // what a double-click on its site does
    auto *dialog = shownDialog(w);
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->editing(), QStringLiteral("L1"));
    EXPECT_DOUBLE_EQ(dialog->impactLon()->value(), 134.0) << "the fields come from the launch";
    dialog->salvo()->setValue(3);
    n = modelled.size();
    clickOk(dialog);
    waitForModel(w, modelled, n);
    ASSERT_EQ(editor->document().launches.size(), 1u);
    EXPECT_EQ(editor->document().launches[0].id, QStringLiteral("L1"));
    EXPECT_EQ(editor->document().launches[0].salvoCount, 3);
    EXPECT_TRUE(w.scenario()->find(QStringLiteral("L1-c")));
    EXPECT_EQ(editor->undoStack()->count(), 2);
    n = modelled.size();
    editor->undoStack()->undo();
    waitForModel(w, modelled, n);
    EXPECT_EQ(editor->document().launches[0].salvoCount, 1);
}

TEST(LaunchDialog, ASavedScenarioOpensOnTheViewItWasSavedWith)
{
    auto &w = window();
    app::ScenarioEditor *editor = w.scenarioEditor();
    QSignalSpy modelled(editor, &app::ScenarioEditor::modelled);
    newScenario(w, modelled);
    // The view the trainer sets up: the globe over the Sea of Japan, Japan's picture, no EEZ.
    menuAction(w, QStringLiteral("Globe"))->trigger();
    w.canvas()->showLonLat(QPointF(134.0, 40.0), 3000.0);
    menuAction(w, QStringLiteral("JPN alone"))->trigger();
    menuAction(w, QStringLiteral("Japan EEZ"))->trigger();
    ASSERT_FALSE(w.canvas()->settings().showEez);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view.trilink.json"));
    QString error;
    ASSERT_TRUE(editor->saveAs(path, &error)) << error.toStdString();

    // Look elsewhere, then open the file again.
    menuAction(w, QStringLiteral("Regional"))->trigger();
    menuAction(w, QStringLiteral("Combined picture"))->trigger();
    menuAction(w, QStringLiteral("Japan EEZ"))->trigger();
    w.canvas()->showLonLat(QPointF(127.0, 37.0), 1200.0);
    const qsizetype n = modelled.size();
    w.openFiles({path});
    waitForModel(w, modelled, n);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.canvas()->settings().projection.kind == maps::ProjectionKind::Orthographic; }, 10000));
    const auto &s = w.canvas()->settings();
    EXPECT_EQ(s.viewAs, ViewAs(Partner::JPN));
    EXPECT_FALSE(s.showEez);
    EXPECT_TRUE(menuAction(w, QStringLiteral("Japan EEZ")) && !menuAction(w, QStringLiteral("Japan EEZ"))->isChecked());
    const QPointF centre = w.canvas()->centreLonLat().value_or(QPointF());
    EXPECT_LT(byhand::groundKm(centre.x(), centre.y(), 134.0, 40.0), 20.0);
    // Once the docks have settled (Japan's view adds the gain column to the list), the map spans 3000 km.
    (void)QTest::qWaitFor([&] { return std::abs(s.metresPerPixel * s.size.width() / 1000.0 - 3000.0) < 30.0; }, 2000);
    EXPECT_NEAR(s.metresPerPixel * s.size.width() / 1000.0, 3000.0, 30.0);
    // Leave the window as the other tests expect it.
    menuAction(w, QStringLiteral("Regional"))->trigger();
    menuAction(w, QStringLiteral("Combined picture"))->trigger();
    menuAction(w, QStringLiteral("Japan EEZ"))->trigger();
}
