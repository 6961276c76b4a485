// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/ConvertCommand.h"

#include "app/cli/CommandLine.h"
#include "core/RecordedTrack.h"
#include "maps/scene/ScenarioFile.h"
#include "maps/trackio/TextValues.h"
#include "maps/trackio/TrackFile.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

namespace trilink::cli {
namespace {
using maps::trackio::printableText;

// Messages name files and quote them: shown with control characters escaped (a file name can hold an escape
// sequence too).
int fail(const QString &message, int code)
{
    QTextStream(stderr) << "trilink convert: " << printableText(message) << "\n";
    return code;
}

// Every extension writeTrackFile writes (.json as GeoJSON and .xml as Cursor on Target too), lower case.
QStringList writableSuffixes() { return maps::writtenExtensions(); }
} // namespace

int runConvert(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Convert a track file to the format the output file's extension names."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    p.addOptions({help});
    p.addPositionalArgument(QStringLiteral("IN"), QStringLiteral("Track file to read (%1), or a scenario file (.trilink.json).").arg(maps::readableExtensions().join(u' ')));
    p.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("File to write (.%1).").arg(writableSuffixes().join(QStringLiteral(" ."))));
    if (!p.parse(arguments))
        return fail(p.errorText(), kExitUsage);
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText().replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: trilink convert"));
        return kExitOk;
    }
    const QStringList args = p.positionalArguments();
    if (args.size() != 2)
        return fail(args.size() < 2 ? QStringLiteral("name the file to read and the file to write: trilink convert IN OUT")
                                    : QStringLiteral("unexpected argument '%1'").arg(args.at(2)),
                    kExitUsage);
    const QString in = args.at(0), out = args.at(1);
    // Checked before reading, so a mistyped output name costs nothing and never half-converts.
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (!writableSuffixes().contains(suffix))
        return fail(QStringLiteral("cannot write '%1': use one of .%2").arg(out, writableSuffixes().join(QStringLiteral(" ."))),
                    kExitUsage);
    if (QFileInfo(in).absoluteFilePath() == QFileInfo(out).absoluteFilePath())
        return fail(QStringLiteral("'%1' is both input and output").arg(in), kExitUsage);

    if (maps::isScenarioFileName(in)) {
        // A scenario: its tracks (flown, attributed against its sensors) written with their partners and
        // sensors, so the exercise shows in Cesium, Google Earth or on TAK devices as Trilink shows it.
        Scenario scenario;
        if (const int rc = CommandErrors{"convert"}.loadScenario({in}, scenario); rc != kExitOk)
            return rc;
        std::vector<RecordedTrack> tracks;
        for (const ScenarioTrack &t : scenario.tracks)
            if (!t.facts) // the exercise's tracks; the public record beside it is not the exercise
                tracks.push_back(recordingFromTrack(t));
        if (tracks.empty())
            return fail(QStringLiteral("%1 holds no launch or track to convert; nothing written").arg(in), kExitFailure);
        QString error;
        if (!maps::writeTrackFile(out, tracks, &error))
            return fail(error.isEmpty() ? QStringLiteral("%1 could not be written").arg(out) : error, kExitFailure);
        QTextStream(stdout) << "wrote " << tracks.size() << (tracks.size() == 1 ? " track" : " tracks") << " of the scenario to "
                            << printableText(out) << " (" << maps::formatName(maps::formatForPath(out)) << ")\n";
        return kExitOk;
    }
    const maps::TrackFileResult read = maps::readTrackFile(in);
    QTextStream err(stderr);
    for (const auto &pr : read.problems)
        err << printableText(pr.text()) << "\n";
    err.flush();
    if (!read.readable)
        return fail(QStringLiteral("%1 cannot be read; nothing written").arg(in), kExitFailure);
    if (read.tracks.empty())
        return fail(QStringLiteral("%1 holds no track to convert; nothing written").arg(in), kExitFailure);

    QString error;
    if (!maps::writeTrackFile(out, read.tracks, &error))
        return fail(error.isEmpty() ? QStringLiteral("%1 could not be written").arg(out) : error, kExitFailure);
    std::size_t points = 0;
    for (const auto &t : read.tracks)
        points += t.points.size();
    const auto n = read.problems.size();
    const QString left = n == 0 ? QString()
                                : QStringLiteral("; %1 %2 in %3 (rows left out)").arg(n).arg(n == 1 ? "problem" : "problems").arg(printableText(in));
    QTextStream(stdout) << "wrote " << read.tracks.size() << (read.tracks.size() == 1 ? " track, " : " tracks, ") << points
                        << " points to " << printableText(out) << " (" << maps::formatName(maps::formatForPath(out)) << ")" << left << "\n";
    return kExitOk;
}

} // namespace trilink::cli
