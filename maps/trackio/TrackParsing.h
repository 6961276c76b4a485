// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// Small helpers every track reader needs, so that all formats agree on what a valid time, point and partner
// list is, and word their problems the same way (TrackBuilder.h groups points into tracks). Stateless and
// thread-safe.

#include "maps/trackio/TrackFile.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trilink::maps::trackio {

// Limits a point must respect. Altitude: a kilometre below the ellipsoid (the Dead Sea shore, geoid lows)
// up to 10,000 km (above any ballistic apogee); anything outside is a unit mix-up, not a track.
inline constexpr double kMinAltM = -1000.0;
inline constexpr double kMaxAltM = 10'000'000.0;

// ISO 8601 date and time to milliseconds since 1970-01-01T00:00:00Z:
//   YYYY-MM-DD('T'|'t'|' ')hh:mm[:ss[(.|,)f...]][Z|z|+hh:mm|+hhmm|+hh|-...]
// and OGR's DateTime text, the same with YYYY/MM/DD ("2022/10/03 22:22:00.5+00": QGIS's and ogr2ogr's CSV).
// A time without a zone is taken as UTC (files name UTC, and the reader's local zone must never move a
// track). Fractions of any length are rounded to the nearest millisecond. Anything else (a date alone, week
// dates, out-of-range fields such as month 13, 24:00, leap second 60, trailing junk) gives nullopt.
// Leading/trailing spaces are allowed. Fast enough for a million CSV rows (no allocation, no QDateTime).
std::optional<std::int64_t> parseIsoTimeMsUtc(std::string_view utf8);
std::optional<std::int64_t> parseIsoTimeMsUtc(QStringView text);

// Milliseconds since the epoch as "2017-11-28T18:17:00.000Z" (always Z and three decimals; a year outside
// 0..9999 in ISO 8601's expanded form, "+012345-01-01T00:00:00.000Z", never clamped),
// appended without QDateTime: what writers and problem messages use, fast enough for a million points.
void appendIsoUtcMs(QByteArray &out, std::int64_t timeMsUtc);
QString isoUtcMsText(std::int64_t timeMsUtc);

// A plain decimal ("-132.216747", "1000": an optional '-', digits, optionally a point and digits): its digits
// as an integer and the count after the point, when both are exact in a double (at most 2^53 and 10^22), so
// that one division gives the correctly rounded value, the same double from_chars gives (Clinger's fast
// path). nullopt for anything else (exponents, more digits, a bare point, spaces), which is left to
// from_chars. Most numbers in track files are of this form, and this is several times cheaper per number.
// Leading zeros ("007") are accepted: a JSON reader rejects them first.
std::optional<double> plainDecimal(std::string_view s);

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
// The problem every reader reports for partner codes it does not know: "unknown partner code XYZ (known: USA,
// KOR, JPN); point kept without it" (a few codes, each cut short: they are the file's text).
QString unknownPartnerProblem(const QStringList &codes);

// "USA;KOR" in kAllPartners order; empty for the empty set. What every writer puts in a text field.
QString partnerListText(PartnerMask mask);

// The same text from a file, row after row, converted once: the UTF-8 bytes of an id, sensor or partner list
// usually repeat from one point to the next, so these keep the last conversion (no allocation per point).
class TextCache {
public:
    const QString &text(std::string_view utf8)
    {
        if (utf8 != m_bytes || (m_text.isNull() && !utf8.empty())) {
            m_bytes.assign(utf8);
            m_text = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
        }
        return m_text;
    }

private:
    std::string m_bytes;
    QString m_text;
};

// The same QString for the same text, point after point (a sensor name repeats): one copy of it, not one per
// point, before the builder keeps it.
class SharedText {
public:
    QString share(QString s)
    {
        if (s != m_last)
            m_last = std::move(s);
        return m_last;
    }

private:
    QString m_last;
};

// The last few partner lists seen (a file alternates between a handful: "USA", "KOR", "USA;KOR").
class PartnerCache {
public:
    // parsePartnerList of the bytes; a list with unknown codes is not kept, so each one is reported.
    PartnerMask mask(std::string_view utf8, QStringList *unknown)
    {
        for (const Entry &e : m_entries)
            if (e.used && e.bytes == utf8)
                return e.mask;
        QStringList bad;
        const PartnerMask mask = parsePartnerList(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())), &bad);
        if (bad.isEmpty()) {
            Entry &e = m_entries[m_next++ % std::size(m_entries)];
            e = {std::string(utf8), mask, true};
        } else if (unknown) {
            *unknown += bad;
        }
        return mask;
    }

private:
    struct Entry {
        std::string bytes;
        PartnerMask mask = 0;
        bool used = false;
    };
    Entry m_entries[8];
    std::size_t m_next = 0;
};

// The id of a track GDAL's GPX layout numbers (track_points.track_fid, from 0) when no track name is known:
// "track 1" for the first (the GPX file's first <trk>), as GDAL's own tracks layer counts its features.
inline QString gdalTrackId(qint64 trackFid) { return QStringLiteral("track %1").arg(trackFid + 1); }

// "file:line: message"-ready problem.
inline TrackProblem problemAt(const QString &file, int line, const QString &message)
{
    return {file, line, message};
}

// For writers that build text by hand (streaming, no DOM of a million points): a JSON string literal with
// quotes and escapes, and the shortest decimal text that reads back as the same double.
void appendJsonString(QByteArray &out, QStringView s);
void appendShortestNumber(QByteArray &out, double v);
QString shortestNumber(double v);

} // namespace trilink::maps::trackio
