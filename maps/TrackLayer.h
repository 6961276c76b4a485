// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/MapSettings.h"
#include "maps/MapStyle.h"
#include "maps/Projection.h"
#include "maps/TrackOverlay.h"

#include <QFont>
#include <QLineF>
#include <QRectF>

class QPainter;

namespace trilink::maps {

// Height of each releasability banner strip in pixels (0 without a banner), and the picture less the strips.
double bannerHeight(const MapSettings &settings);
QRectF bannerFreeFrame(const MapSettings &settings);

// The scenario over the base map: coverage fans and the EEZ under everything, then the tracks coloured by
// who held them (parallel stripes, one per partner), their markers and labels, the sensors, a measured
// line, the legend with the clock, and the banner. One object per render, on the render's thread.
class TrackLayer {
public:
    TrackLayer(QPainter &painter, const MapSettings &settings, const Projection &projection, const MapStyle &style);

    // Still: they do not change with the clock or the selection.
    void drawAreas(const TrackOverlay &overlay);
    void drawSensors(const TrackOverlay &overlay);
    void drawLegend(const TrackOverlay *overlay);
    // Moving.
    void drawTracks(const TrackOverlay &overlay);
    void drawMeasure(const QLineF &lonLat);
    void drawClock(const TrackOverlay *overlay);
    void drawBanner(const QString &text);

    // Pixel polylines of one track's samples [first, last], split where the projection breaks, thinned to
    // about a pixel apart, each piece a run of one partner mask (as seen in the view).
    struct Run {
        PartnerMask mask = 0;
        QPolygonF pixels;
    };
    std::vector<Run> runs(const TrackOverlay::Track &track, int first, int last) const;

private:
    void drawTrack(const TrackOverlay::Track &track, bool selected, bool dimmed);
    QStringList legendNotes(const TrackOverlay &overlay) const;
    QRectF legendBox(const TrackOverlay &overlay) const;
    std::pair<QString, QString> clockLines(const TrackOverlay *overlay) const;
    QRectF clockBox(const TrackOverlay *overlay) const;
    std::optional<QPointF> pixel(double lon, double lat) const;
    QPainterPath pathOf(const QPolygonF &lonLat, bool closed) const;
    QFont font(double px, bool bold = false) const;
    void haloText(QPointF baseline, const QString &text, const QFont &font, const QColor &colour);

    QPainter &m_painter;
    const MapSettings &m_settings;
    const Projection &m_projection;
    const MapStyle &m_style;
    double m_scale;
    QRectF m_frame;
    std::vector<QRectF> m_labels;
    std::vector<QRectF> m_reserved; // the legend and the clock
};

} // namespace trilink::maps
