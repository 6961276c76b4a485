// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/BaseMap.h"
#include "maps/MapSettings.h"
#include "maps/MapStyle.h"
#include "maps/ProjectedBaseMap.h"
#include "maps/Projection.h"

#include <QFont>
#include <QRectF>

#include <vector>

class QPainter;

namespace trilink::maps {

// The parts of a map picture drawn in pixels over the projected layers: labels, scale bar, north arrow,
// credits, the range-and-bearing reference. One object per render, on the render's thread (it owns a
// Projection, which is single-threaded).
class MapDecorations {
public:
    MapDecorations(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base, const MapStyle &style);

    void drawReference(QPointF lonLat);
    void drawGraticuleLabels(double stepDeg);
    void drawPlaces(const std::vector<Place> &places);
    void drawScaleBar();
    void drawNorthArrowAndCredits();
    const Projection &projection() const { return m_projection; }

private:
    QFont font(double pixelSize, bool bold = false) const;
    void drawHaloText(QPointF baseline, const QString &text, const QFont &font, const QColor &color);
    bool claim(const QRectF &rect); // false if it overlaps a label already placed
    void drawEdgeMarker(const Place &place);

    QPainter &m_painter;
    const MapSettings &m_settings;
    const ProjectedBaseMap &m_base;
    const MapStyle &m_style;
    Projection m_projection;
    double m_scale;
    QRectF m_frame;
    std::vector<QRectF> m_taken;
};

} // namespace trilink::maps
