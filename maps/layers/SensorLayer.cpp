// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"

#include "maps/PartnerStyle.h"

#include <QPainter>

namespace trilink::maps {

void SensorLayer::draw(LayerContext &c) const
{
    if (!c.settings.tracks)
        return;
    const double s = c.scale;
    const bool labels = c.settings.metresPerPixel < c.style.place.sensorLabelsBelowMetresPerPixel;
    const QFont labelFont = c.labels.font(c.style.type.sensorLabel);
    for (const auto &m : c.settings.tracks->sensors) {
        if (c.cancelled())
            return;
        if (!(c.settings.sensorPartners & partnerBit(m.partner)) || m.kind == SensorKind::SpaceIr)
            continue;
        const auto at = c.pixel(m.lonLat.x(), m.lonLat.y());
        if (!at || !c.frame.contains(*at))
            continue;
        const QColor colour = partnerColor(m.partner);
        const double r = c.px(c.style.symbol.sensor);
        c.painter.setPen(QPen(c.style.textHalo, c.px(c.style.line.sensorOutline)));
        c.painter.setBrush(colour);
        if (m.kind == SensorKind::RadarShip) {
            QPolygonF hull; // a ship seen from above
            hull << *at + QPointF(-r * 1.3, -r * 0.45) << *at + QPointF(r * 0.7, -r * 0.45) << *at + QPointF(r * 1.4, 0)
                 << *at + QPointF(r * 0.7, r * 0.45) << *at + QPointF(-r * 1.3, r * 0.45);
            c.painter.drawPolygon(hull);
        } else {
            QPolygonF diamond; // a ground radar
            diamond << *at + QPointF(0, -r) << *at + QPointF(r, 0) << *at + QPointF(0, r) << *at + QPointF(-r, 0);
            c.painter.drawPolygon(diamond);
        }
        if (labels) {
            const QString text = m.notional ? m.id + QStringLiteral("*") : m.id;
            c.labels.haloText(*at + QPointF(r + 4 * s, r + 6 * s), text, labelFont, colour, LabelPainter::Fill::Outline);
        }
    }
}

} // namespace trilink::maps
