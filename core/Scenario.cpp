// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/Scenario.h"

#include "core/AttributionEngine.h"
#include "core/BuiltinCatalogue.h"
#include "core/Units.h"
#include "core/VectorState.h"
#include "core/VisibilityModel.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace trilink {

QString trackOriginName(TrackOrigin o)
{
    switch (o) {
    case TrackOrigin::Published:
        return QStringLiteral("published");
    case TrackOrigin::Modelled:
        return QStringLiteral("modelled");
    case TrackOrigin::Recorded:
        return QStringLiteral("recorded");
    }
    return {};
}

int ScenarioTrack::sampleIndexAt(double timeS) const
{
    if (samples.empty())
        return 0;
    const auto it = std::upper_bound(samples.begin(), samples.end(), timeS,
                                     [](double t, const TrajectorySample &s) { return t < s.timeS; });
    return std::max(0, static_cast<int>(it - samples.begin()) - 1);
}

TrajectorySample ScenarioTrack::stateAt(double timeS) const
{
    if (samples.empty())
        return {};
    if (timeS <= samples.front().timeS)
        return samples.front();
    if (timeS >= samples.back().timeS)
        return samples.back();
    const int i = sampleIndexAt(timeS);
    const TrajectorySample &a = samples[i];
    const TrajectorySample &b = samples[std::min<std::size_t>(i + 1, samples.size() - 1)];
    const double span = b.timeS - a.timeS;
    const double f = span > 0 ? (timeS - a.timeS) / span : 0.0;
    TrajectorySample s = a;
    s.timeS = timeS;
    double dLon = b.lon - a.lon;
    if (dLon > 180)
        dLon -= 360;
    else if (dLon < -180)
        dLon += 360;
    s.lon = a.lon + f * dLon;
    if (s.lon > 180)
        s.lon -= 360;
    else if (s.lon < -180)
        s.lon += 360;
    s.lat = a.lat + f * (b.lat - a.lat);
    s.altM = a.altM + f * (b.altM - a.altM);
    s.speedMps = a.speedMps + f * (b.speedMps - a.speedMps);
    return s;
}

const ScenarioTrack *Scenario::find(const QString &id) const
{
    for (const auto &t : tracks)
        if (t.id == id)
            return &t;
    for (const auto &t : tracks)
        if (t.names(id))
            return &t;
    return nullptr;
}

std::vector<const ScenarioTrack *> Scenario::matching(const QString &name) const
{
    std::vector<const ScenarioTrack *> out;
    if (const ScenarioTrack *t = name.isEmpty() ? nullptr : find(name)) {
        out.push_back(t);
        return out;
    }
    const QString prefix = name + u'-';
    for (const auto &t : tracks) {
        bool picked = name.isEmpty() || (t.facts && t.facts->eventId == name);
        if (!picked && t.facts)
            picked = std::any_of(t.facts->aliases.begin(), t.facts->aliases.end(), [&](const QString &a) { return a.startsWith(prefix); });
        if (picked)
            out.push_back(&t);
    }
    return out;
}

double Scenario::startMs() const
{
    if (tracks.empty())
        return 0;
    double t = static_cast<double>(tracks.front().launchMsUtc);
    for (const auto &track : tracks)
        t = std::min(t, static_cast<double>(track.launchMsUtc));
    return t;
}

double Scenario::endMs() const
{
    double t = startMs();
    for (const auto &track : tracks)
        t = std::max(t, track.endMsUtc());
    return t;
}

namespace {
// The figures and the attribution every modelled track has, whatever it was flown for.
ScenarioTrack modelledTrack(const Trajectory &tr, const VisibilityModel &model)
{
    ScenarioTrack t;
    t.origin = TrackOrigin::Modelled;
    t.samples = tr.samples;
    t.events = tr.events;
    t.flightTimeS = tr.flightTimeS;
    t.apogeeM = tr.apogeeM;
    t.apogeeTimeS = tr.apogeeTimeS;
    t.rangeM = tr.rangeM;
    t.burnoutTimeS = tr.burnoutTimeS;
    t.attribution = AttributionEngine::attribute(tr, model);
    return t;
}
} // namespace

ScenarioTrack trackFromTrajectory(const Trajectory &tr, const QString &id, const QString &label, std::int64_t launchMsUtc,
                                  const SensorLaydown &laydown)
{
    ScenarioTrack t = modelledTrack(tr, VisibilityModel(laydown.sensors()));
    t.id = id;
    t.label = label;
    t.launchMsUtc = launchMsUtc;
    return t;
}

ScenarioTrack trackFromCatalog(const CatalogTrack &c, const SensorLaydown &laydown)
{
    return trackFromCatalog(c, VisibilityModel(laydown.sensors()));
}

