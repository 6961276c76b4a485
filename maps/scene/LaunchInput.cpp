// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/scene/LaunchInput.h"

#include "maps/scene/SceneOptions.h"

#include <cmath>

namespace trilink::maps {

std::optional<TrajectoryRequest> launchRequest(const LaunchInput &in, QString &error)
{
    TrajectoryRequest r;
    const auto fail = [&error](const QString &why) {
        error = why;
        return std::nullopt;
    };
    if (!in.lat || !in.lon)
        return fail(QStringLiteral("--lat and --lon give the launch point and are required"));
    if (!in.missileClass.isEmpty()) {
        r.missileClass = parseMissileClass(in.missileClass);
        if (!r.missileClass)
            return fail(QStringLiteral("--class: '%1' is not srbm, mrbm, irbm, icbm, slbm, hgv or slv").arg(in.missileClass));
    }
    r.missileName = in.missile;
    const bool byLegs = in.glideLegs.has_value();
    const bool byBearing = in.azimuthDeg || in.rangeKm, byImpact = in.impactLat || in.impactLon;
    if (r.isSpaceLaunch()) {
        if (!in.azimuthDeg || in.rangeKm || byImpact || byLegs)
            return fail(QStringLiteral("a space launch (--class slv) takes its launch --azimuth only"));
    } else if (int(byBearing) + int(byImpact) + int(byLegs) != 1) {
        return fail(QStringLiteral("give one of --azimuth with --range-km, --impact-lat with --impact-lon, or --glide-legs"));
    }
    if (!r.isSpaceLaunch() && byBearing && !(in.azimuthDeg && in.rangeKm))
        return fail(QStringLiteral("--azimuth and --range-km go together"));
    if (byImpact && !(in.impactLat && in.impactLon))
        return fail(QStringLiteral("--impact-lat and --impact-lon go together"));
    if (int(in.apogeeKm.has_value()) + int(in.minEnergy) + int(in.loft.has_value()) > 1)
        return fail(QStringLiteral("choose one of --apogee-km, --min-energy and --loft"));
    r.launchLat = *in.lat;
    r.launchLon = *in.lon;
    if (byLegs) {
        r.glideLegs = parseGlideLegs(*in.glideLegs, error);
        if (!error.isEmpty())
            return fail(QStringLiteral("--glide-legs: %1").arg(error));
    } else if (r.isSpaceLaunch()) {
        r.azimuthDeg = in.azimuthDeg;
    } else if (byBearing) {
        r.azimuthDeg = in.azimuthDeg;
        r.rangeM = *in.rangeKm * 1000.0;
    } else {
        r.impactLat = in.impactLat;
        r.impactLon = in.impactLon;
    }
    if (in.apogeeKm) {
        r.shape = TrajectoryShape::Apogee;
        r.apogeeM = *in.apogeeKm * 1000.0;
    } else if (in.loft) {
        r.shape = TrajectoryShape::LoftFactor;
        r.loftFactor = *in.loft;
    }
    if (!in.maneuver.isEmpty()) {
        r.maneuver = parseManeuver(in.maneuver);
        if (!r.maneuver)
            return fail(QStringLiteral("--maneuver: '%1' is not none, pullup or glide").arg(in.maneuver));
    }
    if (!in.launchFrom.isEmpty()) {
        const auto platform = parseLaunchPlatform(in.launchFrom);
        if (!platform)
            return fail(QStringLiteral("--launch-from: '%1' is not land, submarine or barge").arg(in.launchFrom));
        r.platform = *platform;
    }
    r.failAtS = in.failAtS;
    r.nearestFeasible = in.nearestFeasible;
    if (const QString invalid = validateTrajectoryRequest(r); !invalid.isEmpty())
        return fail(invalid);
    return r;
}

std::optional<ScenarioLaunch> scenarioLaunch(const LaunchInput &input, const TrainingScenario &doc, QString &error,
                                             const QString &replacing)
{
    const auto fail = [&error](const QString &why) {
        error = why;
        return std::nullopt;
    };
    ScenarioLaunch l;
    LaunchInput in = input;
    if (!in.facility.isEmpty()) {
        const auto facilities = launchFacilities();
        const LaunchFacility *f = findFacility(facilities, in.facility);
        if (!f) {
            QStringList keys;
            for (const auto &x : facilities)
                keys << x.key;
            return fail(QStringLiteral("--facility: no facility '%1' (the record has %2)").arg(in.facility, keys.join(u' ')));
        }
        if (in.lat || in.lon)
            return fail(QStringLiteral("--facility gives the launch point: leave out --lat and --lon"));
        in.lat = f->lat;
        in.lon = f->lon;
        l.facility = f->name;
    }
    const auto request = launchRequest(in, error);
    if (!request)
        return std::nullopt;
    l.request = *request;
    if (in.time.isEmpty())
        return fail(QStringLiteral("--time gives the launch time and is required"));
    QString why;
    const auto when = parseSceneTime(in.time, why);
    if (!when || when->kind != SceneTime::Kind::Utc)
        return fail(QStringLiteral("--time: '%1' is not an ISO 8601 time").arg(in.time));
    l.launchMsUtc = static_cast<std::int64_t>(std::llround(when->value));
    const auto taken = [&](const QString &id) { return id != replacing && doc.findLaunch(id); };
    int n = 1;
    while (taken(QStringLiteral("L%1").arg(n)))
        ++n;
    l.id = !in.id.isEmpty() ? in.id : !replacing.isEmpty() ? replacing : QStringLiteral("L%1").arg(n);
    if (taken(l.id))
        return fail(QStringLiteral("--id: the scenario already has a launch '%1'").arg(l.id));
    l.label = in.label;
    l.salvoCount = in.salvo.value_or(1);
    l.salvoIntervalS = in.intervalS.value_or(0);
    l.salvoSpreadKm = in.spreadKm.value_or(0);
    if ((in.intervalS || in.spreadKm) && l.salvoCount < 2)
        return fail(QStringLiteral("--interval and --spread-km go with --salvo N (2 or more)"));
    if (salvoMembers(l, why).empty())
        return fail(QStringLiteral("--salvo: %1").arg(why));
    return l;
}

LaunchInput launchInput(const ScenarioLaunch &l)
{
    const TrajectoryRequest &r = l.request;
    LaunchInput in;
    in.lat = r.launchLat;
    in.lon = r.launchLon;
    in.azimuthDeg = r.azimuthDeg;
    if (r.rangeM)
        in.rangeKm = *r.rangeM / 1000.0;
    in.impactLat = r.impactLat;
    in.impactLon = r.impactLon;
    if (!r.glideLegs.empty()) {
        QStringList legs;
        for (const GlideLeg &g : r.glideLegs)
            legs << QStringLiteral("%1:%2:%3").arg(g.distanceM / 1000.0, 0, 'g', 17).arg(g.bearingDeg, 0, 'g', 17).arg(g.turnDistanceM / 1000.0, 0, 'g', 17);
        in.glideLegs = legs.join(u',');
    }
    if (r.shape == TrajectoryShape::Apogee)
        in.apogeeKm = r.apogeeM / 1000.0;
    else if (r.shape == TrajectoryShape::LoftFactor)
        in.loft = r.loftFactor;
    if (r.missileClass)
        in.missileClass = missileClassName(*r.missileClass);
    in.missile = r.missileName;
    if (r.maneuver)
        in.maneuver = maneuverName(*r.maneuver);
    if (r.platform != LaunchPlatform::Land)
        in.launchFrom = launchPlatformName(r.platform);
    in.failAtS = r.failAtS;
    in.nearestFeasible = r.nearestFeasible;
    in.time = sceneTimeText(SceneTime{SceneTime::Kind::Utc, static_cast<double>(l.launchMsUtc)});
    in.id = l.id;
    in.label = l.label;
    in.salvo = l.salvoCount;
    if (l.salvoCount > 1) {
        in.intervalS = l.salvoIntervalS;
        in.spreadKm = l.salvoSpreadKm;
    }
    return in;
}

QString whyNotFlown(const ScenarioLaunch &launch, const SensorChanges &sensors, ScenarioTrack *first)
{
    SensorLaydown laydown = SensorLaydown::builtin();
    std::vector<ScenarioTrack> tracks;
    QString error;
    if (!applySensorChanges(sensors, laydown, error) || !flyLaunches({launch}, laydown, tracks, error))
        return error.replace(QLatin1String("launches[0]"), QStringLiteral("launch"));
    if (first && !tracks.empty())
        *first = std::move(tracks.front());
    return {};
}

QStringList namedMissiles()
{
    // Each resolves to its own profile in BoostProfile::forMissile (tests/maps/LaunchInputTest proves it).
    return {QStringLiteral("Scud-C"),       QStringLiteral("ER Scud"),      QStringLiteral("Nodong"),
            QStringLiteral("Musudan"),      QStringLiteral("KN-23"),        QStringLiteral("KN-25"),
            QStringLiteral("Hwasong-11S"),  QStringLiteral("Hwasong-11E"),  QStringLiteral("Hwasong-12"),
            QStringLiteral("Hwasong-12A"),  QStringLiteral("Hwasong-8"),    QStringLiteral("Hwasong-14"),
            QStringLiteral("Hwasong-15"),   QStringLiteral("Hwasong-16"),   QStringLiteral("Hwasong-17"),
            QStringLiteral("Hwasong-18"),   QStringLiteral("Hwasong-19"),   QStringLiteral("Pukguksong-1"),
            QStringLiteral("Pukguksong-2"), QStringLiteral("Pukguksong-3"), QStringLiteral("Chollima-1"),
            QStringLiteral("Unha")};
}

} // namespace trilink::maps
