// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/MapRenderer.h"
#include "maps/MapStyle.h"
#include "maps/Projection.h"
#include "maps/RenderJob.h"
#include "tests/maps/BaseMapFixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace trilink::maps;

namespace {
QColor pixelAt(const QImage &image, const MapSettings &s, double lon, double lat)
{
    const Projection p(s.projection);
    const auto xy = p.forward(lon, lat);
    EXPECT_TRUE(xy);
    const QPoint px = s.toPixel(*xy).toPoint();
    EXPECT_TRUE(image.rect().contains(px));
    return image.pixelColor(px);
}

// Probes look at the picture the export writes: the same render job, no widget.
MapSettings probeSettings(MapTheme theme)
{
    auto s = MapSettings::regionalDefault(QSize(1280, 720));
    s.theme = theme;
    s.showPlaces = false; // the city marker would sit on the Seoul pixel
    s.showGraticule = false;
    return s;
}
} // namespace

TEST(RenderProbe, SeoulIsLandAndTheSeaOfJapanIsSea)
{
    ASSERT_TRUE(bundledBaseMap().data());
    for (MapTheme theme : {MapTheme::Dark, MapTheme::Light}) {
        const auto s = probeSettings(theme);
        const QImage image = MapRenderer::renderImage(s, bundledBaseMap());
        ASSERT_EQ(image.size(), QSize(1280, 720));
        const auto style = MapStyle::forTheme(theme);
        EXPECT_EQ(pixelAt(image, s, 126.978, 37.5665), style.land);
        EXPECT_EQ(pixelAt(image, s, 135.0, 40.0), style.sea);
        EXPECT_EQ(pixelAt(image, s, 123.5, 36.0), style.sea); // Yellow Sea
        EXPECT_EQ(pixelAt(image, s, 139.6917, 35.6895), style.land);
    }
}

TEST(RenderProbe, CapitalMarkerIsDrawnAtSeoul)
{
    auto s = probeSettings(MapTheme::Dark);
    s.showPlaces = true;
    const QImage image = MapRenderer::renderImage(s, bundledBaseMap());
    EXPECT_EQ(pixelAt(image, s, 126.978, 37.5665), MapStyle::forTheme(MapTheme::Dark).capitalDot);
}

TEST(RenderProbe, GlobeCornersAreSpaceAndItsCentreIsTheRegion)
{
    auto s = *MapSettings::fitted(ProjectionSpec::centred(ProjectionKind::Orthographic, 129.5, 37.5), 129.5, 37.5,
                                  14000, QSize(800, 800));
    s.showPlaces = false;
    const QImage image = MapRenderer::renderImage(s, bundledBaseMap());
    const auto style = MapStyle::forTheme(MapTheme::Dark);
    EXPECT_EQ(image.pixelColor(2, 2), style.space);
    EXPECT_EQ(pixelAt(image, s, 135.0, 40.0), style.sea);
    EXPECT_EQ(pixelAt(image, s, 110.0, 35.0), style.land); // inland China
}

TEST(RenderProbe, EveryProjectionRendersWithoutStreaks)
{
    // A streak across the map is a long straight edge; with clipping the world view has none longer than
    // a quarter of the picture in any projection.
    for (const auto &spec : {ProjectionSpec::regional(), ProjectionSpec::centred(ProjectionKind::WebMercator, 0, 0),
                             ProjectionSpec::centred(ProjectionKind::AzimuthalEquidistant, 125.7, 39.0),
                             ProjectionSpec::centred(ProjectionKind::Orthographic, 130, 38)}) {
        const auto base = bundledBaseMap().get(spec);
        ASSERT_TRUE(base);
        const double span = base->land.boundingRect().width();
        for (const QPainterPath *path : {&base->land, &base->coast, &base->borders}) {
            double longest = 0;
            for (int i = 1; i < path->elementCount(); ++i) {
                const auto a = path->elementAt(i - 1), b = path->elementAt(i);
                if (!b.isMoveTo())
                    longest = std::max(longest, std::hypot(b.x - a.x, b.y - a.y));
            }
            // Ring closures along the limb or a clipped band edge may be long; coast and borders may not.
            if (path != &base->land) {
                EXPECT_LT(longest, span / 4) << spec.name().toStdString();
            }
        }
    }
}

