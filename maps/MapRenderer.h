// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/BaseLayerCache.h"
#include "maps/MapSettings.h"
#include "maps/ProjectedBaseMap.h"

#include <QImage>

#include <atomic>
#include <vector>

class QPainter;

namespace trilink::maps {

// Draws a complete map picture for given settings onto any QPainter: a QImage for the screen and PNG
// export, SVG and PDF. The widget and the command line both come through here, so what a test checks is
// what a user sees.
//
// Threads: stateless; safe on any thread as long as the painter and the projected base map are not shared
// with another thread that writes them (the base map is immutable).
class MapRenderer {
public:
    // Returns false if `cancel` was set part way (the painter then holds a partial picture).
    static bool render(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base,
                       const BaseMapData &data, const std::atomic_bool *cancel = nullptr);

    // The synchronous render job: settings in, finished image out (null if cancelled or the projection
    // cannot be built). Export and the map view's worker both call this.
    // With a layer cache, the geography is taken from it when the view has not moved.
    static QImage renderImage(const MapSettings &settings, ProjectedBaseMapCache &cache,
                              const std::atomic_bool *cancel = nullptr, BaseLayerCache *layers = nullptr);

    // The parts of render(): the projected geography, then the layers drawn over it that stand still
    // (maps/layers: zones, coverage, furniture, places, sensors, legend) and those that move (tracks, the
    // measured line, the clock, the banner). Each returns false once `cancel` is set.
    static bool renderGeography(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base,
                                const std::atomic_bool *cancel = nullptr);
    // The geography of `area` (picture pixels, which may reach beyond the picture) drawn with the area's
    // top-left corner at the painter's origin: the picture's margin for panning (BaseLayerCache).
    static bool renderGeography(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base, const QRect &area,
                                const std::atomic_bool *cancel = nullptr);
    // The same into an image of the area's size, its upper and lower halves on two threads (the same pixels).
    static bool renderGeography(QImage &image, const MapSettings &settings, const ProjectedBaseMap &base, const QRect &area,
                                const std::atomic_bool *cancel = nullptr);
    static bool renderStill(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base, const BaseMapData &data,
                            const std::atomic_bool *cancel = nullptr);
    // Without what of the tracks the caller drew already (BaseLayerCache::drawTracks).
    static bool renderMoving(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base, const BaseMapData &data,
                             const std::atomic_bool *cancel = nullptr, TracksDrawn drawn = TracksDrawn::None);
    // The first of the moving layers alone: every track's lines (stripes, casings, grey and dashed paths),
    // with their marks over them (launch and impact symbols, current positions, labels) for LinesAndMarks.
    static bool renderTracks(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base, const BaseMapData &data,
                             TracksDrawn what, const std::atomic_bool *cancel = nullptr);

    // What the still part's one collision pass ends with, in pixels: the labels it placed (place names,
    // sensor names, the pointer to Guam, the EEZ's name, ring and grid labels), every box taken (markers
    // and labels) and the furniture's boxes. For tests and hit testing.
    struct Collisions {
        std::vector<QRectF> labels, taken, furniture;
    };
    static Collisions stillCollisions(const MapSettings &settings, const ProjectedBaseMap &base, const BaseMapData &data);
};

} // namespace trilink::maps
