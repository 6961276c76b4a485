// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/StatChart.h"

#include <algorithm>
#include <cmath>

namespace trilink {
namespace {
QByteArray field(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s.toUtf8();
    QString q = s;
    q.replace(u'"', QStringLiteral("\"\""));
    return '"' + q.toUtf8() + '"';
}

QByteArray number(double v) { return QByteArray::number(std::round(v * 1000.0) / 1000.0, 'g', 12); }

double quantile(const std::vector<double> &sorted, double q)
{
    const double pos = q * (sorted.size() - 1);
    const std::size_t lo = static_cast<std::size_t>(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
}
} // namespace

BoxSummary BoxSummary::of(std::vector<double> values)
{
    BoxSummary b;
    b.n = static_cast<int>(values.size());
    if (values.empty())
        return b;
    std::sort(values.begin(), values.end());
    b.min = values.front();
    b.max = values.back();
    b.q1 = quantile(values, 0.25);
    b.median = quantile(values, 0.5);
    b.q3 = quantile(values, 0.75);
    return b;
}

QByteArray StatChart::csv() const
{
    QByteArray out;
    if (kind == Kind::Boxes) {
        out += "category,series,n,min,q1,median,q3,max\n";
        for (int c = 0; c < categories.size(); ++c)
            for (const Series &s : series) {
                const BoxSummary b = c < static_cast<int>(s.boxes.size()) ? s.boxes[c] : BoxSummary{};
                out += field(categories[c]) + ',' + field(s.name) + ',' + QByteArray::number(b.n);
                for (double v : {b.min, b.q1, b.median, b.q3, b.max})
                    out += ',' + (b.n ? number(v) : QByteArray());
                out += '\n';
            }
        return out;
    }
    out += "category";
    for (const Series &s : series)
        out += ',' + field(s.name);
    out += '\n';
    for (int c = 0; c < categories.size(); ++c) {
        out += field(categories[c]);
        for (const Series &s : series)
            out += ',' + number(c < static_cast<int>(s.values.size()) ? s.values[c] : 0.0);
        out += '\n';
    }
    return out;
}

double StatChart::maxValue() const
{
    double top = 0;
    for (int c = 0; c < categories.size(); ++c) {
        double stack = 0;
        for (const Series &s : series) {
            if (kind == Kind::Boxes) {
                if (c < static_cast<int>(s.boxes.size()) && s.boxes[c].n)
                    top = std::max(top, s.boxes[c].max);
            } else if (c < static_cast<int>(s.values.size())) {
                stack = kind == Kind::StackedBars ? stack + s.values[c] : std::max(stack, s.values[c]);
            }
        }
        top = std::max(top, stack);
    }
    return top;
}

bool StatChart::isEmpty() const { return categories.isEmpty() || series.empty() || maxValue() <= 0; }

} // namespace trilink