ScenarioTrack trackFromCatalog(const CatalogTrack &c, const VisibilityModel &model)
{
    ScenarioTrack t = modelledTrack(c.trajectory, model);
    t.id = c.facts.id;
    t.label = c.facts.missile;
    t.source = QStringLiteral("catalogue");
    t.siteName = c.facts.siteName;
    t.launchMsUtc = c.facts.launchUtc.toMSecsSinceEpoch();
    t.origin = c.published ? TrackOrigin::Published : TrackOrigin::Modelled;
    t.facts = c.facts;
    t.modelNote = c.adjustment;
    return t;
}

ScenarioTrack trackFromRecording(const RecordedTrack &r, const QString &source)
{
    clearUpperVectorState(); // the reader hashed the track's id: see VectorState.h
    ScenarioTrack t;
    t.id = r.id;
    t.label = r.label.isEmpty() ? r.id : r.label;
    t.source = source;
    t.origin = TrackOrigin::Recorded;
    t.identity = r.identity;
    if (r.points.empty())
        return t;
    t.launchMsUtc = r.points.front().timeMsUtc;
    t.flightTimeS = (r.points.back().timeMsUtc - r.points.front().timeMsUtc) / 1000.0;
    t.rangeM = r.groundRangeM();
    std::size_t apogeeIndex = 0;
    for (std::size_t i = 0; i < r.points.size(); ++i)
        if (r.points[i].altM > r.points[apogeeIndex].altM)
            apogeeIndex = i;
    t.apogeeM = r.points[apogeeIndex].altM;
    t.apogeeTimeS = (r.points[apogeeIndex].timeMsUtc - t.launchMsUtc) / 1000.0;

    // A file that gives every point its phase (a modelled flight written by Trilink) keeps them; else they are
    // guessed from the altitude profile.
    const bool filePhases = std::all_of(r.points.begin(), r.points.end(), [](const TrackPoint &p) { return p.phase.has_value(); });
    std::vector<double> times;
    std::vector<PartnerMask> masks;
    times.reserve(r.points.size());
    masks.reserve(r.points.size());
    QStringList sensorOrder;
    QSet<QString> seenSensors;
    t.samples.reserve(r.points.size());
    for (std::size_t i = 0; i < r.points.size(); ++i) {
        const TrackPoint &p = r.points[i];
        TrajectorySample s;
        s.timeS = (p.timeMsUtc - t.launchMsUtc) / 1000.0;
        s.lon = p.lon;
        s.lat = p.lat;
        s.altM = p.altM;
        const bool rising = i < apogeeIndex;
        s.phase = filePhases ? *p.phase
                  : rising && p.altM < 0.1 * t.apogeeM ? FlightPhase::Boost
                  : !rising && p.altM < 100'000.0 && i > apogeeIndex ? FlightPhase::Terminal
                                                                       : FlightPhase::Midcourse;
        t.samples.push_back(s);
        times.push_back(s.timeS);
        masks.push_back(p.partners);
        if (p.sensor.isEmpty())
            continue; // most files name no sensor: no list to build per point
        for (const QString &id : p.sensor.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!seenSensors.contains(id)) {
                seenSensors.insert(id);
                sensorOrder << id;
            }
    }
    // Speeds from the positions, for the label and the side view.
    for (std::size_t i = 1; i < t.samples.size(); ++i) {
        auto &a = t.samples[i - 1];
        const auto &b = t.samples[i];
        const double dt = b.timeS - a.timeS;
        if (dt <= 0)
            continue;
        // Metres between neighbours cannot overflow: a square root, not glibc's correctly rounded (slow) hypot.
        const double east = (b.lon - a.lon) * 111'320.0 * std::cos(units::radians(a.lat)), north = (b.lat - a.lat) * 110'574.0;
        const double up = b.altM - a.altM;
        a.speedMps = std::sqrt(east * east + north * north + up * up) / dt;
    }
    if (t.samples.size() > 1)
        t.samples.back().speedMps = t.samples[t.samples.size() - 2].speedMps;
    const auto burnout = std::find_if(t.samples.begin(), t.samples.end(), [](const TrajectorySample &s) { return s.phase != FlightPhase::Boost; });
    t.burnoutTimeS = burnout == t.samples.end() ? 0.0 : burnout->timeS;

    const auto &first = t.samples.front();
    const auto &last = t.samples.back();
    t.events.push_back({TrajectoryEventKind::Launch, 0.0, first.lon, first.lat, first.altM, QStringLiteral("first recorded point")});
    const auto &top = t.samples[apogeeIndex];
    if (apogeeIndex > 0 && apogeeIndex + 1 < t.samples.size())
        t.events.push_back({TrajectoryEventKind::Apogee, top.timeS, top.lon, top.lat, top.altM, {}});
    if (filePhases) {
        // The phase changes the file records are the events of the new flight shapes.
        for (std::size_t i = 1; i < t.samples.size(); ++i) {
            const TrajectorySample &s = t.samples[i];
            const FlightPhase before = t.samples[i - 1].phase;
            if (s.phase == before)
                continue;
            std::optional<TrajectoryEventKind> kind;
            if (s.phase == FlightPhase::PullUp)
                kind = TrajectoryEventKind::PullUp;
            else if (s.phase == FlightPhase::Glide)
                kind = TrajectoryEventKind::GlideStart;
            else if (s.phase == FlightPhase::Terminal && (before == FlightPhase::PullUp || before == FlightPhase::Glide))
                kind = TrajectoryEventKind::Dive;
            else if (s.phase == FlightPhase::Debris)
                kind = TrajectoryEventKind::Failure;
            else if (s.phase == FlightPhase::Orbit)
                kind = TrajectoryEventKind::OrbitInsertion;
            if (kind)
                t.events.push_back({*kind, s.timeS, s.lon, s.lat, s.altM, QStringLiteral("phase in the file")});
        }
    }
    t.events.push_back({TrajectoryEventKind::Impact, last.timeS, last.lon, last.lat, last.altM, QStringLiteral("last recorded point")});
    std::stable_sort(t.events.begin(), t.events.end(), [](const TrajectoryEvent &a, const TrajectoryEvent &b) { return a.timeS < b.timeS; });

    // The file's own sensors, numbered in order of appearance, with which points each saw: so the track's
    // sensors per point survive into the scenario and back out (Export Tracks, a CoT stream).
    std::vector<SensorDetection> sensors;
    const int sensorCount = static_cast<int>(sensorOrder.size());
    std::vector<std::uint8_t> seen(r.points.size() * static_cast<std::size_t>(sensorCount), 0);
    for (int k = 0; k < sensorCount; ++k) {
        const QString &id = sensorOrder[k];
        SensorDetection d;
        d.sensorIndex = k;
        d.sensorId = id;
        bool any = false;
        for (std::size_t i = 0; i < r.points.size(); ++i) {
            if (!r.points[i].sensor.split(QLatin1Char(';')).contains(id))
                continue;
            seen[i * static_cast<std::size_t>(sensorCount) + static_cast<std::size_t>(k)] = 1;
            if (!any) {
                d.firstDetectionS = times[i];
                // The partner is the one the point names alone, if any.
                for (Partner p : kAllPartners)
                    if (r.points[i].partners == partnerBit(p))
                        d.partner = p;
            }
            any = true;
            d.lastDetectionS = times[i];
            ++d.sampleCount;
        }
        sensors.push_back(d);
    }
    t.attribution = AttributionEngine::fromPartnerMasks(std::move(times), std::move(masks), t.flightTimeS, std::move(sensors));
    t.attribution.sensorCount = sensorCount;
    t.attribution.seen = std::move(seen);
    return t;
}

