// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"
#include "maps/MapSettings.h"
#include "maps/export/PictureWriter.h"

#include <QPointF>
#include <QSize>
#include <QStringList>

#include <optional>

namespace trilink::cli {

// A `trilink export` command line as a value, and the one way it becomes a picture's MapSettings. The
// command and the viewer's File → Export both go through here: the viewer writes the arguments for what it
// shows (exportArguments), then parses them back like the command does, so the two give the same file.
struct ExportRequest {
    QString outPath;
    maps::PictureFormat format = maps::PictureFormat::Png;
    QSize size{1920, 1080};
    maps::ProjectionKind projection = maps::ProjectionKind::RegionalLcc;
    std::optional<QPointF> centre;           // lon, lat; default: the launch's, else 129.5,37.5
    std::optional<QPointF> projectionCentre; // aeqd and ortho; default: the view centre
    std::optional<double> extentKm;          // default: fitted to the launch, else 3400 (13500 for ortho)
    maps::MapTheme theme = maps::MapTheme::Dark;
    std::optional<QPointF> reference;
    QString launch;
    QString time; // as given; resolved against the launch by exportSettings()
    ViewAs viewAs;
    QString banner;
    double trailS = 0;
    double coverageAltKm = 300;
    PartnerMask sensors = 0b111;
    PartnerMask coverage = 0b111;
    double textScale = 1.0;
    bool tracks = true, legend = true, graticule = true, labels = true, scaleBar = true, decorations = true, eez = true;
    QStringList files;
};

// Parses `trilink export ...` (arguments start with "export"). nullopt with `error` set for a bad command
// line (exit 2); `helpText` set instead when --help was asked.
std::optional<ExportRequest> parseExportRequest(const QStringList &arguments, QString &error, QString *helpText = nullptr);

// The picture's settings for a request over a scenario (null when the request has no tracks) and its
// overlay. nullopt with `error` for a request the scenario cannot satisfy (unknown launch, bad time, a
// centre that does not project): a usage error.
std::optional<maps::MapSettings> exportSettings(const ExportRequest &request, const Scenario *scenario,
                                                maps::TrackOverlay::Ptr overlay, QString &error);

// The `trilink export` arguments (starting with "export") that draw `view` again at `size`: the same
// centre, the same ground width, the same layers, time, selection and view-as. `centreLonLat` is the view
// centre in degrees; `files` the track files the scenario was opened with. Numbers are written with 17
// significant digits, so they read back exactly.
QStringList exportArguments(const maps::MapSettings &view, QPointF centreLonLat, QSize size, double coverageAltKm,
                            const QStringList &files, const QString &outPath, maps::PictureFormat format);

// Quotes an argument list for a POSIX shell, for "copy command line".
QString shellCommand(const QStringList &arguments);

} // namespace trilink::cli
