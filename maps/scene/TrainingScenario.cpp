// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/scene/TrainingScenario.h"

#include "core/AttributionEngine.h"
#include "core/CnsLaunchTable.h"
#include "core/Geodesic.h"
#include "core/ParallelFor.h"
#include "core/TrajectorySolver.h"
#include "maps/scene/ScenarioFile.h"

#include <QJsonDocument>

#include <algorithm>

namespace trilink::maps {

const ScenarioLaunch *TrainingScenario::findLaunch(const QString &id) const
{
    const auto it = std::find_if(launches.begin(), launches.end(), [&](const ScenarioLaunch &l) { return l.id == id; });
    return it == launches.end() ? nullptr : &*it;
}

std::vector<SalvoMember> salvoMembers(const ScenarioLaunch &launch, QString &error)
{
    if (launch.salvoCount < 1 || launch.salvoCount > ScenarioLaunch::kMaxSalvo) {
        error = QStringLiteral("a salvo is 1 to %1 missiles (got %2)").arg(ScenarioLaunch::kMaxSalvo).arg(launch.salvoCount);
        return {};
    }
    if (!(launch.salvoIntervalS >= 0 && launch.salvoIntervalS <= 3600) || !(launch.salvoSpreadKm >= 0 && launch.salvoSpreadKm <= 1000)) {
        error = QStringLiteral("a salvo's interval is 0 to 3600 s and its spread 0 to 1000 km");
        return {};
    }
    const TrajectoryRequest &r = launch.request;
    const bool spread = launch.salvoCount > 1 && launch.salvoSpreadKm > 0;
    if (spread && !(r.impactLat || r.rangeM)) {
        error = QStringLiteral("a spread salvo needs an impact point or a bearing and range to spread");
        return {};
    }
    // The aim point and the line of fire at it, so each missile's impact moves across that line.
    GeodesicDirect aim;
    double acrossDeg = 0;
    if (spread) {
        if (r.impactLat) {
            aim = {*r.impactLon, *r.impactLat, geodesic::inverse(r.launchLon, r.launchLat, *r.impactLon, *r.impactLat).azimuth2Deg};
        } else {
            aim = geodesic::direct(r.launchLon, r.launchLat, *r.azimuthDeg, *r.rangeM);
        }
        acrossDeg = aim.azimuth2Deg + 90.0;
    }
    std::vector<SalvoMember> out;
    for (int i = 0; i < launch.salvoCount; ++i) {
        SalvoMember m;
        m.id = launch.salvoCount == 1 ? launch.id : QStringLiteral("%1-%2").arg(launch.id, QChar(u'a' + i));
        m.launchMsUtc = launch.launchMsUtc + static_cast<std::int64_t>(launch.salvoIntervalS * 1000.0 * i);
        m.request = r;
        if (spread) {
            // First to last across the line of fire, centred on the aim point: -spread/2 ... +spread/2.
            const double offsetM = (i / double(launch.salvoCount - 1) - 0.5) * launch.salvoSpreadKm * 1000.0;
            const GeodesicDirect at = geodesic::direct(aim.lon, aim.lat, acrossDeg, offsetM);
            m.request.impactLon = at.lon;
            m.request.impactLat = at.lat;
            m.request.azimuthDeg.reset();
            m.request.rangeM.reset();
        }
        out.push_back(std::move(m));
    }
    return out;
}

std::vector<LaunchFacility> launchFacilities()
{
    std::vector<LaunchFacility> out;
    const CnsLaunchTable table = CnsLaunchTable::builtin();
    for (const CnsLaunchRecord &r : table.records()) {
        if (!r.siteLat || !r.siteLon || r.facilityKey.isEmpty())
            continue;
        if (std::none_of(out.begin(), out.end(), [&](const LaunchFacility &f) { return f.key == r.facilityKey; }))
            out.push_back({r.facilityKey, r.facilityName, *r.siteLat, *r.siteLon});
    }
    std::sort(out.begin(), out.end(), [](const LaunchFacility &a, const LaunchFacility &b) { return a.key < b.key; });
    return out;
}

const LaunchFacility *findFacility(const std::vector<LaunchFacility> &facilities, const QString &keyOrName)
{
    const auto it = std::find_if(facilities.begin(), facilities.end(), [&](const LaunchFacility &f) {
        return f.key.compare(keyOrName, Qt::CaseInsensitive) == 0 || f.name.compare(keyOrName, Qt::CaseInsensitive) == 0;
    });
    return it == facilities.end() ? nullptr : &*it;
}

std::vector<Cue> scenarioCues(const TrainingScenario &training, const Scenario &modelled)
{
    std::vector<Cue> cues;
    for (const Bookmark &b : training.bookmarks)
        cues.push_back({static_cast<double>(b.timeMsUtc), b.note, false});
    for (const ScenarioTrack &t : modelled.tracks) {
        if (t.facts)
            continue;
        if (training.pauses.firstDetection)
            for (Partner p : kAllPartners)
                if (const PartnerCustody *c = t.attribution.custodyOf(p))
                    cues.push_back({t.launchMsUtc + c->firstDetectionS * 1000.0,
                                    QStringLiteral("%1 first detects %2").arg(partnerCode(p), t.id), true});
        if (training.pauses.impact)
            cues.push_back({t.endMsUtc(), QStringLiteral("%1 impact").arg(t.id), true});
    }
    std::stable_sort(cues.begin(), cues.end(), [](const Cue &a, const Cue &b) { return a.timeMs < b.timeMs; });
    return cues;
}

SensorAdd addedRadar(const SensorLaydown &laydown, const QString &likeId, double lon, double lat)
{
    const QString partner = likeId.section(u'-', 0, 0);
    int n = 1;
    while (laydown.find(QStringLiteral("%1-ADDED-%2").arg(partner).arg(n)))
        ++n;
    return {QStringLiteral("%1-ADDED-%2").arg(partner).arg(n), likeId, lon, lat};
}

void removeSensor(SensorChanges &changes, const QString &id)
{
    if (std::erase_if(changes.added, [&](const SensorAdd &a) { return a.id == id; }) > 0) {
        std::erase_if(changes.moved, [&](const SensorMove &m) { return m.id == id; });
        changes.disabled.removeAll(id);
    } else if (!changes.disabled.contains(id)) {
        changes.disabled << id;
    }
}

bool applySensorChanges(const SensorChanges &changes, SensorLaydown &laydown, QString &error)
{
    for (std::size_t i = 0; i < changes.added.size(); ++i) {
        const SensorAdd &a = changes.added[i];
        const Sensor *like = laydown.find(a.like);
        if (!like || !like->isRadar()) {
            error = QStringLiteral("sensors.added[%1].like: no radar '%2' in the catalogue").arg(i).arg(a.like);
            return false;
        }
        Sensor s = *like;
        s.id = a.id;
        s.name = QStringLiteral("%1, added (%2)").arg(like->name, a.id);
        s.lon = a.lon;
        s.lat = a.lat;
        s.positionQuality = QStringLiteral("notional (added in a training scenario)");
        s.notes = QStringLiteral("A copy of %1 placed by the trainer; not a real site.").arg(a.like);
        if (!laydown.add(s)) {
            error = QStringLiteral("sensors.added[%1].id: the laydown already has a sensor '%2'").arg(i).arg(a.id);
            return false;
        }
    }
    for (std::size_t i = 0; i < changes.moved.size(); ++i) {
        const SensorMove &m = changes.moved[i];
        if (!laydown.move(m.id, m.lon, m.lat)) {
            error = QStringLiteral("sensors.moved[%1].id: no sensor '%2' in the laydown").arg(i).arg(m.id);
            return false;
        }
    }
    for (int i = 0; i < changes.disabled.size(); ++i) {
        if (!laydown.remove(changes.disabled[i])) {
            error = QStringLiteral("sensors.disabled[%1]: no sensor '%2' in the laydown").arg(i).arg(changes.disabled[i]);
            return false;
        }
    }
    return true;
}

namespace {
// What a launch's tracks depend on: the launch as the file writes it and the sensor changes.
QByteArray flightKey(const ScenarioLaunch &launch, const SensorChanges &changes)
{
    TrainingScenario one;
    one.launches = {launch};
    one.sensors = changes;
    return QJsonDocument(scenarioJson(one, QString())).toJson(QJsonDocument::Compact);
}
} // namespace

bool flyLaunches(const std::vector<ScenarioLaunch> &launches, const SensorLaydown &laydown, std::vector<ScenarioTrack> &tracks,
                 QString &error, const SensorChanges &changes, FlightCache *cache)
{
    struct Job {
        std::size_t launch;
        SalvoMember member;
    };
    std::vector<Job> jobs;
    std::vector<QByteArray> keys(launches.size());
    std::map<std::size_t, const std::vector<ScenarioTrack> *> cached;
    for (std::size_t i = 0; i < launches.size(); ++i) {
        if (cache) {
            keys[i] = flightKey(launches[i], changes);
            if (const auto hit = cache->tracks.find(keys[i]); hit != cache->tracks.end()) {
                cached[i] = &hit->second;
                continue;
            }
        }
        QString why;
        auto members = salvoMembers(launches[i], why);
        if (members.empty()) {
            error = QStringLiteral("launches[%1] (%2): %3").arg(i).arg(launches[i].id, why);
            return false;
        }
        for (auto &m : members)
            jobs.push_back({i, std::move(m)});
    }
    std::vector<TrajectoryResult> results(jobs.size());
    parallelFor(jobs.size(), [&](std::size_t j) { results[j] = TrajectorySolver::solve(jobs[j].member.request); });
    const VisibilityModel model(laydown.sensors());
    std::vector<std::vector<ScenarioTrack>> byLaunch(launches.size());
    for (const auto &[i, hit] : cached)
        byLaunch[i] = *hit;
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        const ScenarioLaunch &l = launches[jobs[j].launch];
        if (!results[j].ok()) {
            error = QStringLiteral("launches[%1] (%2): %3").arg(jobs[j].launch).arg(jobs[j].member.id, results[j].error);
            return false;
        }
        const Trajectory &tr = results[j].trajectory;
        const QString label = !l.label.isEmpty() ? l.label
                              : tr.maneuver == u"none" ? tr.profile.name
                                                       : QStringLiteral("%1, %2").arg(tr.profile.name, tr.maneuver);
        ScenarioTrack t = trackFromTrajectory(tr, jobs[j].member.id, label, jobs[j].member.launchMsUtc, laydown);
        t.source = QStringLiteral("scenario");
        t.siteName = l.facility;
        t.modelNote = tr.note;
        byLaunch[jobs[j].launch].push_back(std::move(t));
    }
    std::vector<ScenarioTrack> out;
    FlightCache next;
    for (std::size_t i = 0; i < launches.size(); ++i) {
        if (cache)
            next.tracks[keys[i]] = byLaunch[i];
        for (ScenarioTrack &t : byLaunch[i])
            out.push_back(std::move(t));
    }
    if (cache) // the launches of this model only: a drag's earlier positions are not kept
        *cache = std::move(next);
    tracks = std::move(out);
    return true;
}

bool buildTrainingScenario(const TrainingScenario &training, std::vector<ScenarioTrack> fileTracks, Scenario &out, QString &error,
                           FlightCache *cache)
{
    Scenario s = training.catalogue ? builtinScenario() : Scenario{};
    SensorLaydown laydown = training.catalogue ? s.laydown : SensorLaydown::builtin();
    if (!applySensorChanges(training.sensors, laydown, error))
        return false;
    if (training.catalogue && !training.sensors.isEmpty()) {
        // The record was attributed against the bundled laydown: the lesson is what the changed one sees.
        const VisibilityModel model(laydown.sensors());
        parallelFor(s.tracks.size(), [&](std::size_t i) {
            ScenarioTrack &t = s.tracks[i];
            t.attribution = AttributionEngine::attribute(t.samples, t.burnoutTimeS, t.flightTimeS, model);
        });
    }
    std::vector<ScenarioTrack> flown;
    if (!flyLaunches(training.launches, laydown, flown, error, training.sensors, cache))
        return false;
    s.laydown = std::move(laydown);
    s.sharing = training.sharing;
    addTracks(s, std::move(flown));
    addTracks(s, std::move(fileTracks));
    out = std::move(s);
    return true;
}

} // namespace trilink::maps
