// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/export/BaseMapTrim.h"

#include <algorithm>
#include <utility>

namespace trilink::maps {
namespace {
// Only the base map inside the view goes into the PDF: the whole world's coast would be megabytes of paths
// nobody sees. Lines keep the segments that touch the view; land rings are cut to it.
bool segmentTouches(const QPointF &a, const QPointF &b, const QRectF &view)
{
    return std::max(a.x(), b.x()) >= view.left() && std::min(a.x(), b.x()) <= view.right() && std::max(a.y(), b.y()) >= view.top() &&
           std::min(a.y(), b.y()) <= view.bottom();
}

QPainterPath linesWithin(const QPainterPath &path, const QRectF &view)
{
    QPainterPath out;
    QPointF prev;
    bool drawing = false;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        const QPointF at(e.x, e.y);
        if (!e.isMoveTo() && segmentTouches(prev, at, view)) {
            if (!drawing)
                out.moveTo(prev);
            out.lineTo(at);
            drawing = true;
        } else {
            drawing = false;
        }
        prev = at;
    }
    return out;
}

// Sutherland-Hodgman against the rectangle: exact for the fill inside it, edges along it where land goes on.
QPolygonF clipRing(const QPolygonF &ring, const QRectF &r)
{
    QPolygonF out = ring;
    for (int edge = 0; edge < 4 && !out.isEmpty(); ++edge) {
        const QPolygonF in = std::exchange(out, QPolygonF());
        const auto inside = [&](const QPointF &p) {
            return edge == 0 ? p.x() >= r.left() : edge == 1 ? p.x() <= r.right() : edge == 2 ? p.y() >= r.top() : p.y() <= r.bottom();
        };
        const auto cut = [&](const QPointF &a, const QPointF &b) {
            const double t = edge == 0 ? (r.left() - a.x()) / (b.x() - a.x())
                           : edge == 1 ? (r.right() - a.x()) / (b.x() - a.x())
                           : edge == 2 ? (r.top() - a.y()) / (b.y() - a.y())
                                       : (r.bottom() - a.y()) / (b.y() - a.y());
            return a + (b - a) * t;
        };
        QPointF prev = in.back();
        for (const QPointF &cur : in) {
            if (inside(cur)) {
                if (!inside(prev))
                    out << cut(prev, cur);
                out << cur;
            } else if (inside(prev)) {
                out << cut(prev, cur);
            }
            prev = cur;
        }
    }
    return out;
}

QPainterPath ringsWithin(const QPainterPath &path, const QRectF &view)
{
    QPainterPath out;
    out.setFillRule(path.fillRule());
    QPolygonF ring;
    const auto flush = [&] {
        if (ring.size() > 2 && ring.boundingRect().intersects(view)) {
            if (const QPolygonF cut = clipRing(ring, view); cut.size() > 2) {
                out.addPolygon(cut);
                out.closeSubpath();
            }
        }
        ring.clear();
    };
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo())
            flush();
        ring << QPointF(e.x, e.y);
    }
    flush();
    return out;
}

} // namespace

ProjectedBaseMap trimmedTo(const ProjectedBaseMap &base, const MapSettings &settings, BaseMapDetail detail)
{
    if (settings.projection.kind == ProjectionKind::WebMercator)
        return base; // the renderer repeats the world east and west: every copy needs all of it
    const QRectF view = QRectF(settings.toMap(QPointF(0, 0)), settings.toMap(QPointF(settings.size.width(), settings.size.height())))
                            .normalized();
    const QRectF margin = view.adjusted(-0.05 * view.width(), -0.05 * view.height(), 0.05 * view.width(), 0.05 * view.height());
    ProjectedBaseMap out = base;
    out.landCoarse = ringsWithin(base.landCoarse, margin);
    out.coastCoarse = linesWithin(base.coastCoarse, margin);
    out.bordersCoarse = linesWithin(base.bordersCoarse, margin);
    if (detail == BaseMapDetail::Coarse) {
        out.land = out.landCoarse;
        out.coast = out.coastCoarse;
        out.borders = out.bordersCoarse;
    } else {
        out.land = ringsWithin(base.land, margin);
        out.coast = linesWithin(base.coast, margin);
        out.borders = linesWithin(base.borders, margin);
    }
    out.admin1 = linesWithin(base.admin1, margin);
    for (GraticuleLine &g : out.graticule)
        g.path = linesWithin(g.path, margin);
    return out;
}


} // namespace trilink::maps
