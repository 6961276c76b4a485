// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/CatalogScenario.h"

#include "core/Geodesic.h"
#include "core/TrajectorySolver.h"

#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <thread>

namespace trilink {
namespace {
// The boost profile follows the missile named in the track id (the analysts' identification, e.g. the
// 2022-03-24 "Hwasong-17 claimed (CNS: Hwasong-15)" is id ...-HS15), not the claim in the missile column.
QString profileNameFromTrackId(const QString &trackId)
{
    const QString code = trackId.section(u'-', 3);
    static const QRegularExpression hs(QStringLiteral("^HS(\\d+)$"));
    if (const auto m = hs.match(code); m.hasMatch())
        return QStringLiteral("Hwasong-%1").arg(m.captured(1));
    if (code == u"NODONG")
        return QStringLiteral("Nodong");
    if (code == u"ERSCUD")
        return QStringLiteral("ER Scud");
    if (code == u"SCUDC")
        return QStringLiteral("Scud-C");
    if (code == u"PKS2")
        return QStringLiteral("Pukguksong-2");
    if (code == u"MUSUDAN")
        return QStringLiteral("Musudan");
    return {};
}

struct Job {
    CatalogTrack track;
    TrajectoryRequest request;
    std::optional<double> matchFlightS;
    QString error;
};

void runJob(Job &job)
{
    CatalogTrack &t = job.track;
    const TrajectoryResult res = job.matchFlightS ? TrajectorySolver::solveForFlightTime(job.request, *job.matchFlightS)
                                                  : TrajectorySolver::solve(job.request);
    if (!res.ok()) {
        job.error = res.error;
        return;
    }
    t.trajectory = res.trajectory;
    if (job.matchFlightS) {
        const double err = std::abs(res.trajectory.flightTimeS - *job.matchFlightS);
        t.published = err <= std::max(5.0, 0.005 * *job.matchFlightS);
        const double modelApogeeKm = res.trajectory.apogeeM / 1000.0;
        if (t.apogeeKmReported) {
            const double pct = 100.0 * (modelApogeeKm / *t.apogeeKmReported - 1.0);
            t.adjustment = QStringLiteral("apogee %1 -> %2 km (%3%4%) to match the published %5 min")
                               .arg(*t.apogeeKmReported, 0, 'f', 1)
                               .arg(modelApogeeKm, 0, 'f', 1)
                               .arg(pct >= 0 ? QStringLiteral("+") : QString())
                               .arg(pct, 0, 'f', 1)
                               .arg(*job.matchFlightS / 60.0, 0, 'f', 1);
        } else {
            t.adjustment = QStringLiteral("apogee not reported; %1 km solved from the published %2 min")
                               .arg(modelApogeeKm, 0, 'f', 0)
                               .arg(*job.matchFlightS / 60.0, 0, 'f', 1);
        }
        if (!t.published)
            t.adjustment += QStringLiteral("; could not match (model %1 min)").arg(res.trajectory.flightTimeS / 60.0, 0, 'f', 1);
    }
}
} // namespace

CatalogScenario CatalogScenarioBuilder::build(const LaunchCatalog &catalog)
{
    CatalogScenario out;
    out.problems = catalog.problems();
    std::vector<Job> jobs;
    std::vector<std::size_t> firstJobOfRecord;
    for (const LaunchRecord &r : catalog.records()) {
        const QString date = r.launchUtc.date().toString(Qt::ISODate);
        const auto exclude = [&](const QString &reason) {
            out.withoutEnoughFacts.push_back({r.id, date, r.missile, reason});
        };
        if (!r.noTrackReason.isEmpty()) {
            exclude(r.noTrackReason);
            continue;
        }
        const std::optional<MissileClass> cls = parseMissileClass(r.missileClass);
        if (!cls) {
            exclude(QStringLiteral("class \"%1\" is not a ballistic missile class").arg(r.missileClass));
            continue;
        }
        const bool derived = r.impactBasis == u"derived" && r.impactLatDerived && r.impactLonDerived;
        const bool bearing = r.impactBasis == u"bearing" && r.impactBearingDeg && r.rangeKm.hasValue();
        if (!derived && !bearing) {
            exclude(QStringLiteral("no impact point: neither a derived impact nor a bearing with a range"));
            continue;
        }
        for (int k = 0; k < r.salvoCount; ++k) {
            Job job;
            CatalogTrack &t = job.track;
            t.id = r.salvoCount > 1 ? QStringLiteral("%1-%2").arg(r.trackId, QChar(u'a' + k)) : r.trackId;
            t.rowId = r.id;
            t.launchUtc = r.launchUtc.addMSecs(static_cast<qint64>(k * kSalvoStepS * 1000.0));
            t.missile = r.missile;
            t.missileClass = *cls;
            t.siteName = r.siteName;
            t.siteLon = r.siteLon;
            t.siteLat = r.siteLat;
            t.apogeeKmReported = r.apogeeKmModel;
            if (r.rangeKm.hasValue())
                t.rangeKmReported = *r.rangeKm.value;
            t.flightSPublished = r.flightSPublished;
            t.failure = r.isFailure();
            t.notes = r.notes;

            TrajectoryRequest &q = job.request;
            q.launchLon = r.siteLon;
            q.launchLat = r.siteLat;
            q.missileClass = *cls;
            q.missileName = profileNameFromTrackId(r.trackId);
            if (derived && r.salvoCount == 1) {
                q.impactLon = *r.impactLonDerived;
                q.impactLat = *r.impactLatDerived;
            } else {
                // Salvo members fan out symmetrically about the recorded bearing.
                const double offset = (k - 0.5 * (r.salvoCount - 1)) * kSalvoSpreadDeg;
                double az = r.impactBearingDeg.value_or(0.0);
                double rangeM = r.rangeKm.hasValue() ? r.rangeKm.central() * 1000.0 : 0.0;
                if (derived) {
                    const GeodesicInverse inv =
                        geodesic::inverse(r.siteLon, r.siteLat, *r.impactLonDerived, *r.impactLatDerived);
                    az = inv.azimuth1Deg;
                    rangeM = inv.distanceM;
                }
                q.azimuthDeg = az + offset;
                q.rangeM = rangeM;
                if (r.salvoCount > 1)
                    t.notes += QStringLiteral(" [salvo member %1 of %2: +%3 s, bearing %4%5 deg]")
                                   .arg(k + 1)
                                   .arg(r.salvoCount)
                                   .arg(k * kSalvoStepS, 0, 'f', 0)
                                   .arg(offset >= 0 ? QStringLiteral("+") : QString())
                                   .arg(offset, 0, 'f', 1);
            }
            if (r.apogeeKmModel) {
                q.shape = TrajectoryShape::Apogee;
                q.apogeeM = *r.apogeeKmModel * 1000.0;
            } else {
                q.shape = TrajectoryShape::MinimumEnergy;
            }
            job.matchFlightS = r.flightSPublished;
            jobs.push_back(std::move(job));
        }
    }

    // Two workers pull jobs by index; every job writes only its own slot.
    std::atomic<std::size_t> next{0};
    const auto worker = [&] {
        for (std::size_t i = next++; i < jobs.size(); i = next++)
            runJob(jobs[i]);
    };
    const unsigned n = std::clamp(std::thread::hardware_concurrency(), 1u, 2u);
    std::vector<std::thread> threads;
    for (unsigned i = 1; i < n; ++i)
        threads.emplace_back(worker);
    worker();
    for (auto &th : threads)
        th.join();

    for (Job &j : jobs) {
        if (!j.error.isEmpty()) {
            // A row whose facts the model cannot fly is listed with the solver's reason.
            const bool already = std::any_of(out.withoutEnoughFacts.begin(), out.withoutEnoughFacts.end(),
                                             [&](const CatalogExclusion &e) { return e.rowId == j.track.rowId; });
            if (!already)
                out.withoutEnoughFacts.push_back({j.track.rowId, j.track.launchUtc.date().toString(Qt::ISODate),
                                                  j.track.missile, QStringLiteral("model failed: %1").arg(j.error)});
            continue;
        }
        out.tracks.push_back(std::move(j.track));
    }
    std::sort(out.withoutEnoughFacts.begin(), out.withoutEnoughFacts.end(),
              [](const CatalogExclusion &a, const CatalogExclusion &b) { return a.rowId < b.rowId; });
    return out;
}

CatalogScenario CatalogScenarioBuilder::buildBuiltin() { return build(LaunchCatalog::builtin()); }

} // namespace trilink
