// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/BaseLayerCache.h"

#include "maps/MapRenderer.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace trilink::maps {
namespace {
// What the geography is drawn from: the still part less the centre (a pan moves it, the copy follows) and
// the overlay (tracks, sensors and coverage are layers over it).
MapStill geographyKey(const MapSettings &settings)
{
    MapStill key = settings.still();
    key.centre = QPointF();
    key.tracks.reset();
    return key;
}

// What the tracks' lines are drawn from: all but the centre and the measured line (a layer over them).
// The still part keeps the overlay.
BaseLayerCache::LinesKey linesKey(const MapSettings &settings)
{
    BaseLayerCache::LinesKey key{settings.still(), settings.moment()};
    key.still.centre = QPointF();
    key.moment.measure.reset();
    return key;
}

// Whole pixels within this are whole: a pan moves the centre by pixels times metres per pixel, which
// floating point may leave a hair off.
constexpr double kWholePixel = 1e-3;

// The margin drawn on each side of a picture of `size`, `k` of its width and height, in whole pixels.
QPoint marginOf(QSize size, double k)
{
    return {static_cast<int>(std::ceil(size.width() * k)), static_cast<int>(std::ceil(size.height() * k))};
}
} // namespace

QImage BaseLayerCache::find(const MapSettings &settings) const
{
    std::lock_guard lock(m_mutex);
    return m_key && *m_key == settings.still() ? m_image : QImage();
}

void BaseLayerCache::store(const MapSettings &settings, const QImage &image)
{
    std::lock_guard lock(m_mutex);
    m_key = settings.still();
    m_image = image;
}

template <class Key>
std::optional<std::size_t> BaseLayerCache::viewIndex(const std::vector<View<Key>> &views, const Key &key, const MapSettings &settings, QPoint margin,
                                                     QPoint &origin)
{
    for (std::size_t i = 0; i < views.size(); ++i) {
        const View<Key> &view = views[i];
        if (!(view.key == key))
            continue;
        // Where this picture's (0, 0) falls in the kept image.
        const double dx = (settings.centre.x() - view.centre.x()) / settings.metresPerPixel;
        const double dy = -(settings.centre.y() - view.centre.y()) / settings.metresPerPixel;
        const QPoint shift(static_cast<int>(std::lround(dx)), static_cast<int>(std::lround(dy)));
        const QRect need(view.origin + shift - margin, settings.size + QSize(2 * margin.x(), 2 * margin.y()));
        if (std::abs(dx - shift.x()) >= kWholePixel || std::abs(dy - shift.y()) >= kWholePixel || !view.image.rect().contains(need))
            continue;
        origin = view.origin + shift;
        return i;
    }
    return std::nullopt;
}

template <class Key>
const BaseLayerCache::View<Key> *BaseLayerCache::findView(std::vector<View<Key>> &views, const Key &key, const MapSettings &settings, QPoint margin,
                                                          QPoint &origin)
{
    const auto i = viewIndex(views, key, settings, margin, origin);
    if (!i)
        return nullptr;
    std::rotate(views.begin(), views.begin() + static_cast<std::ptrdiff_t>(*i), views.begin() + static_cast<std::ptrdiff_t>(*i) + 1);
    return &views.front();
}

bool BaseLayerCache::keeps(const MapSettings &settings) const
{
    std::lock_guard lock(m_mutex);
    QPoint origin;
    return viewIndex(m_geography, geographyKey(settings), settings, QPoint(), origin)
           && (!settings.tracks || viewIndex(m_lines, linesKey(settings), settings, QPoint(), origin));
}

template <class Key>
void BaseLayerCache::keepView(std::vector<View<Key>> &views, View<Key> view)
{
    views.insert(views.begin(), std::move(view));
    if (views.size() > kViews)
        views.pop_back();
}

bool BaseLayerCache::drawGeography(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base, const std::atomic_bool *cancel)
{
    const MapStill key = geographyKey(settings);
    QImage geography;
    QPoint origin;
    bool panning = false; // the same view moved: draw the margin for the next moves
    {
        std::lock_guard lock(m_mutex);
        if (const auto *view = findView(m_geography, key, settings, QPoint(), origin))
            geography = view->image;
        panning = m_lastGeography && *m_lastGeography == key;
        m_lastGeography = key;
    }
    if (geography.isNull()) {
        if (!m_panMargin)
            return MapRenderer::renderGeography(painter, settings, base, cancel);
        // A new view (a zoom, another projection) is drawn without the margin, which costs a third more;
        // its first pan draws it.
        if (!drawAndKeep(settings, base, panning ? kPanMargin : 0.0, cancel, geography, origin))
            return false;
    }
    painter.save();
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.drawImage(QPointF(0, 0), geography, QRectF(QRect(origin, settings.size)));
    painter.restore();
    return true;
}

