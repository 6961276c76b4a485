// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QPolygonF>
#include <QString>

#include <memory>
#include <vector>

namespace trilink::maps {

// Tracks as the map draws them: ground paths in lon/lat with their launch and impact points. Built once on
// the GUI side from the scenario and shared, immutable, with every render (the settings snapshot holds a
// pointer to it), so a worker never sees it change.
struct TrackOverlay {
    using Ptr = std::shared_ptr<const TrackOverlay>;
    struct Track {
        QString id;
        QPolygonF groundTrack; // (lon, lat), launch to impact
        bool modelled = true;  // false: the flight time matches a published figure
    };
    std::vector<Track> tracks;
};

} // namespace trilink::maps
