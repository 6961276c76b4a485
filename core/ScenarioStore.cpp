// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/ScenarioStore.h"

#include "core/AttributionEngine.h"
#include "core/BinaryStream.h"

#include <cmath>

namespace trilink {
namespace {
const QByteArray kMagic = QByteArrayLiteral("TRILINK-CATALOG\n");
constexpr std::uint32_t kByteOrderMark = 0x01020304;
// The highest value of each enum the file may hold.
constexpr int kLastPhase = static_cast<int>(FlightPhase::Orbit);
constexpr int kLastEventKind = static_cast<int>(TrajectoryEventKind::OrbitInsertion);
constexpr int kLastOrigin = static_cast<int>(TrackOrigin::Recorded);
constexpr int kLastOutcome = static_cast<int>(LaunchOutcome::Failure);

void putFigure(BinaryWriter &w, const SourcedFigure &f)
{
    w.put<std::uint8_t>(f.value ? 1 : 0);
    w.put<double>(f.value.value_or(0));
    w.putString(f.text);
    w.putString(f.source);
    w.putString(f.adjusted);
}

SourcedFigure getFigure(BinaryReader &r)
{
    SourcedFigure f;
    const bool has = r.get<std::uint8_t>() != 0;
    const double v = r.get<double>();
    if (has)
        f.value = v;
    f.text = r.getString();
    f.source = r.getString();
    f.adjusted = r.getString();
    return f;
}

void putOptional(BinaryWriter &w, const std::optional<double> &v)
{
    w.put<std::uint8_t>(v ? 1 : 0);
    w.put<double>(v.value_or(0));
}

std::optional<double> getOptional(BinaryReader &r)
{
    const bool has = r.get<std::uint8_t>() != 0;
    const double v = r.get<double>();
    return has ? std::optional<double>(v) : std::nullopt;
}

void putFacts(BinaryWriter &w, const CatalogFacts &f)
{
    w.putString(f.id);
    w.put<std::uint32_t>(static_cast<std::uint32_t>(f.aliases.size()));
    for (const QString &a : f.aliases)
        w.putString(a);
    w.putString(f.eventId);
    w.put<std::int32_t>(f.series);
    w.put<std::int32_t>(f.eventSize);
    w.put<std::int64_t>(f.utcDate.toJulianDay());
    w.put<std::int64_t>(f.launchUtc.isValid() ? f.launchUtc.toMSecsSinceEpoch() : INT64_MIN);
    w.putString(f.launchTimeNote);
    w.putString(f.missile);
    w.putString(f.missileKey);
    w.putString(f.missileReported);
    w.putString(f.missileClass);
    w.putString(f.maneuver);
    w.putString(f.siteKey);
    w.putString(f.siteName);
    w.put<double>(f.siteLon);
    w.put<double>(f.siteLat);
    w.putString(f.landingArea);
    w.putString(f.impactDescription);
    w.putString(f.localTimeNote);
    w.put<std::uint8_t>(static_cast<std::uint8_t>(f.outcome));
    for (const SourcedFigure *s : {&f.apogeeKm, &f.rangeKm, &f.flightTimeS, &f.bearingDeg})
        putFigure(w, *s);
    putOptional(w, f.impactLon);
    putOptional(w, f.impactLat);
    w.putString(f.impactBasis);
    w.put<std::uint32_t>(static_cast<std::uint32_t>(f.glideLegs.size()));
    for (const CnsGlideLeg &g : f.glideLegs) {
        w.put<double>(g.distanceKm);
        w.put<double>(g.turnDistanceKm);
        putOptional(w, g.newBearingDeg);
    }
    w.putString(f.cnsKey);
    w.put<std::int32_t>(f.cnsRow);
    w.put<std::int32_t>(f.launchesRow);
    w.putString(f.sources);
    w.putString(f.cnsSources);
    w.putString(f.notes);
    w.putString(f.cnsNotes);
}

CatalogFacts getFacts(BinaryReader &r)
{
    CatalogFacts f;
    f.id = r.getString();
    for (std::uint32_t n = r.getCount(4), i = 0; i < n; ++i)
        f.aliases << r.getString();
    f.eventId = r.getString();
    f.series = r.get<std::int32_t>();
    f.eventSize = r.get<std::int32_t>();
    f.utcDate = QDate::fromJulianDay(r.get<std::int64_t>());
    if (const auto ms = r.get<std::int64_t>(); ms != INT64_MIN)
        f.launchUtc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    f.launchTimeNote = r.getString();
    f.missile = r.getString();
    f.missileKey = r.getString();
    f.missileReported = r.getString();
    f.missileClass = r.getString();
    f.maneuver = r.getString();
    f.siteKey = r.getString();
    f.siteName = r.getString();
    f.siteLon = r.get<double>();
    f.siteLat = r.get<double>();
    f.landingArea = r.getString();
    f.impactDescription = r.getString();
    f.localTimeNote = r.getString();
    const int outcome = r.get<std::uint8_t>();
    if (outcome > kLastOutcome)
        r.fail();
    f.outcome = static_cast<LaunchOutcome>(outcome);
    for (SourcedFigure *s : {&f.apogeeKm, &f.rangeKm, &f.flightTimeS, &f.bearingDeg})
        *s = getFigure(r);
    f.impactLon = getOptional(r);
    f.impactLat = getOptional(r);
    f.impactBasis = r.getString();
    for (std::uint32_t n = r.getCount(25), i = 0; i < n; ++i) {
        CnsGlideLeg g;
        g.distanceKm = r.get<double>();
        g.turnDistanceKm = r.get<double>();
        g.newBearingDeg = getOptional(r);
        f.glideLegs.push_back(g);
    }
    f.cnsKey = r.getString();
    f.cnsRow = r.get<std::int32_t>();
    f.launchesRow = r.get<std::int32_t>();
    f.sources = r.getString();
    f.cnsSources = r.getString();
    f.notes = r.getString();
    f.cnsNotes = r.getString();
    return f;
}

void putTrack(BinaryWriter &w, const ScenarioTrack &t)
{
    w.putString(t.id);
    w.putString(t.label);
    w.putString(t.source);
    w.putString(t.siteName);
    w.put<std::int64_t>(t.launchMsUtc);
    w.put<std::uint8_t>(static_cast<std::uint8_t>(t.origin));
    for (double v : {t.flightTimeS, t.apogeeM, t.apogeeTimeS, t.rangeM, t.burnoutTimeS})
        w.put<double>(v);
    w.put<std::uint32_t>(static_cast<std::uint32_t>(t.samples.size()));
    for (const TrajectorySample &s : t.samples) {
        for (double v : {s.timeS, s.lon, s.lat, s.altM, s.velocityEcefMps.x, s.velocityEcefMps.y, s.velocityEcefMps.z, s.speedMps})
            w.put<double>(v);
        w.put<std::uint8_t>(static_cast<std::uint8_t>(s.phase));
    }
    w.put<std::uint32_t>(static_cast<std::uint32_t>(t.events.size()));
    for (const TrajectoryEvent &e : t.events) {
        w.put<std::uint8_t>(static_cast<std::uint8_t>(e.kind));
        for (double v : {e.timeS, e.lon, e.lat, e.altM})
            w.put<double>(v);
        w.putString(e.detail);
    }
    const AttributionResult &a = t.attribution;
    w.put<std::uint32_t>(static_cast<std::uint32_t>(a.sensorCount));
    w.put<double>(a.flightTimeS);
    w.putBytes(QByteArray(reinterpret_cast<const char *>(a.seen.data()), static_cast<qsizetype>(a.seen.size())));
    w.put<std::uint8_t>(t.facts ? 1 : 0);
    if (t.facts)
        putFacts(w, *t.facts);
    w.putString(t.modelNote);
    w.putBytes(t.modelKey);
}

bool getTrack(BinaryReader &r, const SensorLaydown &laydown, ScenarioTrack &t, QString *why)
{
    t.id = r.getString();
    t.label = r.getString();
    t.source = r.getString();
    t.siteName = r.getString();
    t.launchMsUtc = r.get<std::int64_t>();
    const int origin = r.get<std::uint8_t>();
    t.origin = static_cast<TrackOrigin>(std::min(origin, kLastOrigin));
    for (double *v : {&t.flightTimeS, &t.apogeeM, &t.apogeeTimeS, &t.rangeM, &t.burnoutTimeS})
        *v = r.get<double>();
    const std::uint32_t n = r.getCount(8 * 8 + 1);
    t.samples.resize(n);
    std::vector<double> times(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        TrajectorySample &s = t.samples[i];
        for (double *v : {&s.timeS, &s.lon, &s.lat, &s.altM, &s.velocityEcefMps.x, &s.velocityEcefMps.y, &s.velocityEcefMps.z,
                          &s.speedMps})
            *v = r.get<double>();
        const int phase = r.get<std::uint8_t>();
        s.phase = static_cast<FlightPhase>(std::min(phase, kLastPhase));
        times[i] = s.timeS;
        if (phase > kLastPhase || !std::isfinite(s.lon + s.lat + s.altM) || std::abs(s.lat) > 90 || std::abs(s.lon) > 360
            || (i > 0 && !(s.timeS > times[i - 1]))) {
            *why = QStringLiteral("track %1: sample %2 is not a valid state").arg(t.id).arg(i);
            return false;
        }
    }
    for (std::uint32_t k = r.getCount(1 + 4 * 8 + 4), i = 0; i < k; ++i) {
        TrajectoryEvent e;
        const int kind = r.get<std::uint8_t>();
        if (kind > kLastEventKind)
            r.fail();
        e.kind = static_cast<TrajectoryEventKind>(std::min(kind, kLastEventKind));
        for (double *v : {&e.timeS, &e.lon, &e.lat, &e.altM})
            *v = r.get<double>();
        e.detail = r.getString();
        t.events.push_back(e);
    }
    const std::uint32_t sensorCount = r.get<std::uint32_t>();
    const double flightS = r.get<double>();
    const QByteArray seen = r.getBytes();
    if (r.failed())
        return false;
    if (sensorCount != static_cast<std::uint32_t>(laydown.size()) || seen.size() != static_cast<qsizetype>(n) * sensorCount) {
        *why = QStringLiteral("track %1: detections for %2 sensors, the laydown has %3").arg(t.id).arg(sensorCount).arg(laydown.size());
        return false;
    }
    t.attribution = AttributionEngine::fromSeen(std::move(times), std::vector<std::uint8_t>(seen.begin(), seen.end()), flightS,
                                                laydown.sensors());
    if (r.get<std::uint8_t>() != 0)
        t.facts = getFacts(r);
    t.modelNote = r.getString();
    t.modelKey = r.getBytes();
    return !r.failed();
}
} // namespace

QByteArray ScenarioStore::write(const Scenario &s, const QByteArray &key)
{
    BinaryWriter w;
    qsizetype samples = 0;
    for (const auto &t : s.tracks)
        samples += static_cast<qsizetype>(t.samples.size());
    w.reserve(samples * 90 + 1024 * 1024);
    for (char c : kMagic)
        w.put<char>(c);
    w.put<std::uint32_t>(kFormatVersion);
    w.put<std::uint32_t>(kByteOrderMark);
    w.putBytes(key);
    w.put<std::int32_t>(s.catalogRows);
    w.put<std::uint32_t>(static_cast<std::uint32_t>(s.problems.size()));
    for (const QString &p : s.problems)
        w.putString(p);
    w.put<std::uint32_t>(static_cast<std::uint32_t>(s.withoutEnoughFacts.size()));
    for (const CatalogExclusion &e : s.withoutEnoughFacts) {
        putFacts(w, e.facts);
        w.putString(e.reason);
    }
    w.put<std::uint32_t>(static_cast<std::uint32_t>(s.tracks.size()));
    for (const ScenarioTrack &t : s.tracks)
        putTrack(w, t);
    return w.bytes();
}

QByteArray ScenarioStore::keyOf(const QByteArray &bytes)
{
    if (!bytes.startsWith(kMagic))
        return {};
    BinaryReader r(bytes);
    for (qsizetype i = 0; i < kMagic.size(); ++i)
        r.get<char>();
    if (r.get<std::uint32_t>() != kFormatVersion || r.get<std::uint32_t>() != kByteOrderMark)
        return {};
    const QByteArray key = r.getBytes();
    return r.failed() ? QByteArray() : key;
}

std::optional<Scenario> ScenarioStore::read(const QByteArray &bytes, const QByteArray &expectedKey, const SensorLaydown &laydown,
                                            QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<Scenario> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!bytes.startsWith(kMagic))
        return fail(QStringLiteral("not a Trilink catalogue store"));
    BinaryReader r(bytes);
    for (qsizetype i = 0; i < kMagic.size(); ++i)
        r.get<char>();
    if (const auto v = r.get<std::uint32_t>(); v != kFormatVersion)
        return fail(QStringLiteral("store format %1, this program reads %2").arg(v).arg(kFormatVersion));
    if (r.get<std::uint32_t>() != kByteOrderMark)
        return fail(QStringLiteral("written with another byte order"));
    const QByteArray key = r.getBytes();
    if (!expectedKey.isEmpty() && key != expectedKey)
        return fail(QStringLiteral("modelled from other inputs (key %1, expected %2)").arg(QString::fromLatin1(key.toHex().left(12)),
                                                                                        QString::fromLatin1(expectedKey.toHex().left(12))));
    Scenario s;
    s.laydown = laydown;
    s.catalogRows = r.get<std::int32_t>();
    for (std::uint32_t n = r.getCount(4), i = 0; i < n; ++i)
        s.problems << r.getString();
    for (std::uint32_t n = r.getCount(64), i = 0; i < n && !r.failed(); ++i) {
        CatalogExclusion e;
        e.facts = getFacts(r);
        e.reason = r.getString();
        s.withoutEnoughFacts.push_back(std::move(e));
    }
    const std::uint32_t tracks = r.getCount(64);
    s.tracks.reserve(tracks);
    for (std::uint32_t i = 0; i < tracks && !r.failed(); ++i) {
        ScenarioTrack t;
        QString why;
        if (!getTrack(r, laydown, t, &why))
            return fail(why.isEmpty() ? QStringLiteral("truncated or damaged at track %1").arg(i + 1) : why);
        s.tracks.push_back(std::move(t));
    }
    if (r.failed())
        return fail(QStringLiteral("truncated or damaged"));
    if (!r.atEnd())
        return fail(QStringLiteral("bytes after the last track"));
    return s;
}

} // namespace trilink
