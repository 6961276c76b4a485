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
// One entry of the legend: a swatch of a track's line (or none) and its words.
struct Entry {
    std::optional<QColor> swatch;
    double swatchWidth = 0;
    bool dashed = false;
    QString text;
    QColor colour;
    bool notice = false; // in the notice font
};

// The legend's entries in rows: the full form one partner a row with its name and the notes in words,
// the compact form every swatch in one row (wrapped by the layout) and only what a picture cannot do
// without.
std::vector<std::vector<Entry>> rowsOf(const LayerContext &c, bool compact)
{
    const MapStyle &st = c.style;
    const TrackOverlay &overlay = *c.settings.tracks;
    std::vector<std::vector<Entry>> rows;
    std::vector<Entry> swatches;
    for (Partner p : kAllPartners) {
        Entry e{partnerColor(p), c.px(st.line.swatch), false,
                compact ? partnerCode(p) : QStringLiteral("%1 (%2)").arg(partnerDisplayName(p), partnerCode(p)), st.text, false};
        if (compact)
            swatches.push_back(e);
        else
            rows.push_back({e});
    }
    swatches.push_back({st.colour.unheld, c.px(st.line.swatchUnheld), false, QStringLiteral("not held"), st.text, false});
    swatches.push_back({st.colour.unheld, c.px(st.line.swatchFuture), true, compact ? QStringLiteral("predicted") : QStringLiteral("still to fly (predicted)"),
                        st.text, false});
    rows.push_back(swatches);
    const auto note = [&](const QString &text) { rows.push_back({Entry{std::nullopt, 0, false, text, st.text, false}}); };
    if (!compact || c.settings.viewAs)
        note((compact ? QString() : QStringLiteral("View: ")) + text::viewAsDescription(c.settings.viewAs));
    if (!compact && !overlay.sensors.empty() && c.settings.shownCoveragePartners()) {
        const TrackOverlay::Track *focus = c.settings.focusTrack.isEmpty() ? nullptr : overlay.find(c.settings.focusTrack);
        const QString alt = text::height(overlay.coverageAltM, c.settings.units);
        if (!c.settings.coverageOfSelected)
            note(QStringLiteral("Coverage: targets at %1").arg(alt));
        else if (focus)
            note(QStringLiteral("Coverage: the radars that held it, targets at %1").arg(alt));
    }
    if (overlay.notionalLaydown)
        rows.push_back({Entry{std::nullopt, 0, false, compact ? QStringLiteral("NOTIONAL LAYDOWN*") : QStringLiteral("NOTIONAL SENSOR LAYDOWN*"),
                              st.colour.notional, true}});
    return rows;
}

struct Placed {
    Entry entry;
    QPointF at; // top left of the entry, from the legend's top left
};

struct Layout {
    std::vector<Placed> entries;
    QSizeF size;
};

// Entries left to right, a row wrapped where it would pass `maxWidth`.
Layout layoutOf(const LayerContext &c, bool compact)
{
    const double s = c.scale;
    const QFontMetricsF ft(c.labels.font(c.style.type.legendTitle)), fb(c.labels.font(c.style.type.legendBody));
    const double pad = 10 * s, rowH = fb.height() + 5 * s, swatch = c.px(c.style.symbol.swatch) * (compact ? 0.7 : 1.0);
    const double gap = 14 * s, maxWidth = std::max(300 * s, c.frame.width() * 0.3);
    const auto widthOf = [&](const Entry &e) {
        const QFontMetricsF fm(c.labels.font(e.notice ? c.style.type.legendNotice : c.style.type.legendBody));
        return (e.swatch ? swatch + 6 * s : 0) + fm.horizontalAdvance(e.text);
    };
    Layout l;
    double y = pad;
    if (!compact)
        y += ft.height() + 2 * s; // "TRACK HELD BY"
    double widest = 0;
    for (const auto &row : rowsOf(c, compact)) {
        double x = pad;
        for (const Entry &e : row) {
            const double w = widthOf(e);
            if (x > pad && x + w > pad + maxWidth) {
                x = pad;
                y += rowH;
            }
            l.entries.push_back({e, QPointF(x, y)});
            x += w + gap;
            widest = std::max(widest, x - gap);
        }
        y += rowH;
    }
    l.size = QSizeF(widest + pad, y + pad - 5 * s);
    return l;
}
} // namespace

QSizeF LegendLayer::size(const LayerContext &c, bool compact)
{
    if (!c.settings.showLegend || !c.settings.tracks)
        return {};
    return layoutOf(c, compact).size;
}

void LegendLayer::draw(LayerContext &c) const
{
    const QRectF &frame = c.furniture.legend;
    if (!c.settings.showLegend || !c.settings.tracks || frame.isEmpty())
        return;
    const MapStyle &st = c.style;
    const double s = c.scale;
    const bool compact = c.furniture.compact;
    const QFont title = c.labels.font(st.type.legendTitle), body = c.labels.font(st.type.legendBody), notice = c.labels.font(st.type.legendNotice);
    const QFontMetricsF ft(title), fb(body);
    const double swatch = c.px(st.symbol.swatch) * (compact ? 0.7 : 1.0), rowH = fb.height() + 5 * s;
    QColor panel = st.panel;
    panel.setAlpha(st.colour.furniturePanel);
    c.painter.setPen(QPen(st.graticuleLabel, c.px(st.line.panelBorder)));
    c.painter.setBrush(panel);
    c.painter.drawRoundedRect(frame, 6 * s, 6 * s);
    if (!compact) {
        c.painter.setPen(st.graticuleLabel);
        c.painter.setFont(title);
        c.painter.drawText(frame.topLeft() + QPointF(10 * s, 10 * s + ft.ascent()), QStringLiteral("TRACK HELD BY"));
    }
    for (const Placed &p : layoutOf(c, compact).entries) {
        const QPointF at = frame.topLeft() + p.at;
        const double cy = at.y() + rowH / 2 - 2 * s;
        double x = at.x();
        if (p.entry.swatch) {
            c.painter.setPen(QPen(st.textHalo, p.entry.swatchWidth + c.px(st.line.swatchCasing), Qt::SolidLine, Qt::FlatCap));
            c.painter.drawLine(QPointF(x, cy), QPointF(x + swatch, cy));
            c.painter.setPen(QPen(*p.entry.swatch, p.entry.swatchWidth, p.entry.dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap));
            c.painter.drawLine(QPointF(x, cy), QPointF(x + swatch, cy));
            x += swatch + 6 * s;
        }
        c.painter.setPen(p.entry.colour);
        c.painter.setFont(p.entry.notice ? notice : body);
        c.painter.drawText(QPointF(x, cy + fb.ascent() / 2 - 1 * s), p.entry.text);
    }
}

} // namespace trilink::maps
