// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/trackio/TrackFile.h"

#include "maps/trackio/TrackFormats.h"

#include <gdal.h>

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QXmlStreamReader>

#include <mutex>

namespace trilink::maps {
namespace {

constexpr qint64 kSniffBytes = 64 * 1024; // enough for any root element or CZML document packet
constexpr qint64 kTextCheckBytes = 4096;

QByteArray readHead(const QString &path, qint64 bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(bytes);
}

QByteArrayView withoutBom(QByteArrayView head)
{
    return head.startsWith("\xEF\xBB\xBF") ? head.sliced(3) : head;
}

// CZML is a JSON array whose first packet is the document packet ("id": "document"); anything else in a .json
// is taken as GeoJSON, whose reader says what it found instead.
TrackFormat sniffJson(const QString &path)
{
    const QByteArray head = readHead(path, kSniffBytes);
    const QByteArrayView v = withoutBom(head).trimmed();
    static const QRegularExpression documentId(QStringLiteral("\"id\"\\s*:\\s*\"document\""));
    if (v.startsWith('[') && documentId.match(QString::fromUtf8(v)).hasMatch())
        return TrackFormat::Czml;
    return TrackFormat::GeoJson;
}

// The local name of the root element: <event> or <events> is Cursor on Target, <gpx> GPX, <kml> KML. Only the
// prolog and the root's start tag are read, so a hostile DTD is never expanded here.
TrackFormat sniffXml(const QString &path)
{
    QXmlStreamReader xml(readHead(path, kSniffBytes));
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            const auto root = xml.name();
            if (root == u"event" || root == u"events")
                return TrackFormat::Cot;
            if (root == u"gpx")
                return TrackFormat::Gpx;
            if (root == u"kml")
                return TrackFormat::Kml;
            return TrackFormat::Unknown;
        }
    }
    return TrackFormat::Unknown;
}

// Other extensions: whatever GDAL recognises as vector data (Shapefile, FlatGeobuf, GML, SQLite...).
bool gdalOpensAsVector(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return false;
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
    const QByteArray p = QFile::encodeName(path);
    return GDALIdentifyDriverEx(p.constData(), GDAL_OF_VECTOR, nullptr, nullptr) != nullptr;
}

// True when the bytes are valid UTF-8 without NUL; a sequence cut by the end of the sample is allowed.
bool isUtf8Text(QByteArrayView s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned c = p[i];
        if (c == 0)
            return false;
        if (c < 0x80) {
            ++i;
            continue;
        }
        int more = 0;
        unsigned min = 0;
        if ((c & 0xE0) == 0xC0) {
            more = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            more = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
            more = 3;
            min = 0x10000;
        } else {
            return false;
        }
        unsigned cp = c & (0x3F >> more);
        for (int k = 1; k <= more; ++k) {
            if (i + k >= n)
                return true; // cut by the sample's end
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += more + 1;
    }
    return true;
}

// Control characters that no text file holds (NUL, and C0 codes other than tab, line breaks and form feed):
// a picture or an archive, not text in some other encoding.
bool hasBinaryBytes(QByteArrayView s)
{
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            return true;
    }
    return false;
}

// UTF-16 without a byte order mark, as XML allows: the first character is '<' in either byte order.
bool looksLikeUtf16Xml(QByteArrayView s)
{
    return s.startsWith(QByteArrayView("<\0", 2)) || s.startsWith(QByteArrayView("\0<", 2));
}

bool isXmlFormat(TrackFormat f) { return f == TrackFormat::Gpx || f == TrackFormat::Kml || f == TrackFormat::Cot; }

TrackFileResult unreadable(const QString &path, const QString &message)
{
    TrackFileResult r;
    r.readable = false;
    r.problems.push_back({path, 0, message});
    return r;
}

} // namespace

QString TrackProblem::text() const
{
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                    : QStringLiteral("%1: %2").arg(file, message);
}

TrackFormat formatForPath(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == u"csv")
        return TrackFormat::Csv;
    if (ext == u"geojson")
        return TrackFormat::GeoJson;
    if (ext == u"json")
        return sniffJson(path);
    if (ext == u"czml")
        return TrackFormat::Czml;
    if (ext == u"gpx")
        return TrackFormat::Gpx;
    if (ext == u"kml")
        return TrackFormat::Kml;
    if (ext == u"cot")
        return TrackFormat::Cot;
    if (ext == u"xml")
        return sniffXml(path);
    if (ext == u"gpkg")
        return TrackFormat::GeoPackage;
    return gdalOpensAsVector(path) ? TrackFormat::OgrVector : TrackFormat::Unknown;
}

