// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/scene/SceneSettings.h"

#include "core/Units.h"
#include "maps/scene/ViewFit.h"

#include <cmath>

namespace trilink::maps {

const ScenarioTrack *findLaunch(const Scenario *scenario, const QString &id, QString &error)
{
    const ScenarioTrack *track = scenario ? scenario->find(id) : nullptr;
    if (!track)
        error = QStringLiteral("no launch '%1' (see 'trilink catalog' for the catalogue's ids, 'trilink info FILE' for a file's tracks)").arg(id);
    return track;
}

bool resolveSceneTime(const SceneTime &time, const ScenarioTrack *track, std::optional<double> &timeMs, QString &error)
{
    switch (time.kind) {
    case SceneTime::Kind::Whole:
        timeMs.reset();
        return true;
    case SceneTime::Kind::Utc:
        timeMs = time.value;
        return true;
    case SceneTime::Kind::SinceLaunch:
        if (!track) {
            error = QStringLiteral("T+%1 is relative to a launch: give --launch ID too").arg(time.value);
            return false;
        }
        timeMs = static_cast<double>(track->launchMsUtc) + time.value * 1000.0;
        return true;
    }
    return false;
}

namespace {
std::optional<MapView> viewOf(const SceneView &v, const ScenarioTrack *selected, double textScale, QString &error)
{
    const bool globe = v.projection == ProjectionKind::Orthographic;
    if (selected && v.fit == SceneView::Fit::Page && !v.centre && !v.extentKm && !selected->samples.empty()) {
        const QPointF at = v.projectionCentre.value_or(QPointF(selected->samples.front().lon, selected->samples.front().lat));
        if (auto page = pageView(*selected, ProjectionSpec::centred(v.projection, at.x(), at.y()), v.size, textScale))
            return page;
        error = QStringLiteral("the track %1 cannot be shown in projection %2").arg(selected->id, ProjectionSpec::centred(v.projection, 0, 0).name());
        return std::nullopt;
    }
    QPointF centre = v.centre.value_or(region::defaultCentre());
    double extentKm = v.extentKm.value_or(globe ? region::kGlobeExtentKm : region::kDefaultExtentKm);
    if (selected) {
        const auto [trackCentre, trackExtent] = trackView(*selected, v.size);
        if (!v.centre)
            centre = trackCentre;
        if (!v.extentKm && !globe)
            extentKm = trackExtent;
    }
    const QPointF projectionCentre = v.projectionCentre.value_or(centre);
    const auto spec = ProjectionSpec::centred(v.projection, projectionCentre.x(), projectionCentre.y());
    const auto fitted = MapSettings::fitted(spec, centre.x(), centre.y(), extentKm, v.size);
    if (!fitted) {
        error = QStringLiteral("the centre %1,%2 cannot be shown in projection %3").arg(centre.x()).arg(centre.y()).arg(spec.name());
        return std::nullopt;
    }
    return *fitted;
}
} // namespace

std::optional<MapSettings> sceneSettings(const Scene &scene, const Scenario *scenario, TrackOverlay::Ptr overlay, QString &error)
{
    const ScenarioTrack *selected = nullptr;
    if (!scene.launch.isEmpty() && !(selected = findLaunch(scenario, scene.launch, error)))
        return std::nullopt;
    std::optional<double> timeMs;
    if (!resolveSceneTime(scene.time, selected, timeMs, error)) {
        error = QStringLiteral("--time: ") + error;
        return std::nullopt;
    }
    const auto view = viewOf(scene.view, selected, scene.layers.textScale, error);
    if (!view)
        return std::nullopt;
    MapSettings settings;
    static_cast<MapView &>(settings) = *view;
    settings.layers() = scene.layers;
    settings.tracks = scene.tracks ? std::move(overlay) : nullptr;
    settings.select(selected ? selected->id : QString());
    settings.timeMs = timeMs;
    settings.trailS = scene.trailS;
    return settings;
}

Scene sceneOfView(const MapSettings &view, QPointF centreLonLat, QSize size, double coverageAltKm, const QStringList &files)
{
    Scene s;
    s.files = files;
    s.tracks = view.tracks != nullptr;
    s.coverageAltKm = coverageAltKm;
    if (s.tracks) {
        s.launch = view.selectedTrack;
        // To the millisecond, as the command line writes it, so the scene and its command line are one.
        if (view.timeMs)
            s.time = SceneTime::utc(static_cast<double>(std::llround(*view.timeMs)));
    }
    s.trailS = view.trailS;
    s.view.size = size;
    s.view.projection = view.projection.kind;
    s.view.centre = centreLonLat;
    if (ProjectionSpec::hasCentre(view.projection.kind))
        s.view.projectionCentre = QPointF(view.projection.centreLon, view.projection.centreLat);
    // The same ground width as on screen, whatever the picture's size.
    s.view.extentKm = view.metresPerPixel * view.size.width() / 1000.0;
    s.layers = view.layers();
    return s;
}

} // namespace trilink::maps
