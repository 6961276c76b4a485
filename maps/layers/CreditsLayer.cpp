// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"

#include <QFontMetricsF>
#include <QStringList>

#include <algorithm>

namespace trilink::maps {
namespace {
// The credits' lines, last line at the bottom: one line, or two when one would take more than half the
// picture's width.
QStringList linesOf(const LayerContext &c)
{
    const QFontMetricsF fm(c.labels.font(c.style.type.credits));
    QStringList parts{c.settings.projection.title(), QStringLiteral("Base map: Natural Earth (public domain)")};
    if (c.settings.tracks)
        parts << QStringLiteral("Launches: public reporting (CNS/NTI, Japan MOD, ROK JCS, KCNA), sources in 'trilink catalog'");
    const QString sep = QStringLiteral("  ·  ");
    QStringList lines{parts.join(sep)};
    if (parts.size() > 2 && fm.horizontalAdvance(lines.front()) > c.frame.width() / 2)
        lines = {parts.mid(0, 2).join(sep), parts.last()};
    return lines;
}
} // namespace

QRectF CreditsLayer::box(const LayerContext &c)
{
    if (!c.settings.showDecorations)
        return {};
    const QFont small = c.labels.font(c.style.type.credits);
    const QFontMetricsF fm(small);
    double w = 0;
    const QStringList lines = linesOf(c);
    for (const QString &line : lines)
        w = std::max(w, LabelPainter::advance(small, line));
    const double margin = c.style.place.creditsMargin * c.scale;
    const double h = fm.lineSpacing() * (lines.size() - 1) + fm.height();
    return QRectF(c.frame.right() - margin - w, c.frame.bottom() - margin - fm.ascent() - fm.lineSpacing() * (lines.size() - 1), w,
                  h + margin * 0.5);
}

void CreditsLayer::draw(LayerContext &c) const
{
    if (c.furniture.credits.isEmpty())
        return;
    const double margin = c.style.place.creditsMargin * c.scale;
    const QFont small = c.labels.font(c.style.type.credits);
    const QFontMetricsF fm(small);
    const QStringList lines = linesOf(c);
    double y = c.frame.bottom() - margin;
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        const double w = LabelPainter::advance(small, *line);
        c.labels.haloText(QPointF(c.frame.right() - w - margin, y), *line, small, c.style.graticuleLabel, LabelPainter::Fill::Glyphs);
        y -= fm.lineSpacing();
    }
}

} // namespace trilink::maps
