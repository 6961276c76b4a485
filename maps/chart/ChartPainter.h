// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/StatChart.h"

#include <QByteArray>
#include <QColor>
#include <QFont>
#include <QRectF>
#include <QSize>
#include <QString>

class QPainter;

namespace trilink::maps {

// A chart of the year in review (StatChart) drawn onto any QPainter inside a rectangle: the title and
// subtitle, the legend, a value axis with round ticks and grid lines, the bars (stacked or side by side,
// with their values where they fit) or box plots (box from the lower to the upper quartile, the median, and
// whiskers to the extremes, with n under each) per category, and the note at the foot. `trilink stats --out`,
// the year-in-review brief and the statistics dock's exports all draw through here, so they show the same
// chart; it needs Qt Gui only, never Widgets.
//
// Lengths are in device units: at scale 1 a "pixel" of a 96 dpi screen; fonts are measured on the device.
// Threads: stateless functions; any thread.
class ChartPainter {
public:
    struct Style {
        QFont font;             // base font; its point size is scaled by fontScale
        double fontScale = 1.0;
        double lengthScale = 1.0; // margins, bar gaps, tick lengths, line widths
        QColor text, muted, grid, background;
        bool drawBackground = true;

        static Style light();
        static Style dark();
    };

    // The colour of a series: "partner:USA" the partner's colour (maps/PartnerStyle), "class:srbm" a colour
    // per missile class (Paul Tol's muted palette, distinct from the partners' Okabe-Ito colours).
    static QColor seriesColour(const QString &colourKey);

    static void paint(QPainter &painter, const QRectF &rect, const StatChart &chart, const Style &style);

    // The chart alone as a picture file: PNG (the size in pixels) or SVG (vector, text as text).
    static QByteArray png(const StatChart &chart, QSize size, const Style &style);
    static QByteArray svg(const StatChart &chart, QSize size, const Style &style);
};

} // namespace trilink::maps
