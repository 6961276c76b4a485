// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/BaseLayerCache.h"
#include "maps/MapSettings.h"
#include "maps/ProjectedBaseMap.h"

#include <QByteArray>
#include <QIODevice>
#include <QImage>
#include <QString>

#include <atomic>
#include <optional>

namespace trilink::maps {

enum class PictureFormat { Png, Svg, Pdf };

// "png", "svg", "pdf" (any case), or a file name's suffix; nullopt for anything else.
std::optional<PictureFormat> pictureFormatFromName(const QString &name);
QString pictureFormatName(PictureFormat format); // "PNG", "SVG", "PDF"

// A map picture for `settings` as file bytes, drawn by MapRenderer as the screen is: PNG through the render
// job (renderImage), SVG and PDF as vectors (geography and tracks as paths, text as text). The PDF is one
// page the picture's shape, a point per pixel. Empty bytes and `error` set on failure or cancel.
// Both `trilink export` and the viewer's File → Export come through here, so the two give the same file.
// A PNG takes its geography from `layers` when it holds that view's (BaseLayerCache::prepareGeography).
// Threads: any thread; the caches are thread-safe.
QByteArray renderPicture(const MapSettings &settings, ProjectedBaseMapCache &cache, PictureFormat format,
                         QString &error, const std::atomic_bool *cancel = nullptr, BaseLayerCache *layers = nullptr);

// A picture as PNG the way every writer here saves one (exports, animation frames): an opaque one as 8-bit
// RGB, unfiltered, at zlib level 1, its two halves deflated on two threads into one stream (several times
// faster than Qt's writer, and no larger on map pictures); one with transparency keeps its alpha (Qt's
// writer). False if the device refuses the bytes.
bool encodePng(const QImage &image, QIODevice &device);

// Writes `bytes` to `path` atomically (QSaveFile): a failed write never leaves half a file. False with
// `error` ("PATH: cannot write: reason").
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString &error);

} // namespace trilink::maps
