// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/scene/ViewFit.h"

#include "core/Units.h"
#include "maps/MapStyle.h"
#include "maps/Projection.h"

#include <QFont>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace trilink::maps {

std::pair<QPointF, double> trackView(const ScenarioTrack &track, QSize size)
{
    double minLon = 1e9, maxLon = -1e9, minLat = 1e9, maxLat = -1e9;
    for (const auto &s : track.samples) {
        minLon = std::min(minLon, s.lon);
        maxLon = std::max(maxLon, s.lon);
        minLat = std::min(minLat, s.lat);
        maxLat = std::max(maxLat, s.lat);
    }
    if (track.samples.empty())
        return {region::defaultCentre(), region::kDefaultExtentKm};
    const double midLat = (minLat + maxLat) / 2;
    const double widthKm = (maxLon - minLon) * 111.32 * std::cos(units::radians(midLat));
    const double heightKm = (maxLat - minLat) * 111.32;
    const double aspect = size.height() > 0 ? double(size.width()) / size.height() : 1.0;
    const double extent = std::clamp(1.8 * std::max(widthKm, heightKm * aspect), 900.0, region::kMaxExtentKm);
    return {QPointF((minLon + maxLon) / 2, midLat), extent};
}

std::optional<MapView> pageView(const ScenarioTrack &t, const ProjectionSpec &spec, QSize size, double textScale)
{
    const Projection projection(spec);
    double x0 = 1e18, x1 = -1e18, y0 = 1e18, y1 = -1e18;
    const auto extend = [&](const TrajectorySample &sample) {
        if (const auto p = projection.forward(sample.lon, sample.lat)) {
            x0 = std::min(x0, p->x()), x1 = std::max(x1, p->x());
            y0 = std::min(y0, p->y()), y1 = std::max(y1, p->y());
        }
    };
    for (std::size_t i = 0; i < t.samples.size(); i += std::max<std::size_t>(1, t.samples.size() / 200))
        extend(t.samples[i]);
    if (t.samples.empty())
        return std::nullopt;
    extend(t.samples.back());
    const auto launch = projection.forward(t.samples.front().lon, t.samples.front().lat);
    const auto impact = projection.forward(t.samples.back().lon, t.samples.back().lat);
    if (x0 > x1 || !launch || !impact)
        return std::nullopt;
    auto settings = MapSettings::fitted(spec, t.samples.front().lon, t.samples.front().lat, 1000.0, size);
    if (!settings)
        return std::nullopt;
    settings->textScale = textScale;
    const double s = settings->uiScale();
    const MapFont label = MapStyle::forTheme(MapTheme::Light).type.selectedTrackLabel;
    QFont labelFont(MapStyle::forTheme(MapTheme::Light).type.family);
    labelFont.setPixelSize(static_cast<int>(std::lround(label.px * s)));
    labelFont.setBold(label.bold);
    const double labelPx = QFontMetricsF(labelFont).horizontalAdvance(t.label + QStringLiteral(" · 10,000 km alt · T+00:00")) + 40 * s;
    // A long flight keeps clear of the frame. Beyond the impact there is room for the track's label, which
    // otherwise lies over the end of the track.
    constexpr double kMinWidthM = 1'100'000.0;
    const auto fit = [&] {
        return std::max({(x1 - x0) * 1.3 / size.width(), (y1 - y0) * 1.45 / size.height(), kMinWidthM / size.width()});
    };
    for (int pass = 0; pass < 2; ++pass) {
        const double reserve = labelPx * fit() / 1.3;
        if (impact->x() >= launch->x())
            x1 = std::max(x1, impact->x() + reserve);
        else
            x0 = std::min(x0, impact->x() - reserve);
    }
    MapView view = *settings;
    view.metresPerPixel = fit();
    view.centre = QPointF((x0 + x1) / 2, (y0 + y1) / 2);
    return view;
}

} // namespace trilink::maps
