// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/export/PictureWriter.h"

#include "maps/MapRenderer.h"
#include "maps/export/BaseMapTrim.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <png.h>

namespace trilink::maps {
namespace {
// An opaque picture (a map: the sea fills it first) goes out through libpng as 8-bit RGB, unfiltered, at
// zlib level 1. Qt's writer unpremultiplies to RGBA and lets libpng try all five filters on every row, which
// took most of a 4K export's encoding: this is about 2.7 times faster and the file a little smaller (flat map
// colours compress into runs without a filter; measured on the exports in bench/export_bench). Lossless.
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

struct PngSink {
    QIODevice *device;
    bool failed;
};

void writeBytes(png_structp png, png_bytep data, png_size_t size)
{
    auto *sink = static_cast<PngSink *>(png_get_io_ptr(png));
    if (!sink->failed && sink->device->write(reinterpret_cast<const char *>(data), static_cast<qint64>(size)) != static_cast<qint64>(size))
        sink->failed = true;
}

void flushBytes(png_structp) {}

// `rgb32`: Format_RGB32 rows (0xffRRGGBB words). No C++ object lives across libpng's longjmp on error.
bool writeRgbPng(const QImage &rgb32, PngSink &sink)
{
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (!png)
        return false;
    png_infop info = png_create_info_struct(png);
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_set_write_fn(png, &sink, writeBytes, flushBytes);
    png_set_IHDR(png, info, static_cast<png_uint_32>(rgb32.width()), static_cast<png_uint_32>(rgb32.height()), 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, kZlibLevel);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_write_info(png, info);
    // A little-endian 0xffRRGGBB word is the bytes B, G, R, 0xff: swap to RGB and drop the filler.
    if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
        png_set_bgr(png);
        png_set_filler(png, 0, PNG_FILLER_AFTER);
    } else {
        png_set_filler(png, 0, PNG_FILLER_BEFORE);
    }
    for (int y = 0; y < rgb32.height(); ++y)
        png_write_row(png, const_cast<png_bytep>(rgb32.constScanLine(y)));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return !sink.failed;
}
} // namespace

bool encodePng(const QImage &image, QIODevice &device)
{
    if (!opaque(image)) {
        QImageWriter writer(&device, "png");
        writer.setQuality(kQtPngQuality);
        return writer.write(image);
    }
    const QImage rgb32 = image.convertToFormat(QImage::Format_RGB32);
    PngSink sink{&device, false};
    return writeRgbPng(rgb32, sink);
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
