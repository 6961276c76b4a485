// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/CatalogModeller.h"

#include "core/AttributionEngine.h"
#include "core/BinaryStream.h"
#include "core/ParallelFor.h"
#include "core/VisibilityModel.h"

#include <QCryptographicHash>

#include <algorithm>

namespace trilink {
namespace {
void putOptional(BinaryWriter &w, const std::optional<double> &v)
{
    w.put<std::uint8_t>(v ? 1 : 0);
    w.put<double>(v.value_or(0));
}

// Everything the visibility model reads of a sensor; names, notes and provenance do not change coverage.
bool sameCoverage(const Sensor &a, const Sensor &b)
{
    return a.id == b.id && a.partner == b.partner && a.kind == b.kind && a.lon == b.lon && a.lat == b.lat && a.altM == b.altM
           && a.maxRangeM == b.maxRangeM && a.azimuthMinDeg == b.azimuthMinDeg && a.azimuthMaxDeg == b.azimuthMaxDeg
           && a.minElevationDeg == b.minElevationDeg;
}

// For each sensor of `now`, its index in `before` when its coverage is unchanged, else -1.
std::vector<int> sensorMapping(const SensorLaydown &before, const SensorLaydown &now)
{
    std::vector<int> map(now.size(), -1);
    for (int s = 0; s < now.size(); ++s)
        for (int j = 0; j < before.size(); ++j)
            if (sameCoverage(now.sensors()[s], before.sensors()[j]))
                map[s] = j;
    return map;
}

} // namespace

QByteArray CatalogModeller::planKey(const CatalogFlightPlan &plan)
{
    // Every field of TrajectoryRequest, in declaration order: a field added there must be added here.
    const TrajectoryRequest &q = plan.request;
    BinaryWriter w;
    for (double v : {q.launchLon, q.launchLat, q.launchAltM})
        w.put<double>(v);
    for (const auto *o : {&q.impactLon, &q.impactLat, &q.azimuthDeg, &q.rangeM})
        putOptional(w, *o);
    w.put<std::int32_t>(static_cast<std::int32_t>(q.shape));
    w.put<double>(q.apogeeM);
    w.put<double>(q.loftFactor);
    w.put<std::int32_t>(q.missileClass ? static_cast<std::int32_t>(*q.missileClass) : -1);
    w.putString(q.missileName);
    w.put<std::int32_t>(q.maneuver ? static_cast<std::int32_t>(*q.maneuver) : -1);
    w.put<std::int32_t>(static_cast<std::int32_t>(q.platform));
    w.put<std::uint32_t>(static_cast<std::uint32_t>(q.glideLegs.size()));
    for (const GlideLeg &g : q.glideLegs)
        for (double v : {g.distanceM, g.bearingDeg, g.turnDistanceM})
            w.put<double>(v);
    putOptional(w, q.failAtS);
    w.put<std::uint8_t>(q.nearestFeasible ? 1 : 0);
    w.put<double>(q.orbitCoastS);
    w.put<double>(q.sampleIntervalS);
    putOptional(w, plan.matchFlightS);
    return QCryptographicHash::hash(w.bytes(), QCryptographicHash::Sha256);
}

void CatalogModeller::seed(const Scenario &modelled)
{
    m_tracks.clear();
    m_laydown = modelled.laydown;
    for (const ScenarioTrack &t : modelled.tracks)
        if (!t.modelKey.isEmpty())
            m_tracks.insert(t.modelKey, t);
}

Scenario CatalogModeller::model(const CatalogPlan &plan, const SensorLaydown &laydown, const SharingSettings &sharing)
{
    m_work = {};
    Scenario out;
    out.laydown = laydown;
    out.sharing = sharing;
    out.problems = plan.problems;
    out.withoutEnoughFacts = plan.excluded;
    out.catalogRows = plan.sourceRows;

    const std::vector<int> mapping = sensorMapping(m_laydown, laydown);
    const bool sameLaydown = laydown.size() == m_laydown.size()
                             && std::all_of(mapping.begin(), mapping.end(), [i = 0](int j) mutable { return j == i++; });
    const VisibilityModel visibility(laydown.sensors());

    struct Slot {
        QByteArray key;
        std::optional<ScenarioTrack> track;
        QString error;
        bool flown = false;
        int columns = 0;
    };
    std::vector<Slot> work(plan.flights.size());
    for (std::size_t i = 0; i < work.size(); ++i)
        work[i].key = planKey(plan.flights[i]);
    parallelFor(work.size(), [&](std::size_t i) {
        Slot &slot = work[i];
        const CatalogFlightPlan &fp = plan.flights[i];
        if (const auto it = m_tracks.constFind(slot.key); it != m_tracks.constEnd()) {
            ScenarioTrack t = *it;
            if (!sameLaydown)
                t.attribution = AttributionEngine::attributeReusing(t.samples, t.burnoutTimeS, t.flightTimeS, visibility,
                                                                    &it->attribution, mapping, &slot.columns);
            t.id = fp.facts.id;
            t.label = fp.facts.missile;
            t.siteName = fp.facts.siteName;
            t.launchMsUtc = fp.facts.launchUtc.toMSecsSinceEpoch();
            t.facts = fp.facts;
            slot.track = std::move(t);
            return;
        }
        const std::optional<CatalogTrack> flown = CatalogScenarioBuilder::fly(fp, &slot.error);
        if (!flown)
            return;
        ScenarioTrack t = trackFromCatalog(*flown, visibility);
        t.modelKey = slot.key;
        slot.columns = laydown.size();
        slot.flown = true;
        slot.track = std::move(t);
    });

    QHash<QByteArray, ScenarioTrack> kept;
    for (std::size_t i = 0; i < work.size(); ++i) {
        Slot &slot = work[i];
        m_work.sensorColumns += slot.columns;
        if (!slot.track) {
            out.withoutEnoughFacts.push_back({plan.flights[i].facts, QStringLiteral("model failed: %1").arg(slot.error)});
            continue;
        }
        ++(slot.flown ? m_work.flown : m_work.reused);
        kept.insert(slot.key, *slot.track);
        out.tracks.push_back(std::move(*slot.track));
    }
    std::stable_sort(out.withoutEnoughFacts.begin(), out.withoutEnoughFacts.end(),
                     [](const CatalogExclusion &a, const CatalogExclusion &b) { return a.facts.id < b.facts.id; });
    std::stable_sort(out.tracks.begin(), out.tracks.end(),
                     [](const ScenarioTrack &a, const ScenarioTrack &b) { return a.launchMsUtc < b.launchMsUtc; });
    m_tracks = std::move(kept);
    m_laydown = laydown;
    return out;
}

} // namespace trilink
