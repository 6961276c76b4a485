// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/CatalogFacts.h"
#include "core/Trajectory.h"
#include "core/TrajectoryRequest.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace trilink {

// One missile of the record with enough facts to fly: the facts, and what the solver is asked for.
struct CatalogFlightPlan {
    CatalogFacts facts;
    TrajectoryRequest request;
    std::optional<double> matchFlightS; // adjust the apogee until the flight time is this (published)
    // A failure whose debris position is reported: the failure time (request.failAtS is its upper bound, the
    // staging time of the stage that failed) is found so that the flight ends this far from the launch.
    std::optional<double> matchFailureRangeM;
};

// A missile of the record that gives no track, with the reason (never dropped silently).
struct CatalogExclusion {
    CatalogFacts facts;
    QString reason;
};

// The whole record, planned but not flown (CatalogMerger): one entry per row of cns_launches.csv (and per
// launches.csv missile the CNS table lacks), either a plan or an exclusion.
struct CatalogPlan {
    std::vector<CatalogFlightPlan> flights; // in launch order
    std::vector<CatalogExclusion> excluded; // in launch order
    QStringList problems;                   // "file:line: message" from every input
    int sourceRows = 0;                     // rows of cns_launches.csv seen, malformed ones included
};

// One modelled flight of the catalogue.
struct CatalogTrack {
    CatalogFacts facts;
    bool published = false; // true: flight time matched to a published figure; false: "modelled"
    QString adjustment;     // what was changed to match the published time, e.g. "apogee 3724.9 -> 3790.2 km (+1.8%)"
    Trajectory trajectory;

    const QString &id() const { return facts.id; }
    QString status() const { return published ? QStringLiteral("published") : QStringLiteral("modelled"); }
};

struct CatalogScenario {
    std::vector<CatalogTrack> tracks; // in launch order
    std::vector<CatalogExclusion> withoutEnoughFacts;
    QStringList problems; // parse problems, "file:line: message"
    int sourceRows = 0;

    // The track with this id or alias, or null.
    const CatalogTrack *find(const QString &id) const
    {
        for (const auto &t : tracks)
            if (t.facts.names(id))
                return &t;
        return nullptr;
    }
};

// Flies every plan: the apogee is the plan's, or minimum energy when none is reported; where a published
// flight time exists the apogee is adjusted until the flight time matches it (published), else the model
// predicts the time (modelled). A plan the solver cannot fly becomes an exclusion with the solver's reason.
// Tracks are solved on up to two worker threads; the result is deterministic and in plan order.
class CatalogScenarioBuilder {
public:
    static CatalogScenario build(const CatalogPlan &plan);
    // One plan alone (what build() does for each), for re-modelling what changed.
    static std::optional<CatalogTrack> fly(const CatalogFlightPlan &plan, QString *error);
    // The bundled record: CatalogMerger::builtin(), flown.
    static CatalogScenario buildBuiltin();
};

} // namespace trilink
