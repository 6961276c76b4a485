// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"

#include <QFontMetricsF>

#include <cmath>

namespace trilink::maps {
namespace {
QString degreeLabel(double value, bool meridian)
{
    const double v = meridian ? std::remainder(value, 360.0) : value;
    const QChar hemi = meridian ? (v < 0 ? QChar('W') : QChar('E')) : (v < 0 ? QChar('S') : QChar('N'));
    if (v == 0)
        return meridian ? QStringLiteral("0°") : QStringLiteral("Eq.");
    if (meridian && std::abs(v) == 180)
        return QStringLiteral("180°");
    return QStringLiteral("%1°%2").arg(std::abs(v)).arg(hemi);
}

// Where a pixel-space path first crosses the horizontal (or vertical) line at `edge`.
std::optional<QPointF> firstCrossing(const QPainterPath &path, bool horizontal, double edge, double lo, double hi)
{
    for (int i = 1; i < path.elementCount(); ++i) {
        const auto e0 = path.elementAt(i - 1), e1 = path.elementAt(i);
        if (e1.isMoveTo())
            continue;
        const double a = horizontal ? e0.y : e0.x, b = horizontal ? e1.y : e1.x;
        if ((a - edge) * (b - edge) > 0 || a == b)
            continue;
        const double t = (edge - a) / (b - a);
        const QPointF p(e0.x + (e1.x - e0.x) * t, e0.y + (e1.y - e0.y) * t);
        const double along = horizontal ? p.x() : p.y();
        if (along >= lo && along <= hi)
            return p;
    }
    return std::nullopt;
}

// The same for a path in map metres and the picture's transform (a scale and a shift, y down), found in map
// metres: the line's whole path is not mapped to pixels to find one point of it.
std::optional<QPointF> crossingInPixels(const QPainterPath &map, const QTransform &toPixel, bool horizontal, double edge, double lo, double hi)
{
    const QTransform toMap = toPixel.inverted();
    const auto along = [&](double v) { return horizontal ? toMap.map(QPointF(v, 0)).x() : toMap.map(QPointF(0, v)).y(); };
    const double edgeMap = horizontal ? toMap.map(QPointF(0, edge)).y() : toMap.map(QPointF(edge, 0)).x();
    const double a = along(lo), b = along(hi);
    if (const auto p = firstCrossing(map, horizontal, edgeMap, std::min(a, b), std::max(a, b)))
        return toPixel.map(*p);
    return std::nullopt;
}
} // namespace

double GraticuleLabelLayer::stepDeg(double metresPerPixel)
{
    const double pxPerDegree = 111'000.0 / metresPerPixel;
    for (double step : {1.0, 2.0, 5.0, 10.0, 15.0, 30.0})
        if (step * pxPerDegree >= 100.0)
            return step;
    return 30.0;
}

void GraticuleLabelLayer::draw(LayerContext &c) const
{
    if (!c.settings.showGraticule)
        return;
    const double step = stepDeg(c.settings.metresPerPixel);
    const QFont f = c.labels.font(c.style.type.gridLabel);
    const QFontMetricsF fm(f);
    const double margin = 4 * c.scale;
    const QTransform t = c.settings.mapToPixel();
    const QRectF &frame = c.frame;
    for (const auto &g : c.base.graticule) {
        if (c.cancelled())
            return;
        if (std::fmod(std::abs(g.valueDeg), step) != 0.0)
            continue;
        const QString text = degreeLabel(g.valueDeg, g.meridian);
        const double w = LabelPainter::advance(f, text);
        std::optional<QRectF> box;
        if (g.meridian) {
            const double y = frame.bottom() - 1;
            if (auto p = crossingInPixels(g.path, t, true, y, w, frame.width() - w))
                box = QRectF(p->x() - w / 2, y - fm.height() - margin, w, fm.height());
        } else if (auto p = crossingInPixels(g.path, t, false, 1, fm.height(), frame.height() - 3 * fm.height())) {
            box = QRectF(margin, p->y() - fm.height() / 2, w, fm.height());
        }
        if (box && c.labels.claim(*box))
            c.labels.haloText(QPointF(box->left(), box->bottom() - fm.descent()), text, f, c.style.graticuleLabel, LabelPainter::Fill::Glyphs);
    }
}

} // namespace trilink::maps
