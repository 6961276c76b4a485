// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/ListenCommand.h"

#include "app/cli/CommandLine.h"
#include "app/cli/LiveOptions.h"
#include "maps/live/CotPartnerRules.h"
#include "maps/live/LiveRecorder.h"
#include "maps/trackio/TrackFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

#include <cmath>

namespace trilink::cli {
namespace {

const CommandErrors kErrors{"listen"};

} // namespace

int runListen(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Record a live Cursor on Target feed (XML or TAK protobuf) into a track file, for an exercise's record.\n"
        "Stops after --duration seconds, or on Ctrl+C; the file is written atomically every --save-every seconds and at the end."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    LiveOptions live;
    live.addListening(p);
    const QCommandLineOption partner(QStringLiteral("partner"),
                                     QStringLiteral("Whose reports a sender's are when its events do not say: callsign:PATTERN=PARTNERS, "
                                                    "group:PATTERN=PARTNERS or from:ADDRESS[/BITS]=PARTNERS. Repeatable; the first match decides."),
                                     QStringLiteral("RULE"));
    const QCommandLineOption duration(QStringLiteral("duration"), QStringLiteral("Stop after this many seconds."), QStringLiteral("S"));
    const QCommandLineOption saveEvery(QStringLiteral("save-every"), QStringLiteral("Write the file this often while reports come (default 10)."),
                                       QStringLiteral("S"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The track file to write (.%1).").arg(maps::writableExtensions().join(QStringLiteral(" ."))),
                                 QStringLiteral("FILE"));
    p.addOptions({partner, duration, saveEvery, out, help});
    if (!p.parse(arguments))
        return kErrors.usage(p.errorText());
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText().replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: trilink listen"));
        return kExitOk;
    }
    if (!p.positionalArguments().isEmpty())
        return kErrors.usage(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().front()));
    QString error;
    const auto endpoints = live.endpoints(p, true, &error);
    if (!endpoints)
        return kErrors.usage(error);
    if (!maps::live::CotPartnerRules::parse(p.values(partner), &error))
        return kErrors.usage(error);
    if (!p.isSet(out))
        return kErrors.usage(QStringLiteral("name the file to record into: --out FILE"));
    const QString outPath = p.value(out);
    if (!maps::writableExtensions().contains(QFileInfo(outPath).suffix().toLower()))
        return kErrors.usage(QStringLiteral("cannot write '%1': use one of .%2").arg(outPath, maps::writableExtensions().join(QStringLiteral(" ."))));
    auto seconds = [&](const QCommandLineOption &o, double fallback, double max) -> std::optional<double> {
        if (!p.isSet(o))
            return fallback;
        bool ok = false;
        const double v = p.value(o).toDouble(&ok);
        if (!ok || !std::isfinite(v) || v <= 0 || v > max)
            return std::nullopt;
        return v;
    };
    const auto durationS = seconds(duration, 0, 365.0 * 86400.0);
    if (!durationS)
        return kErrors.usage(QStringLiteral("--duration takes seconds, more than 0"));
    const auto saveS = seconds(saveEvery, 10, 86400);
    if (!saveS)
        return kErrors.usage(QStringLiteral("--save-every takes seconds, more than 0"));

    maps::live::LiveRecorder recorder;
    QTextStream err(stderr);
    QObject::connect(&recorder, &maps::live::LiveRecorder::problem, &recorder, [&err](const QString &text) { err << text << "\n" << Qt::flush; });
    QTextStream status(stdout);
    QObject::connect(&recorder, &maps::live::LiveRecorder::statusChanged, &recorder,
                     [&status](const QString &text) { status << "trilink listen: " << text << "\n" << Qt::flush; });
    QObject::connect(&recorder, &maps::live::LiveRecorder::saveFailed, &recorder,
                     [&err](const QString &text) { err << "trilink listen: " << text << " (still listening)\n" << Qt::flush; });
    maps::live::LiveRecorder::Options options;
    options.endpoints = *endpoints;
    options.partnerRules = p.values(partner);
    options.outPath = outPath;
    options.saveIntervalMs = static_cast<int>(std::llround(*saveS * 1000.0));
    if (!recorder.start(options, &error))
        return kErrors.failure(error);
    QStringList where;
    for (const auto &e : *endpoints)
        where << e.text();
    QTextStream(stdout) << "trilink listen: recording " << where.join(QStringLiteral(", ")) << " into " << outPath
                        << (*durationS > 0 ? QStringLiteral(" for %1 s").arg(*durationS) : QStringLiteral(" until Ctrl+C")) << "\n"
                        << Qt::flush;
    if (*durationS > 0)
        QTimer::singleShot(static_cast<int>(std::min(*durationS * 1000.0, 2.0e9)), qApp, &QCoreApplication::quit);
    execUntilStopped();
    if (!recorder.finish(&error))
        return kErrors.failure(error);
    const auto &store = recorder.tracks().store();
    std::size_t points = 0;
    for (const auto &t : store.tracks())
        points += t.track.points.size();
    const auto &counts = store.counts();
    QTextStream(stdout) << "trilink listen: " << counts.reports << (counts.reports == 1 ? " report" : " reports") << " of " << store.tracks().size()
                        << (store.tracks().size() == 1 ? " track" : " tracks") << ", " << points << " points written to " << outPath << " ("
                        << maps::formatName(maps::formatForPath(outPath)) << ")"
                        << (counts.replaced ? QStringLiteral("; %1 repeated reports replaced").arg(counts.replaced) : QString()) << "\n";
    return kExitOk;
}

} // namespace trilink::cli
