// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/CatalogMerger.h"

#include "core/BoostProfile.h"
#include "core/Geodesic.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <map>

namespace trilink {
namespace {
constexpr double kPlaceholderBearingDeg = 90.0; // nagix's default direction (cns_launches_README.md)

QString number(double v) { return QString::number(v, 'g', 10); }

QString cnsSource(const CnsLaunchRecord &r)
{
    return r.cnsRow ? QStringLiteral("CNS database row %1, via nk-missile-tests").arg(*r.cnsRow)
                    : QStringLiteral("nk-missile-tests (nagix), after the CNS export of 2023-04");
}

QString launchesSource(const LaunchRecord &l) { return QStringLiteral("launches.csv row %1 (%2)").arg(l.id).arg(l.sources); }

QString joined(const QStringList &parts, const char *separator)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    return kept.join(QLatin1String(separator));
}

LaunchOutcome outcomeFrom(const QString &text)
{
    if (text.startsWith(QLatin1String("fail"), Qt::CaseInsensitive))
        return LaunchOutcome::Failure;
    if (text.startsWith(QLatin1String("success"), Qt::CaseInsensitive))
        return LaunchOutcome::Success;
    return LaunchOutcome::Unknown;
}

// The boost profile of a launches.csv row follows the missile named in its track id (the analysts'
// identification: the 2022-03-24 "Hwasong-17 claimed (CNS: Hwasong-15)" is ...-HS15), not the claim.
QString profileNameFromTrackId(const QString &trackId)
{
    const QString code = trackId.section(u'-', 3);
    static const QRegularExpression hs(QStringLiteral("^HS(\\d+)$"));
    if (const auto m = hs.match(code); m.hasMatch())
        return QStringLiteral("Hwasong-%1").arg(m.captured(1));
    static const QHash<QString, QString> names{{QStringLiteral("NODONG"), QStringLiteral("Nodong")},
                                               {QStringLiteral("ERSCUD"), QStringLiteral("ER Scud")},
                                               {QStringLiteral("SCUDC"), QStringLiteral("Scud-C")},
                                               {QStringLiteral("PKS2"), QStringLiteral("Pukguksong-2")},
                                               {QStringLiteral("MUSUDAN"), QStringLiteral("Musudan")}};
    return names.value(code);
}

QString displayMissile(const CnsLaunchRecord &r)
{
    if (!r.missileName.isEmpty())
        return r.missileName;
    return r.missileClass == u"unknown" ? QStringLiteral("unidentified missile") : QStringLiteral("unidentified %1").arg(r.missileClass);
}

// The facts of a CNS row as the file gives them (and as cns_adjustments.csv corrects them).
CatalogFacts factsFromCns(const CnsLaunchRecord &r, int eventSize, const QHash<QString, const CnsAdjustment *> &adjust)
{
    CatalogFacts f;
    f.eventId = r.eventId;
    f.series = r.series;
    f.eventSize = eventSize;
    f.id = QStringLiteral("%1-%2").arg(r.eventId).arg(r.series);
    f.cnsKey = r.key();
    f.cnsRow = r.cnsRow.value_or(0);
    f.utcDate = r.utcDate;
    f.missile = displayMissile(r);
    f.missileKey = r.missileKey;
    f.missileClass = r.missileClass.toLower();
    f.maneuver = r.maneuver;
    f.siteKey = r.facilityKey;
    f.siteName = r.facilityName;
    f.siteLat = r.siteLat.value_or(0);
    f.siteLon = r.siteLon.value_or(0);
    f.landingArea = r.landingName;
    f.outcome = outcomeFrom(r.outcome);
    f.glideLegs = r.glideLegs;
    f.sources = r.sources;
    f.notes = r.note;
    const QString source = cnsSource(r);
    const auto figure = [&](const std::optional<double> &v, const char *field) {
        SourcedFigure s;
        s.value = v;
        s.text = v ? number(*v) : QString();
        s.source = source;
        if (const CnsAdjustment *a = adjust.value(r.key() + u'|' + QLatin1String(field))) {
            s.value = a->value.toDouble();
            s.adjusted = QStringLiteral("%1 km used: %2 (%3)").arg(a->value, a->reason, a->source);
        }
        return s;
    };
    f.apogeeKm = figure(r.apogeeKm, "apogee_km");
    f.rangeKm = figure(r.rangeKm, "range_km");
    f.bearingDeg.value = r.bearingDeg;
    f.bearingDeg.text = number(r.bearingDeg);
    f.bearingDeg.source = QStringLiteral("nk-missile-tests (nagix) bearing, from Japan MOD statements and others; good to a few degrees");
    if (r.bearingDeg == kPlaceholderBearingDeg)
        f.bearingDeg.adjusted = QStringLiteral("90 is also nagix's default direction: the bearing may not be reported");
    if (r.utcTime)
        f.launchUtc = QDateTime(r.utcDate, *r.utcTime, Qt::UTC);
    if (const CnsAdjustment *a = adjust.value(r.key() + QStringLiteral("|utc_time"))) {
        f.launchUtc = QDateTime(r.utcDate, QTime::fromString(a->value, QStringLiteral("HH:mm")), Qt::UTC);
        f.launchTimeNote = QStringLiteral("%1 UTC: %2 (%3)").arg(a->value, a->reason, a->source);
    }
    return f;
}

// Why a CNS row gives no track, or empty when it can fly.
QString exclusionReason(const CnsLaunchRecord &r, const CatalogFacts &f)
{
    if (!r.siteLat)
        return QStringLiteral("launch site unknown: the source names no facility");
    if (!f.rangeKm.has()) {
        if (f.isFailure() && f.apogeeKm.has())
            return QStringLiteral("failure: only the altitude where it was lost (%1 km) is reported, no range").arg(f.apogeeKm.text);
        if (r.bearingDeg == kPlaceholderBearingDeg)
            return QStringLiteral("no range reported, and bearing 90 is nagix's placeholder: no direction either");
        return QStringLiteral("no range reported");
    }
    if (!f.launchUtc.isValid())
        return QStringLiteral("no launch time reported, and no other missile of that day to place it by");
    return {};
}

// What the solver is asked for a row of the record: the shape the missile flies (nagix's `maneuver`: pull-up
// or glide, with the glide_path legs), from the sea for an SLBM, to orbit for an SLV (its range is only a
// length for drawing); reported figures being rounded, the solver flies the nearest it can and says so.
TrajectoryRequest requestFromCns(const CnsLaunchRecord &r, const CatalogFacts &f)
{
    TrajectoryRequest q;
    q.launchLon = f.siteLon;
    q.launchLat = f.siteLat;
    q.missileClass = parseMissileClass(f.missileClass);
    q.missileName = r.missileKey.isEmpty() ? r.missileName : r.missileKey;
    q.nearestFeasible = true;
    if (q.missileClass == MissileClass::Slbm)
        q.platform = LaunchPlatform::Submarine;
    if (r.maneuver == u"pullup")
        q.maneuver = Maneuver::PullUp;
    else if (r.maneuver == u"glide")
        q.maneuver = Maneuver::Glide;
    q.azimuthDeg = *f.bearingDeg.value;
    if (q.isSpaceLaunch()) {
        q.shape = TrajectoryShape::Apogee;
        q.apogeeM = f.apogeeKm.has() ? *f.apogeeKm.value * 1000.0 : TrajectoryRequest::kDefaultOrbitAltitudeM;
        return q;
    }
    if (!f.glideLegs.empty()) {
        // nagix's legs: the first along the row's bearing, each turning over its maneuvering distance to
        // the next leg's bearing.
        double bearing = *f.bearingDeg.value;
        for (const CnsGlideLeg &g : f.glideLegs) {
            q.glideLegs.push_back({g.distanceKm * 1000.0, bearing, g.turnDistanceKm * 1000.0});
            bearing = g.newBearingDeg.value_or(bearing);
        }
        q.azimuthDeg.reset();
    } else {
        q.rangeM = *f.rangeKm.value * 1000.0;
    }
    if (f.apogeeKm.has()) {
        q.shape = TrajectoryShape::Apogee;
        q.apogeeM = *f.apogeeKm.value * 1000.0;
    } else {
        q.shape = TrajectoryShape::MinimumEnergy;
    }
    return q;
}

// launches.csv's figures over the CNS facts of member k of its salvo (k = 0 for a single launch).
void applyLaunchesRow(CatalogFacts &f, const LaunchRecord &l, int k)
{
    const QString source = launchesSource(l);
    if (!f.launchesRow) {
        const QString cnsFigures =
            QStringLiteral("cns_launches.csv gives apogee %1, range %2, bearing %3")
                .arg(f.apogeeKm.has() ? f.apogeeKm.text + QStringLiteral(" km") : QStringLiteral("-"),
                     f.rangeKm.has() ? f.rangeKm.text + QStringLiteral(" km") : QStringLiteral("-"), f.bearingDeg.text);
        f.cnsNotes = joined({cnsFigures, f.notes}, " | ");
        f.notes = l.notes;
        f.cnsSources = f.sources;
        f.sources = l.sources;
    }
    f.launchesRow = l.id;
    f.aliases << (l.salvoCount > 1 ? QStringLiteral("%1-%2").arg(l.trackId, QChar(u'a' + k)) : l.trackId);
    if (l.missile != f.missile)
        f.missileReported = l.missile;
    if (f.launchUtc.isValid() && f.launchUtc != l.launchUtc)
        f.launchTimeNote = QStringLiteral("launches.csv %1 UTC; cns_launches.csv %2 UTC")
                               .arg(l.launchUtc.toString(QStringLiteral("HH:mm")), f.launchUtc.toString(QStringLiteral("HH:mm")));
    f.launchUtc = l.launchUtc.addMSecs(static_cast<qint64>(k * CatalogMerger::kSalvoStepS * 1000.0));
    f.utcDate = f.launchUtc.date();
    f.siteName = l.siteName;
    f.siteLat = l.siteLat;
    f.siteLon = l.siteLon;
    f.outcome = outcomeFrom(l.outcome);
    f.impactDescription = l.impactDescription;
    f.localTimeNote = l.localNote;
    f.apogeeKm = {l.apogeeKmModel, l.apogeeKm.text, source, {}};
    if (l.apogeeKmModel && l.apogeeKm.value && *l.apogeeKm.value != *l.apogeeKmModel)
        f.apogeeKm.adjusted = QStringLiteral("%1 km used (see the notes)").arg(number(*l.apogeeKmModel));
    f.rangeKm = {l.rangeKm.value ? std::optional<double>(l.rangeKm.central()) : std::nullopt, l.rangeKm.text, source, {}};
    f.flightTimeS = {l.flightSPublished, l.flightMin.text, source, {}};
    if (l.flightSPublished && l.flightMin.text.isEmpty())
        f.flightTimeS.adjusted = QStringLiteral("from the reported launch and fall times (see the notes)");
    if (l.impactBearingDeg) // else the record's bearing stays (a space launch's azimuth)
        f.bearingDeg = {l.impactBearingDeg, number(*l.impactBearingDeg), source, {}};
    if (l.impactLatDerived && l.impactLonDerived) {
        f.impactLat = l.impactLatDerived;
        f.impactLon = l.impactLonDerived;
        f.impactBasis = QStringLiteral("launches.csv impact_lat/lon_derived (from the reported impact area; see the notes)");
    }
}

TrajectoryRequest requestFromLaunches(const LaunchRecord &l, CatalogFacts &f, int k, MissileClass cls)
{
    TrajectoryRequest q;
    q.launchLon = l.siteLon;
    q.launchLat = l.siteLat;
    q.missileClass = cls;
    q.missileName = profileNameFromTrackId(l.trackId);
    q.nearestFeasible = true;
    const bool derived = f.impactLat.has_value();
    if (derived && l.salvoCount == 1) {
        q.impactLon = *l.impactLonDerived;
        q.impactLat = *l.impactLatDerived;
    } else {
        // Salvo members fan out symmetrically about the recorded bearing.
        const double offset = (k - 0.5 * (l.salvoCount - 1)) * CatalogMerger::kSalvoSpreadDeg;
        double az = l.impactBearingDeg.value_or(0.0);
        double rangeM = l.rangeKm.hasValue() ? l.rangeKm.central() * 1000.0 : 0.0;
        if (derived) {
            const GeodesicInverse inv = geodesic::inverse(l.siteLon, l.siteLat, *l.impactLonDerived, *l.impactLatDerived);
            az = inv.azimuth1Deg;
            rangeM = inv.distanceM;
        }
        q.azimuthDeg = az + offset;
        q.rangeM = rangeM;
        if (l.salvoCount > 1)
            f.notes += QStringLiteral(" [salvo member %1 of %2: +%3 s, bearing %4%5 deg]")
                           .arg(k + 1)
                           .arg(l.salvoCount)
                           .arg(k * CatalogMerger::kSalvoStepS, 0, 'f', 0)
                           .arg(offset >= 0 ? QStringLiteral("+") : QString())
                           .arg(offset, 0, 'f', 1);
    }
    if (l.apogeeKmModel) {
        q.shape = TrajectoryShape::Apogee;
        q.apogeeM = *l.apogeeKmModel * 1000.0;
    } else {
        q.shape = TrajectoryShape::MinimumEnergy;
    }
    return q;
}
} // namespace

