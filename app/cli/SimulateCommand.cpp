// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/SimulateCommand.h"

#include "app/cli/AttributionCommand.h"
#include "app/cli/CommandLine.h"
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

// A number option; nullopt with `error` set when present but not a finite number.
std::optional<double> number(const QCommandLineParser &p, const QString &name, QString &error)
{
    if (!p.isSet(name))
        return std::nullopt;
    bool ok = false;
    const double v = p.value(name).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        error = QStringLiteral("--%1: '%2' is not a number").arg(name, p.value(name));
        return std::nullopt;
    }
    return v;
}
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
    const QList<QCommandLineOption> options = {
        help,
        value("lat", "Launch latitude, degrees north.", "LAT"),
        value("lon", "Launch longitude, degrees east.", "LON"),
        value("azimuth", "Direction to the impact point: the geodesic bearing, degrees clockwise from true north (with "
                         "--range-km). For a space launch, the launch azimuth.", "DEG"),
        value("range-km", "Ground range along the geodesic, km (with --azimuth).", "KM"),
        value("impact-lat", "Impact latitude (with --impact-lon).", "LAT"),
        value("impact-lon", "Impact longitude (with --impact-lat).", "LON"),
        value("glide-legs", "A glide path instead of a direction: legs DIST_KM:BEARING_DEG[:TURN_KM] from the launch point, "
                            "e.g. 500:75:120,80:65 (500 km at 75°, a 120 km turn, 80 km at 65°).", "LEGS"),
        value("apogee-km", "Apogee altitude, km (a space launch: the orbit's altitude, default 500).", "KM"),
        QCommandLineOption(QStringLiteral("min-energy"), QStringLiteral("Fly the minimum-energy arc (the default).")),
        value("loft", "Apogee as a multiple of the minimum-energy apogee (>1 lofted, <1 depressed).", "FACTOR"),
        value("class", "Missile class for the boost model: srbm, mrbm, irbm, icbm, slbm, hgv or slv (default: from range "
                       "and apogee).", "CLASS"),
        value("missile", "A named missile's boost model (Hwasong-15, hwasong-11a, KN-25, pukguksong-3, chollima-1, ...).", "NAME"),
        value("maneuver", "After apogee: none (ballistic), pullup (lift to extend the range, then a dive) or glide "
                          "(boost-glide; the default for --class hgv and with --glide-legs).", "KIND"),
        // Not "--platform": QGuiApplication takes that one for itself.
        value("launch-from", "Where it is launched from: land (default), submarine or barge (a sea launch, from the surface).", "PLATFORM"),
        value("fail-at", "The flight fails this many seconds after launch: thrust ends and the rest falls.", "SECONDS"),
        QCommandLineOption(QStringLiteral("nearest-feasible"),
                           QStringLiteral("Outside what the missile can fly, fly the nearest it can (and say what changed) instead of failing.")),
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
    TrajectoryRequest r;
    const auto lat = number(p, QStringLiteral("lat"), error);
    const auto lon = number(p, QStringLiteral("lon"), error);
    const auto azimuth = number(p, QStringLiteral("azimuth"), error);
    const auto rangeKm = number(p, QStringLiteral("range-km"), error);
    const auto impactLat = number(p, QStringLiteral("impact-lat"), error);
    const auto impactLon = number(p, QStringLiteral("impact-lon"), error);
    const auto apogeeKm = number(p, QStringLiteral("apogee-km"), error);
    const auto loft = number(p, QStringLiteral("loft"), error);
    const auto failAt = number(p, QStringLiteral("fail-at"), error);
    if (!error.isEmpty())
        return kErrors.usage(error);
    if (!lat || !lon)
        return kErrors.usage(QStringLiteral("--lat and --lon give the launch point and are required"));
    if (p.isSet(QStringLiteral("class"))) {
        r.missileClass = parseMissileClass(p.value(QStringLiteral("class")));
        if (!r.missileClass)
            return kErrors.usage(QStringLiteral("--class: '%1' is not srbm, mrbm, irbm, icbm, slbm, hgv or slv").arg(p.value(QStringLiteral("class"))));
    }
    r.missileName = p.value(QStringLiteral("missile"));
    const bool byLegs = p.isSet(QStringLiteral("glide-legs"));
    const bool byBearing = azimuth || rangeKm, byImpact = impactLat || impactLon;
    if (r.isSpaceLaunch()) {
        if (!azimuth || rangeKm || byImpact || byLegs)
            return kErrors.usage(QStringLiteral("a space launch (--class slv) takes its launch --azimuth only"));
    } else if (int(byBearing) + int(byImpact) + int(byLegs) != 1) {
        return kErrors.usage(QStringLiteral("give one of --azimuth with --range-km, --impact-lat with --impact-lon, or --glide-legs"));
    }
    if (!r.isSpaceLaunch() && byBearing && !(azimuth && rangeKm))
        return kErrors.usage(QStringLiteral("--azimuth and --range-km go together"));
    if (byImpact && !(impactLat && impactLon))
        return kErrors.usage(QStringLiteral("--impact-lat and --impact-lon go together"));
    if (int(apogeeKm.has_value()) + int(p.isSet(QStringLiteral("min-energy"))) + int(loft.has_value()) > 1)
        return kErrors.usage(QStringLiteral("choose one of --apogee-km, --min-energy and --loft"));
    r.launchLat = *lat;
    r.launchLon = *lon;
    if (byLegs) {
        r.glideLegs = parseGlideLegs(p.value(QStringLiteral("glide-legs")), error);
        if (!error.isEmpty())
            return kErrors.usage(QStringLiteral("--glide-legs: %1").arg(error));
    } else if (r.isSpaceLaunch()) {
        r.azimuthDeg = azimuth;
    } else if (byBearing) {
        r.azimuthDeg = azimuth;
        r.rangeM = *rangeKm * 1000.0;
    } else {
        r.impactLat = impactLat;
        r.impactLon = impactLon;
    }
    if (apogeeKm) {
        r.shape = TrajectoryShape::Apogee;
        r.apogeeM = *apogeeKm * 1000.0;
    } else if (loft) {
        r.shape = TrajectoryShape::LoftFactor;
        r.loftFactor = *loft;
    }
    if (p.isSet(QStringLiteral("maneuver"))) {
        r.maneuver = parseManeuver(p.value(QStringLiteral("maneuver")));
        if (!r.maneuver)
            return kErrors.usage(QStringLiteral("--maneuver: '%1' is not none, pullup or glide").arg(p.value(QStringLiteral("maneuver"))));
    }
    if (p.isSet(QStringLiteral("launch-from"))) {
        const auto platform = parseLaunchPlatform(p.value(QStringLiteral("launch-from")));
        if (!platform)
            return kErrors.usage(QStringLiteral("--launch-from: '%1' is not land, submarine or barge").arg(p.value(QStringLiteral("launch-from"))));
        r.platform = *platform;
    }
    r.failAtS = failAt;
    r.nearestFeasible = p.isSet(QStringLiteral("nearest-feasible"));
    if (const QString invalid = validateTrajectoryRequest(r); !invalid.isEmpty())
        return kErrors.usage(invalid);
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
