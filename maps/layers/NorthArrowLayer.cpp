// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"

#include "core/Units.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace trilink::maps {

void NorthArrowLayer::draw(LayerContext &c) const
{
    if (!c.settings.showDecorations)
        return;
    const MapStyle &st = c.style;
    const double s = c.scale;
    const QPointF centre = c.settings.toMap(c.frame.center());
    const auto g = c.projection.inverse(centre.x(), centre.y());
    if (!g)
        return;
    const auto north = c.projection.forward(g->x(), std::min(89.9, g->y() + 0.05));
    if (!north)
        return;
    const QPointF d = c.settings.toPixel(*north) - c.frame.center();
    const double angleDeg = units::degrees(std::atan2(d.x(), -d.y()));
    if (std::abs(angleDeg) < 0.5)
        return;
    const QPointF o(c.frame.width() - st.place.northArrow.x() * s, c.frame.top() + st.place.northArrow.y() * s);
    c.painter.save();
    c.painter.translate(o);
    c.painter.rotate(angleDeg);
    const double L = c.px(st.symbol.northArrow);
    QPolygonF left, right;
    left << QPointF(0, -L) << QPointF(-L * 0.4, L * 0.6) << QPointF(0, L * 0.25);
    right << QPointF(0, -L) << QPointF(L * 0.4, L * 0.6) << QPointF(0, L * 0.25);
    c.painter.setPen(QPen(st.textHalo, c.px(st.line.northArrow)));
    c.painter.setBrush(st.text);
    c.painter.drawPolygon(left);
    c.painter.setBrush(st.graticuleLabel);
    c.painter.drawPolygon(right);
    c.painter.restore();
    const QFont nf = c.labels.font(st.type.north);
    const double nw = QFontMetricsF(nf).horizontalAdvance(QStringLiteral("N"));
    const double dx = std::sin(units::radians(angleDeg)) * 30 * s, dy = -std::cos(units::radians(angleDeg)) * 30 * s;
    c.labels.haloText(o + QPointF(dx - nw / 2, dy + 5 * s), QStringLiteral("N"), nf, st.text, LabelPainter::Fill::Glyphs);
    c.labels.take(QRectF(o.x() - 40 * s, o.y() - 40 * s, 80 * s, 80 * s));
}

} // namespace trilink::maps
