// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/trackio/TrackFormats.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace trilink::maps::trackio {
namespace {

QByteArrayView withoutBom(QByteArrayView head)
{
    return head.startsWith("\xEF\xBB\xBF") ? head.sliced(3) : head;
}

// The head as text for the sniffs below: UTF-16 (a byte order mark, or XML's "<" in either byte order) decoded,
// anything else taken byte for byte (the names sniffed are ASCII in every encoding XML files use).
QString headText(QByteArrayView head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith(QByteArrayView("<\0", 2)))
        return QStringDecoder(QStringDecoder::Utf16LE).decode(head);
    if (head.startsWith("\xFE\xFF") || head.startsWith(QByteArrayView("\0<", 2)))
        return QStringDecoder(QStringDecoder::Utf16BE).decode(head);
    return QString::fromLatin1(withoutBom(head));
}

// Skips from `at` past the next occurrence of `end`; false when the head ends first.
bool skipPast(QStringView s, qsizetype &at, QStringView end)
{
    const qsizetype i = s.indexOf(end, at);
    if (i < 0)
        return false;
    at = i + end.size();
    return true;
}

// The local name of the root element, read by hand rather than by an XML parser: only the prolog (declaration,
// comments, processing instructions, the DOCTYPE with its internal subset) is skipped, nothing is expanded,
// so a hostile DTD or a root with a million attributes costs a scan of the head and no more. Empty when the
// head holds no root start tag.
QString xmlRootName(QByteArrayView head)
{
    const QString text = headText(head);
    const QStringView s(text);
    qsizetype at = 0;
    while (at < s.size()) {
        const QChar c = s[at];
        if (c.isSpace() || c == u'\uFEFF') {
            ++at;
        } else if (s.sliced(at).startsWith(u"<?")) {
            if (!skipPast(s, at, u"?>"))
                return {};
        } else if (s.sliced(at).startsWith(u"<!--")) {
            if (!skipPast(s, at, u"-->"))
                return {};
        } else if (s.sliced(at).startsWith(u"<!DOCTYPE")) {
            // Up to the '>' that is outside quotes and outside the internal subset [ ... ].
            bool inSubset = false;
            QChar quote;
            for (at += 9; at < s.size(); ++at) {
                const QChar d = s[at];
                if (!quote.isNull()) {
                    if (d == quote)
                        quote = QChar();
                } else if (inSubset && s.sliced(at).startsWith(u"<!--")) {
                    if (!skipPast(s, at, u"-->"))
                        return {};
                    --at;
                } else if (d == u'"' || d == u'\'') {
                    quote = d;
                } else if (d == u'[') {
                    inSubset = true;
                } else if (d == u']') {
                    inSubset = false;
                } else if (d == u'>' && !inSubset) {
                    break;
                }
            }
            if (at >= s.size())
                return {};
            ++at;
        } else if (c == u'<') {
            qsizetype end = at + 1;
            while (end < s.size() && !s[end].isSpace() && s[end] != u'>' && s[end] != u'/')
                ++end;
            const QStringView name = s.sliced(at + 1, end - at - 1);
            const qsizetype colon = name.lastIndexOf(u':');
            return (colon >= 0 ? name.sliced(colon + 1) : name).toString();
        } else {
            return {}; // text before the root: not XML
        }
    }
    return {};
}

constexpr const char *kCsv[] = {"csv"};
constexpr const char *kGeoJsonRead[] = {"geojson", "json"};
constexpr const char *kCzml[] = {"czml"};
constexpr const char *kCzmlRead[] = {"czml", "json"};
constexpr const char *kGpx[] = {"gpx", "xml"};
constexpr const char *kGpxWrite[] = {"gpx"};
constexpr const char *kKml[] = {"kml", "xml"};
constexpr const char *kKmlWrite[] = {"kml"};
constexpr const char *kCot[] = {"cot", "xml"};
constexpr const char *kGpkg[] = {"gpkg"};
constexpr const char *kFlatGeobuf[] = {"fgb"};
// A GeoPackage is an SQLite 3 database; a FlatGeobuf file starts "fgb", version 3, "fgb".
constexpr QByteArrayView kSqliteMagic("SQLite format 3\0", 16);
constexpr QByteArrayView kFlatGeobufMagic("fgb\x03" "fgb", 7);
// Text formats are streamed and capped at 2 GiB (FormatEntry's default); GDAL reads its formats by pages.
constexpr qint64 kGdalMaxBytes = qint64(4) << 30;

