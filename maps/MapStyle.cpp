// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/MapStyle.h"

#include "maps/PartnerStyle.h"

namespace trilink::maps {

MapStyle MapStyle::forTheme(MapTheme theme)
{
    MapStyle s;
    const bool dark = theme == MapTheme::Dark;
    const auto pick = [dark](QColor onDark, QColor onLight) { return dark ? onDark : onLight; };
    // The light theme is for print and daylight rooms: a pale sea and land under dark inks, every label at
    // least 4.5:1 (WCAG AA) against them even under overlapping fans (tests/maps/MapStyleTest).
    s.space = pick(QColor(0x05, 0x08, 0x0d), QColor(0xe9, 0xed, 0xf1));
    s.sea = pick(QColor(0x0c, 0x1a, 0x29), QColor(0xd4, 0xe4, 0xf0));
    s.land = pick(QColor(0x23, 0x30, 0x3b), QColor(0xf5, 0xf2, 0xea));
    s.coast = pick(QColor(0x7f, 0xa6, 0xc4), QColor(0x4f, 0x6f, 0x8a));
    s.border = pick(QColor(0xc9, 0xa2, 0xb8), QColor(0x7a, 0x5c, 0x6e));
    s.admin1 = pick(QColor(0x3f, 0x51, 0x60), QColor(0xc2, 0xb8, 0xa8));
    s.graticule = pick(QColor(0x5c, 0x7d, 0x9a, 90), QColor(0x8f, 0xa9, 0xbf, 110));
    s.graticuleLabel = pick(QColor(0x8d, 0xa9, 0xc2), QColor(0x3f, 0x55, 0x69));
    s.text = pick(QColor(0xe8, 0xee, 0xf4), QColor(0x1d, 0x26, 0x2f));
    s.textHalo = pick(QColor(0x05, 0x0b, 0x12, 200), QColor(0xff, 0xff, 0xff, 210));
    s.placeDot = pick(QColor(0xd5, 0xdd, 0xe5), QColor(0x3a, 0x45, 0x50));
    s.capitalDot = pick(QColor(0xff, 0x6b, 0x6b), QColor(0xb0, 0x1e, 0x2f));
    s.accent = pick(QColor(0xff, 0xb3, 0x47), QColor(0x8a, 0x42, 0x00)); // also the EEZ's, Guam's and the rings' labels
    s.panel = pick(QColor(0x0a, 0x12, 0x1c, 215), QColor(0xff, 0xff, 0xff, 215));

    s.colour.unheld = unheldColor(dark);
    s.colour.ink = pick(QColor(0xF2, 0xF4, 0xF7), QColor(0x1B, 0x1F, 0x24));
    s.colour.impact = QColor(0xFF, 0x5A, 0x4E);
    s.colour.notional = pick(QColor(0xFF, 0xB0, 0x20), QColor(0x8A, 0x53, 0x00)); // the legend's warning, on its panel
    s.colour.measure = QColor(0xFF, 0xFF, 0xFF);
    s.colour.measureCasing = QColor(0, 0, 0, 200);
    s.colour.banner = QColor(0x00, 0x7A, 0x33);
    s.colour.bannerText = Qt::white;
    s.colour.eezFill = dark ? 14 : 20;
    // On the light sea a fan's fill adds up where fans overlap and washes the map out: there it is half as
    // strong and its edge full, so a fan reads by its outline.
    s.colour.coverageFill = dark ? 12 : 7;
    s.colour.coverageEdge = dark ? 170 : 230;
    return s;
}

} // namespace trilink::maps
