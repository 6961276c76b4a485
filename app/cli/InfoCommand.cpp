// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/InfoCommand.h"

#include "app/cli/CommandLine.h"
#include "core/RecordedTrack.h"
#include "maps/trackio/TextValues.h"
#include "maps/trackio/TrackFile.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cmath>

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

QJsonArray partnerCodes(PartnerMask mask)
{
    QJsonArray codes;
    for (Partner p : kAllPartners)
        if (mask & partnerBit(p))
            codes.append(partnerCode(p));
    return codes;
}

QJsonValue timeJson(const RecordedTrack &t, bool first)
{
    if (t.points.empty())
        return QJsonValue::Null;
    return isoUtcMs(first ? t.points.front().timeMsUtc : t.points.back().timeMsUtc);
}

// Every string from a file or the command line goes out as valid Unicode: JSON writes an unpaired surrogate
// as "\ud800", which strict parsers refuse. Control characters QJsonDocument escapes itself.
QJsonObject trackJson(const RecordedTrack &t, const QString &path)
{
    return QJsonObject{
        {QStringLiteral("id"), validUnicode(t.id)},
        {QStringLiteral("label"), validUnicode(t.label)},
        {QStringLiteral("file"), validUnicode(path)},
        {QStringLiteral("points"), static_cast<qint64>(t.points.size())},
        {QStringLiteral("start"), timeJson(t, true)},
        {QStringLiteral("end"), timeJson(t, false)},
        {QStringLiteral("apogee_km"), km(t.apogeeM())},
        {QStringLiteral("range_km"), km(t.groundRangeM())},
        {QStringLiteral("partners"), partnerCodes(t.partnerSet())},
    };
}

void printJson(const std::vector<FileTracks> &files)
{
    QJsonArray fileArray, tracks, problems;
    for (const auto &f : files) {
        fileArray.append(QJsonObject{{QStringLiteral("file"), validUnicode(f.path)},
                                     {QStringLiteral("format"), maps::formatName(f.result.format != maps::TrackFormat::Unknown
                                                                                   ? f.result.format
                                                                                   : maps::formatForPath(f.path))},
                                     {QStringLiteral("readable"), f.result.readable},
                                     {QStringLiteral("tracks"), static_cast<qint64>(f.result.tracks.size())}});
        for (const auto &t : f.result.tracks)
            tracks.append(trackJson(t, f.path));
        for (const auto &pr : f.result.problems)
            problems.append(QJsonObject{{QStringLiteral("file"), validUnicode(pr.file)},
                                        {QStringLiteral("line"), pr.line},
                                        {QStringLiteral("message"), validUnicode(pr.message)}});
    }
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("files"), fileArray},
                                                     {QStringLiteral("tracks"), tracks},
                                                     {QStringLiteral("problems"), problems}})
                               .toJson(QJsonDocument::Indented);
}

QString timeText(const RecordedTrack &t, bool first)
{
    return t.points.empty() ? QStringLiteral("-") : timeJson(t, first).toString();
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
