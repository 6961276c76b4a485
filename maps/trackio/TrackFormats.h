// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// The readers and writers behind readTrackFile/writeTrackFile, one pair per format. Readers take a device
// (a file, or a buffer when fuzzed) and the file name to put in problems; writers write to a device that the
// caller commits atomically. GDAL formats need a path and are the exception.

#include "maps/trackio/TrackFile.h"

class QIODevice;

namespace trilink::maps::trackio {

TrackFileResult readCsv(QIODevice &in, const QString &fileName, const ReadControl &control = {});
bool writeCsv(QIODevice &out, const std::vector<RecordedTrack> &tracks, QString *error);

TrackFileResult readGeoJson(QIODevice &in, const QString &fileName, const ReadControl &control = {});
bool writeGeoJson(QIODevice &out, const std::vector<RecordedTrack> &tracks, QString *error);

TrackFileResult readCzml(QIODevice &in, const QString &fileName, const ReadControl &control = {});
bool writeCzml(QIODevice &out, const std::vector<RecordedTrack> &tracks, QString *error);

TrackFileResult readGpx(QIODevice &in, const QString &fileName, const ReadControl &control = {});

// KML: gx:Track (when + gx:coord, times kept) and plain Point/LineString placemarks (no times: reported).
TrackFileResult readKml(QIODevice &in, const QString &fileName, const ReadControl &control = {});
bool writeKml(QIODevice &out, const std::vector<RecordedTrack> &tracks, QString *error);

// Cursor on Target: one <event> or many (in any wrapping element).
TrackFileResult readCot(QIODevice &in, const QString &fileName, const ReadControl &control = {});
bool writeCot(QIODevice &out, const std::vector<RecordedTrack> &tracks, QString *error);

// GeoPackage and any other GDAL/OGR vector source with a time field (point layers).
TrackFileResult readOgr(const QString &path, const ReadControl &control = {});
bool writeGeoPackage(const QString &path, const std::vector<RecordedTrack> &tracks, QString *error);

} // namespace trilink::maps::trackio
