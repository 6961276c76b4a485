// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/TrackOverlay.h"
#include "maps/layers/MapLayer.h"

// Every layer drawn over the geography but the tracks (maps/layers/TrackLayer.h), each defined in a source
// file of its name: first those of the still part (zones, coverage, the space of the tracks' end symbols,
// sensors, places, the zone's name, range rings, grid labels, then the furniture: scale bar, credits, north
// arrow, legend, sharing gain), then those that move (the measured line, the clock, the banner). Each draws
// one thing with the context's style and label painter, the furniture in its FurnitureLayout box;
// MapRenderer.cpp lists the order they are drawn in, which is also the order of importance of their labels
// in the collision pass. A new layer is one class here, one source file and one entry in that list.
namespace trilink::maps {

// Japan's approximate exclusive economic zone (the overlay's rings), faintly filled, dash-dotted. Still;
// under everything else over the geography.
class ZoneLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
};

// The zone's name, "JAPAN EEZ (APPROX.)", at the first of the style's places in open water that is free.
// Still; after the places, whose names matter more.
class ZoneLabelLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
};

// Radar coverage for the overlay's target altitude: a faint fan in the partner's colour, and the
// instrument's range arc dotted beyond it, for the shown partners' radars (MapSettings::
// shownCoveragePartners: a view-as shows only the viewer's) and, by default, only those that held the focus
// track (MapLayers::coverageOfSelected). Still.
class CoverageLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
    // Whether a radar's fan is drawn.
    static bool shows(const MapSettings &settings, const TrackOverlay::SensorMark &sensor);
};

// Draws nothing: takes the space of every track's launch and impact symbols (TrackLayer::endBoxes), which
// the moving pass draws, so that no still label lies under them. Still; before every label.
class TrackEndSpaceLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
};

// The shown partners' radars (MapSettings::shownSensorPartners: a view-as shows only the viewer's) in their
// colours, a ship's hull or a ground radar's diamond, the focus track's radars first, with their ids (a
// notional position marked *) at regional scale and closer, each where it is free around its symbol.
// Space-based sensors have no place on the map. Still.
class SensorLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
    // The symbol's box around its pixel.
    static QRectF symbolBox(const LayerContext &context, const TrackOverlay::SensorMark &sensor, QPointF at);
};

// Range rings around the reference point (MapSettings::reference): geodesic circles every 250, 500, 1000
// or 2000 km, so that 3 to 8 fit the view, labelled where they cross north, and the point's cross. Still.
class RangeRingLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
};

// The base map's places: capitals always, the main cities from the regional scale in, the rest closer
// still, each dot and name where it collides with nothing before it (a capital's square is kept and its name
// tried all round it); a territory beyond the view (Guam, from the regional map) gets an arrow at the edge
// along the geodesic bearing, with its distance, moved along the edge until it is free. Still.
class PlaceLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;

private:
    static void drawEdgeMarker(LayerContext &context, const Place &place);
};

// The graticule's degrees where its lines meet the frame: meridians along the bottom, parallels along the
// left, each where it collides with no label before it. Still.
class GraticuleLabelLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;

    // Graticule spacing in degrees for the zoom: lines about 100-250 pixels apart.
    static double stepDeg(double metresPerPixel);
};

// The legend: who held a track (the partners' stripes), not held, still to fly, whose picture (the
// view-as), what the coverage fans are and, for a notional laydown, a warning. Compact: the swatches in a
// row, the view only when it is one partner's. Still furniture (MapSettings::showLegend).
class LegendLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
    static QSizeF size(const LayerContext &context, bool compact);
};

// The sharing gain of the focus track, the reason Trilink exists, as a panel of the picture: for each
// partner (only the viewer in a view-as) a bar of the flight its own sensors hold inside the share its
// shared picture holds, the two shares, and the gain in the one wording of text::sharingGain. Compact: no
// title or shares. Still furniture (MapSettings::showLegend), shown with a focus track.
class GainLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
    // Empty when there is no gain to show.
    static QSizeF size(const LayerContext &context, bool compact);
};

// The scale bar, bottom left: true on the ground at the picture's centre (ScaleBar), in the map's units,
// four alternating segments, 0 and the length. Still furniture (MapSettings::showScaleBar).
class ScaleBarLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
    static QRectF box(const LayerContext &context); // empty when not shown
};

// The sources of what is drawn, bottom right: the projection, the base map always, the launch facts when
// the scenario is on the map; on two lines, right-aligned, when one would take more than half the
// picture's width. Still furniture (MapSettings::showDecorations).
class CreditsLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
    static QRectF box(const LayerContext &context); // empty when not shown
};

// A north arrow, bottom right above the credits, where true north at the picture's centre leans by more
// than half a degree: north is up only on the central meridian of the cone and everywhere on Mercator.
// Still furniture (MapSettings::showDecorations).
class NorthArrowLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
    // Its box's size, nullopt when not shown.
    static std::optional<QSizeF> size(const LayerContext &context);
};

// The measured line (MapSettings::measure): the geodesic between its ends, cased and dashed, with its
// length and initial bearing at the middle. Moving: it follows the user's clicks.
class MeasureLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
};

// The clock, in its box (top centre unless the track runs there), while the picture is at an instant: UTC
// with KST and JST (one zone, UTC+9), and the selected track's T+ and name; compact: one line. Moving
// furniture, shown with the legend.
class ClockLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
    // The size of its box, from sample text, so that it does not change as the digits do.
    static QSizeF size(const LayerContext &context, bool compact);
};

// The releasability banner: a strip top and bottom with the settings' banner text. The rest of the
// picture (freeFrame) is where the other layers place their furniture.
class BannerLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;

    // Each strip's height in pixels, 0 without a banner.
    static double height(const MapSettings &settings, const MapStyle &style);
    static QRectF freeFrame(const MapSettings &settings, const MapStyle &style);
};

} // namespace trilink::maps
