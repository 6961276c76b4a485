// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/TrackOverlay.h"
#include "maps/layers/MapLayer.h"

// Every layer drawn over the geography but the tracks (maps/layers/TrackLayer.h), each defined in a source
// file of its name: first those of the still part (zones, coverage, sensors, range rings, places, grid
// labels, the legend and the still furniture), then those that move (the measured line, the clock, the
// banner). Each draws one thing with the context's style and label painter; MapRenderer.cpp lists the
// order they are drawn in. A new layer is one class here, one source file and one entry in that list.
namespace trilink::maps {

// Japan's approximate exclusive economic zone (the overlay's rings), faintly filled, dash-dotted, labelled
// at the style's place. Still; under everything else over the geography.
class ZoneLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
};

// Each shown partner's radar coverage for the overlay's target altitude: a faint fan in the partner's
// colour, and the instrument's range arc dotted beyond it. Still.
class CoverageLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
};

// The shown partners' radars in their colours, a ship's hull or a ground radar's diamond, with their ids
// (a notional position marked *) at regional scale and closer. Space-based sensors have no place on the
// map. Still.
class SensorLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
};

// Range rings around the reference point (MapSettings::reference): geodesic circles every 250, 500, 1000
// or 2000 km, so that 3 to 8 fit the view, labelled where they cross north, and the point's cross. Still.
class RangeRingLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
};

// The base map's places: capitals always, the main cities from the regional scale in, the rest closer
// still, each dot and name where it collides with no label drawn before it; a territory beyond the view
// (Guam, from the regional map) gets an arrow at the edge along the geodesic bearing, with its distance.
// Still.
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

// The legend, top left: who held a track (the partners' stripes), not held, still to fly, whose picture
// (the view-as), the coverage altitude and, for a notional laydown, a warning. Still furniture; the
// tracks' labels keep clear of its box.
class LegendLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
    static QRectF box(const LayerContext &context, const TrackOverlay &overlay);
};

// The scale bar, bottom left: true on the ground at the picture's centre (ScaleBar), four alternating
// segments, 0 and the length. Still furniture: labels keep clear of it.
class ScaleBarLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
};

// The sources of what is drawn, bottom right: the projection, the base map always, the launch facts when
// the scenario is on the map; on two lines, right-aligned, when one would take more than half the
// picture's width. Still furniture (MapSettings::showDecorations).
class CreditsLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
};

// A north arrow, top right, where true north at the picture's centre leans by more than half a degree:
// north is up only on the central meridian of the cone and everywhere on Mercator. Still furniture
// (MapSettings::showDecorations).
class NorthArrowLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
};

// The measured line (MapSettings::measure): the geodesic between its ends, cased and dashed, with its
// length and initial bearing at the middle. Moving: it follows the user's clicks.
class MeasureLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
};

// The clock, top centre, while the picture is at an instant: UTC with KST and JST (one zone, UTC+9), and
// the selected track's T+ and name. Moving furniture, shown with the legend; the tracks' labels keep clear
// of its box.
class ClockLayer : public MapLayer {
public:
    void draw(LayerContext &context) const override;
    // Its box; empty when the picture has no instant.
    static QRectF box(const LayerContext &context, const TrackOverlay *overlay);
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
