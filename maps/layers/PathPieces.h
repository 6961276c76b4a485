// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

class QPainter;
class QPainterPath;

namespace trilink::maps {

// painter.drawPath(path), drawn as groups of the path's subpaths that share no column of device pixels: the
// same pixels (a pixel's coverage comes only from the outlines that reach it, and a closed outline wholly to
// its left adds nothing), much sooner for a long row of contours. Qt 6.4's raster engine fills a wide
// outline in ever smaller bands, each going through the whole outline again, so its cost grows with the
// square of the row: the halo of the credits' line (150 glyphs, 5,700 path elements) took 45 ms at
// 1920×1080 and 140 ms at 3840×2160, and takes 8 and 15 in pieces, a glyph or a word each, with 0 pixels
// changed. Pieces are kept apart by the pen's reach (half its width; the miter limit for miter joins, √2
// for square caps). A transform that is not a translation, or a cosmetic pen, draws the path whole.
void drawPathInPieces(QPainter &painter, const QPainterPath &path);

} // namespace trilink::maps