TEST(RenderJob, LatestRequestWinsAndArrivesOffTheCallingThread)
{
    auto shared = std::shared_ptr<ProjectedBaseMapCache>(&bundledBaseMap(), [](ProjectedBaseMapCache *) {});
    RenderJob job(shared);
    QSignalSpy spy(&job, &RenderJob::rendered);
    auto first = probeSettings(MapTheme::Dark);
    auto last = first;
    last.metresPerPixel *= 2;
    last.theme = MapTheme::Light;
    job.request(first);
    job.request(last); // arrives while the first runs: the first is cancelled
    ASSERT_TRUE(spy.wait(30000));
    while (job.isBusy())
        ASSERT_TRUE(spy.wait(30000));
    const auto settings = spy.last().at(1).value<MapSettings>();
    EXPECT_EQ(settings, last);
    EXPECT_EQ(spy.last().at(0).value<QImage>().size(), QSize(1280, 720));
}

TEST(RenderJob, RequestsThatOnlyMoveTheClockDoNotCancelTheStillPartBeingDrawn)
{
    // A playing clock asks for a frame every few milliseconds; a new overlay (a live feed's tracks) needs its
    // still part drawn, which takes longer. Were every frame to cancel the job in flight, nothing would
    // ever be shown; instead the first job finishes and the latest frame follows it.
    auto shared = std::shared_ptr<ProjectedBaseMapCache>(&bundledBaseMap(), [](ProjectedBaseMapCache *) {});
    RenderJob job(shared);
    QSignalSpy spy(&job, &RenderJob::rendered);
    auto first = probeSettings(MapTheme::Dark);
    first.timeMs = 1.0e12;
    job.request(first);
    auto frame = first;
    for (int i = 1; i <= 20; ++i) {
        frame.timeMs = 1.0e12 + i * 16.0;
        job.request(frame);
    }
    ASSERT_TRUE(spy.wait(30000));
    while (job.isBusy())
        ASSERT_TRUE(spy.wait(30000));
    ASSERT_EQ(spy.size(), 2);
    EXPECT_EQ(spy.first().at(1).value<MapSettings>(), first);
    EXPECT_EQ(spy.last().at(1).value<MapSettings>(), frame);
}

TEST(RenderJob, DrawingAheadWhenIdleDeliversNothingAndYieldsToTheNextRequest)
{
    // Once idle the job draws ahead a wheel notch in and out of the last picture; that work shows nothing,
    // and a request made meanwhile (the user zooms or pans) cancels it and is drawn next, the latest winning.
    auto shared = std::shared_ptr<ProjectedBaseMapCache>(&bundledBaseMap(), [](ProjectedBaseMapCache *) {});
    RenderJob job(shared);
    QSignalSpy spy(&job, &RenderJob::rendered);
    const auto first = probeSettings(MapTheme::Dark);
    job.request(first);
    ASSERT_TRUE(spy.wait(30000));
    ASSERT_EQ(spy.size(), 1);
    QElapsedTimer waited;
    waited.start();
    while (!job.isDrawingAhead() && waited.elapsed() < 10000)
        QTest::qWait(5);
    ASSERT_TRUE(job.isDrawingAhead()) << "no drawing ahead after " << waited.elapsed() << " ms idle";
    EXPECT_FALSE(job.isBusy());
    auto panned = first;
    panned.centre.rx() += 37 * first.metresPerPixel;
    auto zoomed = first;
    zoomed.metresPerPixel /= kWheelZoomStep;
    job.request(panned);
    job.request(zoomed);
    ASSERT_TRUE(spy.wait(30000));
    while (job.isBusy())
        ASSERT_TRUE(spy.wait(30000));
    EXPECT_EQ(spy.size(), 2) << "the pan, superseded before it began, was drawn";
    EXPECT_EQ(spy.last().at(1).value<MapSettings>(), zoomed);
    const auto delivered = spy.size();
    // The drawing ahead that follows delivers nothing either.
    QTest::qWait(RenderJob::kIdleMs + 2000);
    EXPECT_EQ(spy.size(), delivered);
}
