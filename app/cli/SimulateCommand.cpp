// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/SimulateCommand.h"

#include "app/cli/AttributionCommand.h"
#include "app/cli/CommandLine.h"
#include "app/cli/LaunchOptions.h"
#include "app/cli/TrajectoryText.h"
#include "core/AttributionEngine.h"
#include "core/Scenario.h"
#include "core/SensorLaydown.h"
#include "core/Text.h"
#include "core/TrajectorySolver.h"
#include "core/VisibilityModel.h"
#include "maps/trackio/TrackFile.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>

namespace trilink::cli {
namespace {
const CommandErrors kErrors{"simulate"};

} // namespace

int runSimulate(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Fly a missile on the WGS84 Earth through the US Standard Atmosphere and print its summary: a ballistic arc "
        "(minimum energy, lofted or depressed), a pull-up or boost-glide flight, a sea launch, a space launch to orbit, "
        "or any of these failing at a given time."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    auto value = [](const char *name, const char *text, const char *unit) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(text), QString::fromLatin1(unit));
    };
    QList<QCommandLineOption> options = {help};
    options << launchRequestOptions();
    options << QList<QCommandLineOption>{
        QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print a JSON object instead of text.")),
        value("samples", "Also write every sample (1 s apart: time_s from launch and the UTC time) to this CSV file, which "
                          "Trilink reads as a track.", "FILE"),
        QCommandLineOption({QStringLiteral("track"), QStringLiteral("out")},
                           QStringLiteral("Also write the flight as a track file, by extension: .csv (keeps the phases), .geojson, .kml, "
                                          ".czml, .gpkg, .cot, .gpx; with the partners' sensors that hold it, for trilink export, brief and "
                                          "the viewer (--out is the same option)."),
                           QStringLiteral("FILE")),
        value("launch-time", "The launch time, ISO 8601 UTC, for --track and --samples (default: now, to the second).", "TIME"),
        value("track-id", "With --track: the track's id (default SIM-<class>).", "ID"),
        QCommandLineOption(QStringLiteral("attribution"), QStringLiteral("Add which partner's sensors see the flight (notional laydown).")),
        value("view-as", "With --attribution: combined (default), USA, KOR or JPN alone.", "VIEW"),
    };
    p.addOptions(options);
    if (!p.parse(arguments))
        return kErrors.usage(p.errorText());
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText().replace(QLatin1String("simulate [options]"), QLatin1String("trilink simulate [options]"));
        return kExitOk;
    }
    if (!p.positionalArguments().isEmpty())
        return kErrors.usage(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));

    QString error;
    const auto request = readLaunchRequest(p, error);
    if (!request)
        return kErrors.usage(error);
    const TrajectoryRequest &r = *request;
    std::optional<Partner> viewAs;
    if (p.isSet(QStringLiteral("view-as"))) {
        const QString v = p.value(QStringLiteral("view-as"));
        if (!p.isSet(QStringLiteral("attribution")))
            return kErrors.usage(QStringLiteral("--view-as goes with --attribution"));
        QString error;
        if (!text::parseViewAs(v, viewAs, error))
            return kErrors.usage(QStringLiteral("--view-as: ") + error);
    }

    const TrajectoryResult result = TrajectorySolver::solve(r);
    if (!result.ok()) {
        // Outside what the missile can fly is a request to change, like a bad argument.
        return result.errorKind == TrajectoryErrorKind::NotConverged ? kErrors.failure(result.error) : kErrors.usage(result.error);
    }
    QDateTime launch = QDateTime::currentDateTimeUtc();
    launch.setTime(QTime(launch.time().hour(), launch.time().minute(), launch.time().second()));
    if (p.isSet(QStringLiteral("launch-time"))) {
        launch = QDateTime::fromString(p.value(QStringLiteral("launch-time")), Qt::ISODateWithMs);
        if (!launch.isValid())
            return kErrors.usage(QStringLiteral("--launch-time: '%1' is not an ISO 8601 time").arg(p.value(QStringLiteral("launch-time"))));
        if (launch.timeSpec() == Qt::LocalTime)
            launch.setTimeSpec(Qt::UTC); // no zone given: UTC, as every Trilink time
    }
    if (p.isSet(QStringLiteral("samples"))) {
        const QString path = p.value(QStringLiteral("samples"));
        QSaveFile file(path);
        // A full disk writes part of the bytes without an error: only all of them is a write.
        const QByteArray csv = samplesCsv(result.trajectory, launch.toMSecsSinceEpoch());
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
            return kErrors.failure(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    }
    if (p.isSet(QStringLiteral("track"))) {
        const Trajectory &tr = result.trajectory;
        const QString id = p.isSet(QStringLiteral("track-id")) ? p.value(QStringLiteral("track-id"))
                                                                : QStringLiteral("SIM-%1").arg(missileClassName(tr.profile.missileClass).toUpper());
        const QString label = tr.maneuver == u"none" ? tr.profile.name : QStringLiteral("%1, %2").arg(tr.profile.name, tr.maneuver);
        const ScenarioTrack track = trackFromTrajectory(tr, id, label, launch.toMSecsSinceEpoch(), SensorLaydown::builtin());
        QString error;
        if (!maps::writeTrackFile(p.value(QStringLiteral("track")), {recordingFromTrack(track)}, &error))
            return kErrors.failure(error);
    }
    QTextStream out(stdout);
    const bool attribution = p.isSet(QStringLiteral("attribution"));
    const SharingSettings sharing;
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject summary = trajectorySummaryJson(result.trajectory);
        if (attribution) {
            const VisibilityModel model(SensorLaydown::builtin().sensors());
            summary.insert(QStringLiteral("attribution"), attributionJson(result.trajectory, model, sharing, viewAs));
        }
        out << QJsonDocument(summary).toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    out << trajectorySummaryText(result.trajectory);
    if (attribution) {
        const SensorLaydown &laydown = SensorLaydown::builtin();
        const VisibilityModel model(laydown.sensors());
        out << "attribution" << (laydown.hasNotional() ? " (notional sensor laydown)" : "") << ", view "
            << (viewAs ? QStringLiteral("%1 own sensors alone").arg(partnerCode(*viewAs)) : QStringLiteral("combined")) << "\n"
            << attributionText(AttributionEngine::attribute(result.trajectory, model), sharing, viewAs);
    }
    return kExitOk;
}

} // namespace trilink::cli