TracksDrawn BaseLayerCache::drawTracks(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base, const BaseMapData &data,
                                       const std::atomic_bool *cancel)
{
    if (!m_panMargin || !settings.tracks)
        return TracksDrawn::None;
    const LinesKey key = linesKey(settings);
    QImage lines;
    QPoint origin;
    TracksDrawn drawn = TracksDrawn::None;
    {
        std::lock_guard lock(m_mutex);
        if (const auto *view = findView(m_lines, key, settings, QPoint(), origin)) {
            lines = view->image;
            drawn = view->drawn;
            m_lastLines = key;
        } else if (!m_lastLines || !(*m_lastLines == key)) {
            // A new view or moment (a zoom, a playback frame): drawn over the picture as an export draws them,
            // remembered so that a pan of it draws the margin.
            m_lastLines = key;
            return TracksDrawn::None;
        }
    }
    if (lines.isNull()) {
        drawn = drawTracksAndKeep(settings, base, data, cancel, lines, origin);
        if (drawn == TracksDrawn::None)
            return drawn;
    }
    painter.drawImage(QPointF(0, 0), lines, QRectF(QRect(origin, settings.size)));
    return drawn;
}

TracksDrawn BaseLayerCache::drawTracksAndKeep(const MapSettings &settings, const ProjectedBaseMap &base, const BaseMapData &data,
                                              const std::atomic_bool *cancel, QImage &lines, QPoint &origin)
{
    const TracksDrawn drawn = settings.timeMs ? TracksDrawn::Lines : TracksDrawn::LinesAndMarks;
    const QPoint margin = marginOf(settings.size, kPanMargin);
    lines = QImage(settings.size + QSize(2 * margin.x(), 2 * margin.y()), QImage::Format_ARGB32_Premultiplied);
    lines.fill(Qt::transparent);
    QPainter linesPainter(&lines);
    linesPainter.translate(margin);
    const bool done = MapRenderer::renderTracks(linesPainter, settings, base, data, drawn, cancel);
    linesPainter.end();
    if (!done)
        return TracksDrawn::None;
    std::lock_guard lock(m_mutex);
    keepView(m_lines, View<LinesKey>{linesKey(settings), settings.centre, margin, lines, drawn});
    origin = margin;
    return drawn;
}

bool BaseLayerCache::prepareGeography(const MapSettings &settings, const ProjectedBaseMap &base, const std::atomic_bool *cancel)
{
    QImage geography;
    QPoint origin;
    return drawAndKeep(settings, base, 0.0, cancel, geography, origin);
}

bool BaseLayerCache::prepareNeighbours(const MapSettings &settings, const ProjectedBaseMap &base, const BaseMapData &data,
                                       const std::atomic_bool *cancel)
{
    std::array<MapSettings, kViews> views{settings, settings, settings};
    views[1].metresPerPixel = settings.metresPerPixel / std::pow(kWheelZoomStep, 1.0); // as MapCanvas::zoomBy
    views[2].metresPerPixel = settings.metresPerPixel / std::pow(kWheelZoomStep, -1.0);
    const QPoint margin = marginOf(settings.size, kPanMargin);
    // First mark every view kept already as just used, so drawing the others drops none of them.
    std::array<bool, kViews> haveGeography{}, haveLines{};
    {
        std::lock_guard lock(m_mutex);
        QPoint origin;
        for (std::size_t i = 0; i < kViews; ++i) {
            haveGeography[i] = findView(m_geography, geographyKey(views[i]), views[i], margin, origin) != nullptr;
            haveLines[i] = !settings.tracks || findView(m_lines, linesKey(views[i]), views[i], margin, origin) != nullptr;
        }
    }
    // The geography first: it outlives a new overlay or moment.
    for (std::size_t i = 0; i < kViews; ++i) {
        QImage image;
        QPoint origin;
        if (!haveGeography[i] && !drawAndKeep(views[i], base, kPanMargin, cancel, image, origin))
            return false;
    }
    for (std::size_t i = 0; i < kViews; ++i) {
        QImage image;
        QPoint origin;
        if (!haveLines[i] && drawTracksAndKeep(views[i], base, data, cancel, image, origin) == TracksDrawn::None)
            return false;
    }
    return !(cancel && cancel->load(std::memory_order_relaxed));
}

bool BaseLayerCache::drawAndKeep(const MapSettings &settings, const ProjectedBaseMap &base, double k, const std::atomic_bool *cancel,
                                 QImage &geography, QPoint &origin)
{
    const QPoint margin = marginOf(settings.size, k);
    const QRect area(-margin, settings.size + QSize(2 * margin.x(), 2 * margin.y()));
    geography = QImage(area.size(), QImage::Format_ARGB32_Premultiplied);
    if (!MapRenderer::renderGeography(geography, settings, base, area, cancel))
        return false;
    std::lock_guard lock(m_mutex);
    keepView(m_geography, View<MapStill>{geographyKey(settings), settings.centre, margin, geography});
    origin = margin;
    return true;
}

} // namespace trilink::maps
