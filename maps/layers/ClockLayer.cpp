// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"

#include "core/Text.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace trilink::maps {
namespace {
// The clock's lines at `timeMs`: UTC (and T+ with a selected track), then KST and JST (and its name);
// compact: one line, UTC and T+.
QStringList clockLines(const LayerContext &c, double timeMs, bool compact)
{
    const TrackOverlay::Track *t = c.settings.tracks && !c.settings.selectedTrack.isEmpty() ? c.settings.tracks->find(c.settings.selectedTrack) : nullptr;
    QString line1 = text::utcDateTime(timeMs);
    QString line2 = QStringLiteral("KST %1  ·  JST %1").arg(text::koreaJapanTime(timeMs));
    if (t) {
        line1 += QStringLiteral("   ") + text::missionTime((timeMs - static_cast<double>(t->launchMsUtc)) / 1000.0);
        line2 += QStringLiteral("  ·  ") + t->label;
    }
    return compact ? QStringList{line1} : QStringList{line1, line2};
}
} // namespace

QSizeF ClockLayer::size(const LayerContext &c, bool compact)
{
    // Sample text as wide as any the clock shows (a 1 h+ flight's T+, the focus track's name), so the box
    // never changes with the time.
    const TrackOverlay::Track *t = c.settings.tracks && !c.settings.focusTrack.isEmpty() ? c.settings.tracks->find(c.settings.focusTrack) : nullptr;
    const QString line1 = QStringLiteral("0000-00-00 00:00:00Z   T+0:00:00");
    const QString line2 = QStringLiteral("KST 00:00:00  ·  JST 00:00:00") + (t ? QStringLiteral("  ·  ") + t->label : QString());
    const double s = c.scale;
    const QFontMetricsF fc(c.labels.font(c.style.type.clock)), fs(c.labels.font(c.style.type.clockDetail));
    if (compact)
        return {fc.horizontalAdvance(line1) + 20 * s, fc.height() + 10 * s};
    return {std::max(fc.horizontalAdvance(line1), fs.horizontalAdvance(line2)) + 28 * s, fc.height() + fs.height() + 16 * s};
}

void ClockLayer::draw(LayerContext &c) const
{
    const QRectF &frame = c.furniture.clock;
    if (!c.settings.showLegend || !c.settings.timeMs || frame.isEmpty())
        return;
    const MapStyle &st = c.style;
    const double s = c.scale;
    const bool compact = c.furniture.compact;
    const QFont clockFont = c.labels.font(st.type.clock), small = c.labels.font(st.type.clockDetail);
    QColor panel = st.panel;
    panel.setAlpha(st.colour.furniturePanel);
    const QStringList lines = clockLines(c, *c.settings.timeMs, compact);
    const QFontMetricsF fc(clockFont), fs(small);
    c.painter.setPen(QPen(st.graticuleLabel, c.px(st.line.panelBorder)));
    c.painter.setBrush(panel);
    c.painter.drawRoundedRect(frame, 6 * s, 6 * s);
    c.painter.setPen(st.text);
    c.painter.setFont(clockFont);
    c.painter.drawText(QRectF(frame.left(), frame.top() + (compact ? 5 : 6) * s, frame.width(), fc.height()), Qt::AlignCenter, lines[0]);
    if (lines.size() < 2)
        return;
    c.painter.setPen(st.graticuleLabel);
    c.painter.setFont(small);
    c.painter.drawText(QRectF(frame.left(), frame.top() + 8 * s + fc.height(), frame.width(), fs.height()), Qt::AlignCenter, lines[1]);
}

} // namespace trilink::maps
