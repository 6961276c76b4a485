// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace trilink::maps {

enum class ProjectionKind {
    RegionalLcc,          // Lambert conformal conic fitted to North-East Asia (the default)
    WebMercator,          // EPSG:3857, as web maps use
    AzimuthalEquidistant, // true distance and bearing from the centre: range rings around a launch site
    Orthographic,         // the globe as seen from space above the centre
};

// What a map projection is, as a value: which kind and, for the azimuthal kinds, its centre. Cheap to copy;
// it is part of every render settings snapshot and the key of the projected base-map cache.
struct ProjectionSpec {
    ProjectionKind kind = ProjectionKind::RegionalLcc;
    double centreLon = 132.0; // used by AzimuthalEquidistant and Orthographic only
    double centreLat = 38.0;

    static ProjectionSpec regional() { return {}; }
    // The kinds with a centre take (lon, lat); the others keep the default, so that every regional (or Web
    // Mercator) spec is the same value and shares one projected base map.
    static ProjectionSpec centred(ProjectionKind kind, double lon, double lat)
    {
        return hasCentre(kind) ? ProjectionSpec{kind, lon, lat} : ProjectionSpec{kind};
    }
    static bool hasCentre(ProjectionKind kind)
    {
        return kind == ProjectionKind::AzimuthalEquidistant || kind == ProjectionKind::Orthographic;
    }

    // PROJ string of the forward operation: geographic lon/lat on WGS84 to projected metres.
    QString projString() const;
    // Short command-line name ("lcc", "webmercator", "aeqd", "ortho") and a human title for legends.
    QString name() const;
    QString title() const;
    static std::optional<ProjectionKind> kindFromName(const QString &name);
    static QStringList names();

    // Geometry limits the clipper enforces before projecting (see GeometryProjector).
    double cutMeridian() const;  // edges crossing it are split; the longitude opposite the central meridian
    bool hasCutMeridian() const; // false for the azimuthal kinds, which have no seam but a cap
    double minLat() const;
    double maxLat() const;
    double capRadiusDeg() const; // angular radius around the centre that is drawn; 180 = no cap
    double centralMeridian() const;

    bool operator==(const ProjectionSpec &) const = default;
};

} // namespace trilink::maps
