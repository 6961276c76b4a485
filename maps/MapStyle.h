// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/MapSettings.h"

#include <QColor>

namespace trilink::maps {

// The colours of a theme. The dark theme is the briefing-room one: low glare, high contrast for text.
struct MapStyle {
    QColor space, sea, land, coast, border, admin1, graticule, graticuleLabel, text, textHalo, placeDot,
        capitalDot, accent, panel;

    static MapStyle forTheme(MapTheme theme);
};

} // namespace trilink::maps
