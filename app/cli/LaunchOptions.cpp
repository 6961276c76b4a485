// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/LaunchOptions.h"

#include <QCommandLineParser>

#include <cmath>

namespace trilink::cli {
namespace {
QCommandLineOption value(const char *name, const char *text, const char *unit)
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(text), QString::fromLatin1(unit));
}
} // namespace

std::optional<double> numberOption(const QCommandLineParser &p, const QString &name, QString &error)
{
    if (!p.isSet(name))
        return std::nullopt;
    bool ok = false;
    const double v = p.value(name).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        if (error.isEmpty())
            error = QStringLiteral("--%1: '%2' is not a number").arg(name, p.value(name));
        return std::nullopt;
    }
    return v;
}

QList<QCommandLineOption> launchRequestOptions()
{
    return {
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
        value("class", "Missile class for the boost model: srbm, mrbm, irbm, icbm, slbm, hgv or slv (default: the class "
                       "whose energy the range and apogee need, or the next larger one when its missile cannot fly them).", "CLASS"),
        value("missile", "A named missile's boost model (Hwasong-15, hwasong-11a, KN-25, pukguksong-3, chollima-1, ...).", "NAME"),
        value("maneuver", "After apogee: none (ballistic), pullup (lift to extend the range, then a dive) or glide "
                          "(boost-glide; the default for --class hgv and with --glide-legs).", "KIND"),
        // Not "--platform": QGuiApplication takes that one for itself.
        value("launch-from", "Where it is launched from: land (default), submarine or barge (a sea launch, from the surface).", "PLATFORM"),
        value("fail-at", "The flight fails this many seconds after launch: thrust ends and the rest falls.", "SECONDS"),
        QCommandLineOption(QStringLiteral("nearest-feasible"),
                           QStringLiteral("Outside what the missile can fly, fly the nearest it can (and say what changed) instead of failing.")),
    };
}

std::optional<TrajectoryRequest> readLaunchRequest(const QCommandLineParser &p, QString &error)
{
    TrajectoryRequest r;
    const auto fail = [&error](const QString &why) {
        error = why;
        return std::nullopt;
    };
    const auto lat = numberOption(p, QStringLiteral("lat"), error);
    const auto lon = numberOption(p, QStringLiteral("lon"), error);
    const auto azimuth = numberOption(p, QStringLiteral("azimuth"), error);
    const auto rangeKm = numberOption(p, QStringLiteral("range-km"), error);
    const auto impactLat = numberOption(p, QStringLiteral("impact-lat"), error);
    const auto impactLon = numberOption(p, QStringLiteral("impact-lon"), error);
    const auto apogeeKm = numberOption(p, QStringLiteral("apogee-km"), error);
    const auto loft = numberOption(p, QStringLiteral("loft"), error);
    const auto failAt = numberOption(p, QStringLiteral("fail-at"), error);
    if (!error.isEmpty())
        return std::nullopt;
    if (!lat || !lon)
        return fail(QStringLiteral("--lat and --lon give the launch point and are required"));
    if (p.isSet(QStringLiteral("class"))) {
        r.missileClass = parseMissileClass(p.value(QStringLiteral("class")));
        if (!r.missileClass)
            return fail(QStringLiteral("--class: '%1' is not srbm, mrbm, irbm, icbm, slbm, hgv or slv").arg(p.value(QStringLiteral("class"))));
    }
    r.missileName = p.value(QStringLiteral("missile"));
    const bool byLegs = p.isSet(QStringLiteral("glide-legs"));
    const bool byBearing = azimuth || rangeKm, byImpact = impactLat || impactLon;
    if (r.isSpaceLaunch()) {
        if (!azimuth || rangeKm || byImpact || byLegs)
            return fail(QStringLiteral("a space launch (--class slv) takes its launch --azimuth only"));
    } else if (int(byBearing) + int(byImpact) + int(byLegs) != 1) {
        return fail(QStringLiteral("give one of --azimuth with --range-km, --impact-lat with --impact-lon, or --glide-legs"));
    }
    if (!r.isSpaceLaunch() && byBearing && !(azimuth && rangeKm))
        return fail(QStringLiteral("--azimuth and --range-km go together"));
    if (byImpact && !(impactLat && impactLon))
        return fail(QStringLiteral("--impact-lat and --impact-lon go together"));
    if (int(apogeeKm.has_value()) + int(p.isSet(QStringLiteral("min-energy"))) + int(loft.has_value()) > 1)
        return fail(QStringLiteral("choose one of --apogee-km, --min-energy and --loft"));
    r.launchLat = *lat;
    r.launchLon = *lon;
    if (byLegs) {
        r.glideLegs = parseGlideLegs(p.value(QStringLiteral("glide-legs")), error);
        if (!error.isEmpty())
            return fail(QStringLiteral("--glide-legs: %1").arg(error));
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
            return fail(QStringLiteral("--maneuver: '%1' is not none, pullup or glide").arg(p.value(QStringLiteral("maneuver"))));
    }
    if (p.isSet(QStringLiteral("launch-from"))) {
        const auto platform = parseLaunchPlatform(p.value(QStringLiteral("launch-from")));
        if (!platform)
            return fail(QStringLiteral("--launch-from: '%1' is not land, submarine or barge").arg(p.value(QStringLiteral("launch-from"))));
        r.platform = *platform;
    }
    r.failAtS = failAt;
    r.nearestFeasible = p.isSet(QStringLiteral("nearest-feasible"));
    if (const QString invalid = validateTrajectoryRequest(r); !invalid.isEmpty())
        return fail(invalid);
    return r;
}

} // namespace trilink::cli
