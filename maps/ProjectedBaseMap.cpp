// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/ProjectedBaseMap.h"

#include "core/Units.h"
#include "maps/GeometryProjector.h"
#include "maps/ProjectedBaseMapStore.h"
#include "maps/Projection.h"

#include <QFile>

#include <cmath>

namespace trilink::maps {
namespace {
constexpr double kCoarseToleranceM = 1000.0;
constexpr double kGraticuleStepDeg = 0.5; // sampling along graticule lines, so they curve smoothly

// Drops vertices closer than `tol` to the last kept one; keeps the ends of every subpath.
QPainterPath thinned(const QPainterPath &path, double tol)
{
    QPainterPath out;
    const double tol2 = tol * tol;
    QPointF last;
    for (int i = 0; i < path.elementCount(); ++i) {
        const auto e = path.elementAt(i);
        const QPointF p(e.x, e.y);
        const bool lastOfSub = i + 1 == path.elementCount() || path.elementAt(i + 1).isMoveTo();
        if (e.isMoveTo()) {
            out.moveTo(p);
            last = p;
        } else if (lastOfSub || QPointF::dotProduct(p - last, p - last) >= tol2) {
            out.lineTo(p);
            last = p;
        }
    }
    return out;
}

QPolygonF meridian(double lon)
{
    QPolygonF line;
    const double lim = std::fmod(lon, 90.0) == 0.0 ? 90.0 : 80.0; // most meridians stop short of the pole
    for (double lat = -lim; lat <= lim + 1e-9; lat += kGraticuleStepDeg)
        line << QPointF(lon, lat);
    return line;
}

QPolygonF parallel(double lat)
{
    QPolygonF line;
    for (double lon = -180.0; lon <= 180.0 + 1e-9; lon += kGraticuleStepDeg)
        line << QPointF(lon, lat);
    return line;
}
} // namespace

ProjectedBaseMap ProjectedBaseMap::deepCopy() const
{
    const auto copy = [](const QPainterPath &path) {
        QPainterPath out;
        out.setFillRule(path.fillRule());
        out.addPath(path); // the elements themselves, not a share of them
        return out;
    };
    ProjectedBaseMap out;
    out.spec = spec;
    out.land = copy(land);
    out.coast = copy(coast);
    out.borders = copy(borders);
    out.admin1 = copy(admin1);
    out.landCoarse = copy(landCoarse);
    out.coastCoarse = copy(coastCoarse);
    out.bordersCoarse = copy(bordersCoarse);
    for (const GraticuleLine &g : graticule)
        out.graticule.push_back({g.valueDeg, g.meridian, copy(g.path)});
    out.earthOutline = copy(earthOutline);
    return out;
}

ProjectedBaseMap::Ptr ProjectedBaseMap::build(const BaseMapData &data, const ProjectionSpec &spec,
                                              const std::atomic_bool *cancel)
{
    const Projection projection(spec);
    if (!projection.isValid())
        return nullptr;
    const GeometryProjector projector(projection);
    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    auto out = std::make_shared<ProjectedBaseMap>();
    out->spec = spec;
    out->land.setFillRule(Qt::OddEvenFill);
    for (const auto &ring : data.landRings)
        projector.addRing(out->land, ring);
    if (cancelled())
        return nullptr;
    const std::pair<const std::vector<QPolygonF> *, QPainterPath *> lineLayers[] = {
        {&data.coastlines, &out->coast}, {&data.borders, &out->borders}, {&data.admin1, &out->admin1}};
    for (const auto &[lines, path] : lineLayers) {
        for (const auto &line : *lines)
            projector.addLine(*path, line);
        if (cancelled())
            return nullptr;
    }
    out->landCoarse = thinned(out->land, kCoarseToleranceM);
    out->landCoarse.setFillRule(Qt::OddEvenFill);
    out->coastCoarse = thinned(out->coast, kCoarseToleranceM);
    out->bordersCoarse = thinned(out->borders, kCoarseToleranceM);

    for (int lon = -180; lon < 180; ++lon) {
        GraticuleLine g{double(lon), true, {}};
        projector.addLine(g.path, meridian(lon));
        out->graticule.push_back(std::move(g));
    }
    for (int lat = -80; lat <= 80; ++lat) {
        GraticuleLine g{double(lat), false, {}};
        projector.addLine(g.path, parallel(lat));
        out->graticule.push_back(std::move(g));
    }
    if (cancelled())
        return nullptr;

    if (spec.capRadiusDeg() < 180.0) {
        // The edge of the drawn cap: the limb of the globe, or the ring short of the antipode.
        QPolygonF edge;
        for (int az = 0; az <= 360; ++az) {
            const QPointF p = GeometryProjector::alongGreatCircle(spec.centreLon, spec.centreLat, units::radians(az), spec.capRadiusDeg());
            if (auto xy = projection.forward(p.x(), p.y()))
                edge << *xy;
        }
        out->earthOutline.addPolygon(edge);
        out->earthOutline.closeSubpath();
    }
    return out;
}

ProjectedBaseMapCache::ProjectedBaseMapCache(BaseMapData::Ptr data)
    : m_data(std::move(data))
{
}

ProjectedBaseMap::Ptr ProjectedBaseMapCache::get(const ProjectionSpec &spec, const std::atomic_bool *cancel)
{
    std::lock_guard lock(m_mutex);
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if ((*it)->spec == spec) {
            m_entries.splice(m_entries.begin(), m_entries, it);
            return m_entries.front();
        }
    }
    // The regional view, which nearly every picture uses, comes projected from the build when the file
    // matches the data read (ProjectedBaseMapStore.h); it is looked for once.
    ProjectedBaseMap::Ptr built;
    if (spec == ProjectionSpec::regional() && !m_triedStore) {
        m_triedStore = true;
        QFile file(projectedBaseMapPath());
        if (file.open(QIODevice::ReadOnly))
            built = readProjectedBaseMap(file.readAll(), spec, baseMapFingerprint(*m_data));
    }
    if (!built)
        built = ProjectedBaseMap::build(*m_data, spec, cancel);
    if (!built)
        return nullptr;
    m_entries.push_front(built);
    if (m_entries.size() > kCapacity)
        m_entries.pop_back();
    return built;
}

} // namespace trilink::maps
