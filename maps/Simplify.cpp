// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/Simplify.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace trilink::maps {

QPolygonF simplified(const QPolygonF &line, double tolerance)
{
    const int n = line.size();
    if (n < 3)
        return line;
    std::vector<char> keep(static_cast<std::size_t>(n), 0);
    keep.front() = keep.back() = 1;
    const double tol2 = tolerance * tolerance;
    std::vector<std::pair<int, int>> spans{{0, n - 1}}; // an explicit stack: no recursion depth on long lines
    while (!spans.empty()) {
        const auto [a, b] = spans.back();
        spans.pop_back();
        const QPointF p = line[a], d = line[b] - p;
        const double len2 = d.x() * d.x() + d.y() * d.y();
        double worst = -1;
        int at = -1;
        for (int i = a + 1; i < b; ++i) {
            const QPointF v = line[i] - p;
            // Distance to the segment (not the infinite line), so a line that doubles back keeps its turn.
            const double t = len2 > 0 ? std::clamp((v.x() * d.x() + v.y() * d.y()) / len2, 0.0, 1.0) : 0.0;
            const double ex = v.x() - t * d.x(), ey = v.y() - t * d.y();
            const double e2 = ex * ex + ey * ey;
            if (e2 > worst) {
                worst = e2;
                at = i;
            }
        }
        if (at < 0 || worst <= tol2)
            continue;
        keep[static_cast<std::size_t>(at)] = 1;
        if (at - a > 1)
            spans.emplace_back(a, at);
        if (b - at > 1)
            spans.emplace_back(at, b);
    }
    QPolygonF out;
    for (int i = 0; i < n; ++i)
        if (keep[static_cast<std::size_t>(i)])
            out << line[i];
    return out;
}

} // namespace trilink::maps
