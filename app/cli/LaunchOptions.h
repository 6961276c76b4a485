// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/TrajectoryRequest.h"
#include "maps/scene/LaunchInput.h"

#include <QCommandLineOption>
#include <QList>

#include <optional>

class QCommandLineParser;

namespace trilink::cli {

// The options that describe one flight to the solver, shared by `trilink simulate` and `trilink scenario
// add-launch` so the two read a launch the same way: --lat --lon, (--azimuth --range-km | --impact-lat
// --impact-lon | --glide-legs), --apogee-km | --min-energy | --loft, --class, --missile, --maneuver,
// --launch-from, --fail-at, --nearest-feasible.
QList<QCommandLineOption> launchRequestOptions();

// The launch options of a parsed command line as the shared model (maps::LaunchInput, which the viewer's
// New Launch dialog fills too); nullopt and `error` ("--loft: 'x' is not a number") when a number is not one.
std::optional<maps::LaunchInput> readLaunchInput(const QCommandLineParser &parser, QString &error);
// The request a parsed command line gives (maps::launchRequest of readLaunchInput); nullopt and `error` (a
// number that is not one, or the validation's message) when it gives none.
std::optional<TrajectoryRequest> readLaunchRequest(const QCommandLineParser &parser, QString &error);

// A number option; nullopt (and `error` set) when present but not a finite number, nullopt when absent.
std::optional<double> numberOption(const QCommandLineParser &parser, const QString &name, QString &error);

} // namespace trilink::cli
