// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The layers over the geography: the one label painter's collision rules, and cancel reaching every layer.
#include "maps/BaseLayerCache.h"
#include "core/Scenario.h"
#include "maps/MapRenderer.h"
#include "maps/Projection.h"
#include "maps/TrackOverlay.h"
#include "maps/scene/Scene.h"
#include "maps/scene/SceneSettings.h"
#include "maps/layers/LabelPainter.h"
#include "tests/maps/BaseMapFixture.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

using namespace trilink::maps;

TEST(LabelPainter, ALabelTakesItsBoxAndOthersMakeWay)
{
    QImage image(100, 100, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const MapStyle style = MapStyle::forTheme(MapTheme::Dark);
    LabelPainter labels(painter, style, 1.0);
    EXPECT_TRUE(labels.claim(QRectF(10, 10, 20, 10)));
    EXPECT_FALSE(labels.claim(QRectF(25, 15, 20, 10)));   // overlaps the first
    EXPECT_TRUE(labels.claim(QRectF(30, 10, 20, 10)));    // touching edges is no overlap
    EXPECT_TRUE(labels.isFree(QRectF(25, 15, 5, 5), true)); // a label that may overlap labels
    labels.reserve(QRectF(60, 60, 30, 30));                 // the legend: kept clear by everyone
    EXPECT_FALSE(labels.isFree(QRectF(70, 70, 5, 5), true));
    labels.take(QRectF(0, 80, 50, 20)); // furniture takes its box whatever is there
    EXPECT_FALSE(labels.claim(QRectF(10, 85, 5, 5)));
    // Fonts follow the picture's scale: a 12 px font at twice the scale is 24 px.
    EXPECT_EQ(LabelPainter(painter, style, 2.0).font(MapFont{12, true}).pixelSize(), 24);
}

TEST(Layers, ACancelledRenderDrawsNoLayerAndCachesNothing)
{
    ASSERT_TRUE(bundledBaseMap().data());
    const MapSettings settings = MapSettings::regionalDefault(QSize(320, 180));
    const std::atomic_bool cancel(true);
    BaseLayerCache layers;
    EXPECT_TRUE(MapRenderer::renderImage(settings, bundledBaseMap(), &cancel, &layers).isNull());
    EXPECT_TRUE(layers.find(settings).isNull()); // never a half-drawn still part
    QImage image(settings.size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    EXPECT_FALSE(MapRenderer::render(painter, settings, *bundledBaseMap().get(settings.projection), *bundledBaseMap().data(), &cancel));
}

namespace {
// The catalogue's Hwasong-15 at T+25 min with its radars' fans, as `trilink export --launch` shows it.
const trilink::Scenario &catalogue()
{
    static const trilink::Scenario scenario = trilink::builtinScenario();
    return scenario;
}

MapSettings hs15Scene(QSize size, double textScale = 1.0)
{
    const trilink::Scenario &scenario = catalogue();
    static const auto overlay = buildTrackOverlay(scenario);
    Scene scene;
    scene.launch = QStringLiteral("2017-11-28-HS15");
    scene.time = SceneTime::sinceLaunch(1500);
    scene.view.size = size;
    scene.layers.textScale = textScale;
    QString error;
    auto s = sceneSettings(scene, &scenario, overlay, error);
    EXPECT_TRUE(s) << error.toStdString();
    return s.value_or(MapSettings{});
}
} // namespace

// Issue 20, items 5 and 6: at every picture size, from a 640x360 GIF to 4K and in briefing mode's type,
// no label (place, sensor, Guam pointer, EEZ, rings, grid) overlaps another label, a marker (a sensor's
// symbol, a capital's square, a track's launch or impact symbol) or the furniture, every label and every
// piece of furniture lies inside the picture, and no furniture covers the selected track's path.
TEST(Layers, LabelsMarkersAndFurnitureNeverOverlapAndFurnitureKeepsOffTheTrack)
{
    const trilink::ScenarioTrack *track = catalogue().find(QStringLiteral("2017-11-28-HS15"));
    ASSERT_TRUE(track);
    const std::vector<std::pair<QSize, double>> cases = {{{640, 360}, 1.0}, {{1366, 768}, 1.0}, {{1920, 1080}, 1.0},
                                                          {{3840, 2160}, 1.0}, {{1920, 1080}, 1.7}};
    for (const auto &[size, textScale] : cases) {
        SCOPED_TRACE(QStringLiteral("%1x%2 text %3").arg(size.width()).arg(size.height()).arg(textScale).toStdString());
        const MapSettings s = hs15Scene(size, textScale);
        const auto base = bundledBaseMap().get(s.projection);
        ASSERT_TRUE(base);
        const auto c = MapRenderer::stillCollisions(s, *base, *bundledBaseMap().data());
        EXPECT_GE(c.labels.size(), 5u);    // Pyongyang, Seoul, the radars' names, the grid...
        EXPECT_GE(c.furniture.size(), 4u); // legend, clock, gain, scale bar, credits
        const QRectF picture(QPointF(0, 0), QSizeF(size));
        for (const QRectF &label : c.labels) {
            EXPECT_TRUE(picture.contains(label));
            int overlaps = 0;
            for (const QRectF &other : c.taken)
                overlaps += other != label && other.intersects(label);
            EXPECT_EQ(overlaps, 0) << "label at " << label.x() << "," << label.y();
            for (const QRectF &f : c.furniture)
                EXPECT_FALSE(f.intersects(label));
        }
        // The track's path in pixels, projected here from its samples.
        const Projection projection(s.projection);
        for (const QRectF &f : c.furniture) {
            EXPECT_TRUE(picture.contains(f));
            for (std::size_t i = 0; i < track->samples.size(); i += 5) {
                const auto xy = projection.forward(track->samples[i].lon, track->samples[i].lat);
                if (xy) {
                    EXPECT_FALSE(f.contains(s.toPixel(*xy))) << "furniture " << f.x() << "," << f.y() << " covers the track";
                }
            }
        }
        for (std::size_t i = 0; i < c.furniture.size(); ++i)
            for (std::size_t j = i + 1; j < c.furniture.size(); ++j)
                EXPECT_FALSE(c.furniture[i].intersects(c.furniture[j]));
    }
}
