// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/scene/TrainingScenario.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace trilink::maps {

// One launch as a user states it, before it is checked: what `trilink simulate` and `trilink scenario
// add-launch` read from their options and the viewer's New Launch dialog from its fields. One model, so the
// command line and the dialog accept and refuse the same launches with the same words. Each field is the
// option of the same name (--lat, --azimuth, --range-km, ...); unset is "not given". Degrees, km, seconds.
struct LaunchInput {
    std::optional<double> lat, lon; // the launch point
    QString facility;               // or a public launch facility's key or name (--facility)
    std::optional<double> azimuthDeg, rangeKm;
    std::optional<double> impactLat, impactLon;
    std::optional<QString> glideLegs;
    std::optional<double> apogeeKm, loft;
    bool minEnergy = false;
    QString missileClass, missile, maneuver, launchFrom; // empty: not given
    std::optional<double> failAtS;
    bool nearestFeasible = false;
    // A scenario's launch (add-launch and the dialog only).
    QString time; // ISO 8601
    QString id, label;
    std::optional<int> salvo;
    std::optional<double> intervalS, spreadKm;
};

// The solver request the input gives; nullopt and `error` ("--impact-lat and --impact-lon go together", or
// validateTrajectoryRequest's message) when it gives none. Ignores the scenario fields and the facility.
std::optional<TrajectoryRequest> launchRequest(const LaunchInput &input, QString &error);

// The scenario launch the input gives for `doc` (its facility placed, its time read, an id that is free in the
// document: the input's, or L1, L2, ...; `replacing` is the id of a launch being edited, which the input may
// keep), nullopt and `error` when it gives none. It is not flown here: see whyNotFlown.
std::optional<ScenarioLaunch> scenarioLaunch(const LaunchInput &input, const TrainingScenario &doc, QString &error,
                                             const QString &replacing = QString());

// The input that reads back to this launch (for editing it): the site as lat/lon, the target as it was given.
LaunchInput launchInput(const ScenarioLaunch &launch);

// Empty when the launch can be flown against the document's sensors, else the solver's reason ("launch: ...").
// Flies every missile of the salvo once (up to a second each): call it off the GUI thread. `first` (if given)
// receives the first missile's track.
QString whyNotFlown(const ScenarioLaunch &launch, const SensorChanges &sensors, ScenarioTrack *first = nullptr);

// The named missiles whose boost models core knows (BoostProfile::forMissile), in the spelling to offer a user.
QStringList namedMissiles();

} // namespace trilink::maps
