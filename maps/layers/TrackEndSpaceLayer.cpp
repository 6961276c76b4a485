// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"
#include "maps/layers/TrackLayer.h"

namespace trilink::maps {

void TrackEndSpaceLayer::draw(LayerContext &c) const
{
    if (!c.settings.tracks)
        return;
    for (const auto &t : c.settings.tracks->tracks) {
        if (c.cancelled())
            return;
        for (const QRectF &box : TrackLayer::endBoxes(c, t, t.id == c.settings.focusTrack))
            if (box.intersects(c.frame))
                c.labels.take(box);
    }
}

} // namespace trilink::maps
