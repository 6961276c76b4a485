// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/export/PictureWriter.h"
#include "maps/scene/Scene.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace trilink::maps {

// A `trilink export` command line as a value: a scene, and the file to write it to. The command and the
// viewer's File → Export both make one; the viewer's "Copy Command Line" is pictureArguments() of it.
struct PictureRequest {
    Scene scene;
    QString outPath;
    PictureFormat format = PictureFormat::Png;

    bool operator==(const PictureRequest &) const = default;
};

// Parses `export ...` (arguments start with "export"). nullopt with `error` set for a bad command line
// (exit 2); `helpText` set instead when --help was asked.
std::optional<PictureRequest> parsePictureRequest(const QStringList &arguments, QString &error, QString *helpText = nullptr);

// The arguments (starting with "export") that parse back to `request`.
QStringList pictureArguments(const PictureRequest &request);

} // namespace trilink::maps
