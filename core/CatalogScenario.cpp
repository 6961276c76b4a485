// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/CatalogScenario.h"

#include "core/CatalogMerger.h"
#include "core/ParallelFor.h"
#include "core/TrajectorySolver.h"

#include <algorithm>
#include <cmath>

namespace trilink {

namespace {
// The failure time at which the flight ends `rangeM` from the launch: bisection between a few seconds and
// the upper bound the plan gives (the range grows with the time under thrust).
TrajectoryResult solveForFailureRange(TrajectoryRequest q, double rangeM)
{
    double lo = 5.0, hi = q.failAtS.value_or(120.0);
    TrajectoryResult best = TrajectorySolver::solve(q);
    if (!best.ok() || best.trajectory.rangeM <= rangeM)
        return best; // even the latest failure falls short: fly that
    for (int i = 0; i < 14 && hi - lo > 0.5; ++i) {
        q.failAtS = 0.5 * (lo + hi);
        TrajectoryResult r = TrajectorySolver::solve(q);
        if (!r.ok())
            return r;
        (r.trajectory.rangeM < rangeM ? lo : hi) = *q.failAtS;
        if (std::abs(r.trajectory.rangeM - rangeM) < std::abs(best.trajectory.rangeM - rangeM))
            best = std::move(r);
    }
    return best;
}
} // namespace

std::optional<CatalogTrack> CatalogScenarioBuilder::fly(const CatalogFlightPlan &plan, QString *error)
{
    const TrajectoryResult res = plan.matchFlightS         ? TrajectorySolver::solveForFlightTime(plan.request, *plan.matchFlightS)
                                 : plan.matchFailureRangeM ? solveForFailureRange(plan.request, *plan.matchFailureRangeM)
                                                           : TrajectorySolver::solve(plan.request);
    if (!res.ok()) {
        if (error)
            *error = res.error;
        return std::nullopt;
    }
    CatalogTrack t;
    t.facts = plan.facts;
    t.trajectory = res.trajectory;
    t.adjustment = res.trajectory.note;
    if (plan.matchFailureRangeM)
        t.adjustment = QStringLiteral("failure at T+%1 s solved so that the flight ends %2 km from the launch, where its debris was reported (model %3 km)")
                           .arg(res.trajectory.failAtS, 0, 'f', 0)
                           .arg(*plan.matchFailureRangeM / 1000.0, 0, 'f', 0)
                           .arg(res.trajectory.rangeM / 1000.0, 0, 'f', 0);
    if (plan.matchFlightS) {
        const double target = *plan.matchFlightS;
        t.published = std::abs(res.trajectory.flightTimeS - target) <= std::max(5.0, 0.005 * target);
        const double modelApogeeKm = res.trajectory.apogeeM / 1000.0;
        if (!t.adjustment.isEmpty())
            t.adjustment += QStringLiteral("; ");
        if (const auto &asked = plan.facts.apogeeKm.value) {
            const double pct = 100.0 * (modelApogeeKm / *asked - 1.0);
            t.adjustment += QStringLiteral("apogee %1 -> %2 km (%3%4%) to match the published %5 min")
                               .arg(*asked, 0, 'f', 1)
                               .arg(modelApogeeKm, 0, 'f', 1)
                               .arg(pct >= 0 ? QStringLiteral("+") : QString())
                               .arg(pct, 0, 'f', 1)
                               .arg(target / 60.0, 0, 'f', 1);
        } else {
            t.adjustment += QStringLiteral("apogee not reported; %1 km solved from the published %2 min")
                               .arg(modelApogeeKm, 0, 'f', 0)
                               .arg(target / 60.0, 0, 'f', 1);
        }
        if (!t.published)
            t.adjustment += QStringLiteral("; could not match (model %1 min)").arg(res.trajectory.flightTimeS / 60.0, 0, 'f', 1);
    }
    return t;
}

CatalogScenario CatalogScenarioBuilder::build(const CatalogPlan &plan)
{
    CatalogScenario out;
    out.problems = plan.problems;
    out.sourceRows = plan.sourceRows;
    out.withoutEnoughFacts = plan.excluded;

    std::vector<std::optional<CatalogTrack>> flown(plan.flights.size());
    std::vector<QString> errors(plan.flights.size());
    parallelFor(plan.flights.size(), [&](std::size_t i) { flown[i] = fly(plan.flights[i], &errors[i]); });

    for (std::size_t i = 0; i < flown.size(); ++i) {
        if (flown[i])
            out.tracks.push_back(std::move(*flown[i]));
        else // A plan whose facts the model cannot fly is listed with the solver's reason.
            out.withoutEnoughFacts.push_back({plan.flights[i].facts, QStringLiteral("model failed: %1").arg(errors[i])});
    }
    std::stable_sort(out.withoutEnoughFacts.begin(), out.withoutEnoughFacts.end(),
                     [](const CatalogExclusion &a, const CatalogExclusion &b) { return a.facts.id < b.facts.id; });
    return out;
}

CatalogScenario CatalogScenarioBuilder::buildBuiltin() { return build(CatalogMerger::builtin()); }

} // namespace trilink
