// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/ProjectionSpec.h"

namespace trilink::maps {
namespace {
// The regional cone: standard parallels at 30 and 45 N keep scale error within about 2% from Taiwan to
// Sakhalin (the 1/6 rule for a 25-50 N band), centred on the Sea of Japan.
constexpr double kLccLon0 = 132.0;
constexpr double kLccLat0 = 38.0;
constexpr double kWebMercatorMaxLat = 85.0511287798;
// Radius of the sphere PROJ uses for the globe view: the mean Earth radius (IUGG), so the limb is a circle.
constexpr const char *kGlobeRadius = "6371008.8";
} // namespace

QString ProjectionSpec::projString() const
{
    switch (kind) {
    case ProjectionKind::RegionalLcc:
        return QStringLiteral("+proj=lcc +lat_1=30 +lat_2=45 +lat_0=%1 +lon_0=%2 +ellps=WGS84 +units=m")
            .arg(kLccLat0)
            .arg(kLccLon0);
    case ProjectionKind::WebMercator:
        return QStringLiteral("+proj=webmerc +lat_0=0 +lon_0=0 +ellps=WGS84 +units=m");
    case ProjectionKind::AzimuthalEquidistant:
        return QStringLiteral("+proj=aeqd +lat_0=%1 +lon_0=%2 +ellps=WGS84 +units=m")
            .arg(centreLat, 0, 'f', 6)
            .arg(centreLon, 0, 'f', 6);
    case ProjectionKind::Orthographic:
        return QStringLiteral("+proj=ortho +lat_0=%1 +lon_0=%2 +R=%3 +units=m")
            .arg(centreLat, 0, 'f', 6)
            .arg(centreLon, 0, 'f', 6)
            .arg(QLatin1String(kGlobeRadius));
    }
    return {};
}

QString ProjectionSpec::name() const
{
    switch (kind) {
    case ProjectionKind::RegionalLcc: return QStringLiteral("lcc");
    case ProjectionKind::WebMercator: return QStringLiteral("webmercator");
    case ProjectionKind::AzimuthalEquidistant: return QStringLiteral("aeqd");
    case ProjectionKind::Orthographic: return QStringLiteral("ortho");
    }
    return {};
}

QString ProjectionSpec::title() const
{
    const auto centre = [this] {
        return QStringLiteral("%1°%2 %3°%4")
            .arg(std::abs(centreLat), 0, 'f', 1)
            .arg(centreLat >= 0 ? 'N' : 'S')
            .arg(std::abs(centreLon), 0, 'f', 1)
            .arg(centreLon >= 0 ? 'E' : 'W');
    };
    switch (kind) {
    case ProjectionKind::RegionalLcc: return QStringLiteral("Lambert conformal conic (30°N/45°N, 132°E)");
    case ProjectionKind::WebMercator: return QStringLiteral("Web Mercator (EPSG:3857)");
    case ProjectionKind::AzimuthalEquidistant: return QStringLiteral("Azimuthal equidistant, centre %1").arg(centre());
    case ProjectionKind::Orthographic: return QStringLiteral("Orthographic globe, centre %1").arg(centre());
    }
    return {};
}

std::optional<ProjectionKind> ProjectionSpec::kindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("lcc") || n == QLatin1String("regional") || n == QLatin1String("lambert"))
        return ProjectionKind::RegionalLcc;
    if (n == QLatin1String("webmercator") || n == QLatin1String("mercator") || n == QLatin1String("epsg:3857"))
        return ProjectionKind::WebMercator;
    if (n == QLatin1String("aeqd") || n == QLatin1String("azimuthal"))
        return ProjectionKind::AzimuthalEquidistant;
    if (n == QLatin1String("ortho") || n == QLatin1String("globe") || n == QLatin1String("orthographic"))
        return ProjectionKind::Orthographic;
    return std::nullopt;
}

QStringList ProjectionSpec::names()
{
    return {QStringLiteral("lcc"), QStringLiteral("webmercator"), QStringLiteral("aeqd"), QStringLiteral("ortho")};
}

double ProjectionSpec::centralMeridian() const
{
    switch (kind) {
    case ProjectionKind::RegionalLcc: return kLccLon0;
    case ProjectionKind::WebMercator: return 0.0;
    default: return centreLon;
    }
}

bool ProjectionSpec::hasCutMeridian() const
{
    return kind == ProjectionKind::RegionalLcc || kind == ProjectionKind::WebMercator;
}

double ProjectionSpec::cutMeridian() const
{
    const double c = centralMeridian() + 180.0;
    return c > 180.0 ? c - 360.0 : c;
}

double ProjectionSpec::minLat() const
{
    switch (kind) {
    // The northern cone runs to infinity at the south pole; below 30 S the map is no longer useful.
    case ProjectionKind::RegionalLcc: return -30.0;
    case ProjectionKind::WebMercator: return -kWebMercatorMaxLat;
    default: return -90.0;
    }
}

double ProjectionSpec::maxLat() const
{
    return kind == ProjectionKind::WebMercator ? kWebMercatorMaxLat : 90.0;
}

double ProjectionSpec::capRadiusDeg() const
{
    switch (kind) {
    // Just short of the limb, so that points on the horizon still project.
    case ProjectionKind::Orthographic: return 89.9;
    // The antipode is a singular point of the azimuthal equidistant map; stop 10 degrees short of it.
    case ProjectionKind::AzimuthalEquidistant: return 170.0;
    default: return 180.0;
    }
}

} // namespace trilink::maps
