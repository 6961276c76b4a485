// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"

#include "maps/PartnerStyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace trilink::maps {

QRectF SensorLayer::symbolBox(const LayerContext &c, const TrackOverlay::SensorMark &m, QPointF at)
{
    const double r = c.px(c.style.symbol.sensor);
    const double halfWidth = m.kind == SensorKind::RadarShip ? 1.4 * r : r; // the hull is longer than it is wide
    return QRectF(at.x() - halfWidth, at.y() - r, 2 * halfWidth, 2 * r);
}

void SensorLayer::draw(LayerContext &c) const
{
    if (!c.settings.tracks)
        return;
    const bool labels = c.settings.metresPerPixel < c.style.place.sensorLabelsBelowMetresPerPixel;
    const QFont labelFont = c.labels.font(c.style.type.sensorLabel);
    const QFontMetricsF fm(labelFont);
    const bool dark = c.settings.theme == MapTheme::Dark;
    const TrackOverlay::Track *focus = c.settings.focusTrack.isEmpty() ? nullptr : c.settings.tracks->find(c.settings.focusTrack);

    struct Shown {
        const TrackOverlay::SensorMark *mark;
        QPointF at;
    };
    std::vector<Shown> shown;
    for (const auto &m : c.settings.tracks->sensors) {
        if (!(c.settings.shownSensorPartners() & partnerBit(m.partner)) || m.kind == SensorKind::SpaceIr)
            continue;
        if (const auto at = c.pixel(m.lonLat.x(), m.lonLat.y()); at && c.frame.contains(*at))
            shown.push_back({&m, *at});
    }
    // The focus track's radars name themselves first: theirs are the labels that matter.
    std::stable_partition(shown.begin(), shown.end(), [focus](const Shown &s) { return focus && focus->sensorIds.contains(s.mark->id); });

    // Every symbol takes its space before any label is placed, so no name lies under a radar.
    for (const Shown &s : shown) {
        const TrackOverlay::SensorMark &m = *s.mark;
        const double r = c.px(c.style.symbol.sensor);
        c.labels.take(symbolBox(c, m, s.at));
        c.painter.setPen(QPen(c.style.textHalo, c.px(c.style.line.sensorOutline)));
        c.painter.setBrush(partnerColor(m.partner));
        const QPointF at = s.at;
        if (m.kind == SensorKind::RadarShip) {
            QPolygonF hull; // a ship seen from above
            hull << at + QPointF(-r * 1.3, -r * 0.45) << at + QPointF(r * 0.7, -r * 0.45) << at + QPointF(r * 1.4, 0)
                 << at + QPointF(r * 0.7, r * 0.45) << at + QPointF(-r * 1.3, r * 0.45);
            c.painter.drawPolygon(hull);
        } else {
            QPolygonF diamond; // a ground radar
            diamond << at + QPointF(0, -r) << at + QPointF(r, 0) << at + QPointF(0, r) << at + QPointF(-r, 0);
            c.painter.drawPolygon(diamond);
        }
    }
    if (!labels)
        return;
    for (const Shown &s : shown) {
        if (c.cancelled())
            return;
        const TrackOverlay::SensorMark &m = *s.mark;
        const QString text = m.notional ? m.id + QStringLiteral("*") : m.id;
        const QSizeF size(LabelPainter::advance(labelFont, text), fm.height());
        if (const auto box = c.labels.claimFirst(LabelPainter::placesAround(symbolBox(c, m, s.at), size, c.px(3))))
            c.labels.haloText(QPointF(box->left(), box->bottom() - fm.descent()), text, labelFont, partnerInk(m.partner, dark),
                              LabelPainter::Fill::Outline);
    }
}

} // namespace trilink::maps
