// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace trilink {

// A distribution summarised for a box plot: the five numbers (Tukey's hinges by linear interpolation, as
// numpy's default percentile does) and how many values it has. n == 0: no values.
struct BoxSummary {
    int n = 0;
    double min = 0;
    double q1 = 0;
    double median = 0;
    double q3 = 0;
    double max = 0;

    static BoxSummary of(std::vector<double> values);
};

// One chart of the year in review as data, drawn by maps/chart/ChartPainter (exports, the brief) and by the
// statistics dock: categories along x, one series per class or partner, bars (stacked or side by side) or
// box plots. Nothing here draws; the CSV is what the chart shows, one row per category.
struct StatChart {
    enum class Kind { StackedBars, GroupedBars, Boxes };
    struct Series {
        QString name;      // "SRBM", "USA"
        QString colourKey; // "class:srbm", "partner:USA": the painter's style maps it to a colour
        std::vector<double> values;     // bars: one per category
        std::vector<BoxSummary> boxes;  // boxes: one per category
    };

    QString id;    // "launches", "detected-first", ... (file names: <id>.png, <id>.csv)
    QString title;
    QString subtitle;
    QString xLabel;
    QString yLabel;
    QString note; // what is counted and from what, for the foot of the chart
    Kind kind = Kind::StackedBars;
    QStringList categories;
    std::vector<Series> series;

    // Bars: "category,<series>,..." then one row per category. Boxes: "category,series,n,min,q1,median,q3,max".
    // Text fields are quoted where they need it (RFC 4180).
    QByteArray csv() const;
    // The largest stacked total, bar or box whisker: the top of the value axis.
    double maxValue() const;
    bool isEmpty() const;
};

} // namespace trilink
