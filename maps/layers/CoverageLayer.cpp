// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"

#include "maps/PartnerStyle.h"

#include <QPainter>

namespace trilink::maps {

bool CoverageLayer::shows(const MapSettings &settings, const TrackOverlay::SensorMark &sensor)
{
    if (!(settings.shownCoveragePartners() & partnerBit(sensor.partner)) || sensor.coverage.isEmpty())
        return false;
    if (!settings.coverageOfSelected)
        return true;
    const TrackOverlay::Track *focus = settings.tracks && !settings.focusTrack.isEmpty() ? settings.tracks->find(settings.focusTrack) : nullptr;
    return focus && focus->sensorIds.contains(sensor.id);
}

void CoverageLayer::draw(LayerContext &c) const
{
    if (!c.settings.tracks)
        return;
    for (const auto &s : c.settings.tracks->sensors) {
        if (c.cancelled())
            return;
        if (!shows(c.settings, s))
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
