// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"

#include "core/Text.h"
#include "maps/PartnerStyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace trilink::maps {
namespace {
QStringList notesFor(const LayerContext &c, const TrackOverlay &overlay)
{
    QStringList notes;
    notes << QStringLiteral("View: ") + text::viewAsDescription(c.settings.viewAs);
    if (!overlay.sensors.empty())
        notes << QStringLiteral("Coverage: targets at %1 km").arg(text::thousands(overlay.coverageAltM / 1000.0));
    return notes;
}
} // namespace

QRectF LegendLayer::box(const LayerContext &c, const TrackOverlay &overlay)
{
    const double s = c.scale;
    const QFontMetricsF ft(c.labels.font(c.style.type.legendTitle)), fb(c.labels.font(c.style.type.legendBody));
    const double pad = 10 * s, row = fb.height() + 5 * s, swatch = c.px(c.style.symbol.swatch);
    const QStringList notes = notesFor(c, overlay);
    const int rows = kPartnerCount + 2 + static_cast<int>(notes.size()) + (overlay.notionalLaydown ? 1 : 0);
    double w = 0;
    for (const QString &n : notes)
        w = std::max(w, fb.horizontalAdvance(n));
    w = std::max({w, swatch + 8 * s + fb.horizontalAdvance(QStringLiteral("Republic of Korea (KOR)")),
                  fb.horizontalAdvance(QStringLiteral("NOTIONAL SENSOR LAYDOWN*"))});
    const double margin = c.px(c.style.place.furnitureMargin);
    return QRectF(c.frame.left() + margin, c.frame.top() + margin, w + 2 * pad, ft.height() + rows * row + 2 * pad);
}

void LegendLayer::draw(LayerContext &c) const
{
    if (!c.settings.showLegend || !c.settings.tracks)
        return;
    const TrackOverlay &overlay = *c.settings.tracks;
    const MapStyle &st = c.style;
    const double s = c.scale;
    const QFont title = c.labels.font(st.type.legendTitle), body = c.labels.font(st.type.legendBody);
    const QFontMetricsF ft(title), fb(body);
    QColor panel = st.panel;
    panel.setAlpha(st.colour.furniturePanel);

    const double pad = 10 * s, row = fb.height() + 5 * s, swatch = c.px(st.symbol.swatch);
    const QStringList notes = notesFor(c, overlay);
    const QRectF frame = box(c, overlay);
    c.painter.setPen(QPen(st.graticuleLabel, c.px(st.line.panelBorder)));
    c.painter.setBrush(panel);
    c.painter.drawRoundedRect(frame, 6 * s, 6 * s);
    double y = frame.top() + pad + ft.ascent();
    c.painter.setPen(st.graticuleLabel);
    c.painter.setFont(title);
    c.painter.drawText(QPointF(frame.left() + pad, y), QStringLiteral("TRACK HELD BY"));
    y += ft.descent() + 4 * s;
    c.painter.setFont(body);
    const auto swatchRow = [&](const QColor &colour, double width, const QString &text, bool dashed) {
        const double cy = y + row / 2;
        c.painter.setPen(QPen(st.textHalo, width + c.px(st.line.swatchCasing), Qt::SolidLine, Qt::FlatCap));
        c.painter.drawLine(QPointF(frame.left() + pad, cy), QPointF(frame.left() + pad + swatch, cy));
        c.painter.setPen(QPen(colour, width, dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap));
        c.painter.drawLine(QPointF(frame.left() + pad, cy), QPointF(frame.left() + pad + swatch, cy));
        c.painter.setPen(st.text);
        c.painter.drawText(QPointF(frame.left() + pad + swatch + 8 * s, cy + fb.ascent() / 2 - 1 * s), text);
        y += row;
    };
    for (Partner p : kAllPartners)
        swatchRow(partnerColor(p), c.px(st.line.swatch), QStringLiteral("%1 (%2)").arg(partnerDisplayName(p), partnerCode(p)), false);
    swatchRow(st.colour.unheld, c.px(st.line.swatchUnheld), QStringLiteral("not held"), false);
    swatchRow(st.colour.unheld, c.px(st.line.swatchFuture), QStringLiteral("still to fly (predicted)"), true);
    for (const QString &n : notes) {
        c.painter.setPen(st.text);
        c.painter.drawText(QPointF(frame.left() + pad, y + fb.ascent()), n);
        y += row;
    }
    if (overlay.notionalLaydown) {
        c.painter.setPen(st.colour.notional);
        c.painter.setFont(c.labels.font(st.type.legendNotice));
        c.painter.drawText(QPointF(frame.left() + pad, y + fb.ascent()), QStringLiteral("NOTIONAL SENSOR LAYDOWN*"));
    }
}

} // namespace trilink::maps
