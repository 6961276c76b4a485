// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"

#include "core/Geodesic.h"
#include "core/Text.h"
#include "maps/GeometryProjector.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace trilink::maps {

void RangeRingLayer::draw(LayerContext &c) const
{
    if (!c.settings.reference)
        return;
    const QPointF lonLat = *c.settings.reference;
    const MapStyle &st = c.style;
    const double s = c.scale;
    const auto centre = c.projection.forward(lonLat.x(), lonLat.y());
    // Steps of 250, 500, 1000 or 2000 in the map's distance unit, so that 3 to 8 rings fit the view.
    const double unitM = c.settings.units.distanceUnitM();
    const double viewUnits = c.settings.metresPerPixel * std::min(c.settings.size.width(), c.settings.size.height()) / unitM;
    double stepUnits = 250;
    for (double step : {250.0, 500.0, 1000.0, 2000.0})
        if (viewUnits / step <= 8)
            break;
        else
            stepUnits = step * 2;
    const GeometryProjector projector(c.projection);
    QPen ring(st.accent, c.px(st.line.rangeRing), Qt::DashLine);
    ring.setCosmetic(true);
    const QFont labelFont = c.labels.font(st.type.ringLabel);
    const QFontMetricsF fm(labelFont);
    for (int k = 1; k <= 12; ++k) {
        const double rM = k * stepUnits * unitM;
        if (rM > 15'000'000.0 || c.cancelled())
            break;
        QPolygonF circle;
        for (int az = 0; az <= 360; az += 2) {
            const auto d = geodesic::direct(lonLat.x(), lonLat.y(), az, rM);
            circle << QPointF(d.lon, d.lat);
        }
        QPainterPath path;
        projector.addLine(path, circle);
        c.painter.setPen(ring);
        c.painter.setBrush(Qt::NoBrush);
        c.painter.drawPath(c.settings.mapToPixel().map(path));
        const auto north = geodesic::direct(lonLat.x(), lonLat.y(), 0, rM);
        if (auto p = c.projection.forward(north.lon, north.lat)) {
            const QPointF at = c.settings.toPixel(*p) + QPointF(4 * s, -3 * s);
            const QString text = text::distance(rM, c.settings.units);
            if (c.labels.claim(QRectF(at.x(), at.y() - fm.ascent(), fm.horizontalAdvance(text), fm.height())))
                c.labels.haloText(at, text, labelFont, st.accent, LabelPainter::Fill::Glyphs);
        }
    }
    if (centre) {
        const QPointF at = c.settings.toPixel(*centre);
        const double r = c.px(st.symbol.referenceCross);
        c.painter.setPen(QPen(st.accent, c.px(st.line.referenceCross)));
        c.painter.drawLine(at - QPointF(r, 0), at + QPointF(r, 0));
        c.painter.drawLine(at - QPointF(0, r), at + QPointF(0, r));
        c.painter.drawEllipse(at, r * 0.6, r * 0.6);
    }
}

} // namespace trilink::maps
