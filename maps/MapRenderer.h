// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/MapSettings.h"
#include "maps/ProjectedBaseMap.h"

#include <QImage>

#include <atomic>
#include <mutex>

class QPainter;

namespace trilink::maps {

// Draws a complete map picture for given settings onto any QPainter: a QImage for the screen and PNG
// export, later SVG and PDF. The widget and the command line both come through here, so what a test checks
// is what a user sees.
//
// Threads: stateless; safe on any thread as long as the painter and the projected base map are not shared
// with another thread that writes them (the base map is immutable).
// The last still part of a picture (geography, coverage, sensors, labels, legend: everything that does not
// move with the clock or the selection), so playback frames reuse it and draw only the tracks, the clock
// and what else moves. One per render job; thread-safe.
class BaseLayerCache {
public:
    // The cached still picture for these settings, or a null image.
    QImage find(const MapSettings &settings) const;
    void store(const MapSettings &settings, const QImage &image);
    // The settings with what moves taken out: two settings with one key share the still picture.
    static MapSettings keyOf(const MapSettings &settings);

private:
    mutable std::mutex m_mutex;
    std::optional<MapSettings> m_key;
    QImage m_image;
};

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

    // The parts of render(): the projected geography, then what is drawn over it, still and moving.
    static bool renderGeography(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base,
                                const std::atomic_bool *cancel = nullptr);
    static void renderOverlays(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base,
                               const BaseMapData &data);
    static void renderStaticOverlays(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base,
                                     const BaseMapData &data);
    static void renderMovingOverlays(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base);

    // Graticule spacing in degrees for the zoom: lines about 100-250 pixels apart.
    static double graticuleStepDeg(double metresPerPixel);
};

} // namespace trilink::maps
