// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The still-layer cache: a picture drawn over a cached still part must be the picture drawn from scratch,
// whatever changed in between; only what moves may reuse the still part.
#include "maps/BaseLayerCache.h"
#include "core/Scenario.h"
#include "maps/MapRenderer.h"
#include "maps/TrackOverlay.h"
#include "tests/maps/BaseMapFixture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

using namespace trilink::maps;

namespace {
MapSettings small()
{
    return MapSettings::regionalDefault(QSize(480, 270));
}
} // namespace

TEST(BaseLayerCache, OnlyWhatMovesReusesTheStillPart)
{
    BaseLayerCache layers;
    MapSettings a = small();
    layers.store(a, QImage(8, 8, QImage::Format_ARGB32_Premultiplied));
    MapSettings moved = a;
    moved.timeMs = 1.0e12;
    moved.selectedTrack = QStringLiteral("X");
    moved.trailS = 60;
    moved.measure = QLineF(125, 39, 130, 40);
    EXPECT_FALSE(layers.find(moved).isNull()); // the same still part
    MapSettings banner = a;
    banner.banner = QStringLiteral("UNCLASSIFIED"); // the strips take room from the still part's frame
    EXPECT_TRUE(layers.find(banner).isNull());
    MapSettings layer = a;
    layer.coveragePartners = 0;
    EXPECT_TRUE(layers.find(layer).isNull());
    MapSettings panned = a;
    panned.centre.rx() += 1000;
    EXPECT_TRUE(layers.find(panned).isNull());
}

TEST(BaseLayerCache, ABannerAddedAfterACachedFrameDrawsAsFromScratch)
{
    ASSERT_TRUE(bundledBaseMap().data());
    MapSettings plain = small();
    MapSettings banner = plain;
    banner.banner = QStringLiteral("UNCLASSIFIED");
    const QImage fresh = MapRenderer::renderImage(banner, bundledBaseMap());
    BaseLayerCache layers;
    ASSERT_FALSE(MapRenderer::renderImage(plain, bundledBaseMap(), nullptr, &layers).isNull());
    const QImage cached = MapRenderer::renderImage(banner, bundledBaseMap(), nullptr, &layers);
    ASSERT_EQ(cached.size(), fresh.size());
    // The scale bar and credits sit above the bottom strip: over a stale still part they would stand 26 px
    // lower too (thousands of pixels). Qt's glyph cache draws a few text pixels differently the first times
    // a glyph is used in a process, so a handful may differ.
    int differing = 0;
    for (int y = 0; y < fresh.height(); ++y)
        for (int x = 0; x < fresh.width(); ++x)
            differing += cached.pixel(x, y) != fresh.pixel(x, y);
    EXPECT_LT(differing, fresh.width() * fresh.height() / 500) << differing << " pixels differ";
}

// The viewer's render job keeps the geography drawn with a margin, and a pan by whole pixels copies it: the
// panned picture must be the one drawn from scratch (as the export draws it), pixel for pixel but for the
// glyph cache's few, at every pan within the margin, and a pan past it or by part of a pixel draws afresh.
TEST(BaseLayerCache, APanByWholePixelsDrawsAsFromScratch)
{
    ASSERT_TRUE(bundledBaseMap().data());
    BaseLayerCache layers(true);
    MapSettings view = small();
    ASSERT_FALSE(MapRenderer::renderImage(view, bundledBaseMap(), nullptr, &layers).isNull());
    for (const QPointF px : {QPointF(7, -3), QPointF(-60, 40), QPointF(11, 2), QPointF(200, 0), QPointF(0.5, 0)}) {
        view.centre += QPointF(-px.x(), px.y()) * view.metresPerPixel; // as MapCanvas::panBy moves it
        const QImage panned = MapRenderer::renderImage(view, bundledBaseMap(), nullptr, &layers);
        const QImage fresh = MapRenderer::renderImage(view, bundledBaseMap());
        ASSERT_EQ(panned.size(), fresh.size());
        int differing = 0;
        for (int y = 0; y < fresh.height(); ++y)
            for (int x = 0; x < fresh.width(); ++x)
                differing += panned.pixel(x, y) != fresh.pixel(x, y);
        EXPECT_LT(differing, fresh.width() * fresh.height() / 500) << differing << " pixels differ after a pan by " << px.x() << ", " << px.y();
    }
}

namespace {
// The whole record over the regional view at 960x540, every track in full (the overview the viewer opens
// on), or at an instant of a launch with its trail, as playback pauses on it.
MapSettings record(bool atTime)
{
    static const trilink::Scenario scenario = trilink::builtinScenario();
    static const auto overlay = buildTrackOverlay(scenario);
    MapSettings s = MapSettings::regionalDefault(QSize(960, 540));
    s.tracks = overlay;
    if (atTime) {
        const trilink::ScenarioTrack &t = *scenario.find(QStringLiteral("2017-11-28-HS15"));
        s.select(t.id);
        s.followSelection();
        s.timeMs = static_cast<double>(t.launchMsUtc) + 1500'000.0;
    }
    return s;
}

struct Difference {
    int pixels = 0;   // differing at all
    int beyond = 0;   // by more than `tolerance` in a channel
};
Difference compare(const QImage &a, const QImage &b, int tolerance)
{
    Difference d;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            if (p == q)
                continue;
            ++d.pixels;
            const int most = std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
            d.beyond += most > tolerance;
        }
    return d;
}
} // namespace

