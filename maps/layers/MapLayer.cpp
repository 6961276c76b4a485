// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/MapLayer.h"

#include "maps/GeometryProjector.h"
#include "maps/layers/Layers.h"

namespace trilink::maps {

LayerContext::LayerContext(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base, const BaseMapData &data,
                           const std::atomic_bool *cancel)
    : painter(painter)
    , settings(settings)
    , base(base)
    , data(data)
    , style(MapStyle::forTheme(settings.theme))
    , projection(settings.projection)
    , scale(settings.uiScale())
    , frame(BannerLayer::freeFrame(settings, style))
    , labels(painter, style, scale)
    , furniture(FurnitureLayout::of(*this))
    , m_cancel(cancel)
{
    labels.setBounds(frame);
    for (const QRectF &box : furniture.boxes())
        labels.reserve(box);
}

std::optional<QPointF> LayerContext::pixel(double lon, double lat) const
{
    const auto p = projection.forward(lon, lat);
    if (!p)
        return std::nullopt;
    return settings.toPixel(*p);
}

QPainterPath LayerContext::pathOf(const QPolygonF &lonLat, bool closed) const
{
    QPainterPath path;
    const GeometryProjector projector(projection);
    if (closed)
        projector.addRing(path, lonLat);
    else
        projector.addLine(path, lonLat);
    return settings.mapToPixel().map(path);
}

} // namespace trilink::maps
