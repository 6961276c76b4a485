// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace trilink {

// Missiles that belong together, for the track list and for playing several as one: a launch event (one
// site on one UTC day: a salvo), a day as Korea counts it (the "2 November 2022" of the press is the Uiju and
// Wonsan salvos of 1 November UTC), or a year. A recorded track is an event of its own.
struct TrackGroup {
    enum class Kind { Event, Day, Year };

    Kind kind = Kind::Event;
    QString key;   // "2022-11-01-wonsan", "2022-11-02" (the Korean date), "2022"
    QString label; // "2022-11-01-wonsan · Wonsan Kalma International Airport · 3 missiles"
    QStringList trackIds; // in launch order
    double firstLaunchMs = 0;
    double lastEndMs = 0;
    // What playing the group plays, in time order: each flight from kLeadInS before its launch to kRunOutS
    // after its end, overlapping spans merged, so the clock skips the hours between a day's salvos and the
    // months between a year's events.
    std::vector<std::pair<double, double>> spans;

    static constexpr double kLeadInS = 20;
    static constexpr double kRunOutS = 30;

    // The played time: the sum of the spans (what a clock at rate r takes r times less to play).
    double playedMs() const;
};
QString trackGroupKindName(TrackGroup::Kind k); // "event", "day", "year"

namespace trackgroups {
// Every group of a kind in the scenario, in time order; each group's tracks in launch order.
std::vector<TrackGroup> of(const Scenario &scenario, TrackGroup::Kind kind);
// The group of that kind with that key, if the scenario has it.
std::optional<TrackGroup> find(const Scenario &scenario, TrackGroup::Kind kind, const QString &key);
// The group of that kind a track is in ("2022-11-01-wonsan-2" -> its event, its Korean day, its year).
std::optional<TrackGroup> containing(const Scenario &scenario, TrackGroup::Kind kind, const QString &trackId);
} // namespace trackgroups

// Where a clock playing a group's spans belongs after it moved to timeMs: inside a span, there; in the gap
// after a span, at the start of the next (playing forwards) or the end of the previous (backwards); past the
// last span, its end, or with `loop` the first span's start (backwards: the last span's end). A pure function,
// so the playback driver applies it after every tick and a test steps it by hand.
double foldIntoSpans(const std::vector<std::pair<double, double>> &spans, double timeMs, bool forwards, bool loop);

} // namespace trilink
