// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/SimulateCommand.h"

#include "app/cli/AttributionCommand.h"
#include "app/cli/CommandLine.h"
#include "app/cli/TrajectoryText.h"
#include "core/SensorLaydown.h"
#include "core/Text.h"
#include "core/TrajectorySolver.h"
#include "core/VisibilityModel.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>

namespace trilink::cli {
namespace {
int usageError(const QString &message)
{
    QTextStream(stderr) << "trilink simulate: " << message << "\n";
    return kExitUsage;
}

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
    p.setApplicationDescription(QStringLiteral("Fly a ballistic trajectory on the WGS84 Earth and print its summary."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    auto value = [](const char *name, const char *text, const char *unit) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(text), QString::fromLatin1(unit));
    };
    const QList<QCommandLineOption> options = {
        help,
        value("lat", "Launch latitude, degrees north.", "LAT"),
        value("lon", "Launch longitude, degrees east.", "LON"),
        value("azimuth", "Launch bearing, degrees clockwise from true north (with --range-km).", "DEG"),
        value("range-km", "Ground range along the geodesic, km (with --azimuth).", "KM"),
        value("impact-lat", "Impact latitude (with --impact-lon).", "LAT"),
        value("impact-lon", "Impact longitude (with --impact-lat).", "LON"),
        value("apogee-km", "Apogee altitude, km.", "KM"),
        QCommandLineOption(QStringLiteral("min-energy"), QStringLiteral("Fly the minimum-energy arc (the default).")),
        value("loft", "Apogee as a multiple of the minimum-energy apogee (>1 lofted, <1 depressed).", "FACTOR"),
        value("class", "Missile class for the boost model: srbm, mrbm, irbm or icbm (default: from range and apogee).", "CLASS"),
        QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print a JSON object instead of text.")),
        value("samples", "Also write every sample (1 s apart) to this CSV file.", "FILE"),
        QCommandLineOption(QStringLiteral("attribution"), QStringLiteral("Add which partner's sensors see the flight (notional laydown).")),
        value("view-as", "With --attribution: combined (default), USA, KOR or JPN alone.", "VIEW"),
    };
    p.addOptions(options);
    if (!p.parse(arguments))
        return usageError(p.errorText());
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText().replace(QLatin1String("simulate [options]"), QLatin1String("trilink simulate [options]"));
        return kExitOk;
    }
    if (!p.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));

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
    if (!error.isEmpty())
        return usageError(error);
    if (!lat || !lon)
        return usageError(QStringLiteral("--lat and --lon give the launch point and are required"));
    const bool byBearing = azimuth || rangeKm, byImpact = impactLat || impactLon;
    if (byBearing == byImpact)
        return usageError(QStringLiteral("give either --azimuth with --range-km, or --impact-lat with --impact-lon"));
    if (byBearing && !(azimuth && rangeKm))
        return usageError(QStringLiteral("--azimuth and --range-km go together"));
    if (byImpact && !(impactLat && impactLon))
        return usageError(QStringLiteral("--impact-lat and --impact-lon go together"));
    if (int(apogeeKm.has_value()) + int(p.isSet(QStringLiteral("min-energy"))) + int(loft.has_value()) > 1)
        return usageError(QStringLiteral("choose one of --apogee-km, --min-energy and --loft"));
    r.launchLat = *lat;
    r.launchLon = *lon;
    if (byBearing) {
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
    if (p.isSet(QStringLiteral("class"))) {
        r.missileClass = parseMissileClass(p.value(QStringLiteral("class")));
        if (!r.missileClass)
            return usageError(QStringLiteral("--class: '%1' is not srbm, mrbm, irbm or icbm").arg(p.value(QStringLiteral("class"))));
    }
    if (const QString invalid = validateTrajectoryRequest(r); !invalid.isEmpty())
        return usageError(invalid);
    std::optional<Partner> viewAs;
    if (p.isSet(QStringLiteral("view-as"))) {
        const QString v = p.value(QStringLiteral("view-as"));
        if (!p.isSet(QStringLiteral("attribution")))
            return usageError(QStringLiteral("--view-as goes with --attribution"));
        QString error;
        if (!text::parseViewAs(v, viewAs, error))
            return usageError(QStringLiteral("--view-as: ") + error);
    }

    const TrajectoryResult result = TrajectorySolver::solve(r);
    if (!result.ok()) {
        QTextStream(stderr) << "trilink simulate: " << result.error << "\n";
        return kExitFailure;
    }
    if (p.isSet(QStringLiteral("samples"))) {
        const QString path = p.value(QStringLiteral("samples"));
        QSaveFile file(path);
        // A full disk writes part of the bytes without an error: only all of them is a write.
        const QByteArray csv = samplesCsv(result.trajectory);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
            QTextStream(stderr) << "trilink simulate: " << path << ": cannot write: " << file.errorString() << "\n";
            return kExitFailure;
        }
    }
    QTextStream out(stdout);
    QJsonObject summary = trajectorySummaryJson(result.trajectory);
    if (p.isSet(QStringLiteral("attribution"))) {
        const VisibilityModel model(SensorLaydown::builtin().sensors());
        summary.insert(QStringLiteral("attribution"), attributionJson(result.trajectory, model, SharingSettings{}, viewAs));
    }
    if (p.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(summary).toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    out << trajectorySummaryText(result.trajectory);
    if (p.isSet(QStringLiteral("attribution")))
        out << "attribution (notional sensor laydown)\n"
            << QJsonDocument(summary.value(QStringLiteral("attribution")).toObject()).toJson(QJsonDocument::Indented);
    return kExitOk;
}

} // namespace trilink::cli
