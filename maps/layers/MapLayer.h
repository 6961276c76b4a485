// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/BaseMap.h"
#include "maps/MapSettings.h"
#include "maps/MapStyle.h"
#include "maps/ProjectedBaseMap.h"
#include "maps/Projection.h"
#include "maps/layers/Furniture.h"
#include "maps/layers/LabelPainter.h"

#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>

#include <algorithm>
#include <atomic>
#include <optional>

class QPainter;

namespace trilink::maps {

// What a layer draws with, for one pass of a render (the still part, or what moves over it): the painter in
// picture pixels, the settings, a projection, the style, the label painter with the furniture's boxes
// reserved in it, where the furniture goes, and the cancel flag.
// Threads: one per pass, on the render's thread (it owns a Projection, which is single-threaded).
class LayerContext {
public:
    LayerContext(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base, const BaseMapData &data,
                 const std::atomic_bool *cancel);
    LayerContext(const LayerContext &) = delete;
    LayerContext &operator=(const LayerContext &) = delete;

    QPainter &painter;
    const MapSettings &settings;
    const ProjectedBaseMap &base;
    const BaseMapData &data;
    const MapStyle style;
    const Projection projection;
    const double scale; // MapSettings::uiScale()
    const QRectF frame; // the picture less the banner strips
    LabelPainter labels;
    const FurnitureLayout furniture; // after the labels: it measures text with their fonts

    // Pixel of a (lon, lat), if it projects.
    std::optional<QPointF> pixel(double lon, double lat) const;
    // A (lon, lat) ring or line in pixels, clipped and split where the projection needs it.
    QPainterPath pathOf(const QPolygonF &lonLat, bool closed) const;
    // A style size at this picture's scale.
    double px(double size) const { return size * scale; }
    // A thin line's width in pixels: px, but never thinner than at 1920x1080, since a line of a pixel or
    // less is antialiased into its casing and fades out of a small picture.
    double stroke(double size) const { return std::max(size, px(size)); }
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    const std::atomic_bool *cancelFlag() const { return m_cancel; }

private:
    const std::atomic_bool *m_cancel;
};

// One thing on the map (the tracks, the sensors, the legend, ...), drawn in picture pixels over the
// geography. A layer decides from the settings whether it has anything to draw, takes its colours, sizes
// and places from the style, and returns early once the context is cancelled.
// Threads: stateless; draw() runs on the render's thread.
class MapLayer {
public:
    virtual ~MapLayer() = default;
    virtual void draw(LayerContext &context) const = 0;
};

} // namespace trilink::maps
