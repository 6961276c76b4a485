// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/ScaleBar.h"

#include "core/Geodesic.h"
#include "core/Text.h"

#include <cmath>

namespace trilink::maps {

std::optional<double> ScaleBar::groundMetresPerPixel(const MapSettings &settings, const Projection &projection,
                                                     QPointF pixel)
{
    constexpr double kHalfSpanPx = 20.0;
    const QPointF a = settings.toMap(pixel - QPointF(kHalfSpanPx, 0));
    const QPointF b = settings.toMap(pixel + QPointF(kHalfSpanPx, 0));
    const auto ga = projection.inverse(a.x(), a.y());
    const auto gb = projection.inverse(b.x(), b.y());
    if (!ga || !gb)
        return std::nullopt;
    const double d = geodesic::inverse(ga->x(), ga->y(), gb->x(), gb->y()).distanceM;
    return d / (2.0 * kHalfSpanPx);
}

std::optional<ScaleBar> ScaleBar::compute(const MapSettings &settings, const Projection &projection, double maxPx)
{
    const QPointF centre(settings.size.width() / 2.0, settings.size.height() / 2.0);
    const auto mpp = groundMetresPerPixel(settings, projection, centre);
    if (!mpp || *mpp <= 0)
        return std::nullopt;
    // Metric bars below a kilometre count metres; the others count their unit (km, nm, mi), in tenths if need be.
    const bool metres = settings.units.distance == UnitSystem::Distance::Km && maxPx * *mpp < 1000.0;
    const double unitM = metres ? 1.0 : settings.units.distanceUnitM();
    const double maxUnits = maxPx * *mpp / unitM;
    const double decade = std::pow(10.0, std::floor(std::log10(maxUnits)));
    double nice = decade;
    for (double f : {5.0, 2.0, 1.0}) {
        if (f * decade <= maxUnits) {
            nice = f * decade;
            break;
        }
    }
    ScaleBar bar;
    bar.lengthM = nice * unitM;
    bar.lengthPx = bar.lengthM / *mpp;
    bar.label = QStringLiteral("%1 %2").arg(nice).arg(metres ? QStringLiteral("m") : text::distanceUnit(settings.units));
    return bar;
}

} // namespace trilink::maps
