// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QPolygonF>
#include <QRectF>

#include <vector>

namespace trilink::maps {

class LayerContext;

// Where the picture's furniture goes: the legend, the clock, the sharing gain, the scale bar, the credits
// and the north arrow, each a box in pixels (empty when not shown). Worked out from the still part of the
// settings alone, so the still pass (which keeps its labels clear of the boxes) and the moving pass (which
// draws the clock in its box) agree. Sizes follow the picture (MapSettings::uiScale); a small picture gets
// the compact forms (a one-line clock, the legend's swatches in a row, the gain without its title).
//
// Placement: the scale bar bottom left, the credits bottom right with the north arrow above them; then the
// clock top centre (else bottom centre), the legend top left and the gain top right, each moved to the
// next corner when its box would cover the focus track's path (launch to impact) or another box.
struct FurnitureLayout {
    QRectF legend, clock, gain, scaleBar, credits, northArrow;
    bool compact = false;

    static FurnitureLayout of(const LayerContext &context);
    // The boxes that are shown.
    std::vector<QRectF> boxes() const;

    // True if the polyline (pixels) runs through the box.
    static bool crosses(const QPolygonF &line, const QRectF &box);
    // The focus track's path in pixels (every tenth sample or so, launch and impact always); empty without one.
    static QPolygonF focusPath(const LayerContext &context);
};

} // namespace trilink::maps
