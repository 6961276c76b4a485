// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/MapSettings.h"

#include "core/Units.h"
#include "maps/Projection.h"

#include <algorithm>
#include <cmath>

namespace trilink::maps {

QTransform MapSettings::mapToPixel() const
{
    const double k = 1.0 / metresPerPixel;
    // x' = (x - cx) k + w/2 ; y' = -(y - cy) k + h/2
    return QTransform(k, 0, 0, -k, size.width() / 2.0 - centre.x() * k, size.height() / 2.0 + centre.y() * k);
}

QPointF MapSettings::toMap(const QPointF &pixel) const
{
    return {centre.x() + (pixel.x() - size.width() / 2.0) * metresPerPixel,
            centre.y() - (pixel.y() - size.height() / 2.0) * metresPerPixel};
}

void MapSettings::zoomTo(double newMetresPerPixel, QPointF anchorPx)
{
    const QPointF anchorMap = toMap(anchorPx);
    metresPerPixel = newMetresPerPixel;
    const QPointF shift = (anchorMap - toMap(anchorPx)) / metresPerPixel;
    centre += QPointF(std::round(shift.x()), std::round(shift.y())) * metresPerPixel;
}

double MapSettings::sizeScale(QSize size)
{
    const double k = std::min(size.width() / 1920.0, size.height() / 1080.0);
    return k >= 1.0 ? k : std::max(kMinUiScale, std::sqrt(std::max(k, 0.0)));
}

double MapSettings::uiScale() const { return sizeScale(size) * textScale; }

void MapSettings::select(const QString &trackId)
{
    selectedTrack = trackId;
    followSelection();
}

std::optional<MapSettings> MapSettings::fitted(const ProjectionSpec &projection, double lon, double lat,
                                               double extentKm, QSize size)
{
    const Projection p(projection);
    const auto c = p.forward(lon, lat);
    if (!c || size.isEmpty() || extentKm <= 0)
        return std::nullopt;
    MapSettings s;
    s.projection = projection;
    s.centre = *c;
    s.size = size;
    s.metresPerPixel = extentKm * 1000.0 / size.width();
    return s;
}

MapSettings MapSettings::regionalDefault(QSize size)
{
    auto s = fitted(ProjectionSpec::regional(), region::kDefaultLon, region::kDefaultLat, region::kDefaultExtentKm, size);
    return s.value_or(MapSettings{});
}

} // namespace trilink::maps
