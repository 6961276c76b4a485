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

std::optional<maps::LaunchInput> readLaunchInput(const QCommandLineParser &p, QString &error)
{
    maps::LaunchInput in;
    in.lat = numberOption(p, QStringLiteral("lat"), error);
    in.lon = numberOption(p, QStringLiteral("lon"), error);
    in.azimuthDeg = numberOption(p, QStringLiteral("azimuth"), error);
    in.rangeKm = numberOption(p, QStringLiteral("range-km"), error);
    in.impactLat = numberOption(p, QStringLiteral("impact-lat"), error);
    in.impactLon = numberOption(p, QStringLiteral("impact-lon"), error);
    in.apogeeKm = numberOption(p, QStringLiteral("apogee-km"), error);
    in.loft = numberOption(p, QStringLiteral("loft"), error);
    in.failAtS = numberOption(p, QStringLiteral("fail-at"), error);
    if (!error.isEmpty())
        return std::nullopt;
    if (p.isSet(QStringLiteral("glide-legs")))
        in.glideLegs = p.value(QStringLiteral("glide-legs"));
    in.minEnergy = p.isSet(QStringLiteral("min-energy"));
    in.missileClass = p.value(QStringLiteral("class"));
    in.missile = p.value(QStringLiteral("missile"));
    in.maneuver = p.value(QStringLiteral("maneuver"));
    in.launchFrom = p.value(QStringLiteral("launch-from"));
    in.nearestFeasible = p.isSet(QStringLiteral("nearest-feasible"));
    return in;
}

std::optional<TrajectoryRequest> readLaunchRequest(const QCommandLineParser &p, QString &error)
{
    const auto in = readLaunchInput(p, error);
    return in ? maps::launchRequest(*in, error) : std::nullopt;
}

} // namespace trilink::cli
