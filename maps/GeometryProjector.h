// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/Projection.h"

#include <QPainterPath>
#include <QPolygonF>

#include <vector>

namespace trilink::maps {

// Projects lon/lat geometry into projected metres, clipping it so that nothing streaks across the map:
// - cylinders and cones: edges that cross the seam opposite the central meridian are split at the seam, and
//   geometry is clipped to the projection's latitude band (Web Mercator's 85 degrees, the cone's southern end);
// - azimuthal views: geometry is clipped to a cap around the centre (the visible hemisphere of the globe,
//   or short of the antipode). Lines stop at the cap edge; polygon rings run along it, so land fills stay
//   closed and coastlines never draw a false edge along the limb.
// Input points are (x = lon, y = lat) in degrees. Uses the given Projection, so it has its thread rules.
class GeometryProjector {
public:
    explicit GeometryProjector(const Projection &projection);

    // A closed ring of a polygon (outer or hole), to be filled; appended to `out` as closed subpaths.
    void addRing(QPainterPath &out, const QPolygonF &ring) const;
    // An open line to be stroked; appended to `out` as one or more open subpaths.
    void addLine(QPainterPath &out, const QPolygonF &line) const;

    // Pieces of a line after clipping, still in lon/lat (exposed for tests and for labels).
    std::vector<QPolygonF> clipLine(const QPolygonF &line) const;
    std::vector<QPolygonF> clipRing(const QPolygonF &ring) const;

    // The point `distanceDeg` along the great circle from (lon0, lat0) at `azimuthRad` (sphere): where the
    // edge of a cap lies. Longitude in [-180, 180].
    static QPointF alongGreatCircle(double lon0, double lat0, double azimuthRad, double distanceDeg);

private:
    bool inCap(const QPointF &p) const;
    QPointF capEdgeToward(const QPointF &p) const;
    QPointF capCrossing(QPointF inside, QPointF outside) const;
    std::vector<QPolygonF> splitAtSeam(const QPolygonF &line, bool closed) const;

    const Projection &m_projection;
    bool m_hasCap;
};

} // namespace trilink::maps
