// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/MapSettings.h"
#include "maps/ProjectedBaseMap.h"

#include <QImage>
#include <QPainter>

#include <atomic>
#include <mutex>
#include <optional>

namespace trilink::maps {

// What of the tracks a layer cache drew for a picture, so the renderer draws the rest.
enum class TracksDrawn { None, Lines, LinesAndMarks };

// The last still part of a picture (geography, coverage, sensors, places, furniture, legend: everything
// that does not move with the clock or the selection), so playback frames reuse it and draw only the
// tracks, the clock and what else moves. Its key is the settings' MapStill part as a whole, so a field
// added to MapStill is part of the key and a field added to MapMoment is not: nothing to keep by hand.
// One per render job or animation. Threads: thread-safe.
//
// With a pan margin (the viewer's render job), it also keeps the geography (sea, land, graticule, lines: what
// MapRenderer::renderGeography draws) of the last view drawn over a margin around the picture, so a pan by
// whole pixels within the margin copies it instead of drawing it again: the same pixels, since only the
// origin moved by whole pixels. A new view (a zoom) is drawn without the margin; the first pan of it draws one. Its key is the settings as a whole less the centre, the overlay and what moves.
class BaseLayerCache {
public:
    // The margin drawn around the picture on each side, as a fraction of its width and height.
    static constexpr double kPanMargin = 0.25;

    explicit BaseLayerCache(bool panMargin = false)
        : m_panMargin(panMargin)
    {
    }

    // The cached still picture for these settings, or a null image.
    QImage find(const MapSettings &settings) const;
    void store(const MapSettings &settings, const QImage &image);

    // Draws the geography of `settings` with `painter` at the picture's origin: copied from the last one when
    // the view moved by whole pixels within the margin (or is the view prepared), else drawn (with the margin,
    // if this cache keeps one). False if cancelled.
    bool drawGeography(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base, const std::atomic_bool *cancel);

    // Draws the tracks (MapRenderer::renderTracks) with `painter` from those of the last picture drawn with a
    // margin, when only the centre moved since, by whole pixels within the margin: the viewer's pan over the
    // whole record copies them instead of stroking hundreds of tracks again. The first pan of a view (the
    // same settings less the centre and the measured line as the picture before) draws them with the margin
    // into an image of their own and copies that. What it drew: the lines and the marks over them in an
    // overview (no time: no track has a label, whose place depends on the picture's edges and furniture),
    // the lines alone at a time, nothing when not panning, with no margin kept (exports, animations) or
    // once cancelled; the caller draws the rest. The copy over the still part gives the pixels of drawing
    // the tracks there to within rounding (BaseLayerCacheTest).
    TracksDrawn drawTracks(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base, const BaseMapData &data,
                           const std::atomic_bool *cancel);

    // Draws and keeps the geography of `settings` (no margin), so a later drawGeography of the same view copies
    // it: an export draws it on a worker while its tracks load. False if cancelled.
    bool prepareGeography(const MapSettings &settings, const ProjectedBaseMap &base, const std::atomic_bool *cancel = nullptr);

    // What the tracks' lines are drawn from.
    struct LinesKey {
        MapStill still;
        MapMoment moment;
        bool operator==(const LinesKey &) const = default;
    };

private:
    mutable std::mutex m_mutex;
    std::optional<MapStill> m_key;
    QImage m_image;

    bool drawAndKeep(const MapSettings &settings, const ProjectedBaseMap &base, double margin, const std::atomic_bool *cancel, QImage &geography,
                     QPoint &origin);

    const bool m_panMargin;
    std::optional<MapStill> m_geographyKey; // centre and overlay cleared
    QPointF m_geographyCentre;             // projected metres at the centre of the picture it was drawn for
    QPoint m_geographyOrigin;              // that picture's (0, 0) in the image
    QImage m_geography;

    std::optional<LinesKey> m_linesKey; // the settings less the centre and the measured line, as drawn last
    TracksDrawn m_linesDrawn = TracksDrawn::None;
    QPointF m_linesCentre;
    QPoint m_linesOrigin;
    QImage m_lines; // null until the first pan of the view
};

} // namespace trilink::maps
