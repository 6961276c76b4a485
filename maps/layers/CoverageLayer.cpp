// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"

#include "maps/PartnerStyle.h"

#include <QPainter>

namespace trilink::maps {

void CoverageLayer::draw(LayerContext &c) const
{
    if (!c.settings.tracks)
        return;
    for (const auto &s : c.settings.tracks->sensors) {
        if (c.cancelled())
            return;
        if (!(c.settings.coveragePartners & partnerBit(s.partner)) || s.coverage.isEmpty())
            continue;
        QColor edge = partnerColor(s.partner);
        QColor fill = edge;
        fill.setAlpha(c.style.colour.coverageFill);
        edge.setAlpha(c.style.colour.coverageEdge);
        c.painter.setPen(QPen(edge, c.px(c.style.line.coverage)));
        c.painter.setBrush(fill);
        c.painter.drawPath(c.pathOf(s.coverage, true));
        edge.setAlpha(c.style.colour.rangeArc);
        c.painter.setPen(QPen(edge, c.px(c.style.line.rangeArc), Qt::DotLine));
        c.painter.setBrush(Qt::NoBrush);
        c.painter.drawPath(c.pathOf(s.rangeArc, false));
    }
}

} // namespace trilink::maps
