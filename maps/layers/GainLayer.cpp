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
const TrackOverlay::Track *focusOf(const LayerContext &c)
{
    if (!c.settings.showLegend || !c.settings.tracks || c.settings.focusTrack.isEmpty())
        return nullptr;
    return c.settings.tracks->find(c.settings.focusTrack);
}

// The partners whose gain is shown: the viewer alone in a view-as, else all three.
std::vector<Partner> rowsOf(const LayerContext &c)
{
    if (c.settings.viewAs)
        return {*c.settings.viewAs};
    return {kAllPartners.begin(), kAllPartners.end()};
}

// The compact form keeps the heading without the missile's name: the panel must say what it is, on a wall
// or a laptop too.
QString titleOf(const LayerContext &c, const TrackOverlay::Track &t, bool compact)
{
    const QString what = c.settings.viewAs ? QStringLiteral("SHARING GAIN FOR %1").arg(partnerCode(*c.settings.viewAs)) : QStringLiteral("SHARING GAIN");
    return compact ? what : what + QStringLiteral(" · ") + t.label;
}

QString sharesOf(const TrackOverlay::Track::Picture &p)
{
    return QStringLiteral("%1 → %2").arg(p.gain.seenAlone ? text::percent(p.aloneHeld) : QStringLiteral("—"),
                                         p.gain.seenShared ? text::percent(p.sharedHeld) : QStringLiteral("—"));
}

// Column widths and the row height, in pixels.
struct Columns {
    double pad, code, bar, shares, gain, row, title;
};

Columns columnsOf(const LayerContext &c, const TrackOverlay::Track &t, bool compact)
{
    const double s = c.scale;
    const QFontMetricsF fp(c.labels.font(c.style.type.gainPartner)), fg(c.labels.font(c.style.type.gain)),
        fs(c.labels.font(c.style.type.gainShares)), ft(c.labels.font(c.style.type.gainTitle));
    Columns k{10 * s, fp.horizontalAdvance(QStringLiteral("USA")) + 8 * s, c.px(c.style.symbol.gainBar) * (compact ? 0.6 : 1.0), 0, 0,
              std::max(fp.height(), fg.height()) + 6 * s, ft.height() + 4 * s};
    for (Partner p : rowsOf(c)) {
        const auto &pic = t.pictures[partnerIndex(p)];
        if (!compact)
            k.shares = std::max(k.shares, fs.horizontalAdvance(sharesOf(pic)) + 12 * s);
        k.gain = std::max(k.gain, fg.horizontalAdvance(text::sharingGain(pic.gain)));
    }
    return k;
}
} // namespace

QSizeF GainLayer::size(const LayerContext &c, bool compact)
{
    const TrackOverlay::Track *t = focusOf(c);
    if (!t)
        return {};
    const Columns k = columnsOf(c, *t, compact);
    const double titleWidth = QFontMetricsF(c.labels.font(c.style.type.gainTitle)).horizontalAdvance(titleOf(c, *t, compact));
    const double width = std::max(k.code + k.bar + 10 * c.scale + k.shares + k.gain, titleWidth);
    return {width + 2 * k.pad, k.title + k.row * rowsOf(c).size() + 2 * k.pad - 4 * c.scale};
}

void GainLayer::draw(LayerContext &c) const
{
    const TrackOverlay::Track *t = focusOf(c);
    const QRectF &frame = c.furniture.gain;
    if (!t || frame.isEmpty())
        return;
    const MapStyle &st = c.style;
    const double s = c.scale;
    const bool compact = c.furniture.compact;
    const Columns k = columnsOf(c, *t, compact);
    const QFont title = c.labels.font(st.type.gainTitle), code = c.labels.font(st.type.gainPartner), gain = c.labels.font(st.type.gain),
                shares = c.labels.font(st.type.gainShares);
    QColor panel = st.panel;
    panel.setAlpha(st.colour.furniturePanel);
    c.painter.setPen(QPen(st.graticuleLabel, c.px(st.line.panelBorder)));
    c.painter.setBrush(panel);
    c.painter.drawRoundedRect(frame, 6 * s, 6 * s);
    double y = frame.top() + k.pad;
    c.painter.setPen(st.graticuleLabel);
    c.painter.setFont(title);
    c.painter.drawText(QPointF(frame.left() + k.pad, y + QFontMetricsF(title).ascent()), titleOf(c, *t, compact));
    y += k.title;
    const double barH = c.px(st.symbol.gainBarHeight);
    for (Partner p : rowsOf(c)) {
        const auto &pic = t->pictures[partnerIndex(p)];
        const QColor colour = partnerColor(p);
        double x = frame.left() + k.pad;
        const double mid = y + k.row / 2 - 2 * s;
        const auto textAt = [&](const QFont &f, const QString &text, const QColor &ink) {
            c.painter.setFont(f);
            c.painter.setPen(ink);
            const QFontMetricsF fm(f);
            c.painter.drawText(QPointF(x, mid + (fm.ascent() - fm.descent()) / 2), text);
        };
        textAt(code, partnerCode(p), partnerInk(p, c.settings.theme == MapTheme::Dark));
        x += k.code;
        // The bar: the share of the flight the shared picture holds, faint, under the share the partner's
        // own sensors hold, solid.
        const QRectF bar(x, mid - barH / 2, k.bar, barH);
        c.painter.setPen(QPen(st.graticuleLabel, c.px(st.line.panelBorder)));
        c.painter.setBrush(Qt::NoBrush);
        c.painter.drawRect(bar);
        QColor shared = colour;
        shared.setAlpha(st.colour.gainShared);
        c.painter.setPen(Qt::NoPen);
        c.painter.setBrush(shared);
        c.painter.drawRect(QRectF(bar.left(), bar.top(), bar.width() * std::clamp(pic.sharedHeld, 0.0, 1.0), bar.height()));
        c.painter.setBrush(colour);
        c.painter.drawRect(QRectF(bar.left(), bar.top(), bar.width() * std::clamp(pic.aloneHeld, 0.0, 1.0), bar.height()));
        x += k.bar + 10 * s;
        if (!compact) {
            textAt(shares, sharesOf(pic), st.graticuleLabel);
            x += k.shares;
        }
        textAt(gain, text::sharingGain(pic.gain), st.text);
        y += k.row;
    }
}

} // namespace trilink::maps
