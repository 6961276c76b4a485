// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"

#include "core/Text.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QPainter>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace trilink::maps {
namespace {
std::pair<QString, QString> clockLines(const LayerContext &c, const TrackOverlay *overlay)
{
    const double timeMs = *c.settings.timeMs;
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::floor(timeMs)), QTimeZone::utc());
    const QDateTime kst = utc.toTimeZone(QTimeZone(9 * 3600));
    QString line1 = utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
    QString line2 = QStringLiteral("KST %1  ·  JST %1").arg(kst.toString(QStringLiteral("HH:mm:ss")));
    if (overlay && !c.settings.selectedTrack.isEmpty())
        if (const auto *t = overlay->find(c.settings.selectedTrack)) {
            line1 += QStringLiteral("   ") + text::missionTime((timeMs - static_cast<double>(t->launchMsUtc)) / 1000.0);
            line2 += QStringLiteral("  ·  ") + t->label;
        }
    return {line1, line2};
}
} // namespace

QRectF ClockLayer::box(const LayerContext &c, const TrackOverlay *overlay)
{
    if (!c.settings.timeMs)
        return {};
    const double s = c.scale;
    const auto [line1, line2] = clockLines(c, overlay);
    const QFontMetricsF fc(c.labels.font(c.style.type.clock)), fs(c.labels.font(c.style.type.clockDetail));
    const double w = std::max(fc.horizontalAdvance(line1), fs.horizontalAdvance(line2)) + 28 * s;
    const double h = fc.height() + fs.height() + 16 * s;
    return QRectF(c.frame.center().x() - w / 2, c.frame.top() + c.px(c.style.place.furnitureMargin), w, h);
}

void ClockLayer::draw(LayerContext &c) const
{
    if (!c.settings.showLegend || !c.settings.timeMs)
        return;
    const MapStyle &st = c.style;
    const double s = c.scale;
    const TrackOverlay *overlay = c.settings.tracks.get();
    const QFont clockFont = c.labels.font(st.type.clock), small = c.labels.font(st.type.clockDetail);
    QColor panel = st.panel;
    panel.setAlpha(st.colour.furniturePanel);
    const auto [line1, line2] = clockLines(c, overlay);
    const QFontMetricsF fc(clockFont), fs(small);
    const QRectF frame = box(c, overlay);
    const double w = frame.width();
    c.painter.setPen(QPen(st.graticuleLabel, c.px(st.line.panelBorder)));
    c.painter.setBrush(panel);
    c.painter.drawRoundedRect(frame, 6 * s, 6 * s);
    c.painter.setPen(st.text);
    c.painter.setFont(clockFont);
    c.painter.drawText(QRectF(frame.left(), frame.top() + 6 * s, w, fc.height()), Qt::AlignCenter, line1);
    c.painter.setPen(st.graticuleLabel);
    c.painter.setFont(small);
    c.painter.drawText(QRectF(frame.left(), frame.top() + 8 * s + fc.height(), w, fs.height()), Qt::AlignCenter, line2);
}

} // namespace trilink::maps
