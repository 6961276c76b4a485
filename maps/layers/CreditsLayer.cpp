// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"

#include <QFontMetricsF>
#include <QStringList>

namespace trilink::maps {

void CreditsLayer::draw(LayerContext &c) const
{
    if (!c.settings.showDecorations)
        return;
    const double s = c.scale;
    const double margin = c.style.place.creditsMargin * s;
    const QFont small = c.labels.font(c.style.type.credits);
    const QFontMetricsF fm(small);
    QStringList parts{c.settings.projection.title(), QStringLiteral("Base map: Natural Earth (public domain)")};
    if (c.settings.tracks)
        parts << QStringLiteral("Launches: public reporting (CNS/NTI, Japan MOD, ROK JCS, KCNA), sources in 'trilink catalog'");
    const QString sep = QStringLiteral("  ·  ");
    QStringList lines{parts.join(sep)};
    if (parts.size() > 2 && fm.horizontalAdvance(lines.front()) > c.frame.width() / 2)
        lines = {parts.mid(0, 2).join(sep), parts.last()};
    double y = c.frame.bottom() - margin;
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        const double w = fm.horizontalAdvance(*line);
        const QPointF at(c.frame.width() - w - margin, y);
        c.labels.haloText(at, *line, small, c.style.graticuleLabel, LabelPainter::Fill::Glyphs);
        c.labels.take(QRectF(at.x(), at.y() - fm.height(), w, fm.height() + margin));
        y -= fm.lineSpacing();
    }
}

} // namespace trilink::maps