// Panning over the record, the viewer copies the tracks it drew with a margin instead of stroking them again
// (and in the overview their symbols too): each panned picture must be the one drawn from scratch, as the
// export draws it, but for the rounding of laying a drawn layer over the map (a channel off by 2/255 at
// most) and the glyph cache's few. And the tracks must be there: without them the picture differs widely.
TEST(BaseLayerCache, APanOverTheRecordCopiesItsTracksAsDrawnFromScratch)
{
    ASSERT_TRUE(bundledBaseMap().data());
    for (const bool atTime : {false, true}) {
        BaseLayerCache layers(true);
        MapSettings view = record(atTime);
        ASSERT_FALSE(MapRenderer::renderImage(view, bundledBaseMap(), nullptr, &layers).isNull());
        for (const QPointF px : {QPointF(5, 0), QPointF(-40, 25), QPointF(120, -60), QPointF(300, 0), QPointF(0.5, 0), QPointF(3, 3)}) {
            view.centre += QPointF(-px.x(), px.y()) * view.metresPerPixel; // as MapCanvas::panBy moves it
            const QImage panned = MapRenderer::renderImage(view, bundledBaseMap(), nullptr, &layers);
            const QImage fresh = MapRenderer::renderImage(view, bundledBaseMap());
            ASSERT_EQ(panned.size(), fresh.size());
            const Difference d = compare(panned, fresh, 2);
            EXPECT_LT(d.beyond, fresh.width() * fresh.height() / 2000)
                << d.beyond << " pixels differ by more than 2/255 after a pan by " << px.x() << ", " << px.y() << (atTime ? " at a time" : "");
        }
        MapSettings bare = view;
        bare.tracks.reset();
        const QImage panned = MapRenderer::renderImage(view, bundledBaseMap(), nullptr, &layers);
        EXPECT_GT(compare(panned, MapRenderer::renderImage(bare, bundledBaseMap()), 2).beyond, 2000) << "no tracks were drawn";
    }
}

// While the viewer is idle its render job draws ahead a wheel notch in and out (prepareNeighbours); a zoom
// about any point of the picture (MapSettings::zoomTo, as MapCanvas::zoomBy zooms) then copies the geography
// and the tracks instead of drawing them. That picture must be the one drawn from scratch, as the export
// draws it, to within the rounding of laying a drawn layer over the map.
TEST(BaseLayerCache, AWheelNotchAfterDrawingAheadCopiesAPictureAsDrawnFromScratch)
{
    ASSERT_TRUE(bundledBaseMap().data());
    const auto base = bundledBaseMap().get(record(false).projection);
    ASSERT_TRUE(base);
    for (const bool atTime : {false, true}) {
        BaseLayerCache layers(true);
        const MapSettings shown = record(atTime);
        ASSERT_FALSE(MapRenderer::renderImage(shown, bundledBaseMap(), nullptr, &layers).isNull());
        ASSERT_TRUE(layers.prepareNeighbours(shown, *base, *bundledBaseMap().data(), nullptr));
        for (const double notches : {1.0, -1.0}) {
            for (const QPointF anchor : {QPointF(480, 270), QPointF(31, 17), QPointF(900, 500), QPointF(613.4, 88.7)}) {
                MapSettings zoomed = shown;
                zoomed.zoomTo(shown.metresPerPixel / std::pow(kWheelZoomStep, notches), anchor); // as MapCanvas::zoomBy
                EXPECT_TRUE(layers.keeps(zoomed)) << "not prepared: " << notches << " notches about " << anchor.x() << ", " << anchor.y();
                const QImage copied = MapRenderer::renderImage(zoomed, bundledBaseMap(), nullptr, &layers);
                const QImage fresh = MapRenderer::renderImage(zoomed, bundledBaseMap());
                ASSERT_EQ(copied.size(), fresh.size());
                const Difference d = compare(copied, fresh, 2);
                EXPECT_LT(d.beyond, fresh.width() * fresh.height() / 2000) << d.beyond << " pixels differ by more than 2/255 after " << notches
                                                                           << " notches about " << anchor.x() << ", " << anchor.y()
                                                                           << (atTime ? " at a time" : "");
                MapSettings bare = zoomed;
                bare.tracks.reset();
                EXPECT_GT(compare(copied, MapRenderer::renderImage(bare, bundledBaseMap()), 2).beyond, 2000) << "no tracks were drawn";
            }
        }
        // Two notches away was not drawn ahead: that zoom draws.
        MapSettings far = shown;
        far.metresPerPixel /= std::pow(kWheelZoomStep, 2.0);
        EXPECT_FALSE(layers.keeps(far));
    }
}
