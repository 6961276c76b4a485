// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/MapStyle.h"

#include <QFont>
#include <QRectF>

#include <optional>
#include <vector>

class QPainter;

namespace trilink::maps {

// The one label painter of a picture: the map's fonts, text with a halo, boxed labels, and the collision
// pass, the space the labels and markers of one pass have taken, so a label is drawn only where it collides
// with nothing drawn before it. The furniture's boxes (FurnitureLayout: legend, clock, sharing gain, scale
// bar, credits, north arrow) are reserved first and kept clear even by a label that may overlap others;
// then markers that cannot move take their space (every track's launch and impact symbols, the sensors'
// symbols, the capitals' squares) and the labels claim theirs in order of importance (sensors, capitals and
// the pointer to a place beyond the view, cities, the EEZ's name, rings, the grid), each trying its places
// around its anchor in turn. Each render pass (still, moving) has one.
// Threads: one object per render, on the render's thread.
class LabelPainter {
public:
    // How a label's letters are filled on raster pictures. Glyphs: Qt's hinted glyphs (crisp small type:
    // the base map's labels). Outline: the outline the halo is stroked from, so letters and halo line up
    // exactly (labels over tracks and fans). SVG and PDF keep text as text either way.
    enum class Fill { Glyphs, Outline };

    LabelPainter(QPainter &painter, const MapStyle &style, double scale);

    QFont font(const MapFont &font) const;
    // QFontMetricsF(font).horizontalAdvance(text), remembered for the process: the map's labels (places,
    // sensors, grid, credits) are the same strings at every pan and playback frame, and shaping them again
    // was a tenth of a pan. The same value. Bounded (cleared past a few thousand strings); thread-safe.
    static double advance(const QFont &font, const QString &text);
    // Text at a baseline, in a halo of the theme's halo colour that keeps it legible over anything.
    void haloText(QPointF baseline, const QString &text, const QFont &font, const QColor &colour, Fill fill);
    // Text centred in a rounded panel (a track's label).
    void boxedText(const QRectF &box, const QString &text, const QFont &font, const QColor &panel, const QPen &outline, const QColor &colour);

    // True if the box lies inside the bounds, and collides with no reserved box and (unless
    // mayOverlapLabels) no box taken.
    bool isFree(const QRectF &box, bool mayOverlapLabels = false) const;
    // Takes the box if it is free; false (and nothing taken) if not.
    bool claim(const QRectF &box);
    // The first free box of `candidates` (places around an anchor, best first), taken; nullopt if none is.
    std::optional<QRectF> claimFirst(const std::vector<QRectF> &candidates);
    // Takes the box whatever is there: a marker that cannot move, drawn before the labels that then keep
    // clear of it.
    void take(const QRectF &box) { m_taken.push_back(box); }
    // Keeps every later label clear of the box.
    void reserve(const QRectF &box) { m_reserved.push_back(box); }
    // Labels stay inside this rectangle (the picture less the banner strips).
    void setBounds(const QRectF &bounds) { m_bounds = bounds; }

    // Every box taken (markers and labels, in order) and reserved so far: what the collision pass holds.
    const std::vector<QRectF> &taken() const { return m_taken; }
    const std::vector<QRectF> &reserved() const { return m_reserved; }
    // The boxes taken by claim(): the labels, which collide with nothing taken or reserved before them.
    const std::vector<QRectF> &claimed() const { return m_claimed; }

    // The boxes at `gap` pixels around an anchor box (a symbol) for a label of `size`: right, left, below,
    // above, then the four corners. A map's labels try them in this order.
    static std::vector<QRectF> placesAround(const QRectF &anchor, QSizeF size, double gap);

private:
    QPainter &m_painter;
    const MapStyle &m_style;
    double m_scale;
    std::vector<QRectF> m_taken;
    std::vector<QRectF> m_reserved;
    std::vector<QRectF> m_claimed;
    QRectF m_bounds;
};

} // namespace trilink::maps
