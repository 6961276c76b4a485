// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/BaseLayerCache.h"

#include "maps/MapRenderer.h"

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

bool BaseLayerCache::drawGeography(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base, const std::atomic_bool *cancel)
{
    const MapStill key = geographyKey(settings);
    QImage geography;
    QPoint origin;
    bool panning = false; // the same view moved: draw the margin for the next moves
    {
        std::lock_guard lock(m_mutex);
        if (m_geographyKey && *m_geographyKey == key) {
            panning = true;
            // Where this picture's (0, 0) falls in the cached image.
            const double dx = (settings.centre.x() - m_geographyCentre.x()) / settings.metresPerPixel;
            const double dy = -(settings.centre.y() - m_geographyCentre.y()) / settings.metresPerPixel;
            const QPoint shift(static_cast<int>(std::lround(dx)), static_cast<int>(std::lround(dy)));
            const QRect need(m_geographyOrigin + shift, settings.size);
            if (std::abs(dx - shift.x()) < kWholePixel && std::abs(dy - shift.y()) < kWholePixel && m_geography.rect().contains(need)) {
                geography = m_geography;
                origin = need.topLeft();
            }
        }
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
        if (!m_linesKey || !(*m_linesKey == key)) {
            // A new view or moment (a zoom, a playback frame): drawn over the picture as an export draws them,
            // remembered so that a pan of it draws the margin.
            m_linesKey = key;
            m_linesCentre = settings.centre;
            m_lines = QImage();
            return TracksDrawn::None;
        }
        const double dx = (settings.centre.x() - m_linesCentre.x()) / settings.metresPerPixel;
        const double dy = -(settings.centre.y() - m_linesCentre.y()) / settings.metresPerPixel;
        const QPoint shift(static_cast<int>(std::lround(dx)), static_cast<int>(std::lround(dy)));
        const QRect need(m_linesOrigin + shift, settings.size);
        if (!m_lines.isNull() && std::abs(dx - shift.x()) < kWholePixel && std::abs(dy - shift.y()) < kWholePixel && m_lines.rect().contains(need)) {
            lines = m_lines;
            origin = need.topLeft();
            drawn = m_linesDrawn;
        }
    }
    if (lines.isNull()) {
        drawn = settings.timeMs ? TracksDrawn::Lines : TracksDrawn::LinesAndMarks;
        const QPoint margin(static_cast<int>(std::ceil(settings.size.width() * kPanMargin)),
                            static_cast<int>(std::ceil(settings.size.height() * kPanMargin)));
        lines = QImage(settings.size + QSize(2 * margin.x(), 2 * margin.y()), QImage::Format_ARGB32_Premultiplied);
        lines.fill(Qt::transparent);
        QPainter linesPainter(&lines);
        linesPainter.translate(margin);
        const bool done = MapRenderer::renderTracks(linesPainter, settings, base, data, drawn, cancel);
        linesPainter.end();
        if (!done)
            return TracksDrawn::None;
        std::lock_guard lock(m_mutex);
        m_linesKey = key;
        m_linesCentre = settings.centre;
        m_linesOrigin = margin;
        m_lines = lines;
        m_linesDrawn = drawn;
        origin = margin;
    }
    painter.drawImage(QPointF(0, 0), lines, QRectF(QRect(origin, settings.size)));
    return drawn;
}

bool BaseLayerCache::prepareGeography(const MapSettings &settings, const ProjectedBaseMap &base, const std::atomic_bool *cancel)
{
    QImage geography;
    QPoint origin;
    return drawAndKeep(settings, base, 0.0, cancel, geography, origin);
}

bool BaseLayerCache::drawAndKeep(const MapSettings &settings, const ProjectedBaseMap &base, double k, const std::atomic_bool *cancel,
                                 QImage &geography, QPoint &origin)
{
    const QPoint margin(static_cast<int>(std::ceil(settings.size.width() * k)), static_cast<int>(std::ceil(settings.size.height() * k)));
    const QRect area(-margin, settings.size + QSize(2 * margin.x(), 2 * margin.y()));
    geography = QImage(area.size(), QImage::Format_ARGB32_Premultiplied);
    if (!MapRenderer::renderGeography(geography, settings, base, area, cancel))
        return false;
    std::lock_guard lock(m_mutex);
    m_geographyKey = geographyKey(settings);
    m_geographyCentre = settings.centre;
    m_geographyOrigin = margin;
    m_geography = geography;
    origin = margin;
    return true;
}

} // namespace trilink::maps
