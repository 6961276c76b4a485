// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"

#include "maps/ScaleBar.h"

#include <QFontMetricsF>
#include <QPainter>

namespace trilink::maps {

void ScaleBarLayer::draw(LayerContext &c) const
{
    if (!c.settings.showScaleBar)
        return;
    const auto bar = ScaleBar::compute(c.settings, c.projection, c.px(c.style.place.scaleBarLength));
    if (!bar)
        return;
    const MapStyle &st = c.style;
    const double s = c.scale;
    const double h = 7 * s;
    const QPointF origin(st.place.scaleBar.x() * s, c.frame.bottom() - st.place.scaleBar.y() * s);
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
    c.labels.take(QRectF(origin.x(), origin.y() - h - 30 * s, bar->lengthPx + w, h + 40 * s));
}

} // namespace trilink::maps