CatalogPlan CatalogMerger::merge(const CnsLaunchTable &cns, const LaunchCatalog &launches,
                                 const std::vector<CnsAdjustment> &adjustments)
{
    CatalogPlan plan;
    plan.problems = cns.problems() + launches.problems();
    plan.sourceRows = cns.rowCount();
    const auto &rows = cns.records();

    QHash<QString, int> rowIndex;
    QHash<QString, int> eventSize;
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        rowIndex.insert(rows[i].key(), i);
        ++eventSize[rows[i].eventId];
    }
    QHash<QString, const CnsAdjustment *> adjust;
    for (const CnsAdjustment &a : adjustments) {
        if (!rowIndex.contains(a.key))
            plan.problems << QStringLiteral("cns_adjustments.csv: %1 is not a row of cns_launches.csv").arg(a.key);
        adjust.insert(a.key + u'|' + a.field, &a);
    }

    // Which launches.csv row (and salvo member) describes each CNS row.
    struct Pairing {
        const LaunchRecord *row = nullptr;
        int member = 0; // -1: paired, but launches.csv has no track for it (e.g. the missile that failed at launch)
    };
    QHash<int, Pairing> paired; // CNS row index -> pairing
    std::vector<const LaunchRecord *> unpaired;
    for (const LaunchRecord &l : launches.records()) {
        if (l.cnsSeries.empty()) {
            unpaired.push_back(&l);
            continue;
        }
        std::vector<int> withRange;
        for (const QString &key : l.cnsKeys()) {
            const int i = rowIndex.value(key, -1);
            if (i < 0) {
                plan.problems << QStringLiteral("launches.csv:%1: cns row %2 is not in cns_launches.csv").arg(l.line).arg(key);
                continue;
            }
            paired.insert(i, {&l, -1});
            if (rows[i].rangeKm || !l.noTrackReason.isEmpty())
                withRange.push_back(i);
        }
        // Salvo members go, in order, to the paired rows that report a range (a missile that failed at
        // launch has none and keeps its own CNS facts, hence its own reason).
        const int members = l.noTrackReason.isEmpty() ? l.salvoCount : 1;
        if (static_cast<int>(withRange.size()) < members)
            plan.problems << QStringLiteral("launches.csv:%1: %2 missiles but only %3 paired rows with a range")
                                 .arg(l.line)
                                 .arg(members)
                                 .arg(withRange.size());
        for (int k = 0; k < std::min<int>(members, static_cast<int>(withRange.size())); ++k)
            paired[withRange[k]].member = k;
    }

    // Facts of every CNS row first, so that a row without a time can be placed by the others of its day.
    std::vector<CatalogFacts> facts;
    facts.reserve(rows.size());
    for (const CnsLaunchRecord &r : rows)
        facts.push_back(factsFromCns(r, eventSize.value(r.eventId), adjust));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (facts[i].launchUtc.isValid() || !rows[i].siteLat)
            continue;
        // The latest earlier missile of the same UTC day, by nagix's day order, else by series in the event.
        const CnsLaunchRecord &r = rows[i];
        int before = -1;
        for (std::size_t j = 0; j < rows.size(); ++j) {
            const CnsLaunchRecord &o = rows[j];
            if (j == i || o.utcDate != r.utcDate || !facts[j].launchUtc.isValid())
                continue;
            const bool earlier = r.nagixSeries && o.nagixSeries ? *o.nagixSeries < *r.nagixSeries
                                                                : o.eventId == r.eventId && o.series < r.series;
            if (earlier && (before < 0 || facts[j].launchUtc > facts[before].launchUtc))
                before = static_cast<int>(j);
        }
        if (before >= 0) {
            facts[i].launchUtc = facts[before].launchUtc.addMSecs(static_cast<qint64>(kSalvoStepS * 1000.0));
            facts[i].launchTimeNote = QStringLiteral("launch time not reported: placed %1 s after %2, the missile before it that day")
                                          .arg(kSalvoStepS, 0, 'f', 0)
                                          .arg(facts[before].id);
        }
    }

    // Salvo placement: missiles of an event reported with the same minute launch kSalvoStepS apart; those
    // that also share every figure would fly on top of each other, so they fan out about the bearing.
    std::map<std::pair<QString, qint64>, int> minuteRank;
    QHash<QString, std::vector<int>> sameFigures;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        CatalogFacts &f = facts[i];
        if (paired.contains(static_cast<int>(i)) || !f.launchUtc.isValid())
            continue;
        const int rank = minuteRank[{f.eventId, f.launchUtc.toSecsSinceEpoch() / 60}]++;
        if (rank > 0) {
            f.launchUtc = f.launchUtc.addMSecs(static_cast<qint64>(rank * kSalvoStepS * 1000.0));
            f.notes = joined({f.notes, QStringLiteral("salvo: launched %1 s after the first missile reported at that minute (assumed)")
                                           .arg(rank * kSalvoStepS, 0, 'f', 0)},
                             " | ");
        }
        const QString key = QStringLiteral("%1|%2|%3|%4|%5")
                                .arg(f.eventId)
                                .arg(rows[i].utcTime ? rows[i].utcTime->toString() : QString())
                                .arg(f.bearingDeg.text, f.rangeKm.text, f.apogeeKm.text);
        if (f.rangeKm.has())
            sameFigures[key].push_back(static_cast<int>(i));
    }
    QHash<int, double> fanDeg;
    for (const auto &members : std::as_const(sameFigures)) {
        const int n = static_cast<int>(members.size());
        if (n < 2)
            continue;
        const double step = std::min(kSalvoSpreadDeg, kMaxSalvoFanDeg / (n - 1));
        for (int k = 0; k < n; ++k)
            fanDeg.insert(members[k], (k - 0.5 * (n - 1)) * step);
    }

    for (std::size_t i = 0; i < rows.size(); ++i) {
        const CnsLaunchRecord &r = rows[i];
        CatalogFacts &f = facts[i];
        const auto p = paired.constFind(static_cast<int>(i));
        if (p != paired.constEnd() && p->member < 0) {
            // Paired, but launches.csv flies none of its tracks for this missile: its own facts decide.
            f.launchesRow = p->row->id;
            f.notes = joined({QStringLiteral("launches.csv row %1: %2").arg(p->row->id).arg(p->row->notes), f.notes}, " | ");
        }
        if (p != paired.constEnd() && p->member >= 0) {
            const LaunchRecord &l = *p->row;
            applyLaunchesRow(f, l, p->member);
            if (!l.noTrackReason.isEmpty()) {
                plan.excluded.push_back({f, l.noTrackReason});
                continue;
            }
            const std::optional<MissileClass> cls = parseMissileClass(l.missileClass);
            if (!cls) {
                plan.excluded.push_back({f, QStringLiteral("class \"%1\" is not a missile class").arg(l.missileClass)});
                continue;
            }
            CatalogFlightPlan fp;
            if (*cls == MissileClass::Slv) {
                // A space launch flies from the record's azimuth to orbit, or until the stage that failed.
                fp.request = requestFromCns(r, f);
                if (l.failedStage) {
                    const BoostProfile profile = BoostProfile::forMissile(fp.request.missileName, MissileClass::Slv);
                    double t = 0;
                    for (int s = 0; s + 1 < *l.failedStage && s < static_cast<int>(profile.stages.size()); ++s)
                        t += profile.stages[s].burnS;
                    fp.request.failAtS = t;
                    if (f.impactLat) // where the debris fell is reported: the failure time is solved to end there
                        fp.matchFailureRangeM = geodesic::inverse(f.siteLon, f.siteLat, *f.impactLon, *f.impactLat).distanceM;
                    else
                        f.notes = joined({f.notes, QStringLiteral("failure modelled at T+%1 s, the end of stage %2 of the %3 profile: stage "
                                                                  "%4 did not ignite or burn (reported)")
                                                       .arg(t, 0, 'f', 0)
                                                       .arg(*l.failedStage - 1)
                                                       .arg(profile.name)
                                                       .arg(*l.failedStage)},
                                         " | ");
                }
            } else {
                fp.request = requestFromLaunches(l, f, p->member, *cls);
            }
            fp.matchFlightS = l.flightSPublished;
            fp.facts = f;
            plan.flights.push_back(std::move(fp));
            continue;
        }
        if (const QString why = exclusionReason(r, f); !why.isEmpty()) {
            plan.excluded.push_back({f, why});
            continue;
        }
        const double fan = fanDeg.value(static_cast<int>(i), 0.0);
        if (fan != 0.0)
            f.notes = joined({f.notes, QStringLiteral("salvo with the same figures for every missile: bearing %1%2 deg for display")
                                           .arg(fan > 0 ? QStringLiteral("+") : QString())
                                           .arg(fan, 0, 'f', 2)},
                             " | ");
        const GeodesicDirect impact = geodesic::direct(f.siteLon, f.siteLat, *f.bearingDeg.value + fan, *f.rangeKm.value * 1000.0);
        f.impactLon = impact.lon;
        f.impactLat = impact.lat;
        f.impactBasis = QStringLiteral("derived: site + bearing + range along the WGS84 geodesic");
        CatalogFlightPlan fp;
        fp.request = requestFromCns(r, f);
        *fp.request.azimuthDeg += fan;
        fp.facts = f;
        plan.flights.push_back(std::move(fp));
    }

    // A launches.csv row that names no CNS row still flies on its own facts (none today: all 27 pair).
    for (const LaunchRecord *l : unpaired) {
        for (int k = 0; k < (l->noTrackReason.isEmpty() ? l->salvoCount : 1); ++k) {
            CatalogFacts f;
            f.eventId = l->trackId;
            f.series = k + 1;
            f.eventSize = l->salvoCount;
            f.missile = l->missile;
            f.missileClass = l->missileClass;
            applyLaunchesRow(f, *l, k);
            f.id = f.aliases.takeFirst();
            const std::optional<MissileClass> cls = parseMissileClass(l->missileClass);
            if (!l->noTrackReason.isEmpty() || !cls) {
                plan.excluded.push_back({f, l->noTrackReason.isEmpty() ? QStringLiteral("class \"%1\" is not a ballistic missile class").arg(l->missileClass)
                                                                       : l->noTrackReason});
                continue;
            }
            CatalogFlightPlan fp;
            fp.request = requestFromLaunches(*l, f, k, *cls);
            fp.matchFlightS = l->flightSPublished;
            fp.facts = f;
            plan.flights.push_back(std::move(fp));
        }
    }

    const auto byLaunch = [](const auto &a, const auto &b) {
        const QDateTime &x = a.facts.launchUtc, &y = b.facts.launchUtc;
        if (x.isValid() != y.isValid())
            return x.isValid();
        return x != y ? x < y : a.facts.id < b.facts.id;
    };
    std::stable_sort(plan.flights.begin(), plan.flights.end(), byLaunch);
    std::stable_sort(plan.excluded.begin(), plan.excluded.end(), [](const CatalogExclusion &a, const CatalogExclusion &b) {
        return a.facts.id < b.facts.id;
    });
    return plan;
}

CatalogPlan CatalogMerger::builtin()
{
    QStringList adjustmentProblems;
    const auto adjustments = loadCnsAdjustments(QString::fromLatin1(kBuiltinCnsAdjustmentsPath), &adjustmentProblems);
    CatalogPlan plan = merge(CnsLaunchTable::builtin(), LaunchCatalog::builtin(), adjustments);
    plan.problems << adjustmentProblems;
    return plan;
}

} // namespace trilink
