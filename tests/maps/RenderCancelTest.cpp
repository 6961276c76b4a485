// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// A cancelled render stops inside the layer it is drawing, not only between layers (the render job's
// contract: the latest request wins, and the one it replaces must not keep a core busy). A paint device of
// its own counts every primitive drawn and sets the render's cancel flag at the first one of the tracks
// layer; the render must then say it was cancelled (the render job shows nothing of it) within a stroke or
// two, out of the thousands the tracks need.
#include "maps/MapRenderer.h"
#include "maps/TrackOverlay.h"
#include "tests/maps/BaseMapFixture.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>

using namespace trilink;
using namespace trilink::maps;

namespace {
class CountingEngine : public QPaintEngine {
public:
    CountingEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    {
    }
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { drawn(); }
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override { drawn(); }
    void drawPath(const QPainterPath &) override { drawn(); }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { drawn(); }
    void drawLines(const QLineF *, int) override { drawn(); }
    void drawEllipse(const QRectF &) override { drawn(); }
    void drawTextItem(const QPointF &, const QTextItem &) override { drawn(); }
    Type type() const override { return QPaintEngine::User; }

    int count = 0;
    int cancelAt = -1; // the primitive at which cancel is set; -1 never
    std::atomic_bool *cancel = nullptr;

private:
    void drawn()
    {
        if (++count == cancelAt && cancel)
            cancel->store(true);
    }
};

class CountingDevice : public QPaintDevice {
public:
    QPaintEngine *paintEngine() const override { return &engine; }
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth: return 1920;
        case PdmHeight: return 1080;
        case PdmDpiX: case PdmDpiY: case PdmPhysicalDpiX: case PdmPhysicalDpiY: return 96;
        case PdmDepth: return 32;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return static_cast<int>(devicePixelRatioFScale());
        default: return QPaintDevice::metric(m);
        }
    }
    mutable CountingEngine engine;
};

// 200 tracks of 2,000 samples across the region, each held by a different partner every 100 samples.
TrackOverlay::Ptr manyTracks()
{
    auto overlay = std::make_shared<TrackOverlay>();
    for (int t = 0; t < 200; ++t) {
        TrackOverlay::Track track;
        track.id = QStringLiteral("T%1").arg(t);
        track.label = track.id;
        track.flightTimeS = 2000;
        for (int i = 0; i < 2000; ++i) {
            track.groundTrack << QPointF(122.0 + 0.006 * i, 30.0 + 0.06 * t + 0.5 * std::sin(i / 200.0));
            track.timesS.push_back(static_cast<float>(i));
            track.altM.push_back(100'000.0f);
            track.partners.push_back(static_cast<PartnerMask>(1 + (i / 100) % 7));
        }
        overlay->tracks.push_back(std::move(track));
    }
    return overlay;
}

MapSettings settingsOf(const TrackOverlay::Ptr &overlay)
{
    auto s = *MapSettings::fitted(ProjectionSpec::centred(ProjectionKind::RegionalLcc, 129.5, 37.5), 129.5, 37.5, 3400, QSize(1920, 1080));
    s.tracks = overlay;
    return s;
}

// The primitives the moving layers (the tracks first) draw with cancel set at primitive `cancelAt`, and
// whether the render said it was done.
std::pair<int, bool> drawMoving(const MapSettings &settings, int cancelAt)
{
    const auto base = bundledBaseMap().get(settings.projection);
    std::atomic_bool cancel(false);
    CountingDevice device;
    device.engine.cancel = &cancel;
    device.engine.cancelAt = cancelAt;
    QPainter painter(&device);
    const bool done = MapRenderer::renderMoving(painter, settings, *base, *bundledBaseMap().data(), &cancel);
    painter.end();
    return {device.engine.count, done};
}
} // namespace

TEST(RenderCancel, ACancelInsideTheTracksLayerStopsItWithinAStrokeOrTwo)
{
    const MapSettings settings = settingsOf(manyTracks());
    const auto [all, finished] = drawMoving(settings, -1);
    ASSERT_TRUE(finished);
    ASSERT_GT(all, 1000); // casings, stripes and symbols of 200 tracks (a path per pen and track): a long layer

    const auto [drawn, done] = drawMoving(settings, 1);
    EXPECT_FALSE(done); // cancelled: the render job drops the picture
    EXPECT_LE(drawn, 3) << "of " << all;
}

TEST(RenderCancel, ACancelledRenderImageReturnsNoPicture)
{
    // Through the render job's own call: cancelled before it starts, no image, so nothing partial is shown.
    MapSettings settings = settingsOf(manyTracks());
    std::atomic_bool cancel(true);
    EXPECT_TRUE(MapRenderer::renderImage(settings, bundledBaseMap(), &cancel).isNull());
    EXPECT_FALSE(MapRenderer::renderImage(settings, bundledBaseMap()).isNull());
}
