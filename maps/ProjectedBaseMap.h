// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/BaseMap.h"
#include "maps/ProjectionSpec.h"

#include <QPainterPath>

#include <atomic>
#include <list>
#include <memory>
#include <mutex>
#include <vector>

namespace trilink::maps {

struct GraticuleLine {
    double valueDeg = 0; // the longitude of a meridian or the latitude of a parallel
    bool meridian = true;
    QPainterPath path; // projected metres
};

// The base layers projected once for one projection, in projected metres (y north). Immutable and shared
// read-only by every render with that projection; rebuilt only when the projection changes.
struct ProjectedBaseMap {
    using Ptr = std::shared_ptr<const ProjectedBaseMap>;
    ProjectionSpec spec;
    QPainterPath land, coast, borders, admin1;
    // The same layers thinned to ~1 km, drawn when a pixel covers more than that (whole-world views).
    QPainterPath landCoarse, coastCoarse, bordersCoarse;
    std::vector<GraticuleLine> graticule; // every degree; the renderer picks a spacing for the zoom
    QPainterPath earthOutline;            // the disc of an azimuthal view; empty for cylinders and cones

    // Null if cancelled part way.
    static Ptr build(const BaseMapData &data, const ProjectionSpec &spec, const std::atomic_bool *cancel = nullptr);
    // A copy that shares no path data with this one (a field added above must be copied there too): a
    // QPainterPath keeps its conversion for the paint engine in place when drawn, so two threads may draw
    // the same layers at once only from copies of their own.
    ProjectedBaseMap deepCopy() const;
};

// Keeps the last few projections' projected base maps.
// Threads: get() may be called from any thread at once; building holds the lock, so a projection is
// projected once even when two render jobs ask for it together.
class ProjectedBaseMapCache {
public:
    explicit ProjectedBaseMapCache(BaseMapData::Ptr data);
    const BaseMapData::Ptr &data() const { return m_data; }
    ProjectedBaseMap::Ptr get(const ProjectionSpec &spec, const std::atomic_bool *cancel = nullptr);

private:
    static constexpr std::size_t kCapacity = 4;
    BaseMapData::Ptr m_data;
    std::mutex m_mutex;
    std::list<ProjectedBaseMap::Ptr> m_entries; // most recently used first
    bool m_triedStore = false;                  // the regional view's file from the build, looked for once
};

} // namespace trilink::maps
