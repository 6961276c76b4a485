// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/ProjectionSpec.h"
#include "maps/TrackOverlay.h"

#include <QLineF>
#include <QPointF>
#include <QSize>
#include <QTransform>

#include <optional>

namespace trilink::maps {

enum class MapTheme { Dark, Light };

// Everything a render needs to know about the view, as a value: the map view hands a copy to the render
// job, so the job never reads the widget. Pixel (0,0) is the top-left corner; map y points north.
struct MapSettings {
    ProjectionSpec projection;
    QPointF center{0, 0};          // projected metres at the centre of the picture
    double metresPerPixel = 1800.0; // projected metres per pixel
    QSize size{1920, 1080};
    MapTheme theme = MapTheme::Dark;
    bool showGraticule = true;
    bool showPlaces = true;
    bool showAdmin1 = true;
    bool showScaleBar = true;
    bool showDecorations = true;     // projection title, credits, north arrow
    std::optional<QPointF> reference; // (lon, lat) origin of range and bearing, marked on the map
    TrackOverlay::Ptr tracks;         // shared, read-only; null draws no tracks

    // The scenario layer. timeMs empty: every track whole (an overview); set: each track as far as it has
    // flown at that UTC instant, with its current position, the rest as a faint predicted path.
    std::optional<double> timeMs;
    double trailS = 0;          // length of the flown path shown behind the marker; 0 = all of it
    QString selectedTrack;      // drawn on top, emphasised; empty for none
    ViewAs viewAs;              // whose picture: combined (empty) or one partner's own sensors alone
    PartnerMask sensorPartners = 0b111;   // whose sensor symbols are shown
    PartnerMask coveragePartners = 0b111; // whose coverage fans are shown
    bool showEez = true;
    bool showLegend = true;
    std::optional<QLineF> measure; // (lon, lat) to (lon, lat): a geodesic with its range and bearing
    QString banner;                // releasability banner text, top and bottom; empty for none
    double textScale = 1.0;        // on top of uiScale(): briefing mode's larger type

    QTransform mapToPixel() const;
    QPointF toPixel(const QPointF &map) const { return mapToPixel().map(map); }
    QPointF toMap(const QPointF &pixel) const;
    // Text and line sizes grow with the picture, so an 8K export reads like the screen.
    double uiScale() const;

    // A view of `extentKm` projected kilometres across, centred on (lon, lat); nullopt where the centre
    // does not project (e.g. behind the globe).
    static std::optional<MapSettings> fitted(const ProjectionSpec &projection, double lon, double lat,
                                             double extentKm, QSize size);
    // The default regional view: Korea, Japan, the Sea of Japan and the coast of China.
    static MapSettings regionalDefault(QSize size);

    bool operator==(const MapSettings &) const = default;
};

} // namespace trilink::maps

#include <QMetaType>
Q_DECLARE_METATYPE(trilink::maps::MapSettings)
