// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// The track formats as one table (extension, name, sniff, read, write) and the readers and writers behind it,
// one pair per format. readTrackFile/writeTrackFile and the file dialogs work from the table only, so a new
// format is one row here and one reader class (on TrackReader.h). Readers take a device (a file, or a buffer
// when fuzzed) and the file name to put in problems; writers write to a device that the caller commits
// atomically. GDAL formats need a path and are the exception.

#include "maps/trackio/TrackFile.h"

#include <QByteArrayView>

#include <span>

class QIODevice;

namespace trilink::maps::trackio {

using DeviceReader = TrackFileResult (*)(QIODevice &in, const QString &fileName, const ReadControl &control);
using PathReader = TrackFileResult (*)(const QString &path, const ReadControl &control);
using DeviceWriter = bool (*)(QIODevice &out, const std::vector<RecordedTrack> &tracks, QString *error);
using PathWriter = bool (*)(const QString &path, const std::vector<RecordedTrack> &tracks, QString *error);

// What the bytes of a format must be before its reader sees them: UTF-8 text (JSON, CSV), XML (which names
// its own encoding), or a binary container opened by GDAL.
enum class FormatBytes { Utf8Text, XmlText, Gdal };

struct FormatEntry {
    TrackFormat format;
    const char *name;                         // "CSV"
    std::span<const char *const> extensions;  // read, lower case, no dot
    std::span<const char *const> writtenFor;  // extensions written in this format (empty: not written)
    // For an extension several formats read (.json, .xml): true when the first bytes are this format.
    // nullptr: the format an extension falls back to when no other sniff matches.
    bool (*sniff)(QByteArrayView head) = nullptr;
    const char *sniffWhat = nullptr;          // what sniff looks for, for the message when none matched
    FormatBytes bytes = FormatBytes::Utf8Text;
    QByteArrayView magic = {}; // what a file of a binary format starts with (checked before GDAL sees it)
    DeviceReader read = nullptr;
    PathReader readPath = nullptr;
    DeviceWriter write = nullptr;
    PathWriter writePath = nullptr;
    qint64 maxBytes = qint64(2) << 30; // larger files are refused unread (docs/formats.md, "Security")
};

// Every format, in the order a shared extension tries their sniffs.
std::span<const FormatEntry> formatTable();
const FormatEntry *formatEntry(TrackFormat f);
// The entry that writes files with this extension (lower case), or nullptr.
const FormatEntry *writerForExtension(QStringView ext);

// The first bytes of a JSON file: a CZML document is an array whose first packet has "id": "document".
bool looksLikeCzml(QByteArrayView head);
// The root element of an XML file's first bytes: <event>/<events> (Cursor on Target), <gpx>, <kml>.
bool looksLikeCot(QByteArrayView head);
bool looksLikeGpx(QByteArrayView head);
bool looksLikeKml(QByteArrayView head);

TrackFileResult readCsv(QIODevice &in, const QString &fileName, const ReadControl &control = {});
bool writeCsv(QIODevice &out, const std::vector<RecordedTrack> &tracks, QString *error);

TrackFileResult readGeoJson(QIODevice &in, const QString &fileName, const ReadControl &control = {});
bool writeGeoJson(QIODevice &out, const std::vector<RecordedTrack> &tracks, QString *error);

TrackFileResult readCzml(QIODevice &in, const QString &fileName, const ReadControl &control = {});
bool writeCzml(QIODevice &out, const std::vector<RecordedTrack> &tracks, QString *error);

TrackFileResult readGpx(QIODevice &in, const QString &fileName, const ReadControl &control = {});
bool writeGpx(QIODevice &out, const std::vector<RecordedTrack> &tracks, QString *error);

// KML: gx:Track (when + gx:coord, times kept) and plain Point/LineString placemarks (no times: reported).
TrackFileResult readKml(QIODevice &in, const QString &fileName, const ReadControl &control = {});
bool writeKml(QIODevice &out, const std::vector<RecordedTrack> &tracks, QString *error);

// Cursor on Target: one <event> or many (in any wrapping element).
TrackFileResult readCot(QIODevice &in, const QString &fileName, const ReadControl &control = {});
bool writeCot(QIODevice &out, const std::vector<RecordedTrack> &tracks, QString *error);

// GeoPackage and FlatGeobuf through GDAL/OGR, opened with that one driver only: point layers with a time field.
TrackFileResult readGeoPackage(const QString &path, const ReadControl &control = {});
TrackFileResult readFlatGeobuf(const QString &path, const ReadControl &control = {});
bool writeGeoPackage(const QString &path, const std::vector<RecordedTrack> &tracks, QString *error);

} // namespace trilink::maps::trackio
