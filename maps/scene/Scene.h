// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/MapSettings.h"
#include "maps/ProjectionSpec.h"

#include <QPointF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace trilink::maps {

// When a scene is: every track whole (an overview), seconds after the selected launch, or a UTC instant.
struct SceneTime {
    enum class Kind { Whole, SinceLaunch, Utc };
    Kind kind = Kind::Whole;
    double value = 0; // seconds after the launch, or UTC milliseconds since the epoch

    static SceneTime sinceLaunch(double seconds) { return {Kind::SinceLaunch, seconds}; }
    static SceneTime utc(double ms) { return {Kind::Utc, ms}; }
    bool isWhole() const { return kind == Kind::Whole; }
    bool operator==(const SceneTime &) const = default;
};

// Where a scene looks. Unset parts are worked out from the scene: the centre is the selected track's (or
// the region's), the width fitted to the track (or the region's, or the globe's for ortho).
struct SceneView {
    // How a view is fitted to the selected track when no centre and width are given: a picture leaves
    // room for the legend and the clock (trackView); a page map, which has its legend beside it, holds the
    // track and its label with a smaller margin in projected metres (pageView).
    enum class Fit { Picture, Page };

    QSize size{1920, 1080};
    ProjectionKind projection = ProjectionKind::RegionalLcc;
    std::optional<QPointF> centre;           // (lon, lat) of the picture's centre
    std::optional<QPointF> projectionCentre; // (lon, lat) of the aeqd and ortho projections; default: centre
    std::optional<double> extentKm;          // width of the view on the ground at the centre
    Fit fit = Fit::Picture;

    bool operator==(const SceneView &) const = default;
};

// One scene: which tracks (the bundled catalogue and track files, or the map alone), which one is
// selected and when, where the picture looks and what it shows. A plain value: the command line reads into
// it and writes it back (maps/scene/SceneOptions), the viewer describes what it shows with it, and every
// picture (export, animate, brief, the window) is drawn from it (sceneSettings). Every field reads from and
// writes to text through the option table, so a scene file is the table's names and texts.
struct Scene {
    QStringList files;          // track files read alongside the catalogue, in order
    bool tracks = true;         // false: the map alone, no catalogue and no sensors
    double coverageAltKm = 300; // target altitude of the radar coverage fans
    QString launch;             // the selected track's id; empty: none
    SceneTime time;
    double trailS = 0;          // seconds of flown path behind each marker; 0: all of it
    SceneView view;
    MapLayers layers; // theme, layer switches, sensors and coverage shown, reference, view-as, banner, type size

    bool operator==(const Scene &) const = default;
};

} // namespace trilink::maps