QString formatName(TrackFormat f)
{
    switch (f) {
    case TrackFormat::Csv:
        return QStringLiteral("CSV");
    case TrackFormat::GeoJson:
        return QStringLiteral("GeoJSON");
    case TrackFormat::Gpx:
        return QStringLiteral("GPX");
    case TrackFormat::Kml:
        return QStringLiteral("KML");
    case TrackFormat::Czml:
        return QStringLiteral("CZML");
    case TrackFormat::Cot:
        return QStringLiteral("Cursor on Target");
    case TrackFormat::GeoPackage:
        return QStringLiteral("GeoPackage");
    case TrackFormat::OgrVector:
        return QStringLiteral("GDAL vector");
    case TrackFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QStringList readableExtensions()
{
    return {QStringLiteral("*.csv"), QStringLiteral("*.geojson"), QStringLiteral("*.json"),
            QStringLiteral("*.gpx"), QStringLiteral("*.kml"),     QStringLiteral("*.czml"),
            QStringLiteral("*.cot"), QStringLiteral("*.xml"),     QStringLiteral("*.gpkg"),
            QStringLiteral("*.shp"), QStringLiteral("*.fgb"),     QStringLiteral("*.gml"),
            QStringLiteral("*.sqlite")};
}

QStringList writableExtensions()
{
    return {QStringLiteral("csv"), QStringLiteral("geojson"), QStringLiteral("kml"),
            QStringLiteral("czml"), QStringLiteral("cot"),    QStringLiteral("gpkg")};
}

TrackFileResult readTrackFile(const QString &path, const ReadControl &control)
{
    const QFileInfo info(path);
    if (!info.exists())
        return unreadable(path, QStringLiteral("no such file"));
    if (info.isDir())
        return unreadable(path, QStringLiteral("is a directory, not a track file"));

    const TrackFormat format = formatForPath(path);
    if (format == TrackFormat::Unknown) {
        const QString ext = info.suffix().toLower();
        if (ext == u"xml")
            return unreadable(path, QStringLiteral("not a track file: the XML root is not <event>, <events>, "
                                                   "<gpx> or <kml>"));
        return unreadable(path, QStringLiteral("not a track file Trilink knows (extension \"%1\"); readable: %2")
                                    .arg(ext, readableExtensions().join(u' ')));
    }
    if (format == TrackFormat::GeoPackage || format == TrackFormat::OgrVector) {
        if (!info.isReadable())
            return unreadable(path, QStringLiteral("cannot open: permission denied"));
        if (info.size() == 0)
            return unreadable(path, QStringLiteral("file is empty"));
        return trackio::readOgr(path, control);
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, QStringLiteral("cannot open: %1").arg(file.errorString()));
    if (file.size() == 0 && file.atEnd())
        return unreadable(path, QStringLiteral("file is empty"));

    // A binary file (a picture, an archive) renamed .csv must stop here rather than become a screen of
    // per-line problems. XML files name their own encoding (UTF-16 with or without a byte order mark,
    // encoding="ISO-8859-1", ...) and QXmlStreamReader decodes it, or reports bytes that do not match it at
    // their line: only plainly binary data is refused here. The other formats are UTF-8 by definition.
    const QByteArray head = file.peek(kTextCheckBytes);
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    const auto notText = [&] {
        return unreadable(path, QStringLiteral("not a text file (NUL bytes or control characters near the start); "
                                               "is it really %1?")
                                    .arg(formatName(format)));
    };
    if (isXmlFormat(format)) {
        if (!utf16 && !looksLikeUtf16Xml(head) && hasBinaryBytes(head))
            return notText();
    } else if (utf16) {
        return unreadable(path, QStringLiteral("UTF-16 text; %1 files must be UTF-8").arg(formatName(format)));
    } else if (!isUtf8Text(head)) {
        if (hasBinaryBytes(head))
            return notText();
        return unreadable(path, QStringLiteral("not UTF-8 text (Latin-1?); %1 files must be UTF-8: re-save the "
                                               "file as UTF-8")
                                    .arg(formatName(format)));
    }

    switch (format) {
    case TrackFormat::Csv:
        return trackio::readCsv(file, path, control);
    case TrackFormat::GeoJson:
        return trackio::readGeoJson(file, path, control);
    case TrackFormat::Czml:
        return trackio::readCzml(file, path, control);
    case TrackFormat::Gpx:
        return trackio::readGpx(file, path, control);
    case TrackFormat::Kml:
        return trackio::readKml(file, path, control);
    case TrackFormat::Cot:
        return trackio::readCot(file, path, control);
    case TrackFormat::GeoPackage:
    case TrackFormat::OgrVector:
    case TrackFormat::Unknown:
        break;
    }
    return unreadable(path, QStringLiteral("no reader for this format"));
}

bool writeTrackFile(const QString &path, const std::vector<RecordedTrack> &tracks, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message.startsWith(path + u':') ? message : QStringLiteral("%1: %2").arg(path, message);
        return false;
    };
    // By extension only: the file may not exist yet. .json is written as GeoJSON and .xml as Cursor on Target.
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == u"gpkg") {
        QString why;
        if (!trackio::writeGeoPackage(path, tracks, &why)) // atomic on its own (temporary file + rename)
            return fail(why);
        return true;
    }
    using Writer = bool (*)(QIODevice &, const std::vector<RecordedTrack> &, QString *);
    Writer writer = nullptr;
    if (ext == u"csv")
        writer = trackio::writeCsv;
    else if (ext == u"geojson" || ext == u"json")
        writer = trackio::writeGeoJson;
    else if (ext == u"czml")
        writer = trackio::writeCzml;
    else if (ext == u"kml")
        writer = trackio::writeKml;
    else if (ext == u"cot" || ext == u"xml")
        writer = trackio::writeCot;
    else
        return fail(QStringLiteral("cannot write \"%1\" files; writable: %2").arg(ext, writableExtensions().join(u' ')));

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write: %1").arg(out.errorString()));
    QString why;
    if (!writer(out, tracks, &why)) {
        out.cancelWriting();
        return fail(why.isEmpty() ? QStringLiteral("write failed") : why);
    }
    if (!out.commit())
        return fail(QStringLiteral("cannot write: %1").arg(out.errorString()));
    return true;
}

} // namespace trilink::maps