RecordedTrack recordingFromTrack(const ScenarioTrack &t)
{
    RecordedTrack r;
    r.id = t.id;
    r.label = t.label;
    r.identity = t.identity;
    r.points.reserve(t.samples.size());
    const AttributionResult &a = t.attribution;
    for (std::size_t i = 0; i < t.samples.size(); ++i) {
        const TrajectorySample &s = t.samples[i];
        TrackPoint p;
        p.timeMsUtc = t.launchMsUtc + std::llround(s.timeS * 1000.0);
        p.lon = s.lon;
        p.lat = s.lat;
        p.altM = s.altM;
        if (i < a.partnersAt.size())
            p.partners = a.partnersAt[i];
        if (t.origin != TrackOrigin::Recorded) // modelled phases travel with the file; guessed ones do not
            p.phase = s.phase;
        if (a.sensorCount > 0 && static_cast<int>(i) < a.sampleCount()) {
            QStringList ids;
            for (int k : a.sensorsAt(static_cast<int>(i))) {
                const auto d = std::find_if(a.sensors.begin(), a.sensors.end(),
                                            [k](const SensorDetection &x) { return x.sensorIndex == k; });
                if (d != a.sensors.end())
                    ids << d->sensorId;
            }
            p.sensor = ids.join(QLatin1Char(';'));
        }
        r.points.push_back(std::move(p));
    }
    return r;
}

Scenario builtinScenario()
{
    return BuiltinCatalogue::load();
}

void addTracks(Scenario &scenario, std::vector<ScenarioTrack> tracks)
{
    for (auto &t : tracks) {
        QString id = t.id.isEmpty() ? QStringLiteral("track") : t.id;
        for (int n = 2; scenario.find(id); ++n)
            id = QStringLiteral("%1 (%2)").arg(t.id).arg(n);
        t.id = id;
        scenario.tracks.push_back(std::move(t));
    }
    std::stable_sort(scenario.tracks.begin(), scenario.tracks.end(),
                     [](const ScenarioTrack &a, const ScenarioTrack &b) { return a.launchMsUtc < b.launchMsUtc; });
}

} // namespace trilink
