// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/PathPieces.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace trilink::maps {
namespace {

// How far the pen's ink reaches beyond the path, in device pixels.
double reachOf(const QPen &pen)
{
    if (pen.style() == Qt::NoPen)
        return 0;
    double r = pen.widthF() / 2;
    if (pen.joinStyle() == Qt::MiterJoin || pen.joinStyle() == Qt::SvgMiterJoin)
        r *= std::max(1.0, pen.miterLimit());
    if (pen.capStyle() == Qt::SquareCap)
        r = std::max(r, pen.widthF() / 2 * std::numbers::sqrt2);
    return r;
}

struct Subpath {
    double left, right; // the device pixel columns it may touch: [left, right)
    int begin, end;     // its elements
};

} // namespace

void drawPathInPieces(QPainter &painter, const QPainterPath &path)
{
    const QTransform &t = painter.worldTransform();
    const QPen pen = painter.pen();
    if (t.type() > QTransform::TxTranslate || (pen.style() != Qt::NoPen && pen.isCosmetic())) {
        painter.drawPath(path);
        return;
    }
    const double reach = reachOf(pen), dx = t.dx();
    std::vector<Subpath> subs;
    const int n = path.elementCount();
    for (int i = 0; i < n;) {
        int j = i + 1;
        while (j < n && path.elementAt(j).type != QPainterPath::MoveToElement)
            ++j;
        double l = path.elementAt(i).x, r = l; // control points bound the curves
        for (int k = i + 1; k < j; ++k) {
            l = std::min(l, path.elementAt(k).x);
            r = std::max(r, path.elementAt(k).x);
        }
        subs.push_back({std::floor(l + dx - reach), std::ceil(r + dx + reach), i, j});
        i = j;
    }
    std::sort(subs.begin(), subs.end(), [](const Subpath &a, const Subpath &b) { return a.left < b.left; });
    std::vector<QPainterPath> pieces;
    double right = 0;
    for (const Subpath &s : subs) {
        if (pieces.empty() || s.left >= right) {
            pieces.emplace_back();
            pieces.back().setFillRule(path.fillRule());
            right = s.right;
        }
        right = std::max(right, s.right);
        QPainterPath &piece = pieces.back();
        for (int k = s.begin; k < s.end; ++k) {
            const QPainterPath::Element e = path.elementAt(k);
            if (e.type == QPainterPath::MoveToElement) {
                piece.moveTo(e);
            } else if (e.type == QPainterPath::LineToElement) {
                piece.lineTo(e);
            } else if (e.type == QPainterPath::CurveToElement && k + 2 < s.end) {
                piece.cubicTo(e, path.elementAt(k + 1), path.elementAt(k + 2));
                k += 2;
            }
        }
    }
    if (pieces.size() < 2) {
        painter.drawPath(path);
        return;
    }
    for (const QPainterPath &piece : pieces)
        painter.drawPath(piece);
}

} // namespace trilink::maps
