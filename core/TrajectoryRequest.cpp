// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/TrajectoryRequest.h"

#include <cmath>

namespace trilink {
namespace {
QString number(double v) { return QString::number(v, 'g', 8); }

QString checkLonLat(const char *what, double lon, double lat)
{
    if (!std::isfinite(lon) || !std::isfinite(lat))
        return QStringLiteral("%1: longitude and latitude must be finite numbers").arg(QLatin1String(what));
    if (lat < -90.0 || lat > 90.0)
        return QStringLiteral("%1 latitude %2 is outside [-90, 90] degrees").arg(QLatin1String(what), number(lat));
    if (lon < -180.0 || lon > 360.0)
        return QStringLiteral("%1 longitude %2 is outside [-180, 360] degrees").arg(QLatin1String(what), number(lon));
    return {};
}
} // namespace

// Limits:
// - apogee <= 10 000 km: the highest ballistic flight ever reported is Hwasong-19 at about 7 700 km
//   (2024-10-31). Reaching 10 000 km needs about 8.5 km/s at burnout (vertical shot: v^2 = 2 mu (1/r_b -
//   1/r_a)), within a few hundred m/s of escape, which no ballistic missile delivers, and an arc that high
//   still landing on Earth is an orbit-insertion problem, not a missile flight.
// - apogee >= 10 km: below that the "ballistic" phase is inside the dense atmosphere (artillery rockets,
//   cruise flight), which this vacuum-boost model does not represent.
// - range 10 km to 20 000 km: half the Earth's circumference is the longest surface distance there is.
QString validateTrajectoryRequest(const TrajectoryRequest &r)
{
    if (QString e = checkLonLat("launch", r.launchLon, r.launchLat); !e.isEmpty())
        return e;
    if (!std::isfinite(r.launchAltM) || r.launchAltM < -500.0 || r.launchAltM > 9000.0)
        return QStringLiteral("launch altitude %1 m is outside [-500, 9000] m").arg(number(r.launchAltM));

    const bool byPoint = r.impactLon.has_value() || r.impactLat.has_value();
    const bool byBearing = r.azimuthDeg.has_value() || r.rangeM.has_value();
    if (byPoint && byBearing)
        return QStringLiteral("give either an impact point or an azimuth and range, not both");
    if (!byPoint && !byBearing)
        return QStringLiteral("no direction: give an impact point or an azimuth and range");
    if (byPoint) {
        if (!r.impactLon || !r.impactLat)
            return QStringLiteral("impact point needs both longitude and latitude");
        if (QString e = checkLonLat("impact", *r.impactLon, *r.impactLat); !e.isEmpty())
            return e;
    } else {
        if (!r.azimuthDeg || !r.rangeM)
            return QStringLiteral("direction needs both azimuth and range");
        if (!std::isfinite(*r.azimuthDeg) || *r.azimuthDeg < -360.0 || *r.azimuthDeg > 360.0)
            return QStringLiteral("azimuth %1 degrees is outside [-360, 360]").arg(number(*r.azimuthDeg));
        if (!std::isfinite(*r.rangeM) || *r.rangeM < 0)
            return QStringLiteral("range %1 km is negative").arg(number(*r.rangeM / 1000.0));
        if (*r.rangeM < kMinRangeM || *r.rangeM > kMaxRangeM)
            return QStringLiteral("range %1 km is outside [%2, %3] km")
                .arg(number(*r.rangeM / 1000.0), number(kMinRangeM / 1000.0), number(kMaxRangeM / 1000.0));
    }

    switch (r.shape) {
    case TrajectoryShape::Apogee:
        if (!std::isfinite(r.apogeeM) || r.apogeeM < kMinApogeeM)
            return QStringLiteral("apogee %1 km is below %2 km").arg(number(r.apogeeM / 1000.0), number(kMinApogeeM / 1000.0));
        if (r.apogeeM > kMaxApogeeM)
            return QStringLiteral("apogee %1 km is above %2 km, higher than any ballistic flight reaches")
                .arg(number(r.apogeeM / 1000.0), number(kMaxApogeeM / 1000.0));
        break;
    case TrajectoryShape::LoftFactor:
        if (!std::isfinite(r.loftFactor) || r.loftFactor < 0.2 || r.loftFactor > 20.0)
            return QStringLiteral("loft factor %1 is outside [0.2, 20]").arg(number(r.loftFactor));
        break;
    case TrajectoryShape::MinimumEnergy:
        break;
    }
    if (!std::isfinite(r.sampleIntervalS) || r.sampleIntervalS <= 0 || r.sampleIntervalS > 1.0)
        return QStringLiteral("sample interval %1 s is outside (0, 1] s").arg(number(r.sampleIntervalS));
    return {};
}

} // namespace trilink
