// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Partner.h"
#include "core/SharingModel.h"

#include <QString>

#include <optional>

// How Trilink words its figures, in one place for every view, report and command: time since launch,
// durations, the sharing gain, partner lists and the view-as. Pure functions of their arguments.
namespace trilink::text {

// Time since launch on a clock, whole seconds towards minus infinity (so T−00:01 is shown for the whole
// second before launch; U+2212 minus): "T+12:34", "T+1:02:05", "T−00:20".
QString missionTime(double secondsSinceLaunch);
// Time since launch as a command line takes it: "T+700", "T+12.5", "T-5".
QString missionSeconds(double secondsSinceLaunch);

// Durations, rounded to the nearest whole second (halves away from zero): "47 min 10 s", "59 s".
QString duration(double seconds);
// The same rounding, as minutes and seconds: "53:02", "130:05"; negative durations are 0:00.
QString durationClock(double seconds);

// The sharing gain of one partner (SharingModel::gain) in a line: "26 s earlier · +21 %", "only by
// sharing · +61 %" (its own sensors never see the track), "not seen" (nobody's do). Whole seconds and
// percentage points, as the track list and the status bar show it.
QString sharingGain(const SharingGain &gain);
// For a report's table cell: "20.0 s earlier\n+10 pts held" (tenths of a second; a part below half a unit
// is left out), "seen only through sharing", "none", "—" (not seen).
QString sharingGainCell(const SharingGain &gain);

// A whole number with thousands separators, rounded to the nearest: "4,511", "-12".
QString thousands(double value);

// Partner sets as options take them: "all", "none" or codes joined by commas ("USA,JPN").
QString partnerList(PartnerMask mask);
// Parses that form (codes in any case); nullopt and `error` set otherwise. An empty list is an error.
std::optional<PartnerMask> parsePartnerList(const QString &text, QString &error);

// The releasability banner of a brief and of briefing mode unless the user words their own.
inline QString defaultBanner() { return QStringLiteral("UNCLASSIFIED — PUBLIC DATA — TRAINING"); }

// "combined", "USA", "KOR", "JPN".
QString viewAsName(ViewAs viewAs);
// What a view-as picture is: "combined (shared picture)", "KOR own sensors alone".
QString viewAsDescription(ViewAs viewAs);
// "combined", "USA", "KOR" or "JPN", any case, surrounding spaces ignored, into `viewAs`; false and `error`
// set otherwise (`viewAs` untouched).
bool parseViewAs(const QString &text, ViewAs &viewAs, QString &error);

} // namespace trilink::text
