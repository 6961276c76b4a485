// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"

#include <QFontMetricsF>

namespace trilink::maps {

void ZoneLabelLayer::draw(LayerContext &c) const
{
    if (!c.settings.tracks || !c.settings.showEez || c.settings.tracks->eez.empty())
        return;
    QColor colour = c.style.accent;
    colour.setAlpha(c.style.colour.eezEdge);
    const QString text = QStringLiteral("JAPAN EEZ (APPROX.)");
    const QFont f = c.labels.font(c.style.type.zoneLabel);
    const QFontMetricsF fm(f);
    for (const QPointF &place : c.style.place.eezLabel) {
        const auto at = c.pixel(place.x(), place.y());
        if (!at)
            continue;
        const QRectF box(at->x(), at->y() - fm.ascent(), fm.horizontalAdvance(text), fm.height());
        if (c.labels.claim(box)) {
            c.labels.haloText(*at, text, f, colour, LabelPainter::Fill::Outline);
            return;
        }
    }
}

} // namespace trilink::maps
