// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The layers over the geography: the one label painter's collision rules, and cancel reaching every layer.
#include "maps/BaseLayerCache.h"
#include "maps/MapRenderer.h"
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
