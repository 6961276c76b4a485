// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/MapSettings.h"

#include <QImage>

#include <mutex>
#include <optional>

namespace trilink::maps {

// The last still part of a picture (geography, coverage, sensors, places, furniture, legend: everything
// that does not move with the clock or the selection), so playback frames reuse it and draw only the
// tracks, the clock and what else moves. Its key is the settings' MapStill part as a whole, so a field
// added to MapStill is part of the key and a field added to MapMoment is not: nothing to keep by hand.
// One per render job or animation. Threads: thread-safe.
class BaseLayerCache {
public:
    // The cached still picture for these settings, or a null image.
    QImage find(const MapSettings &settings) const;
    void store(const MapSettings &settings, const QImage &image);

private:
    mutable std::mutex m_mutex;
    std::optional<MapStill> m_key;
    QImage m_image;
};

} // namespace trilink::maps
