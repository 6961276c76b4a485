// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/trackio/TrackFile.h"

#include "maps/trackio/SourceFile.h"
#include "maps/trackio/TextValues.h"
#include "maps/trackio/TrackBuilder.h"
#include "maps/trackio/TrackParsing.h"
#include "maps/trackio/TrackFormats.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <optional>
#include <vector>

namespace trilink::maps {
namespace {

constexpr qint64 kSniffBytes = 64 * 1024; // enough for any root element or CZML document packet
constexpr qint64 kTextCheckBytes = 4096;

using trackio::FormatBytes;
using trackio::FormatEntry;
using trackio::SourceFile;

bool readsExtension(const FormatEntry &e, QStringView ext)
{
    return std::any_of(e.extensions.begin(), e.extensions.end(), [ext](const char *x) { return ext == QLatin1StringView(x); });
}

// The format of a file by its extension, and where several formats share it (.json, .xml) by the sniffs of
// the table, in its order, on the file's first bytes; the fallback of the extension (the entry without a
// sniff) when none matches. source is null when the file could not be opened: then only a fallback is found.
const FormatEntry *entryFor(const QString &path, SourceFile *source)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    std::vector<const FormatEntry *> candidates;
    for (const FormatEntry &e : trackio::formatTable())
        if (readsExtension(e, ext))
            candidates.push_back(&e);
    if (candidates.size() <= 1)
        return candidates.empty() ? nullptr : candidates.front();
    if (source) {
        const QByteArray head = source->head(kSniffBytes);
        for (const FormatEntry *e : candidates)
            if (e->sniff && e->sniff(head))
                return e;
    }
    for (const FormatEntry *e : candidates)
        if (!e->sniff)
            return e;
    return nullptr;
}

// Why a file with a known but shared extension matched no format: "the XML root is not <event>, <events>,
// <gpx> or <kml>", from the table.
QString noSniffMatched(QStringView ext)
{
    QStringList what;
    for (const FormatEntry &e : trackio::formatTable())
        if (readsExtension(e, ext) && e.sniffWhat)
            what << QString::fromLatin1(e.sniffWhat);
    if (what.isEmpty())
        return {};
    const QString last = what.takeLast();
    const QString list = what.isEmpty() ? last : what.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
    return ext == u"xml" ? QStringLiteral("not a track file: the XML root is not %1").arg(list)
                         : QStringLiteral("not a track file: no %1 found").arg(list);
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

TrackFileResult unreadable(const QString &path, const QString &message)
{
    TrackFileResult r;
    r.readable = false;
    r.problems.push_back({path, 0, message});
    return r;
}

// Reads an opened file as this format: checks its size against the format's cap and its first bytes against
// what the format's bytes must be, then hands it to the reader.
TrackFileResult readAs(const FormatEntry &entry, const QString &path, SourceFile &source, const ReadControl &control)
{
    const QString name = QString::fromLatin1(entry.name);
    if (source.size() == 0)
        return unreadable(path, QStringLiteral("file is empty"));
    if (source.size() > entry.maxBytes)
        return unreadable(path, QStringLiteral("file of %1 MiB is larger than the %2 MiB Trilink reads as %3; not read")
                                    .arg(source.size() >> 20)
                                    .arg(entry.maxBytes >> 20)
                                    .arg(name));
    const QByteArray head = source.head(kTextCheckBytes);
    if (entry.bytes == FormatBytes::Gdal) {
        // Checked before GDAL sees the file, so that no other driver's idea of it (a VRT, say) ever matters.
        if (!head.startsWith(entry.magic)) {
            const bool text = isUtf8Text(head) && !hasBinaryBytes(head);
            const QString what = !text ? QStringLiteral("it is another kind of binary file")
                                 : head.trimmed().startsWith('<') ? QStringLiteral("it is XML text, perhaps a GDAL VRT")
                                                                  : QStringLiteral("it is text");
            return unreadable(path, QStringLiteral("not a %1 file: its first bytes are not a %1 file's (%2)").arg(name, what));
        }
        // GDAL takes a path and opens the file again: it must still be the regular file checked above.
        if (!source.isStill(QFileInfo(path).canonicalFilePath()))
            return unreadable(path, QStringLiteral("the file changed while it was being opened; not read"));
        return entry.readPath(path, control);
    }

    // A binary file (a picture, an archive) renamed .csv must stop here rather than become a screen of
    // per-line problems. XML files name their own encoding (UTF-16 with or without a byte order mark,
    // encoding="ISO-8859-1", ...) and QXmlStreamReader decodes it, or reports bytes that do not match it at
    // their line: only plainly binary data is refused here. The other formats are UTF-8 by definition.
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    const auto notText = [&] {
        return unreadable(path, QStringLiteral("not a text file (NUL bytes or control characters near the start); "
                                               "is it really %1?")
                                    .arg(name));
    };
    if (entry.bytes == FormatBytes::XmlText) {
        if (!utf16 && !looksLikeUtf16Xml(head) && hasBinaryBytes(head))
            return notText();
    } else if (utf16) {
        return unreadable(path, QStringLiteral("UTF-16 text; %1 files must be UTF-8").arg(name));
    } else if (!isUtf8Text(head)) {
        if (hasBinaryBytes(head))
            return notText();
        return unreadable(path, QStringLiteral("not UTF-8 text (Latin-1?); %1 files must be UTF-8: re-save the "
                                               "file as UTF-8")
                                    .arg(name));
    }
    return entry.read(source.file(), path, control);
}

} // namespace

QString TrackProblem::text() const
{
    // A file's name can hold control characters too (a name from a shared folder, expanded by a shell glob).
    const QString name = trackio::printableText(file);
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(name).arg(line).arg(message) : QStringLiteral("%1: %2").arg(name, message);
}

TrackFormat formatForPath(const QString &path)
{
    auto source = SourceFile::open(path, nullptr); // nullopt for a FIFO or a device: never read to sniff
    const FormatEntry *e = entryFor(path, source ? &*source : nullptr);
    return e ? e->format : TrackFormat::Unknown;
}

QString formatName(TrackFormat f)
{
    const FormatEntry *e = trackio::formatEntry(f);
    return e ? QString::fromLatin1(e->name) : QStringLiteral("unknown");
}

QStringList readableExtensions()
{
    QStringList out;
    for (const FormatEntry &e : trackio::formatTable())
        for (const char *x : e.extensions)
            if (const QString p = QStringLiteral("*.") + QLatin1StringView(x); !out.contains(p))
                out << p;
    return out;
}

QStringList writtenExtensions()
{
    QStringList out;
    for (const FormatEntry &e : trackio::formatTable())
        for (const char *x : e.writtenFor)
            out << QString::fromLatin1(x);
    return out;
}

QStringList writableExtensions()
{
    QStringList out;
    for (const FormatEntry &e : trackio::formatTable())
        if (!e.writtenFor.empty())
            out << QString::fromLatin1(e.writtenFor.front());
    return out;
}

TrackFileResult readTrackFile(const QString &path, const ReadControl &control)
{
    QString why;
    std::optional<SourceFile> source = SourceFile::open(path, &why);
    if (!source)
        return unreadable(path, why);
    const FormatEntry *entry = entryFor(path, &*source);
    if (!entry) {
        const QString ext = QFileInfo(path).suffix().toLower();
        if (const QString noMatch = noSniffMatched(ext); !noMatch.isEmpty())
            return unreadable(path, noMatch);
        return unreadable(path, QStringLiteral("not a track file Trilink knows (extension \"%1\"); readable: %2")
                                    .arg(ext, readableExtensions().join(u' ')));
    }
    TrackFileResult result = readAs(*entry, path, *source, control);
    result.format = entry->format;
    return result;
}

namespace {
// Why these tracks cannot be written as they are, or empty: a value no track format can hold (a control
// character, invalid Unicode: what readers never keep) or a time outside the years 0000..9999 (which every
// format Trilink writes would have to change). Writers keep everything else, so a file read back gives the
// same tracks; they refuse rather than change a value.
QString unwritable(const std::vector<RecordedTrack> &tracks)
{
    using trackio::isCleanTextValue;
    using trackio::quotedValue;
    for (const auto &t : tracks) {
        if (!isCleanTextValue(t.id))
            return QStringLiteral("track id %1 holds a control character or invalid Unicode").arg(quotedValue(t.id));
        if (!isCleanTextValue(t.label))
            return QStringLiteral("the label of track %1 holds a control character or invalid Unicode").arg(quotedValue(t.id));
        const QChar *lastSensor = nullptr;
        for (std::size_t i = 0; i < t.points.size(); ++i) {
            const TrackPoint &p = t.points[i];
            if (p.timeMsUtc < trackio::kMinTimeMs || p.timeMsUtc > trackio::kMaxTimeMs)
                return QStringLiteral("track %1 point %2 is at %3, outside the years 0000..9999 that the formats "
                                      "Trilink writes can hold")
                    .arg(quotedValue(t.id))
                    .arg(i + 1)
                    .arg(trackio::isoUtcMsText(p.timeMsUtc));
            if (p.sensor.constData() != lastSensor && !isCleanTextValue(p.sensor))
                return QStringLiteral("track %1 point %2: sensor name %3 holds a control character or invalid Unicode")
                    .arg(quotedValue(t.id))
                    .arg(i + 1)
                    .arg(quotedValue(p.sensor));
            lastSensor = p.sensor.constData();
        }
    }
    return {};
}

} // namespace

bool writeTrackFile(const QString &path, const std::vector<RecordedTrack> &tracks, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message.startsWith(path + u':') ? message : QStringLiteral("%1: %2").arg(path, message);
        return false;
    };
    // By extension only: the file may not exist yet. .json is written as GeoJSON and .xml as Cursor on Target.
    const QString ext = QFileInfo(path).suffix().toLower();
    const FormatEntry *entry = trackio::writerForExtension(ext);
    if (!entry)
        return fail(QStringLiteral("cannot write \"%1\" files; writable: %2").arg(ext, writableExtensions().join(u' ')));
    if (const QString why = unwritable(tracks); !why.isEmpty())
        return fail(QStringLiteral("cannot write: %1; nothing written").arg(why));
    if (entry->writePath) {
        QString why;
        if (!entry->writePath(path, tracks, &why)) // atomic on its own (temporary file + rename)
            return fail(why);
        return true;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write: %1").arg(out.errorString()));
    QString why;
    if (!entry->write(out, tracks, &why)) {
        out.cancelWriting();
        return fail(why.isEmpty() ? QStringLiteral("write failed") : why);
    }
    if (!out.commit())
        return fail(QStringLiteral("cannot write: %1").arg(out.errorString()));
    return true;
}

} // namespace trilink::maps
