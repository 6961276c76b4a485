// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/export/PictureWriter.h"

#include <QBuffer>
#include <QImage>

#include <gtest/gtest.h>

#include <random>

// The PNG writer deflates the two halves of an opaque picture's rows on two threads and joins them into one
// zlib stream. libpng (through Qt's reader) checks every chunk's CRC and the stream's Adler-32 and must read
// back exactly the pixels written, for pictures split unevenly, too small to split, and with transparency.

using namespace trilink::maps;

namespace {
QImage picture(int w, int h, bool transparent)
{
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    std::mt19937 rng(static_cast<unsigned>(w * 7919 + h));
    for (int y = 0; y < h; ++y) {
        auto *row = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            // Flat sea, a gradient, and noise that no run-length can shorten.
            const int alpha = transparent && x < w / 4 ? 128 : 255;
            QRgb c = x < w / 3 ? qRgb(10, 20, 40) : x < 2 * w / 3 ? qRgb(x % 256, y % 256, (x + y) % 256) : qRgb(rng() % 256, rng() % 256, rng() % 256);
            row[x] = qPremultiply(qRgba(qRed(c), qGreen(c), qBlue(c), alpha));
        }
    }
    return image;
}

QImage roundTrip(const QImage &image)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(encodePng(image, buffer));
    QImage back;
    EXPECT_TRUE(back.loadFromData(buffer.data(), "png"));
    return back;
}
} // namespace

TEST(PngWriter, LibpngReadsBackEveryPixelOfAnOpaquePicture)
{
    for (const QSize size : {QSize(1001, 777), QSize(1920, 1080), QSize(33, 63), QSize(1, 1), QSize(5, 64)}) {
        const QImage image = picture(size.width(), size.height(), false);
        const QImage back = roundTrip(image);
        ASSERT_EQ(back.size(), size);
        EXPECT_FALSE(back.hasAlphaChannel()) << "an opaque picture is written as RGB";
        EXPECT_EQ(back.convertToFormat(QImage::Format_RGB32), image.convertToFormat(QImage::Format_RGB32)) << size.width() << "x" << size.height();
    }
}

TEST(PngWriter, APictureWithTransparencyKeepsItsAlpha)
{
    const QImage image = picture(400, 300, true);
    const QImage back = roundTrip(image);
    ASSERT_TRUE(back.hasAlphaChannel());
    EXPECT_EQ(back.convertToFormat(QImage::Format_ARGB32), image.convertToFormat(QImage::Format_ARGB32));
}
