// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"

#include <QString>

#include <optional>
#include <utility>

// How the scenario plays, launch after launch: what time range a selected track plays over, where the
// clock starts, and which launch comes next. A salvo (tracks in the air together) plays as one.
namespace trilink::playlist {

inline constexpr double kLeadInS = 20;      // played before the first launch
inline constexpr double kRunOutS = 30;      // after the last impact
inline constexpr double kSalvoWindowS = 600; // launches this close to the selected one belong to its salvo

// From kLeadInS before the track's launch to kRunOutS after its impact, widened to take in every track
// flying at the same time (a salvo), so they play together. UTC milliseconds.
std::pair<double, double> playRange(const Scenario &scenario, const ScenarioTrack &track);

// The whole record, from kLeadInS before its first launch to kRunOutS after its last impact (UTC ms): the
// clock's range while no track is selected, so the clock and the timeline show the record's own dates, not
// the Unix epoch. nullopt for an empty scenario.
std::optional<std::pair<double, double>> recordRange(const Scenario &scenario);

// Where the clock goes when a track is selected: 40% into its flight, at most ten minutes after launch, so
// the track is seen in flight at once.
double selectedTimeMs(const ScenarioTrack &track);

// The launch `step` places after (negative: before) `current` in scenario order, wrapping round, that
// is not in `current`'s salvo (those have just played with it); the first (step > 0) or the last one when
// `current` is not in the scenario; `current` itself when every other track is in its salvo; empty for an
// empty scenario.
QString nextTrack(const Scenario &scenario, const QString &current, int step);

} // namespace trilink::playlist
