// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"

#include "core/Geodesic.h"
#include "core/Text.h"

#include <QPainter>

#include <cmath>

namespace trilink::maps {

void MeasureLayer::draw(LayerContext &c) const
{
    if (!c.settings.measure)
        return;
    const QLineF m = *c.settings.measure;
    const MapStyle &st = c.style;
    const auto g = geodesic::inverse(m.x1(), m.y1(), m.x2(), m.y2());
    QPolygonF line;
    for (int i = 0; i <= 64; ++i) {
        const auto p = geodesic::direct(m.x1(), m.y1(), g.azimuth1Deg, g.distanceM * i / 64.0);
        line << QPointF(p.lon, p.lat);
    }
    const QPainterPath path = c.pathOf(line, false);
    c.painter.setBrush(Qt::NoBrush);
    c.painter.setPen(QPen(st.colour.measureCasing, c.px(st.line.measureCasing), Qt::SolidLine, Qt::RoundCap));
    c.painter.drawPath(path);
    c.painter.setPen(QPen(st.colour.measure, c.px(st.line.measure), Qt::DashLine, Qt::RoundCap));
    c.painter.drawPath(path);
    for (const QPointF &end : {m.p1(), m.p2()})
        if (const auto p = c.pixel(end.x(), end.y())) {
            c.painter.setPen(QPen(st.colour.measureCasing, c.px(st.line.measureEnd)));
            c.painter.setBrush(st.colour.measure);
            c.painter.drawEllipse(*p, c.px(st.symbol.measureEnd), c.px(st.symbol.measureEnd));
        }
    const auto mid = geodesic::direct(m.x1(), m.y1(), g.azimuth1Deg, g.distanceM / 2);
    if (const auto p = c.pixel(mid.lon, mid.lat)) {
        const double bearing = std::fmod(g.azimuth1Deg + 360.0, 360.0);
        const QString text = QStringLiteral("%1 · %2°").arg(text::distance(g.distanceM, c.settings.units)).arg(bearing, 5, 'f', 1, QLatin1Char('0'));
        c.labels.haloText(*p + QPointF(c.px(8), -c.px(8)), text, c.labels.font(st.type.measureLabel), st.colour.measure, LabelPainter::Fill::Outline);
    }
}

} // namespace trilink::maps
