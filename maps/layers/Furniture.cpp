// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Furniture.h"

#include "maps/layers/Layers.h"

#include <QLineF>

#include <algorithm>
#include <optional>

namespace trilink::maps {
namespace {
// Below this many style pixels (a 1920x1080 picture's) of height, furniture takes its compact forms.
constexpr double kCompactBelowHeight = 760.0;

bool overlapsAny(const QRectF &box, const std::vector<QRectF> &others)
{
    return std::any_of(others.begin(), others.end(), [&](const QRectF &o) { return !o.isEmpty() && o.intersects(box); });
}

// The first candidate inside the frame that neither overlaps what is placed nor covers the track; failing
// that, the first that overlaps nothing placed; failing that, the first.
QRectF place(const std::vector<QRectF> &candidates, const QRectF &frame, const std::vector<QRectF> &placed, const QPolygonF &track)
{
    std::optional<QRectF> clearOfFurniture;
    for (const QRectF &c : candidates) {
        if (!frame.contains(c) || overlapsAny(c, placed))
            continue;
        if (!FurnitureLayout::crosses(track, c))
            return c;
        if (!clearOfFurniture)
            clearOfFurniture = c;
    }
    return clearOfFurniture.value_or(candidates.front());
}
} // namespace

bool FurnitureLayout::crosses(const QPolygonF &line, const QRectF &box)
{
    if (line.isEmpty() || box.isEmpty())
        return false;
    const QLineF edges[4] = {{box.topLeft(), box.topRight()}, {box.topRight(), box.bottomRight()},
                             {box.bottomRight(), box.bottomLeft()}, {box.bottomLeft(), box.topLeft()}};
    for (int i = 0; i < line.size(); ++i) {
        if (box.contains(line[i]))
            return true;
        if (i == 0)
            continue;
        const QLineF segment(line[i - 1], line[i]);
        for (const QLineF &e : edges)
            if (segment.intersects(e, nullptr) == QLineF::BoundedIntersection)
                return true;
    }
    return false;
}

QPolygonF FurnitureLayout::focusPath(const LayerContext &c)
{
    QPolygonF path;
    const TrackOverlay::Track *t = c.settings.tracks && !c.settings.focusTrack.isEmpty() ? c.settings.tracks->find(c.settings.focusTrack) : nullptr;
    if (!t || t->groundTrack.isEmpty())
        return path;
    const int n = t->groundTrack.size();
    const int stride = std::max(1, n / 150);
    for (int i = 0; i < n; i = (i == n - 1) ? n : std::min(n - 1, i + stride))
        if (const auto p = c.pixel(t->groundTrack[i].x(), t->groundTrack[i].y()))
            path << *p;
    return path;
}

FurnitureLayout FurnitureLayout::of(const LayerContext &c)
{
    FurnitureLayout f;
    f.compact = c.frame.height() / c.scale < kCompactBelowHeight;
    const QRectF &frame = c.frame;
    const double m = c.px(c.style.place.furnitureMargin);
    f.scaleBar = ScaleBarLayer::box(c);
    f.credits = CreditsLayer::box(c);
    if (const auto size = NorthArrowLayer::size(c)) {
        const double bottom = f.credits.isEmpty() ? frame.bottom() - m : f.credits.top() - m;
        f.northArrow = QRectF(frame.right() - m - size->width(), bottom - size->height(), size->width(), size->height());
    }
    if (!c.settings.showLegend || !c.settings.tracks)
        return f;

    const QPolygonF track = focusPath(c);
    std::vector<QRectF> placed{f.scaleBar, f.credits, f.northArrow};
    const double bottomLeft = (f.scaleBar.isEmpty() ? frame.bottom() : f.scaleBar.top()) - m;
    const double bottomRight = (f.northArrow.isEmpty() ? (f.credits.isEmpty() ? frame.bottom() : f.credits.top()) : f.northArrow.top()) - m;
    // The four corners and the two middles of the top and bottom edges for a box of `s`.
    const auto corners = [&](QSizeF s) {
        struct {
            QRectF topLeft, topCentre, topRight, bottomLeft, bottomCentre, bottomRight;
        } k{QRectF(frame.left() + m, frame.top() + m, s.width(), s.height()),
            QRectF(frame.center().x() - s.width() / 2, frame.top() + m, s.width(), s.height()),
            QRectF(frame.right() - m - s.width(), frame.top() + m, s.width(), s.height()),
            QRectF(frame.left() + m, bottomLeft - s.height(), s.width(), s.height()),
            QRectF(frame.center().x() - s.width() / 2, std::min(bottomLeft, bottomRight) - s.height(), s.width(), s.height()),
            QRectF(frame.right() - m - s.width(), bottomRight - s.height(), s.width(), s.height())};
        return k;
    };
    {
        const auto k = corners(ClockLayer::size(c, f.compact));
        f.clock = place({k.topCentre, k.bottomCentre}, frame, placed, track);
        placed.push_back(f.clock);
    }
    {
        const auto k = corners(LegendLayer::size(c, f.compact));
        f.legend = place({k.topLeft, k.bottomLeft, k.topRight, k.bottomRight}, frame, placed, track);
        placed.push_back(f.legend);
    }
    if (const QSizeF s = GainLayer::size(c, f.compact); !s.isEmpty()) {
        const auto k = corners(s);
        f.gain = place({k.topRight, k.bottomRight, k.topLeft, k.bottomLeft, k.bottomCentre}, frame, placed, track);
    }
    return f;
}

std::vector<QRectF> FurnitureLayout::boxes() const
{
    std::vector<QRectF> out;
    for (const QRectF &b : {legend, clock, gain, scaleBar, credits, northArrow})
        if (!b.isEmpty())
            out.push_back(b);
    return out;
}

} // namespace trilink::maps
