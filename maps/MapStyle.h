// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/MapSettings.h"

#include <QColor>
#include <QPointF>
#include <QString>

#include <array>

namespace trilink::maps {

// A type size of the map: pixels of a 1920x1080 picture at text scale 1 (the layers multiply by
// MapSettings::uiScale()).
struct MapFont {
    double px = 12;
    bool bold = false;
};

// How a map picture looks in a theme: every colour, type size, line width, symbol size and default place
// the layers draw with, so a layer's code says what it draws and this says how. Sizes are pixels of a
// 1920x1080 picture at text scale 1, multiplied by MapSettings::uiScale() so an 8K export reads like the
// screen. The dark theme is the briefing-room one: low glare, high contrast for text. The partners'
// colours are PartnerStyle's and the flight phases' PhaseStyle's (every view shares them).
struct MapStyle {
    // The base map.
    QColor space, sea, land, coast, border, admin1, graticule, graticuleLabel, text, textHalo, placeDot,
        capitalDot, accent, panel;

    // Marks over the map.
    struct Colours {
        QColor unheld;        // a track or segment nobody held
        QColor ink;           // launch triangles, the marker's ring, the marker of a track nobody holds
        QColor impact;        // impact crosses and the ring of a predicted impact
        QColor notional;      // "NOTIONAL SENSOR LAYDOWN*"
        QColor measure;       // the measured geodesic, its ends and its label
        QColor measureCasing; // under it
        QColor banner;        // the releasability strips: the usual colour of an unclassified marking
        QColor bannerText;
        int eezFill = 14;      // alpha of the EEZ's fill over the accent colour
        int eezEdge = 150;     // and of its edge
        int coverageFill = 12; // faint: where fans overlap (most of the region) they must not wash the map out
        int coverageEdge = 170;
        int rangeArc = 90;     // a radar's instrument range, dotted
        int future = 90;       // the path still to fly, dashed (selectedFuture for the selected track)
        int selectedFuture = 170;
        int dimmed = 150;      // the other tracks while one is selected
        int faded = 70;        // the tracks outside the emphasised ones (the group played, a filter): a grey hairline
        int furniturePanel = 225; // the legend's and the clock's panels
        int labelPanel = 200;     // a track label's panel (selectedLabelPanel for the selected track's)
        int gainShared = 80;      // the share of the flight a partner's shared picture holds, under its own
        int selectedLabelPanel = 235;
    } colour;

    // Type.
    struct Type {
        QString family = QStringLiteral("DejaVu Sans");
        MapFont gridLabel{11}, place{12}, majorPlace{13}, capital{14, true}, edgeMarker{12, true}, ringLabel{11};
        MapFont scaleBar{12, true}, credits{10}, north{12, true};
        MapFont zoneLabel{11, true}, sensorLabel{10}, trackLabel{12}, selectedTrackLabel{14, true}, measureLabel{14, true};
        MapFont legendTitle{11, true}, legendBody{12}, legendNotice{12, true}, clock{17, true}, clockDetail{11}, banner{14, true};
        MapFont gainTitle{12, true}, gainPartner{14, true}, gain{14, true}, gainShares{12};
    } type;

    // Line widths.
    struct Lines {
        double halo = 3.0;        // around text on raster pictures
        double vectorHalo = 1.5;  // the radius of the ring of copies that is the halo in SVG and PDF
        double graticule = 1.0; // not scaled: a hairline at every size, it is translucent
        double admin1 = 0.8, coast = 1.0, border = 1.3, globeLimb = 1.5;
        double eez = 1.2, coverage = 1.0, rangeArc = 1.0, rangeRing = 1.0, referenceCross = 2.0;
        double stripe = 2.6, selectedStripe = 3.6; // one per partner holding the track
        double casing = 2.0;     // beyond the stripes, under them
        double unheldCasing = 2.4, unheld = 1.4, beforeLaunch = 1.6, future = 1.2;
        double faded = 1.0; // a track outside the emphasised ones
        double symbolOutline = 1.5, impactCasing = 4.0, impact = 2.0, predictedImpact = 1.4;
        double markerOutline = 2.5, markerRing = 1.5, labelOutline = 1.5, sensorOutline = 1.8;
        double measureCasing = 4.0, measure = 2.0, measureEnd = 2.0;
        double scaleBar = 1.0, northArrow = 1.2, panelBorder = 1.0;
        double swatch = 4.0, swatchUnheld = 1.6, swatchFuture = 1.4, swatchCasing = 2.0; // the legend's
    } line;

    // Symbol sizes (radii, unless said).
    struct Symbols {
        double place = 3.5, capital = 4.5, sensor = 6.0, trackEnd = 4.5, selectedTrackEnd = 6.0;
        double marker = 5.5, selectedMarker = 7.5, markerRingGap = 3.0, measureEnd = 4.5, referenceCross = 7.0;
        double edgeArrow = 18.0;  // its length
        double northArrow = 20.0; // its half length
        double swatch = 26.0;     // a legend swatch's length
        double gainBar = 120.0, gainBarHeight = 10.0; // the sharing gain's bar of the flight held
    } symbol;

    // Where things go by default.
    struct Places {
        // (lon, lat) of "JAPAN EEZ (APPROX.)", best first: open water inside the zone south of Honshu, east
        // of Honshu, south of Kyushu.
        std::array<QPointF, 3> eezLabel{QPointF(141.2, 29.6), QPointF(146.0, 37.0), QPointF(132.0, 27.5)};
        double furnitureMargin = 12;   // the legend (top left) and the clock (top centre) from the frame
        QPointF scaleBar{20, 30};      // its left end: from the frame's left and bottom
        double scaleBarLength = 220;   // at most
        QPointF northArrow{40, 48};    // its centre: from the frame's right and top
        double creditsMargin = 10;     // the credits from the frame's right and bottom
        double edgeMarkerInset = 40, edgeMarkerBottom = 70; // a place beyond the view: its arrow inside these
        double bannerHeight = 26;      // each strip
        double sensorLabelsBelowMetresPerPixel = 2600;
        double capitalsOnlyAboveMetresPerPixel = 6000, mainCitiesAboveMetresPerPixel = 2500;
    } place;

    // More tracks than this on the map (the whole record) and a selection fades the others instead of
    // dimming them.
    int crowdedTracks = 40;

    static MapStyle forTheme(MapTheme theme);
};

} // namespace trilink::maps
