// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QPolygonF>

namespace trilink::maps {

// Douglas-Peucker: the fewest of the line's own points that stay within `tolerance` (in the line's units) of
// every point left out, the first and last always kept. Drawn at a tolerance under a pixel, the simplified
// line covers the same pixels as the original (QGIS's rendering simplification does the same), while the
// stroker's work follows the picture's detail instead of the file's. Linear space, O(n log n) time typical.
QPolygonF simplified(const QPolygonF &line, double tolerance);

} // namespace trilink::maps
