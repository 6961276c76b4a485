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
#include <vector>

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
// MapRenderer::renderGeography draws) of the last views drawn over a margin around the picture, so a pan by
// whole pixels within the margin copies it instead of drawing it again: the same pixels, since only the
// origin moved by whole pixels. A new view (a zoom) is drawn without the margin; the first pan of it draws
// one. Its key is the settings as a whole less the centre, the overlay and what moves. It keeps kViews
// views of each (the one shown and the two a wheel notch away, which prepareNeighbours draws ahead while the
// viewer is idle), the least recently used dropped first.
class BaseLayerCache {
public:
    // The margin drawn around the picture on each side, as a fraction of its width and height.
    static constexpr double kPanMargin = 0.25;
    // How many views' geography and tracks it keeps: the one shown and one wheel notch in and out.
    static constexpr std::size_t kViews = 3;

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

    // Draws ahead, with the margin, what a pan or a wheel notch of this view would need, so that picture
    // copies it instead of drawing it (MapCanvas zooms by whole pixels of the new scale for this): the
    // geography and the tracks (as drawTracks would for a pan of it) of this view, and of it zoomed by
    // kWheelZoomStep in and out about its centre. A zoom about any point of the picture moves the centre
    // by at most an eighth of the picture, within the margin. What is kept already is not drawn again.
    // The viewer's render job calls it when idle. False if cancelled (what was done is kept).
    bool prepareNeighbours(const MapSettings &settings, const ProjectedBaseMap &base, const BaseMapData &data, const std::atomic_bool *cancel);

    // Whether a picture of `settings` would copy its geography and, if it has tracks, their lines from a
    // kept view instead of drawing them (after a pan or a prepareNeighbours).
    bool keeps(const MapSettings &settings) const;

    // What the tracks' lines are drawn from.
    struct LinesKey {
        MapStill still;
        MapMoment moment;
        bool operator==(const LinesKey &) const = default;
    };

private:
    // A view drawn with or without the margin: its key, the centre of the picture it was drawn for (projected
    // metres) and that picture's (0, 0) in the image.
    template <class Key>
    struct View {
        Key key;
        QPointF centre;
        QPoint origin;
        QImage image;
        TracksDrawn drawn = TracksDrawn::None; // the tracks' views only
    };
    // The kept view of `key` that `settings` reaches by whole pixels, with `margin` more on each side (its
    // index; findView moves it to the front, most recently used, or gives null). `origin` is where the picture's (0, 0) falls in its image.
    template <class Key>
    static std::optional<std::size_t> viewIndex(const std::vector<View<Key>> &views, const Key &key, const MapSettings &settings, QPoint margin,
                                                QPoint &origin);
    template <class Key>
    static const View<Key> *findView(std::vector<View<Key>> &views, const Key &key, const MapSettings &settings, QPoint margin, QPoint &origin);
    template <class Key>
    static void keepView(std::vector<View<Key>> &views, View<Key> view);

    bool drawAndKeep(const MapSettings &settings, const ProjectedBaseMap &base, double margin, const std::atomic_bool *cancel, QImage &geography,
                     QPoint &origin);
    TracksDrawn drawTracksAndKeep(const MapSettings &settings, const ProjectedBaseMap &base, const BaseMapData &data, const std::atomic_bool *cancel,
                                  QImage &lines, QPoint &origin);

    mutable std::mutex m_mutex;
    std::optional<MapStill> m_key;
    QImage m_image;

    const bool m_panMargin;
    std::vector<View<MapStill>> m_geography; // keys with the centre and overlay cleared; most recently used first
    std::optional<MapStill> m_lastGeography; // the key of the last geography drawn
    std::vector<View<LinesKey>> m_lines;     // the settings less the centre and the measured line
    std::optional<LinesKey> m_lastLines;     // the key of the last picture's tracks, drawn or not
};

} // namespace trilink::maps
