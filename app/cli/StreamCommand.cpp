// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/StreamCommand.h"

#include "app/cli/CommandLine.h"
#include "app/cli/LiveOptions.h"
#include "core/Scenario.h"
#include "maps/cot/CotPlaylist.h"
#include "maps/scene/SceneOptions.h"
#include "maps/scene/SceneSettings.h"
#include "maps/live/CotSender.h"
#include "maps/live/CotStreamer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

#include <cmath>
#include <limits>

namespace trilink::cli {
namespace {

const CommandErrors kErrors{"stream"};

QString duration(double seconds)
{
    const auto s = static_cast<qint64>(std::llround(seconds));
    return s >= 3600 ? QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60)
           : s >= 60 ? QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60)
                     : QStringLiteral("%1 s").arg(s);
}

constexpr int kConnectTimeoutMs = 15'000;

} // namespace

int runStream(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Play tracks out as Cursor on Target, in time order (a salvo's missiles together), to ATAK, WinTAK or a TAK Server.\n"
        "Each report carries the wall time it is sent at (the track replayed as if now; its own time in <trilink source_time>),\n"
        "type a-h-A-W-M-S-S, how m-s (modelled) or m-p (recorded), course and speed, the partners and readable remarks.\n"
        "A lull of more than 5 s of wall time between reports (launches months apart) is cut to 5 s."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption launch(QStringLiteral("launch"), QStringLiteral("Catalogue launches to play (ids from trilink catalog), comma-separated."),
                                    QStringLiteral("ID[,ID...]"));
    LiveOptions live;
    live.addSending(p);
    const QCommandLineOption protobuf(QStringLiteral("protobuf"), QStringLiteral("Send TAK Protocol 1 (protobuf) instead of CoT XML."));
    const QCommandLineOption ttl(QStringLiteral("ttl"), QStringLiteral("Hops a multicast datagram may take (default 1)."), QStringLiteral("N"));
    const QCommandLineOption speed(QStringLiteral("speed"), QStringLiteral("Track time per wall time (default 1; up to 1000)."), QStringLiteral("N"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Start at T+SECONDS after the first launch played, or an ISO 8601 UTC time."),
                                  QStringLiteral("T"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Stop at T+SECONDS, or an ISO 8601 UTC time."), QStringLiteral("T"));
    const QCommandLineOption interval(QStringLiteral("interval"), QStringLiteral("Wall seconds between two reports of one track (default 1)."),
                                      QStringLiteral("S"));
    const QCommandLineOption originalTimes(QStringLiteral("original-times"),
                                           QStringLiteral("Stamp events with the tracks' own times (for recording; TAK clients drop past events as stale)."));
    p.addOptions({launch, protobuf, ttl, speed, from, to, interval, originalTimes, help});
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Track files to play (every track in them)."), QStringLiteral("[FILE...]"));
    if (!p.parse(arguments))
        return kErrors.usage(p.errorText());
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText().replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: trilink stream"));
        return kExitOk;
    }
    QString error;
    auto endpoints = live.endpoints(p, false, &error);
    if (!endpoints)
        return kErrors.usage(error);
    if (endpoints->size() != 1)
        return kErrors.usage(QStringLiteral("name one place to send to"));
    maps::live::LiveEndpoint target = endpoints->front();
    target.encoding = p.isSet(protobuf) ? maps::live::CotEncoding::TakProtobuf : maps::live::CotEncoding::Xml;
    auto number = [&](const QCommandLineOption &o, double fallback, double min, double max) -> std::optional<double> {
        if (!p.isSet(o))
            return fallback;
        bool ok = false;
        const double v = p.value(o).toDouble(&ok);
        return ok && std::isfinite(v) && v >= min && v <= max ? std::optional<double>(v) : std::nullopt;
    };
    const auto speedX = number(speed, 1, 0.01, 1000);
    if (!speedX)
        return kErrors.usage(QStringLiteral("--speed takes 0.01 to 1000"));
    const auto intervalS = number(interval, 1, 0, 3600);
    if (!intervalS)
        return kErrors.usage(QStringLiteral("--interval takes 0 to 3600 seconds"));
    const auto hops = number(ttl, 1, 1, 255);
    if (!hops)
        return kErrors.usage(QStringLiteral("--ttl takes 1 to 255"));
    target.multicastTtl = static_cast<int>(*hops);
    const QStringList files = p.positionalArguments();
    const QStringList ids = p.value(launch).split(u',', Qt::SkipEmptyParts);
    if (files.isEmpty() && ids.isEmpty())
        return kErrors.usage(QStringLiteral("name what to play: --launch ID, or track files"));

    Scenario scenario;
    if (const int rc = kErrors.loadScenario(files, scenario); rc != kExitOk)
        return rc;
    std::vector<ScenarioTrack> tracks;
    for (const QString &id : ids) {
        const ScenarioTrack *t = scenario.find(id.trimmed());
        if (!t)
            return kErrors.usage(QStringLiteral("no launch '%1' (see trilink catalog)").arg(id.trimmed()));
        tracks.push_back(*t);
    }
    for (const ScenarioTrack &t : scenario.tracks)
        if (t.origin == TrackOrigin::Recorded || t.source == QLatin1String("scenario")) // files' tracks, a scenario's launches
            tracks.push_back(t);
    if (tracks.empty())
        return kErrors.failure(QStringLiteral("the files hold no track to play"));
    std::stable_sort(tracks.begin(), tracks.end(), [](const ScenarioTrack &a, const ScenarioTrack &b) { return a.launchMsUtc < b.launchMsUtc; });
    const ScenarioTrack &first = tracks.front();
    std::int64_t fromMs = std::numeric_limits<std::int64_t>::min(), toMs = std::numeric_limits<std::int64_t>::max();
    for (const auto &[option, into] : {std::pair{&from, &fromMs}, std::pair{&to, &toMs}}) {
        if (!p.isSet(*option))
            continue;
        const auto time = maps::parseSceneTime(p.value(*option), error);
        std::optional<double> t;
        if (!time || !maps::resolveSceneTime(*time, &first, t, error) || !t)
            return kErrors.usage(QStringLiteral("--%1: %2").arg(option->names().front(), error));
        *into = std::llround(*t);
    }
    if (toMs < fromMs)
        return kErrors.usage(QStringLiteral("--to comes before --from"));
    maps::cot::CotPlaylist playlist(tracks, fromMs, toMs);
    if (playlist.size() == 0)
        return kErrors.usage(QStringLiteral("no track point between --from and --to"));

    maps::live::CotSender sender(target);
    QObject::connect(&sender, &maps::live::CotSender::lost, &sender,
                     [&target](const QString &why) { QTextStream(stderr) << "trilink stream: " << target.text() << ": " << why << "; reconnecting\n" << Qt::flush; });
    if (!sender.start(&error))
        return kErrors.failure(error);
    if (!sender.isReady()) {
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, qApp, &QCoreApplication::quit);
        QObject::connect(&sender, &maps::live::CotSender::ready, qApp, &QCoreApplication::quit);
        timeout.start(kConnectTimeoutMs);
        const bool stopped = execUntilStopped();
        if (stopped)
            return kExitOk;
        if (!sender.isReady())
            return kErrors.failure(QStringLiteral("%1: no connection within %2 s").arg(target.text()).arg(kConnectTimeoutMs / 1000));
    }
    maps::live::CotStreamer::Options options;
    options.speed = *speedX;
    options.minIntervalMs = std::llround(*intervalS * 1000.0);
    options.originalTimes = p.isSet(originalTimes);
    maps::live::CotStreamer streamer(std::move(playlist), &sender, options);
    const double trackS = static_cast<double>(streamer.playlist().endMs() - streamer.playlist().startMs()) / 1000.0;
    QTextStream(stdout) << "trilink stream: " << tracks.size() << (tracks.size() == 1 ? " track" : " tracks") << " to " << target.text() << " ("
                        << (options.originalTimes ? "original times" : "stamped now") << "), " << isoUtcMs(streamer.playlist().startMs())
                        << " to " << isoUtcMs(streamer.playlist().endMs()) << " at " << *speedX << "x"
                        << (trackS / *speedX < 86400 ? QStringLiteral(": %1 at most").arg(duration(trackS / *speedX)) : QString()) << "\n"
                        << Qt::flush;
    bool finished = false;
    QObject::connect(&streamer, &maps::live::CotStreamer::finished, qApp, [&] {
        finished = true;
        // Out once everything queued is written (a TCP link may still hold some).
        if (sender.isDrained())
            QCoreApplication::quit();
        else
            QObject::connect(&sender, &maps::live::CotSender::drained, qApp, &QCoreApplication::quit);
    });
    QObject::connect(&streamer, &maps::live::CotStreamer::skipped, &streamer, [](std::int64_t a, std::int64_t b) {
        QTextStream(stdout) << "trilink stream: nothing from " << isoUtcMs(a) << " to " << isoUtcMs(b) << "; skipped\n" << Qt::flush;
    });
    QElapsedTimer wall;
    wall.start();
    streamer.start();
    execUntilStopped();
    streamer.stop();
    QTextStream(stdout) << "trilink stream: sent " << streamer.sentEvents() << (streamer.sentEvents() == 1 ? " event" : " events") << " in "
                        << duration(static_cast<double>(wall.elapsed()) / 1000.0) << (finished ? "" : " (stopped)")
                        << (sender.dropped() ? QStringLiteral("; %1 not delivered").arg(sender.dropped()) : QString()) << "\n";
    return kExitOk;
}

} // namespace trilink::cli
