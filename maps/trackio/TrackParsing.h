// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// Small helpers every track reader needs, so that all formats agree on what a valid time, point and partner
// list is, and word their problems the same way. Stateless except TrackBuilder; all thread-safe.

#include "maps/trackio/TrackFile.h"

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace trilink::maps::trackio {

// Limits a point must respect. Altitude: a kilometre below the ellipsoid (the Dead Sea shore, geoid lows)
// up to 10,000 km (above any ballistic apogee); anything outside is a unit mix-up, not a track.
inline constexpr double kMinAltM = -1000.0;
inline constexpr double kMaxAltM = 10'000'000.0;

// ISO 8601 date and time to milliseconds since 1970-01-01T00:00:00Z:
//   YYYY-MM-DD('T'|'t'|' ')hh:mm[:ss[(.|,)f...]][Z|z|+hh:mm|+hhmm|+hh|-...]
// A time without a zone is taken as UTC (files name UTC, and the reader's local zone must never move a
// track). Fractions of any length are rounded to the nearest millisecond. Anything else (a date alone, week
// dates, out-of-range fields such as month 13, 24:00, leap second 60, trailing junk) gives nullopt.
// Leading/trailing spaces are allowed. Fast enough for a million CSV rows (no allocation, no QDateTime).
std::optional<std::int64_t> parseIsoTimeMsUtc(std::string_view utf8);
std::optional<std::int64_t> parseIsoTimeMsUtc(QStringView text);

// Milliseconds since the epoch as "2017-11-28T18:17:00.000Z" (always Z and three decimals; years 0..9999),
// appended without QDateTime: what writers and problem messages use, fast enough for a million points.
void appendIsoUtcMs(QByteArray &out, std::int64_t timeMsUtc);
QString isoUtcMsText(std::int64_t timeMsUtc);

// A finite number (C locale, no thousands separators, surrounding spaces allowed); nullopt otherwise.
std::optional<double> parseNumber(std::string_view utf8);
std::optional<double> parseNumber(QStringView text);

// Checks the position of a point: finite lon/lat/alt, latitude -90..90, longitude -180..360 with 180..360
// (the "degrees east" convention of some trackers) normalised into -180..180, altitude kMinAltM..kMaxAltM.
// Returns an empty string when the point is good (possibly with lon rewritten), otherwise the problem, worded
// to follow "file:line: " ("latitude 91 outside -90..90").
QString checkPosition(TrackPoint &p);

// Partner lists: "USA;KOR", "USA+KOR", "USA|KOR", "USA,KOR", "usa kor" (any mix of those separators and
// spaces). "" and "none" are the empty set. Codes are matched by parsePartner (core/Partner.h) only, so an
// unknown code is never guessed: it is appended to *unknown for the caller to report, and left out of the mask.
PartnerMask parsePartnerList(QStringView text, QStringList *unknown);
// "USA;KOR" in kAllPartners order; empty for the empty set. What every writer puts in a text field.
QString partnerListText(PartnerMask mask);

// The rest of a device's bytes when there are at most cap of them, nullopt when there are more (the caller
// refuses the file). Never allocates more than the data needs plus a chunk: QIODevice::read(n) reserves all n
// bytes up front, so reading "cap + 1" to detect an oversized file would allocate gigabytes for a tiny one.
// Files and buffers are sized first; sequential devices are read in chunks until their end or the cap.
std::optional<QByteArray> readAllCapped(QIODevice &in, qint64 cap);

// "file:line: message"-ready problem.
inline TrackProblem problemAt(const QString &file, int line, const QString &message)
{
    return {file, line, message};
}

// 1-based line of a byte offset in a buffer (for parsers that report offsets, such as QJsonParseError).
int lineOfOffset(const QByteArray &data, qsizetype offset);

// Lines (1-based) where the elements of one JSON array start, so JSON readers can name the line of a bad
// feature or packet: the top-level array when key is empty (CZML packets), else the array that is the
// top-level object's member key ("features"). A linear scan without recursion; meant for a document that
// QJsonDocument already parsed (on invalid JSON it returns what it found).
std::vector<int> jsonArrayElementLines(const QByteArray &json, std::string_view key = {});

// For writers that build text by hand (streaming, no DOM of a million points): a JSON string literal with
// quotes and escapes, and the shortest decimal text that reads back as the same double.
void appendJsonString(QByteArray &out, QStringView s);
void appendShortestNumber(QByteArray &out, double v);

// A broken file must not eat memory in messages: the first kMaxProblems problems are listed, the rest counted
// in one last line ("... and 249,000 more problems not listed").
inline constexpr std::size_t kMaxProblems = 1000;

// Groups points into tracks by id (first-seen order) and enforces what every format must satisfy: a valid
// position (checkPosition) and, within a track, times strictly increasing. A bad point is dropped with one
// problem at its line and the rest of its track kept:
//   "time 2017-11-28T18:17:00.000Z repeats the previous point's; point skipped"
//   "time ... goes back before ...; point skipped"
// Typical use: builder.add(id, point, line) per row, then result.tracks = builder.takeTracks().
class TrackBuilder {
public:
    TrackBuilder(const QString &fileName, std::vector<TrackProblem> &problems)
        : m_fileName(fileName), m_problems(problems)
    {
    }

    // Adds p (lon possibly normalised) to track id; false, with a problem at line (its message after `where`,
    // "point 3: "), when it was dropped.
    bool add(const QString &id, TrackPoint p, int line, const QString &where = {});
    // The track with this id, created empty (at the end of the order) when new. Use to set a label.
    RecordedTrack &track(const QString &id);
    // Adds a problem at line in this file; past kMaxProblems it is only counted.
    void problem(int line, const QString &message);
    // Appends the count of problems not listed, once, when there were more than kMaxProblems.
    void summariseProblems();
    std::size_t pointCount() const { return m_pointCount; }
    // The tracks in first-seen order; tracks left without points are dropped (with a problem each, so a user
    // learns why a named track is missing). The builder is empty afterwards.
    std::vector<RecordedTrack> takeTracks();

private:
    QString m_fileName;
    std::vector<TrackProblem> &m_problems;
    std::vector<RecordedTrack> m_tracks;
    QHash<QString, int> m_index;
    int m_last = -1; // index of the last track added to: rows of one track usually come together
    std::size_t m_pointCount = 0;
    std::size_t m_problemsNotListed = 0;
};

} // namespace trilink::maps::trackio
