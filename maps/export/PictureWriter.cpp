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

namespace trilink::maps {
namespace {
// zlib level 1: Qt maps PNG quality q to level (100 - q) * 9 / 91. A map picture is opaque (the sea fills it
// first), so it goes out as RGB: no unpremultiplying, a quarter less to filter and deflate, the same pixels.
constexpr int kPngQuality = 80;

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

} // namespace

bool encodePng(const QImage &image, QIODevice &device)
{
    QImageWriter writer(&device, "png");
    writer.setQuality(kPngQuality);
    return writer.write(opaque(image) ? image.convertToFormat(QImage::Format_RGB32) : image);
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
                         const std::atomic_bool *cancel)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSize px = settings.size;
    if (format == PictureFormat::Png) {
        const QImage image = MapRenderer::renderImage(settings, cache, cancel);
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
