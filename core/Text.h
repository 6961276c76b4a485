// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Partner.h"
#include "core/SharingModel.h"
#include "core/Units.h"

#include <QDateTime>
#include <QString>

#include <optional>

// How Trilink words its figures, in one place for every view, report and command: times and durations,
// the sharing gain, percentages, partner lists and the view-as; distances, heights and speeds in the
// user's units and places in the user's coordinates (Units.h, Coordinates.h). Pure functions of their
// arguments.
namespace trilink::text {

// The one rounding rule for times: every time shown (a clock, T+, an event, a duration, a UTC instant) is
// rounded to the nearest whole second, halves away from zero, so an impact at T+3179.6 s reads "T+53:00",
// "53 min 00 s" and "19:11:00Z" alike on the map, the brief and the command line.
long long wholeSeconds(double seconds);
// A UTC instant (milliseconds since the epoch) rounded by that rule, as a UTC QDateTime.
QDateTime utcSecond(double msUtc);
// "2017-11-28 18:17:00Z"; "18:17:00Z"; Korea's and Japan's clock (both UTC+9): "03:17:00".
QString utcDateTime(double msUtc);
QString utcTimeOfDay(double msUtc);
QString koreaJapanTime(double msUtc);

// Time since launch on a clock, by the rule above (U+2212 minus before launch): "T+12:34", "T+1:02:05",
// "T−00:20".
QString missionTime(double secondsSinceLaunch);
// Time since launch as a command line takes it: "T+700", "T+12.5", "T-5".
QString missionSeconds(double secondsSinceLaunch);

// Durations, rounded to the nearest whole second (halves away from zero): "47 min 10 s", "59 s".
QString duration(double seconds);
// The same rounding, as minutes and seconds: "53:02", "130:05"; negative durations are 0:00.
QString durationClock(double seconds);

// The sharing gain of one partner (SharingModel::gain), worded one way everywhere (the map's gain panel,
// the track list, the status bar, the brief, the command line): how much earlier the shared picture shows
// the track, in whole seconds, and how many more percentage points of the flight it holds, "26 s earlier ·
// +21 pts held"; "seen only through sharing · +61 pts held" (its own sensors never see it); "no gain";
// "not seen" (nobody's sensors do). A part that rounds to nothing is left out.
QString sharingGain(const SharingGain &gain);
// The same parts one to a line, for a table cell: "26 s earlier\n+21 pts held".
QString sharingGainCell(const SharingGain &gain);
// A fraction as a whole percentage: "38%".
QString percent(double fraction);

// A whole number with thousands separators, rounded to the nearest: "4,511", "-12".
QString thousands(double value);

// Figures in the user's units (UnitSystem). A distance or height below 10 units has one decimal, above it
// is a whole number with thousands separators: "4,511 km", "2,436 nm", "7.5 km", "3,228 kft". A speed:
// "4,981 m/s", "Mach 14.6", "9,682 kn".
QString distance(double metres, const UnitSystem &units);
QString height(double metres, const UnitSystem &units);
QString speed(double metresPerSecond, const UnitSystem &units);
// The unit's symbol alone, for a column heading or an axis: "km", "nm", "mi"; "km", "kft"; "m/s", "Mach", "kn".
QString distanceUnit(const UnitSystem &units);
QString heightUnit(const UnitSystem &units);
QString speedUnit(const UnitSystem &units);
// As an option takes them: "metric", "nautical", or distance, height and speed units joined by commas
// ("nm,km,mach"); parsing takes any case and any order and leaves out nothing: every part must be known.
QString unitSystemName(const UnitSystem &units);
std::optional<UnitSystem> parseUnitSystem(const QString &text, QString &error);

// A place in a coordinate format, latitude first as a reader says it: "39.0392°N 125.7625°E" (4 decimals,
// about 10 m), "39°02′21″N 125°45′45″E" (whole seconds, about 30 m, rounded), "51S YD 39097 24758" (MGRS to
// 1 m, truncated as the grid is read).
QString coordinate(double lon, double lat, CoordinateFormat format);
// "degrees", "dms", "mgrs"; parsing takes any case.
QString coordinateFormatName(CoordinateFormat format);
std::optional<CoordinateFormat> parseCoordinateFormat(const QString &text, QString &error);

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
