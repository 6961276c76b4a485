// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/ProjectionSpec.h"
#include "maps/TrackOverlay.h"

#include <QLineF>
#include <QSet>
#include <QPointF>
#include <QSize>
#include <QTransform>

#include <memory>
#include <optional>

namespace trilink::maps {

enum class MapTheme { Dark, Light };

// Where the picture looks. Pixel (0,0) is the top-left corner; map y points north.
struct MapView {
    ProjectionSpec projection;
    QPointF centre{0, 0};           // projected metres at the centre of the picture
    double metresPerPixel = 1800.0; // projected metres per pixel
    QSize size{1920, 1080};

    bool operator==(const MapView &) const = default;
};

// What the picture shows and how: the layer switches a scene's options set (maps/scene/SceneOptions).
struct MapLayers {
    MapTheme theme = MapTheme::Dark;
    bool showGraticule = true;
    bool showPlaces = true;
    bool showAdmin1 = true;
    bool showScaleBar = true;
    bool showDecorations = true;          // projection title, credits, north arrow
    bool showEez = true;
    bool showLegend = true;               // the legend and the clock
    PartnerMask sensorPartners = 0b111;   // whose sensor symbols are shown
    PartnerMask coveragePartners = 0b111; // whose coverage fans are shown
    std::optional<QPointF> reference;     // (lon, lat) origin of range rings, marked on the map
    ViewAs viewAs;                        // whose picture: combined (empty) or one partner's own sensors alone
    QString banner;                       // releasability banner text, top and bottom; empty for none
    double textScale = 1.0;               // on top of uiScale(): briefing mode's larger type

    bool operator==(const MapLayers &) const = default;
};

// What stands: everything the still part of a picture (geography, coverage, sensors, places, furniture,
// legend) is drawn from, and so the key of its cache (BaseLayerCache). A field that changes the still part
// belongs here, one that only changes what is drawn over it in MapMoment.
struct MapStill : MapView, MapLayers {
    TrackOverlay::Ptr tracks; // shared, read-only; null draws no tracks

    bool operator==(const MapStill &) const = default;
};

// What moves with the clock and the user, drawn over the still part: the tracks, the measured line, the clock.
struct MapMoment {
    // timeMs empty: every track whole (an overview); set: each track as far as it has flown at that UTC
    // instant, with its current position, the rest as a faint predicted path.
    std::optional<double> timeMs;
    double trailS = 0;             // length of the flown path shown behind the marker; 0 = all of it
    QString selectedTrack;         // drawn on top, emphasised; empty for none
    // With hundreds of tracks on the map: those drawn in full besides the selected one (the event, day or
    // year being played, or the tracks the list's filters let through); the others are faded to a thin grey
    // line without symbols or labels, so the ones that matter read over the rest of the record. Null: every
    // track in full (with a selection, the others dimmed, or faded when there are many).
    std::shared_ptr<const QSet<QString>> emphasised;
    std::optional<QLineF> measure; // (lon, lat) to (lon, lat): a geodesic with its range and bearing

    bool operator==(const MapMoment &) const = default;
};

// Everything a render needs to know, as a value: the map view hands a copy to the render job, so the job
// never reads the widget. Only the two parts hold data (no field of its own), so every field is either
// still or moving and the layer cache's key cannot miss one.
struct MapSettings : MapStill, MapMoment {
    const MapStill &still() const { return *this; }
    const MapMoment &moment() const { return *this; }
    MapLayers &layers() { return *this; }
    const MapLayers &layers() const { return *this; }

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
static_assert(sizeof(MapSettings) == sizeof(MapStill) + sizeof(MapMoment), "MapSettings keeps no field of its own");

} // namespace trilink::maps

#include <QMetaType>
Q_DECLARE_METATYPE(trilink::maps::MapSettings)
