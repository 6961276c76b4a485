// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/Projection.h"

#include "core/Units.h"

#include <proj.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace trilink::maps {
namespace {
using units::kDegToRad;
using units::kRadToDeg;
} // namespace

struct Projection::Impl {
    PJ_CONTEXT *ctx = nullptr;
    PJ *pj = nullptr;
    bool angularInputDegrees = false;
    bool angularOutputDegrees = false;
    ~Impl()
    {
        if (pj)
            proj_destroy(pj);
        if (ctx)
            proj_context_destroy(ctx);
    }
};

Projection::Projection(const ProjectionSpec &spec)
    : m_spec(spec)
    , m_impl(std::make_unique<Impl>())
{
    m_impl->ctx = proj_context_create();
    // Offline by design: never let PROJ reach for grids on a CDN.
    proj_context_set_enable_network(m_impl->ctx, 0);
    m_impl->pj = proj_create(m_impl->ctx, spec.projString().toUtf8().constData());
    if (!m_impl->pj) {
        m_error = QStringLiteral("PROJ cannot build '%1': %2")
                      .arg(spec.projString(),
                           QString::fromUtf8(proj_context_errno_string(m_impl->ctx, proj_context_errno(m_impl->ctx))));
        return;
    }
    m_impl->angularInputDegrees = proj_degree_input(m_impl->pj, PJ_FWD);
    m_impl->angularOutputDegrees = proj_degree_output(m_impl->pj, PJ_INV);
}

Projection::~Projection() = default;
Projection::Projection(Projection &&) noexcept = default;
Projection &Projection::operator=(Projection &&) noexcept = default;

bool Projection::isValid() const
{
    return m_impl && m_impl->pj;
}

std::optional<QPointF> Projection::forward(double lon, double lat) const
{
    // Outside the projection's latitude band (Mercator's poles, the cone's far south) there is no point.
    if (!isValid() || !std::isfinite(lon) || !std::isfinite(lat) || lat < m_spec.minLat() - 1e-9
        || lat > m_spec.maxLat() + 1e-9)
        return std::nullopt;
    // A small tolerance: points the clipper placed exactly on the cap's edge must still project.
    if (angularDistanceFromCentreDeg(lon, lat) > m_spec.capRadiusDeg() + 1e-6)
        return std::nullopt;
    const double k = m_impl->angularInputDegrees ? 1.0 : kDegToRad;
    PJ_COORD c = proj_coord(lon * k, lat * k, 0, 0);
    proj_errno_reset(m_impl->pj);
    c = proj_trans(m_impl->pj, PJ_FWD, c);
    if (!std::isfinite(c.xy.x) || !std::isfinite(c.xy.y) || std::abs(c.xy.x) > 1e9 || std::abs(c.xy.y) > 1e9)
        return std::nullopt;
    return QPointF(c.xy.x, c.xy.y);
}

std::optional<QPointF> Projection::inverse(double x, double y) const
{
    if (!isValid() || !std::isfinite(x) || !std::isfinite(y))
        return std::nullopt;
    PJ_COORD c = proj_coord(x, y, 0, 0);
    proj_errno_reset(m_impl->pj);
    c = proj_trans(m_impl->pj, PJ_INV, c);
    if (!std::isfinite(c.lp.lam) || !std::isfinite(c.lp.phi))
        return std::nullopt;
    const double k = m_impl->angularOutputDegrees ? 1.0 : kRadToDeg;
    double lon = c.lp.lam * k;
    const double lat = c.lp.phi * k;
    if (std::abs(lat) > 90.0 + 1e-9)
        return std::nullopt;
    lon = std::remainder(lon, 360.0);
    // The inverse must agree with the forward: beyond the cap (the far side of the globe) there is no point.
    if (angularDistanceFromCentreDeg(lon, lat) > m_spec.capRadiusDeg())
        return std::nullopt;
    return QPointF(lon, lat);
}

double Projection::angularDistanceFromCentreDeg(double lon, double lat) const
{
    if (m_spec.capRadiusDeg() >= 180.0)
        return 0.0;
    const double p0 = m_spec.centreLat * kDegToRad;
    const double p = lat * kDegToRad;
    const double dl = (lon - m_spec.centreLon) * kDegToRad;
    const double c = std::sin(p0) * std::sin(p) + std::cos(p0) * std::cos(p) * std::cos(dl);
    return std::acos(std::clamp(c, -1.0, 1.0)) * kRadToDeg;
}

} // namespace trilink::maps
