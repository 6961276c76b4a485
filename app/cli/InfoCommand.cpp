// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/InfoCommand.h"

#include "app/cli/CommandLine.h"
#include "core/RecordedTrack.h"
#include "maps/trackio/TextValues.h"
#include "maps/trackio/TrackFile.h"
#include "maps/trackio/TrackParsing.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace trilink::cli {
namespace {
struct FileTracks {
    QString path;
    maps::TrackFileResult result;
};

using maps::trackio::printableText;
using maps::trackio::validUnicode;

int usageError(const QString &message)
{
    QTextStream(stderr) << "trilink info: " << printableText(message) << "\n";
    return kExitUsage;
}

// Kilometres to the metre: enough for a reader to compare round trips, not so many digits that noise shows.
double km(double metres) { return std::round(metres) / 1000.0; }

QString timeOf(const RecordedTrack &t, bool first)
{
    return isoUtcMs(first ? t.points.front().timeMsUtc : t.points.back().timeMsUtc);
}

// The JSON document, written as it goes (a DOM of a hundred thousand tracks took 300 MB). Every string from a
// file or the command line goes out as valid Unicode, control characters escaped: an unpaired surrogate would
// otherwise be written as "\ud800", which strict parsers refuse.
class JsonOut {
public:
    ~JsonOut() { flush(); }
    JsonOut &raw(const char *text)
    {
        m_buf += text;
        return *this;
    }
    JsonOut &string(const QString &s)
    {
        maps::trackio::appendJsonString(m_buf, validUnicode(s));
        return *this;
    }
    JsonOut &number(double v)
    {
        maps::trackio::appendShortestNumber(m_buf, v);
        return *this;
    }
    JsonOut &integer(qint64 v)
    {
        m_buf += QByteArray::number(v);
        return *this;
    }
    // key: value pairs of one object on one line.
    JsonOut &key(const char *name)
    {
        m_buf += '"';
        m_buf += name;
        m_buf += "\": ";
        return *this;
    }
    void flushIfLarge()
    {
        if (m_buf.size() > (1 << 20))
            flush();
    }
    void flush()
    {
        std::fwrite(m_buf.constData(), 1, static_cast<std::size_t>(m_buf.size()), stdout);
        m_buf.clear();
    }

private:
    QByteArray m_buf;
};

void trackJson(JsonOut &out, const RecordedTrack &t, const QString &path)
{
    out.raw("    {").key("id").string(t.id).raw(", ").key("label").string(t.label).raw(", ").key("file").string(path);
    out.raw(", ").key("points").integer(static_cast<qint64>(t.points.size()));
    if (t.points.empty())
        out.raw(", ").key("start").raw("null").raw(", ").key("end").raw("null");
    else
        out.raw(", ").key("start").string(timeOf(t, true)).raw(", ").key("end").string(timeOf(t, false));
    out.raw(", ").key("apogee_km").number(km(t.apogeeM())).raw(", ").key("range_km").number(km(t.groundRangeM()));
    out.raw(", ").key("partners").raw("[");
    bool first = true;
    const PartnerMask partners = t.partnerSet();
    for (Partner p : kAllPartners) {
        if (!(partners & partnerBit(p)))
            continue;
        out.raw(first ? "" : ", ").string(partnerCode(p));
        first = false;
    }
    out.raw("]}");
}

void printJson(const std::vector<FileTracks> &files)
{
    JsonOut out;
    auto separator = [&](bool &first) {
        out.raw(first ? "\n" : ",\n");
        first = false;
    };
    out.raw("{\n  \"files\": [");
    bool first = true;
    for (const auto &f : files) {
        separator(first);
        const maps::TrackFormat format = f.result.format != maps::TrackFormat::Unknown ? f.result.format : maps::formatForPath(f.path);
        out.raw("    {").key("file").string(f.path).raw(", ").key("format").string(maps::formatName(format));
        out.raw(", ").key("readable").raw(f.result.readable ? "true" : "false");
        out.raw(", ").key("tracks").integer(static_cast<qint64>(f.result.tracks.size())).raw("}");
    }
    out.raw("\n  ],\n  \"tracks\": [");
    first = true;
    for (const auto &f : files) {
        for (const auto &t : f.result.tracks) {
            separator(first);
            trackJson(out, t, f.path);
            out.flushIfLarge();
        }
    }
    out.raw("\n  ],\n  \"problems\": [");
    first = true;
    for (const auto &f : files) {
        for (const auto &pr : f.result.problems) {
            separator(first);
            out.raw("    {").key("file").string(pr.file).raw(", ").key("line").integer(pr.line);
            out.raw(", ").key("message").string(pr.message).raw("}");
            out.flushIfLarge();
        }
    }
    out.raw("\n  ]\n}\n");
}

QString timeText(const RecordedTrack &t, bool first)
{
    return t.points.empty() ? QStringLiteral("-") : timeOf(t, first);
}

// Text for a terminal: whatever came from a file (ids, names, problem messages quoting it) shows its control
// characters as \x1b and the like, so a file cannot clear the screen, move the cursor or forge lines.
// The table goes to stdout and the problems to stderr, so `trilink info a.csv > table.txt` keeps a clean
// table and still shows what was wrong, and a script can count problems with `2>&1 >/dev/null | wc -l`.
void printText(const std::vector<FileTracks> &files)
{
    int idWidth = 5, fileWidth = 4;
    std::size_t trackCount = 0, pointCount = 0, problemCount = 0;
    for (const auto &f : files) {
        fileWidth = std::max(fileWidth, static_cast<int>(printableText(QFileInfo(f.path).fileName()).size()));
        for (const auto &t : f.result.tracks) {
            idWidth = std::max(idWidth, static_cast<int>(printableText(t.id).size()));
            pointCount += t.points.size();
        }
        trackCount += f.result.tracks.size();
        problemCount += f.result.problems.size();
    }
    idWidth = std::min(idWidth, 32);
    fileWidth = std::min(fileWidth, 32);
    QTextStream out(stdout);
    const QString row = QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n");
    out << row.arg(QStringLiteral("track").leftJustified(idWidth), QStringLiteral("file").leftJustified(fileWidth),
                   QStringLiteral("points").rightJustified(8), QStringLiteral("start (UTC)").leftJustified(24),
                   QStringLiteral("end (UTC)").leftJustified(24), QStringLiteral("apogee km").rightJustified(9),
                   QStringLiteral("range km").rightJustified(9), QStringLiteral("partners"));
    for (const auto &f : files) {
        const QString name = printableText(QFileInfo(f.path).fileName());
        for (const auto &t : f.result.tracks)
            out << row.arg(printableText(t.id).leftJustified(idWidth, u' ', true), name.leftJustified(fileWidth, u' ', true),
                           QString::number(t.points.size()).rightJustified(8), timeText(t, true).leftJustified(24),
                           timeText(t, false).leftJustified(24), QString::number(t.apogeeM() / 1000.0, 'f', 1).rightJustified(9),
                           QString::number(t.groundRangeM() / 1000.0, 'f', 1).rightJustified(9), partnerMaskText(t.partnerSet()));
    }
    out << "\n" << trackCount << (trackCount == 1 ? " track, " : " tracks, ") << pointCount << " points in "
        << files.size() << (files.size() == 1 ? " file" : " files");
    if (problemCount > 0)
        out << "; " << problemCount << (problemCount == 1 ? " problem" : " problems") << " (on stderr)";
    out << "\n";
    out.flush();

    QTextStream err(stderr);
    for (const auto &f : files) {
        for (const auto &pr : f.result.problems)
            err << printableText(pr.text()) << "\n";
        if (!f.result.readable && f.result.problems.empty())
            err << printableText(f.path) << ": cannot be read\n";
    }
}
} // namespace

int runInfo(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Summarise recorded track files: per track the id, points, start and end, "
                                               "apogee, ground range and partners, then the problems found."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
    p.addOptions({help, json});
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Track files (%1).").arg(maps::readableExtensions().join(u' ')),
                            QStringLiteral("FILE..."));
    if (!p.parse(arguments))
        return usageError(p.errorText());
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText().replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: trilink info"));
        return kExitOk;
    }
    const QStringList paths = p.positionalArguments();
    if (paths.isEmpty())
        return usageError(QStringLiteral("name at least one track file (see trilink info --help)"));

    std::vector<FileTracks> files;
    bool allReadable = true;
    for (const QString &path : paths) {
        files.push_back({path, maps::readTrackFile(path)});
        allReadable = allReadable && files.back().result.readable;
    }
    if (p.isSet(json))
        printJson(files);
    else
        printText(files);
    return allReadable ? kExitOk : kExitFailure;
}

} // namespace trilink::cli
