// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/ProjectionSpec.h"

#include <QPointF>
#include <QString>

#include <memory>
#include <optional>

namespace trilink::maps {

// A forward and inverse map projection through PROJ.
//
// Threads: each Projection owns its own PROJ context, so one object must be used by one thread at a time;
// make one per thread (they are cheap: PROJ parses a string). Never share one across threads.
class Projection {
public:
    explicit Projection(const ProjectionSpec &spec);
    ~Projection();
    Projection(Projection &&) noexcept;
    Projection &operator=(Projection &&) noexcept;
    Projection(const Projection &) = delete;
    Projection &operator=(const Projection &) = delete;

    const ProjectionSpec &spec() const { return m_spec; }
    bool isValid() const;
    QString errorString() const { return m_error; }

    // Geographic degrees (lon, lat) to projected metres (x east, y north). No value for points PROJ cannot
    // project (behind the globe, at a pole of a cylinder), never an infinity.
    std::optional<QPointF> forward(double lon, double lat) const;
    // Projected metres to (lon, lat) degrees; no value off the globe or outside the projection's domain.
    std::optional<QPointF> inverse(double x, double y) const;

    // Angular distance (degrees, on the sphere) from the projection's centre; used for cap clipping.
    double angularDistanceFromCentreDeg(double lon, double lat) const;

private:
    struct Impl;
    ProjectionSpec m_spec;
    std::unique_ptr<Impl> m_impl;
    QString m_error;
};

} // namespace trilink::maps
