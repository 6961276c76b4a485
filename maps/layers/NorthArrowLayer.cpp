// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"

#include "core/Units.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace trilink::maps {
namespace {
// How far true north at the picture's centre leans from up, clockwise; nullopt when it does not project.
std::optional<double> northAngleDeg(const LayerContext &c)
{
    const QPointF centre = c.settings.toMap(c.frame.center());
    const auto g = c.projection.inverse(centre.x(), centre.y());
    if (!g)
        return std::nullopt;
    const auto north = c.projection.forward(g->x(), std::min(89.9, g->y() + 0.05));
    if (!north)
        return std::nullopt;
    const QPointF d = c.settings.toPixel(*north) - c.frame.center();
    return units::degrees(std::atan2(d.x(), -d.y()));
}
} // namespace

std::optional<QSizeF> NorthArrowLayer::size(const LayerContext &c)
{
    if (!c.settings.showDecorations)
        return std::nullopt;
    const auto angle = northAngleDeg(c);
    if (!angle || std::abs(*angle) < 0.5)
        return std::nullopt;
    const double side = 2 * (c.px(c.style.symbol.northArrow) + 18 * c.scale); // the arrow and the "N" around it
    return QSizeF(side, side);
}

void NorthArrowLayer::draw(LayerContext &c) const
{
    const QRectF &box = c.furniture.northArrow;
    const auto angle = northAngleDeg(c);
    if (box.isEmpty() || !angle)
        return;
    const MapStyle &st = c.style;
    const double s = c.scale;
    const double angleDeg = *angle;
    const QPointF o = box.center();
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
    const double dx = std::sin(units::radians(angleDeg)) * (L + 10 * s), dy = -std::cos(units::radians(angleDeg)) * (L + 10 * s);
    c.labels.haloText(o + QPointF(dx - nw / 2, dy + 5 * s), QStringLiteral("N"), nf, st.text, LabelPainter::Fill::Glyphs);
}

} // namespace trilink::maps
