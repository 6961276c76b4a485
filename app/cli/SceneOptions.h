// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"

#include <QPointF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace trilink::cli {

// What export, brief and animate share: the scenario (the bundled catalogue plus track files), a launch
// looked up by id, a time given as T+SECONDS or ISO 8601, whose picture (view-as), and a view fitted to a
// track. Each returns nullopt (or false) and sets `error` to a one-line reason on a bad value.

// The catalogue plus every track in `files`; warnings (bad rows in a readable file) go to `warnings`.
// False with `error` ("FILE: cannot read ...") when a file cannot be read at all.
bool loadScenario(const QStringList &files, Scenario &scenario, QStringList &warnings, QString &error);

// "T+600", "+600", "600" (seconds after `track`'s launch) or an ISO 8601 time (UTC when no zone is given):
// UTC milliseconds since the epoch.
std::optional<double> parseTime(const QString &text, const ScenarioTrack *track, QString &error);

// "combined", "USA", "KOR" or "JPN", any case, into `viewAs`.
bool parseViewAs(const QString &text, ViewAs &viewAs, QString &error);

// Centre (lon, lat) and width in km of a view of `size` pixels that holds the whole track with a margin
// for the legend and the clock.
std::pair<QPointF, double> trackView(const ScenarioTrack &track, QSize size);

} // namespace trilink::cli
