// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/RecordedTrack.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace trilink::maps {

// One thing wrong with an input file. line is 1-based, 0 where the format has no line to name (a GeoPackage
// row, a whole file). text() is "file:line: message" (or "file: message" for line 0).
struct TrackProblem {
    QString file;
    int line = 0;
    QString message;
    QString text() const;
};

enum class TrackFormat { Unknown, Csv, GeoJson, Gpx, Kml, Czml, Cot, GeoPackage, FlatGeobuf };

// By extension (case-insensitive): .csv .geojson/.json .gpx .kml .czml .cot/.xml .gpkg .fgb, and for .json and
// .xml by content (the format table of TrackFormats.h). Nothing else: no format is guessed by GDAL.
TrackFormat formatForPath(const QString &path);
QString formatName(TrackFormat f); // "CSV", "GeoJSON", ...
QStringList readableExtensions();  // for file dialogs: "*.csv", "*.geojson", ...
QStringList writableExtensions();  // csv czml geojson cot gpx kml gpkg: one per format written
QStringList writtenExtensions();   // every extension writeTrackFile writes: those, .json (GeoJSON), .xml (CoT)

// What a reader made of a file: the good tracks, and every problem. readable is false when nothing could be
// read at all (missing, empty, binary, not the format): then tracks is empty and problems says why.
struct TrackFileResult {
    std::vector<RecordedTrack> tracks;
    std::vector<TrackProblem> problems;
    bool readable = true;
    bool cancelled = false;
    TrackFormat format = TrackFormat::Unknown; // what readTrackFile read it as (Unknown: it never got that far)
};

// Progress and cancellation for long reads: progress(fraction 0..1) is called now and then from the reading
// thread; a set cancel flag makes the reader stop soon and return what it has with cancelled = true.
struct ReadControl {
    std::function<void(double)> progress;
    const std::atomic<bool> *cancel = nullptr;
    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

// Reads any supported file, choosing the reader by extension (and by content where the extension says
// nothing, e.g. .xml or .json). Only a regular file is read (a symbolic link only to one): a directory, FIFO,
// device or socket is refused before it is opened for reading, and so is a file over its format's size cap.
// Never throws, never crashes on hostile input, bounded memory (docs/formats.md, "Security").
TrackFileResult readTrackFile(const QString &path, const ReadControl &control = {});

// Writes tracks in the format the extension names, atomically (QSaveFile). False with *error set
// ("file: message") on failure; an existing file is then left untouched.
bool writeTrackFile(const QString &path, const std::vector<RecordedTrack> &tracks, QString *error);

} // namespace trilink::maps
