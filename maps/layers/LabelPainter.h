// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/MapStyle.h"

#include <QFont>
#include <QRectF>

#include <vector>

class QPainter;

namespace trilink::maps {

// The one label painter of a picture: the map's fonts, text with a halo, boxed labels, and the space the
// labels of one pass have taken, so a label is drawn only where it collides with nothing drawn before it.
// Furniture takes its box first (the scale bar, the credits, the north arrow), then places, grid labels
// and tracks claim theirs in the order they are drawn; reserved boxes (the legend and the clock, drawn
// over the tracks) are kept clear even by a label that may overlap the others.
// Each render pass (still, moving) has one; a single pass over every label of the picture is a matter of
// handing the still pass's space to the moving pass.
// Threads: one object per render, on the render's thread.
class LabelPainter {
public:
    // How a label's letters are filled on raster pictures. Glyphs: Qt's hinted glyphs (crisp small type:
    // the base map's labels). Outline: the outline the halo is stroked from, so letters and halo line up
    // exactly (labels over tracks and fans). SVG and PDF keep text as text either way.
    enum class Fill { Glyphs, Outline };

    LabelPainter(QPainter &painter, const MapStyle &style, double scale);

    QFont font(const MapFont &font) const;
    // Text at a baseline, in a halo of the theme's halo colour that keeps it legible over anything.
    void haloText(QPointF baseline, const QString &text, const QFont &font, const QColor &colour, Fill fill);
    // Text centred in a rounded panel (a track's label).
    void boxedText(const QRectF &box, const QString &text, const QFont &font, const QColor &panel, const QPen &outline, const QColor &colour);

    // True if the box collides with no reserved box and (unless mayOverlapLabels) no label taken.
    bool isFree(const QRectF &box, bool mayOverlapLabels = false) const;
    // Takes the box if it is free; false (and nothing taken) if not.
    bool claim(const QRectF &box);
    // Takes the box whatever is there: furniture, drawn before the labels that then keep clear of it.
    void take(const QRectF &box) { m_taken.push_back(box); }
    // Keeps every later label clear of the box.
    void reserve(const QRectF &box) { m_reserved.push_back(box); }

private:
    QPainter &m_painter;
    const MapStyle &m_style;
    double m_scale;
    std::vector<QRectF> m_taken;
    std::vector<QRectF> m_reserved;
};

} // namespace trilink::maps
