// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/TrajectoryRequest.h"

#include <QStringList>

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

QString maneuverName(Maneuver m)
{
    switch (m) {
    case Maneuver::None:
        return QStringLiteral("none");
    case Maneuver::PullUp:
        return QStringLiteral("pullup");
    case Maneuver::Glide:
        return QStringLiteral("glide");
    }
    return {};
}

std::optional<Maneuver> parseManeuver(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"none" || t == u"ballistic")
        return Maneuver::None;
    if (t == u"pullup" || t == u"pull-up")
        return Maneuver::PullUp;
    if (t == u"glide")
        return Maneuver::Glide;
    return std::nullopt;
}

QString launchPlatformName(LaunchPlatform p)
{
    switch (p) {
    case LaunchPlatform::Land:
        return QStringLiteral("land");
    case LaunchPlatform::Submarine:
        return QStringLiteral("submarine");
    case LaunchPlatform::Barge:
        return QStringLiteral("barge");
    }
    return {};
}

std::optional<LaunchPlatform> parseLaunchPlatform(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (LaunchPlatform p : {LaunchPlatform::Land, LaunchPlatform::Submarine, LaunchPlatform::Barge})
        if (t == launchPlatformName(p))
            return p;
    return std::nullopt;
}

std::vector<GlideLeg> parseGlideLegs(const QString &text, QString &error)
{
    std::vector<GlideLeg> legs;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        error = QStringLiteral("no glide legs in '%1'").arg(text);
        return {};
    }
    for (const QString &part : parts) {
        const QStringList f = part.trimmed().split(u':');
        bool ok[3] = {false, false, true};
        GlideLeg leg;
        if (f.size() >= 2 && f.size() <= 3) {
            leg.distanceM = f[0].trimmed().toDouble(&ok[0]) * 1000.0;
            leg.bearingDeg = f[1].trimmed().toDouble(&ok[1]);
            if (f.size() == 3)
                leg.turnDistanceM = f[2].trimmed().toDouble(&ok[2]) * 1000.0;
        }
        if (f.size() < 2 || f.size() > 3 || !ok[0] || !ok[1] || !ok[2]) {
            error = QStringLiteral("glide leg '%1' is not DIST_KM:BEARING_DEG[:TURN_KM]").arg(part.trimmed());
            return {};
        }
        legs.push_back(leg);
    }
    return legs;
}

Maneuver TrajectoryRequest::resolvedManeuver() const
{
    if (maneuver)
        return *maneuver;
    return missileClass == MissileClass::Hgv || !glideLegs.empty() ? Maneuver::Glide : Maneuver::None;
}

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

    if (r.platform != LaunchPlatform::Land && r.launchAltM != 0.0)
        return QStringLiteral("a %1 launch is from the sea surface: launch altitude must be 0, not %2 m")
            .arg(launchPlatformName(r.platform), number(r.launchAltM));

    const bool byPoint = r.impactLon.has_value() || r.impactLat.has_value();
    const bool byBearing = r.azimuthDeg.has_value() || r.rangeM.has_value();
    const bool byLegs = !r.glideLegs.empty();
    if (r.isSpaceLaunch()) {
        if (byPoint || byLegs || r.rangeM)
            return QStringLiteral("a space launch flies to orbit: give its launch azimuth only, no range or impact point");
        if (!r.azimuthDeg || !std::isfinite(*r.azimuthDeg) || *r.azimuthDeg < -360.0 || *r.azimuthDeg > 360.0)
            return QStringLiteral("a space launch needs its launch azimuth in [-360, 360] degrees");
        if (r.maneuver && *r.maneuver != Maneuver::None)
            return QStringLiteral("a space launch has no %1 manoeuvre").arg(maneuverName(*r.maneuver));
        if (r.shape == TrajectoryShape::Apogee && (!std::isfinite(r.apogeeM) || r.apogeeM < 150e3 || r.apogeeM > 2000e3))
            return QStringLiteral("orbit altitude %1 km is outside [150, 2000] km").arg(number(r.apogeeM / 1000.0));
        if (r.shape == TrajectoryShape::LoftFactor)
            return QStringLiteral("a space launch has no loft factor: give the orbit altitude with the apogee");
        if (!std::isfinite(r.orbitCoastS) || r.orbitCoastS < 0 || r.orbitCoastS > 6 * 3600)
            return QStringLiteral("orbit coast %1 s is outside [0, 21600] s").arg(number(r.orbitCoastS));
        if (r.failAtS && (!std::isfinite(*r.failAtS) || *r.failAtS <= 0))
            return QStringLiteral("failure time %1 s must be after launch").arg(number(*r.failAtS));
        if (!std::isfinite(r.sampleIntervalS) || r.sampleIntervalS <= 0 || r.sampleIntervalS > 1.0)
            return QStringLiteral("sample interval %1 s is outside (0, 1] s").arg(number(r.sampleIntervalS));
        return {};
    }
    if (int(byPoint) + int(byBearing) + int(byLegs) > 1)
        return QStringLiteral("give one of an impact point, an azimuth and range, or glide legs");
    if (!byPoint && !byBearing && !byLegs)
        return QStringLiteral("no direction: give an impact point, an azimuth and range, or glide legs");
    if (byLegs) {
        double total = 0;
        for (std::size_t i = 0; i < r.glideLegs.size(); ++i) {
            const GlideLeg &l = r.glideLegs[i];
            if (!std::isfinite(l.distanceM) || l.distanceM <= 0 || !std::isfinite(l.bearingDeg) || l.bearingDeg < -360.0 ||
                l.bearingDeg > 360.0 || !std::isfinite(l.turnDistanceM) || l.turnDistanceM < 0)
                return QStringLiteral("glide leg %1: distance must be positive, bearing in [-360, 360] and the turn not "
                                      "negative").arg(i + 1);
            total += l.distanceM + l.turnDistanceM;
        }
        if (total < kMinRangeM || total > kMaxRangeM)
            return QStringLiteral("glide legs add up to %1 km, outside [%2, %3] km")
                .arg(number(total / 1000.0), number(kMinRangeM / 1000.0), number(kMaxRangeM / 1000.0));
        if (r.maneuver && *r.maneuver == Maneuver::None)
            return QStringLiteral("glide legs need a manoeuvre (glide or pullup) that can turn");
    } else if (byPoint) {
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
    if (r.failAtS && (!std::isfinite(*r.failAtS) || *r.failAtS <= 0))
        return QStringLiteral("failure time %1 s must be after launch").arg(number(*r.failAtS));
    if (!std::isfinite(r.sampleIntervalS) || r.sampleIntervalS <= 0 || r.sampleIntervalS > 1.0)
        return QStringLiteral("sample interval %1 s is outside (0, 1] s").arg(number(r.sampleIntervalS));
    return {};
}

} // namespace trilink
