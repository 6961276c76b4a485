// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/Projection.h"
#include "widgets/MapCanvas.h"

#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <cmath>

using namespace trilink;

namespace {
const QString kBaseMap = QStringLiteral(TRILINK_BUILD_DATA_DIR "/basemap/trilink-basemap.gpkg");

struct Canvas {
    widgets::MapCanvas canvas;
    Canvas()
    {
        canvas.resize(800, 600);
        canvas.show();
        canvas.setBaseMap(std::make_shared<maps::ProjectedBaseMapCache>(maps::readBaseMap(kBaseMap).data));
    }
};
} // namespace

TEST(MapCanvas, WheelZoomKeepsThePlaceUnderTheCursor)
{
    Canvas c;
    const QPointF cursor(200, 150);
    const auto before = c.canvas.lonLatAt(cursor);
    ASSERT_TRUE(before);
    const double mpp = c.canvas.settings().metresPerPixel;
    QWheelEvent wheel(cursor, c.canvas.mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&c.canvas, &wheel);
    EXPECT_NEAR(c.canvas.settings().metresPerPixel, mpp / 1.25, 1e-6);
    const auto after = c.canvas.lonLatAt(cursor);
    ASSERT_TRUE(after);
    // To within half a pixel (the centre moves by whole pixels, so the view prepared ahead is copied): in
    // degrees at the new scale, with a tenth more for the projection's scale over the region.
    const double halfPixelDeg = 1.1 * 0.5 * mpp / 1.25 / 111'195.0;
    EXPECT_NEAR(after->x(), before->x(), halfPixelDeg / std::cos(before->y() * M_PI / 180.0));
    EXPECT_NEAR(after->y(), before->y(), halfPixelDeg);
}

TEST(MapCanvas, DragPansTheMapWithTheMouse)
{
    Canvas c;
    const auto grabbed = c.canvas.lonLatAt(QPointF(400, 300));
    QTest::mousePress(&c.canvas, Qt::LeftButton, Qt::NoModifier, QPoint(400, 300));
    QTest::mouseMove(&c.canvas, QPoint(500, 350));
    QTest::mouseRelease(&c.canvas, Qt::LeftButton, Qt::NoModifier, QPoint(500, 350));
    const auto now = c.canvas.lonLatAt(QPointF(500, 350));
    ASSERT_TRUE(grabbed && now);
    EXPECT_NEAR(now->x(), grabbed->x(), 1e-6);
    EXPECT_NEAR(now->y(), grabbed->y(), 1e-6);
}

TEST(MapCanvas, KeysZoomAndPan)
{
    Canvas c;
    const double mpp = c.canvas.settings().metresPerPixel;
    QTest::keyClick(&c.canvas, Qt::Key_Plus);
    EXPECT_NEAR(c.canvas.settings().metresPerPixel, mpp / 1.5, 1e-6);
    QTest::keyClick(&c.canvas, Qt::Key_Minus);
    EXPECT_NEAR(c.canvas.settings().metresPerPixel, mpp, 1e-6);
    const QPointF centre = c.canvas.settings().centre;
    QTest::keyClick(&c.canvas, Qt::Key_Right);
    EXPECT_GT(c.canvas.settings().centre.x(), centre.x()); // the view moves east
}

TEST(MapCanvas, ProjectionChangeKeepsTheCentre)
{
    Canvas c;
    const auto before = c.canvas.centreLonLat();
    ASSERT_TRUE(before);
    c.canvas.setProjection(maps::ProjectionSpec::centred(maps::ProjectionKind::Orthographic, before->x(), before->y()));
    const auto after = c.canvas.centreLonLat();
    ASSERT_TRUE(after);
    EXPECT_NEAR(after->x(), before->x(), 1e-6);
    EXPECT_NEAR(after->y(), before->y(), 1e-6);
    EXPECT_EQ(c.canvas.settings().projection.kind, maps::ProjectionKind::Orthographic);
}

TEST(MapCanvas, CursorReadoutReportsTheGeographicPosition)
{
    Canvas c;
    QSignalSpy spy(&c.canvas, &widgets::MapCanvas::cursorMoved);
    // Where is Seoul on the canvas? Put the cursor there and read the signal.
    const maps::Projection p(c.canvas.settings().projection);
    const QPointF seoul = c.canvas.settings().toPixel(*p.forward(126.978, 37.5665));
    QTest::mouseMove(&c.canvas, seoul.toPoint());
    ASSERT_GE(spy.count(), 1);
    const auto at = spy.last().at(0).value<std::optional<QPointF>>();
    ASSERT_TRUE(at);
    EXPECT_NEAR(at->x(), 126.978, 0.05); // within a pixel at ~2 km/px
    EXPECT_NEAR(at->y(), 37.5665, 0.05);
}

// A click selects only a track the map shows: one not launched yet, or down more than ten minutes ago, is
// off the map (TrackLayer's rule), so clicking where it would be selects nothing.
TEST(MapCanvas, AClickCannotSelectATrackTheMapHides)
{
    Canvas c;
    auto overlay = std::make_shared<maps::TrackOverlay>();
    maps::TrackOverlay::Track t;
    t.id = QStringLiteral("T");
    t.launchMsUtc = 1'000'000'000'000;
    t.flightTimeS = 600;
    for (int i = 0; i <= 60; ++i) {
        t.groundTrack << QPointF(127.0 + i * 0.1, 37.5); // 6 degrees east along 37.5N in 10 minutes
        t.timesS.push_back(i * 10.0f);
        t.altM.push_back(100e3f);
        t.partners.push_back(partnerBit(Partner::USA));
    }
    overlay->tracks.push_back(t);
    c.canvas.setTracks(overlay);
    const maps::Projection p(c.canvas.settings().projection);
    const QPointF onTrack = c.canvas.settings().toPixel(*p.forward(130.0, 37.5)); // sample 30, T+300 s
    const auto at = [&](double sinceLaunchS) {
        c.canvas.setTime(static_cast<double>(t.launchMsUtc) + sinceLaunchS * 1000.0);
        return c.canvas.trackAt(onTrack);
    };
    EXPECT_EQ(at(400), QStringLiteral("T")); // in flight: the flown part
    EXPECT_EQ(at(100), QStringLiteral("T")); // in flight: the part still to fly, drawn dashed
    EXPECT_EQ(at(-60), QString());           // not launched: off the map
    EXPECT_EQ(at(600 + 900), QString());     // down 15 minutes ago: off the map
    c.canvas.modifySettings([](maps::MapSettings &s) { s.trailS = 60; });
    EXPECT_EQ(at(500), QString()); // the trail shows T+440 to T+500 only (and no part still to fly)
    c.canvas.setSelectedTrack(QStringLiteral("T"));
    EXPECT_EQ(at(-60), QStringLiteral("T")); // the selected track shows its whole predicted path
    c.canvas.setTime(std::nullopt);
    EXPECT_EQ(c.canvas.trackAt(onTrack), QStringLiteral("T")); // the overview: every track whole
}
