// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/scene/TrainingScenario.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace trilink::maps {

// Scenario files (docs/scenario.md): a training scenario as versioned JSON, "NAME.trilink.json".
// Read strictly: an unknown field, a value of the wrong type or out of range, or a newer version is an
// error naming the field by its JSON path ("launches[0].site.lat: 95 is not a latitude (-90 to 90)"), and
// nothing of a file with an error is used. A file is read only if it is a regular file of at most
// kMaxScenarioFileBytes; it names track files, which are read as track files (never other scenario files).
// Version 2 added `sensors.added`; version 1 files read as they always did.
inline constexpr int kScenarioFormatVersion = 2;
inline constexpr qint64 kMaxScenarioFileBytes = 4 * 1024 * 1024;

// A time as a scenario file writes it: ISO 8601 UTC to the millisecond, "2026-03-01T01:00:00.000Z".
QString scenarioTimeText(std::int64_t msUtc);

// True when the path's name ends in ".trilink.json" (any case): a scenario, not a track file.
bool isScenarioFileName(const QString &path);

// The JSON of a scenario; its track files relative to `baseDir` (the scenario file's folder).
QJsonObject scenarioJson(const TrainingScenario &scenario, const QString &baseDir);
// The scenario a JSON object describes, its track files resolved against `baseDir`; nullopt and `error`
// ("JSON.path: reason") when any field is bad.
std::optional<TrainingScenario> scenarioFromJson(const QJsonObject &json, const QString &baseDir, QString &error);

// Reads a scenario file; nullopt and `error` ("FILE: reason", "FILE:LINE:COLUMN: bad JSON", or
// "FILE: JSON.path: reason"); `*unreadable` set when the file itself could not be read (missing, not a
// regular file, too large) rather than saying something wrong.
std::optional<TrainingScenario> readScenarioFile(const QString &path, QString &error, bool *unreadable = nullptr);
// Writes it atomically (QSaveFile): a failed write leaves the old file as it was. False and `error`.
bool writeScenarioFile(const QString &path, const TrainingScenario &scenario, QString &error);

// The scenario of a scene's files when one of them is a scenario file: it, with the other files added to
// its track files. nullopt (and no error) when none is; nullopt and `error` when one cannot be read or two
// scenario files are given. `*path` is the scenario file's path; `*unreadable` as for readScenarioFile.
std::optional<TrainingScenario> scenarioOfFiles(const QStringList &files, QString &error, QString *path = nullptr,
                                                bool *unreadable = nullptr);

} // namespace trilink::maps
