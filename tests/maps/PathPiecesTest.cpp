// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// drawPathInPieces against the truth it must equal: Qt drawing the same path whole with the same pen, brush
// and transform, compared pixel by pixel (premultiplied ARGB, every channel).
#include "maps/layers/PathPieces.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <gtest/gtest.h>

#include <functional>

using namespace trilink::maps;

namespace {
const QString kCredits = QStringLiteral("Lambert conformal conic (30\u00b0N/45\u00b0N, 132\u00b0E)  \u00b7  Base map: Natural Earth "
                                        "(public domain)  \u00b7  Launches: public reporting (CNS/NTI, Japan MOD, ROK JCS, KCNA)");

QPainterPath textPath(const QString &text, int px, QPointF baseline)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(px);
    QPainterPath path;
    path.addText(baseline, font, text);
    return path;
}

// Draws `path` with the set-up both ways onto the same background; the number of pixels that differ.
int differingPixels(const QPainterPath &path, QSize size, const std::function<void(QPainter &)> &setUp)
{
    QImage images[2];
    for (int i = 0; i < 2; ++i) {
        images[i] = QImage(size, QImage::Format_ARGB32_Premultiplied);
        images[i].fill(QColor(0x12, 0x1e, 0x2b));
        QPainter p(&images[i]);
        p.setRenderHint(QPainter::Antialiasing);
        setUp(p);
        if (i == 0)
            p.drawPath(path);
        else
            drawPathInPieces(p, path);
    }
    int differ = 0;
    for (int y = 0; y < size.height(); ++y) {
        const auto *a = reinterpret_cast<const QRgb *>(images[0].constScanLine(y));
        const auto *b = reinterpret_cast<const QRgb *>(images[1].constScanLine(y));
        for (int x = 0; x < size.width(); ++x)
            differ += a[x] != b[x];
    }
    return differ;
}
} // namespace

TEST(PathPieces, AHaloOfALongLineIsQtsOwnStrokeToThePixel)
{
    // The credits' line at the scales of 1920x1080, 3840x2160 and 5760x3240, with the label halo's
    // translucent round pen, at a baseline off the pixel grid.
    for (int scale = 1; scale <= 3; ++scale) {
        SCOPED_TRACE(scale);
        const QPainterPath path = textPath(kCredits, 10 * scale, QPointF(3.3, 14.6 * scale));
        const QPen halo(QColor(5, 11, 18, 200), 3.0 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        EXPECT_EQ(differingPixels(path, QSize(900 * scale, 20 * scale), [&](QPainter &p) { p.setPen(halo); }), 0);
    }
}

TEST(PathPieces, OutlinedLettersFilledAndStrokedAreQtsOwn)
{
    // The letters of an Outline label: filled with an opaque colour and no pen, and filled and stroked at once.
    const QPainterPath path = textPath(QStringLiteral("KN-23 pull-up \u00b7 Hwasong-18 \u00b7 SM-3 Block IIA"), 17, QPointF(2.7, 21.2));
    EXPECT_EQ(differingPixels(path, QSize(520, 30), [](QPainter &p) {
                  p.setPen(Qt::NoPen);
                  p.setBrush(QColor(0xff, 0xc4, 0x3d));
              }), 0);
    EXPECT_EQ(differingPixels(path, QSize(520, 30), [](QPainter &p) {
                  p.setPen(QPen(QColor(0, 0, 0, 180), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                  p.setBrush(QColor(255, 255, 255));
              }), 0);
}

TEST(PathPieces, PointedJoinsAndSquareCapsReachFurtherAndStayQtsOwn)
{
    // Miter joins reach out to the miter limit times half the width at sharp corners (W, V, A); square caps
    // √2 times half the width at an open end.
    QPainterPath path = textPath(QStringLiteral("WAVY VVV AWAW MMM"), 24, QPointF(4.4, 28.1));
    // Open '>' and '<' whose points face each other 11 px apart: their miters meet, half the pen's width would not.
    for (int i = 0; i < 6; ++i) {
        const double x = 330 + i * 24;
        path.moveTo(x, 10);
        path.lineTo(x + 6, 19);
        path.lineTo(x, 28);
        path.moveTo(x + 17, 10);
        path.lineTo(x + 11, 19);
        path.lineTo(x + 17, 28);
    }
    const QPen miter(QColor(200, 40, 40, 230), 4.0, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin);
    EXPECT_EQ(differingPixels(path, QSize(490, 40), [&](QPainter &p) { p.setPen(miter); }), 0);
    QPen svgMiter = miter;
    svgMiter.setJoinStyle(Qt::SvgMiterJoin);
    svgMiter.setMiterLimit(4);
    EXPECT_EQ(differingPixels(path, QSize(490, 40), [&](QPainter &p) { p.setPen(svgMiter); }), 0);
}

TEST(PathPieces, APainterMovedOffTheGridIsQtsOwn)
{
    // Pieces are kept apart in device pixels: a translation by a fraction of a pixel must not bring two into
    // one column. A scale draws the path whole.
    const QPainterPath path = textPath(kCredits, 12, QPointF(0, 14));
    const QPen halo(QColor(5, 11, 18, 200), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    for (double dx : {0.25, 0.5, 0.875, 17.4}) {
        SCOPED_TRACE(dx);
        EXPECT_EQ(differingPixels(path, QSize(1000, 22), [&](QPainter &p) {
                      p.translate(dx, 0.3);
                      p.setPen(halo);
                  }), 0);
    }
    EXPECT_EQ(differingPixels(path, QSize(1400, 30), [&](QPainter &p) {
                  p.scale(1.37, 1.37);
                  p.setPen(halo);
              }), 0);
}
