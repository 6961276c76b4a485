// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"

#include <QPainter>

namespace trilink::maps {

void ZoneLayer::draw(LayerContext &c) const
{
    if (!c.settings.tracks || !c.settings.showEez)
        return;
    const auto &eez = c.settings.tracks->eez;
    QColor fill = c.style.accent;
    fill.setAlpha(c.style.colour.eezFill);
    QColor edge = c.style.accent;
    edge.setAlpha(c.style.colour.eezEdge);
    const QPen pen(edge, c.px(c.style.line.eez), Qt::DashDotLine);
    for (const QPolygonF &ring : eez) {
        if (c.cancelled())
            return;
        c.painter.setPen(Qt::NoPen);
        c.painter.setBrush(fill);
        c.painter.drawPath(c.pathOf(ring, true));
        c.painter.setBrush(Qt::NoBrush);
        c.painter.setPen(pen);
        c.painter.drawPath(c.pathOf(ring, false));
    }
}

} // namespace trilink::maps
