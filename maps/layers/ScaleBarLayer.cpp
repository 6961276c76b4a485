// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"

#include "maps/ScaleBar.h"

#include <QFontMetricsF>
#include <QPainter>

namespace trilink::maps {
namespace {
double barHeight(const LayerContext &c) { return 7 * c.scale; }

QPointF originOf(const LayerContext &c)
{
    const MapStyle &st = c.style;
    return {c.frame.left() + st.place.scaleBar.x() * c.scale, c.frame.bottom() - st.place.scaleBar.y() * c.scale};
}
} // namespace

QRectF ScaleBarLayer::box(const LayerContext &c)
{
    if (!c.settings.showScaleBar)
        return {};
    const auto bar = ScaleBar::compute(c.settings, c.projection, c.px(c.style.place.scaleBarLength));
    if (!bar)
        return {};
    const QFontMetricsF fm(c.labels.font(c.style.type.scaleBar));
    const QPointF o = originOf(c);
    const double w = fm.horizontalAdvance(bar->label);
    const double top = o.y() - barHeight(c) - 6 * c.scale - fm.ascent();
    return QRectF(o.x() - 4 * c.scale, top - 2 * c.scale, bar->lengthPx + w / 2 + 8 * c.scale, o.y() - top + 6 * c.scale);
}

void ScaleBarLayer::draw(LayerContext &c) const
{
    if (c.furniture.scaleBar.isEmpty())
        return;
    const auto bar = ScaleBar::compute(c.settings, c.projection, c.px(c.style.place.scaleBarLength));
    if (!bar)
        return;
    const MapStyle &st = c.style;
    const double s = c.scale;
    const double h = barHeight(c);
    const QPointF origin = originOf(c);
    const QFont f = c.labels.font(st.type.scaleBar);
    c.painter.setPen(QPen(st.textHalo, c.px(st.line.scaleBar)));
    for (int i = 0; i < 4; ++i) {
        const QRectF segment(origin.x() + bar->lengthPx * i / 4.0, origin.y() - h, bar->lengthPx / 4.0, h);
        c.painter.setBrush(i % 2 ? st.textHalo : st.text);
        c.painter.drawRect(segment);
    }
    c.painter.setBrush(Qt::NoBrush);
    c.painter.setPen(QPen(st.text, c.px(st.line.scaleBar)));
    c.painter.drawRect(QRectF(origin.x(), origin.y() - h, bar->lengthPx, h));
    c.labels.haloText(origin + QPointF(0, -h - 6 * s), QStringLiteral("0"), f, st.text, LabelPainter::Fill::Glyphs);
    const double w = QFontMetricsF(f).horizontalAdvance(bar->label);
    c.labels.haloText(origin + QPointF(bar->lengthPx - w / 2, -h - 6 * s), bar->label, f, st.text, LabelPainter::Fill::Glyphs);
}

} // namespace trilink::maps