// In this order a shared extension tries the sniffs: .json is CZML when it looks like it, else GeoJSON (whose
// reader says what it found instead); .xml is whichever of CoT, GPX and KML its root names, else nothing.
const std::array<FormatEntry, 8> kFormats{{
    {TrackFormat::Csv, "CSV", kCsv, kCsv, nullptr, nullptr, FormatBytes::Utf8Text, {}, readCsv, nullptr, writeCsv, nullptr},
    {TrackFormat::Czml, "CZML", kCzmlRead, kCzml, looksLikeCzml, "a CZML document packet", FormatBytes::Utf8Text,
     {}, readCzml, nullptr, writeCzml, nullptr},
    {TrackFormat::GeoJson, "GeoJSON", kGeoJsonRead, kGeoJsonRead, nullptr, nullptr, FormatBytes::Utf8Text, {}, readGeoJson,
     nullptr, writeGeoJson, nullptr},
    {TrackFormat::Cot, "Cursor on Target", kCot, kCot, looksLikeCot, "<event>, <events>", FormatBytes::XmlText, {}, readCot,
     nullptr, writeCot, nullptr},
    {TrackFormat::Gpx, "GPX", kGpx, kGpxWrite, looksLikeGpx, "<gpx>", FormatBytes::XmlText, {}, readGpx, nullptr, writeGpx,
     nullptr},
    {TrackFormat::Kml, "KML", kKml, kKmlWrite, looksLikeKml, "<kml>", FormatBytes::XmlText, {}, readKml, nullptr, writeKml,
     nullptr},
    {TrackFormat::GeoPackage, "GeoPackage", kGpkg, kGpkg, nullptr, nullptr, FormatBytes::Gdal, kSqliteMagic, nullptr,
     readGeoPackage, nullptr, writeGeoPackage, kGdalMaxBytes},
    {TrackFormat::FlatGeobuf, "FlatGeobuf", kFlatGeobuf, {}, nullptr, nullptr, FormatBytes::Gdal, kFlatGeobufMagic,
     nullptr, readFlatGeobuf, nullptr, nullptr, kGdalMaxBytes},
}};

} // namespace

bool looksLikeCzml(QByteArrayView head)
{
    const QByteArrayView v = withoutBom(head).trimmed();
    static const QRegularExpression documentId(QStringLiteral("\"id\"\\s*:\\s*\"document\""));
    return v.startsWith('[') && documentId.match(QString::fromUtf8(v)).hasMatch();
}

bool looksLikeCot(QByteArrayView head)
{
    const QString root = xmlRootName(head);
    return root == u"event" || root == u"events";
}

bool looksLikeGpx(QByteArrayView head) { return xmlRootName(head) == u"gpx"; }
bool looksLikeKml(QByteArrayView head) { return xmlRootName(head) == u"kml"; }

std::span<const FormatEntry> formatTable() { return kFormats; }

const FormatEntry *formatEntry(TrackFormat f)
{
    const auto it = std::find_if(kFormats.begin(), kFormats.end(), [f](const FormatEntry &e) { return e.format == f; });
    return it == kFormats.end() ? nullptr : &*it;
}

const FormatEntry *writerForExtension(QStringView ext)
{
    for (const FormatEntry &e : kFormats)
        for (const char *x : e.writtenFor)
            if (ext == QLatin1StringView(x))
                return &e;
    return nullptr;
}

} // namespace trilink::maps::trackio
