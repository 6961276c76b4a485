// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Units.h"
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

// One notch of a mouse wheel zooms by this factor (in: metres per pixel / factor; out: / factor^-1, the
// factor from std::pow(kWheelZoomStep, notches)). The viewer's render job prepares the views one notch in
// and out with the same expression, so a prepared view and the zoomed one have the very same scale.
inline constexpr double kWheelZoomStep = 1.25;

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
    // Whose sensors and coverage fans are shown; a view-as shows only the viewer's own, whatever these say.
    PartnerMask sensorPartners = 0b111;
    PartnerMask coveragePartners = 0b111;
    // The fans a briefer shows: only those of the radars that held the selected track (none in an overview),
    // rather than every radar's at once. Off: every radar of coveragePartners.
    bool coverageOfSelected = true;
    UnitSystem units;                     // distances, heights and speeds on the map
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
    // The selected track as far as the still part depends on it: its radars' fans (coverageOfSelected), its
    // sharing gain, and the furniture, which keeps clear of its path. A copy of MapMoment::selectedTrack
    // (MapSettings::followSelection), so a new selection redraws the still part once, not every frame.
    QString focusTrack;

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
    // Sets the scale, keeping the place under `anchorPx` there to within half a pixel: the centre moves by
    // whole pixels of the new scale, so a view a wheel notch away drawn ahead about the old centre
    // (BaseLayerCache::prepareNeighbours) is copied, which only works by whole pixels.
    void zoomTo(double newMetresPerPixel, QPointF anchorPx);
    // Text and line sizes follow the picture: in proportion above 1920x1080, so an 8K export reads like the
    // screen; below it, with the square root of the size down to kMinUiScale, so a laptop's map or a
    // 640x360 GIF keeps legible type without its furniture covering the map. Times textScale.
    double uiScale() const;
    static constexpr double kMinUiScale = 0.62;
    // uiScale's factor for the picture's size alone (textScale 1). A picture whose pixels are not a screen's
    // (a printed page's map) divides its text scale by it to keep its type at a fixed size.
    static double sizeScale(QSize size);
    // Selects a track (empty: none) in what moves and in what the still part follows (focusTrack).
    void select(const QString &trackId);
    // The still part's copy of the selection, made equal to it again after any change.
    void followSelection() { focusTrack = selectedTrack; }
    // The shown partners after the view-as: a partner's picture has only its own sensors and coverage.
    PartnerMask shownSensorPartners() const { return sensorPartners & viewMask(viewAs); }
    PartnerMask shownCoveragePartners() const { return coveragePartners & viewMask(viewAs); }

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
