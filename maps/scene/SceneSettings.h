// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"
#include "maps/MapSettings.h"
#include "maps/TrackOverlay.h"
#include "maps/scene/Scene.h"

#include <QPointF>
#include <QString>

#include <optional>

namespace trilink::maps {

// The track a scene selects: nullptr and `error` (which says where the ids are listed) when the scenario
// has no such track.
const ScenarioTrack *findLaunch(const Scenario *scenario, const QString &id, QString &error);

// The UTC instant of a scene time for `track` (the selected launch): empty for Whole; false and `error`
// for a time after a launch with no launch.
bool resolveSceneTime(const SceneTime &time, const ScenarioTrack *track, std::optional<double> &timeMs, QString &error);

// A scene's picture: the MapSettings every writer and the window draw from. `scenario` holds the scene's
// tracks (null when the scene has none) and `overlay` is built from it for the scene's coverage altitude.
// nullopt with `error` for a scene the scenario cannot satisfy (an unknown launch, a time after a launch
// with none, a centre that does not project): a usage error.
std::optional<MapSettings> sceneSettings(const Scene &scene, const Scenario *scenario, TrackOverlay::Ptr overlay, QString &error);

// The scene that draws `view` again at `size`: the same centre (`centreLonLat`, the view's centre in
// degrees), the same ground width, projection, layers, selection, time (to the millisecond) and trail.
// `files` are the track files the scenario was opened with, `coverageAltKm` the overlay's altitude.
Scene sceneOfView(const MapSettings &view, QPointF centreLonLat, QSize size, double coverageAltKm, const QStringList &files);

} // namespace trilink::maps
