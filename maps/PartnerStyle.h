// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Partner.h"

#include <QColor>

namespace trilink::maps {

// One colour per partner, from the Okabe-Ito palette (safe for the common colour-vision deficiencies and
// distinct in greyscale by lightness): sky blue, orange, bluish green. Where several partners hold a
// track the map draws parallel stripes, one per partner, in kAllPartners order (USA, KOR, JPN), so no
// fused colour needs decoding. Every view (map, strip, side view, list chips, legends) uses these.
inline QColor partnerColor(Partner p)
{
    switch (p) {
    case Partner::USA:
        return QColor(0x56, 0xB4, 0xE9);
    case Partner::KOR:
        return QColor(0xE6, 0x9F, 0x00);
    case Partner::JPN:
        return QColor(0x1F, 0xB5, 0x8F);
    }
    return Qt::gray;
}

// A partner's colour for text (a sensor's id) on the theme's map: the colour itself on the dark theme;
// on the light theme a darker shade of the same hue, at least 4.5:1 against its sea and land (WCAG AA),
// also under overlapping fans, since the light palette colours themselves reach only 1.6-2.3:1 there.
inline QColor partnerInk(Partner p, bool darkTheme)
{
    if (darkTheme)
        return partnerColor(p);
    switch (p) {
    case Partner::USA:
        return QColor(0x00, 0x4F, 0x7C);
    case Partner::KOR:
        return QColor(0x7A, 0x46, 0x00);
    case Partner::JPN:
        return QColor(0x00, 0x5A, 0x44);
    }
    return Qt::darkGray;
}

// A track or segment nobody held: drawn, but quietly.
inline QColor unheldColor(bool darkTheme) { return darkTheme ? QColor(0x9A, 0xA3, 0xAD) : QColor(0x6B, 0x73, 0x7C); }

} // namespace trilink::maps
