// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/export/PictureWriter.h"

#include "core/ParallelFor.h"
#include "maps/MapRenderer.h"
#include "maps/export/BaseMapTrim.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <zlib.h>

#include <array>
#include <vector>

namespace trilink::maps {
namespace {
// An opaque picture (a map: the sea fills it first) goes out as 8-bit RGB, unfiltered, at zlib level 1,
// written here (rgbPng). Qt's writer unpremultiplies to RGBA and lets libpng try all five filters on every
// row, which took most of a 4K export's encoding: this was about 2.7 times faster through libpng and the
// file a little smaller (flat map colours compress into runs without a filter; measured on the exports in
// bench/export_bench), and deflating two halves at once halves what is left. Lossless.
constexpr int kZlibLevel = 1;
constexpr int kQtPngQuality = 80; // what Qt's writer gets for a picture with transparency: zlib level 1 too

bool opaque(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return true;
    if (image.format() != QImage::Format_ARGB32_Premultiplied && image.format() != QImage::Format_ARGB32)
        return false;
    for (int y = 0; y < image.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(row[x]) != 255)
                return false;
    }
    return true;
}

// PNG's chunk: length, type, data, CRC of type and data.
void appendChunk(QByteArray &out, const char (&type)[5], const QByteArray &data)
{
    const auto put32 = [&out](quint32 v) {
        const char b[4] = {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
        out.append(b, 4);
    };
    put32(static_cast<quint32>(data.size()));
    const qsizetype at = out.size();
    out.append(type, 4);
    out.append(data);
    uLong crc = crc32(0L, nullptr, 0);
    crc = crc32(crc, reinterpret_cast<const Bytef *>(out.constData() + at), static_cast<uInt>(out.size() - at));
    put32(static_cast<quint32>(crc));
}

// Rows [from, to) of a Format_RGB32 image as PNG scanlines (filter byte 0, then R, G, B), deflated raw at
// kZlibLevel, ending byte-aligned and not final unless `last`, so that the pieces of the picture put end to
// end are one deflate stream; `adler` gets the Adler-32 of the scanlines.
bool deflateRows(const QImage &rgb32, int from, int to, bool last, QByteArray &out, uLong &adler)
{
    z_stream z{};
    if (deflateInit2(&z, kZlibLevel, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return false;
    const int w = rgb32.width();
    std::vector<unsigned char> line(static_cast<std::size_t>(w) * 3 + 1);
    std::vector<unsigned char> chunk(1 << 16);
    adler = adler32(0L, nullptr, 0);
    bool ok = true;
    for (int y = from; y < to && ok; ++y) {
        const auto *px = reinterpret_cast<const QRgb *>(rgb32.constScanLine(y));
        line[0] = 0; // filter: none
        for (int x = 0; x < w; ++x) {
            line[1 + 3 * x] = static_cast<unsigned char>(qRed(px[x]));
            line[2 + 3 * x] = static_cast<unsigned char>(qGreen(px[x]));
            line[3 + 3 * x] = static_cast<unsigned char>(qBlue(px[x]));
        }
        adler = adler32(adler, line.data(), static_cast<uInt>(line.size()));
        z.next_in = line.data();
        z.avail_in = static_cast<uInt>(line.size());
        const int flush = y + 1 < to ? Z_NO_FLUSH : last ? Z_FINISH : Z_SYNC_FLUSH;
        do {
            z.next_out = chunk.data();
            z.avail_out = static_cast<uInt>(chunk.size());
            if (deflate(&z, flush) == Z_STREAM_ERROR) {
                ok = false;
                break;
            }
            out.append(reinterpret_cast<const char *>(chunk.data()), static_cast<qsizetype>(chunk.size() - z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    return ok;
}

// An opaque picture as 8-bit RGB PNG, its rows deflated in two halves on two threads (pigz's way: each
// half a deflate stream of its own, the first ended on a byte boundary, joined into one zlib stream with
// the Adler-32s combined). Lossless: any PNG reader reads the same pixels.
QByteArray rgbPng(const QImage &rgb32)
{
    const int h = rgb32.height();
    const int halves = h >= 64 ? 2 : 1;
    std::array<QByteArray, 2> parts;
    std::array<uLong, 2> adlers{};
    std::array<bool, 2> ok{true, true};
    parallelFor(static_cast<std::size_t>(halves), [&](std::size_t i) {
        const int from = static_cast<int>(h * i / halves), to = static_cast<int>(h * (i + 1) / halves);
        ok[i] = deflateRows(rgb32, from, to, i + 1 == static_cast<std::size_t>(halves), parts[i], adlers[i]);
    });
    if (!ok[0] || !ok[1])
        return {};
    const auto rowBytes = static_cast<z_off_t>(rgb32.width()) * 3 + 1;
    uLong adler = adlers[0];
    if (halves == 2)
        adler = adler32_combine(adler, adlers[1], rowBytes * (h - h / 2));
    QByteArray idat;
    idat.reserve(parts[0].size() + parts[1].size() + 6);
    idat.append('\x78'); // zlib: deflate, 32 K window; level "fastest", and the check bits
    idat.append('\x01');
    idat.append(parts[0]);
    idat.append(parts[1]);
    for (int shift : {24, 16, 8, 0})
        idat.append(static_cast<char>(adler >> shift));

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr;
    for (quint32 v : {static_cast<quint32>(rgb32.width()), static_cast<quint32>(h)})
        for (int shift : {24, 16, 8, 0})
            ihdr.append(static_cast<char>(v >> shift));
    ihdr.append("\x08\x02\x00\x00\x00", 5); // 8 bits, RGB, deflate, adaptive filtering (each row's byte), no interlace
    appendChunk(png, "IHDR", ihdr);
    appendChunk(png, "IDAT", idat);
    appendChunk(png, "IEND", {});
    return png;
}
} // namespace

bool encodePng(const QImage &image, QIODevice &device)
{
    if (!opaque(image)) {
        QImageWriter writer(&device, "png");
        writer.setQuality(kQtPngQuality);
        return writer.write(image);
    }
    const QByteArray png = rgbPng(image.convertToFormat(QImage::Format_RGB32));
    return !png.isEmpty() && device.write(png) == png.size();
}

std::optional<PictureFormat> pictureFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("png"))
        return PictureFormat::Png;
    if (n == QLatin1String("svg"))
        return PictureFormat::Svg;
    if (n == QLatin1String("pdf"))
        return PictureFormat::Pdf;
    return std::nullopt;
}

QString pictureFormatName(PictureFormat format)
{
    switch (format) {
    case PictureFormat::Png:
        return QStringLiteral("PNG");
    case PictureFormat::Svg:
        return QStringLiteral("SVG");
    case PictureFormat::Pdf:
        return QStringLiteral("PDF");
    }
    return {};
}

QByteArray renderPicture(const MapSettings &settings, ProjectedBaseMapCache &cache, PictureFormat format, QString &error,
                         const std::atomic_bool *cancel, BaseLayerCache *layers)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSize px = settings.size;
    if (format == PictureFormat::Png) {
        const QImage image = MapRenderer::renderImage(settings, cache, cancel, layers);
        if (image.isNull()) {
            error = cancel && *cancel ? QStringLiteral("cancelled") : QStringLiteral("could not render the map");
            return {};
        }
        if (!encodePng(image, buffer)) {
            error = QStringLiteral("could not encode the PNG");
            return {};
        }
        return bytes;
    }
    const auto projected = cache.get(settings.projection);
    if (!projected) {
        error = QStringLiteral("could not project the base map in %1").arg(settings.projection.name());
        return {};
    }
    // Only the geography in view goes into a vector file (a whole world's coast would be megabytes of paths).
    const ProjectedBaseMap trimmed = trimmedTo(*projected, settings, BaseMapDetail::Full);
    const QString title = QStringLiteral("Trilink map, %1").arg(settings.projection.title());
    bool ok = false;
    if (format == PictureFormat::Svg) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(px);
        svg.setViewBox(QRect(QPoint(0, 0), px));
        svg.setTitle(title);
        svg.setDescription(QStringLiteral("Made with Trilink %1").arg(QStringLiteral(TRILINK_VERSION)));
        svg.setResolution(96);
        QPainter painter;
        if (painter.begin(&svg)) {
            ok = MapRenderer::render(painter, settings, trimmed, *cache.data(), cancel);
            ok = painter.end() && ok;
        }
    } else {
        // One page the shape of the picture, a point per pixel.
        QPdfWriter pdf(&buffer);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Trilink %1").arg(QStringLiteral(TRILINK_VERSION)));
        pdf.setResolution(72);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setPageSize(QPageSize(QSizeF(px.width(), px.height()), QPageSize::Point, QString(), QPageSize::ExactMatch));
        QPainter painter;
        if (painter.begin(&pdf)) {
            ok = MapRenderer::render(painter, settings, trimmed, *cache.data(), cancel);
            ok = painter.end() && ok;
        }
    }
    if (!ok) {
        error = cancel && *cancel ? QStringLiteral("cancelled") : QStringLiteral("could not render the map");
        return {};
    }
    return bytes;
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString &error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace trilink::maps
