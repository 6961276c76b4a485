// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// The bundled record for the core tests: as users get it (the store the build modelled, read in
// milliseconds), and single missiles flown on demand for the tests that need the whole Trajectory (burnout,
// profile, solver figures), so no test models all of it again.

#include "core/CatalogMerger.h"
#include "core/Scenario.h"

#include <map>
#include <memory>

namespace trilink::fixture {

inline const Scenario &storedRecord()
{
    static const auto s = std::make_unique<Scenario>(builtinScenario());
    return *s;
}

inline const CatalogPlan &builtinPlan()
{
    static const auto p = std::make_unique<CatalogPlan>(CatalogMerger::builtin());
    return *p;
}

inline const CatalogFlightPlan *planFor(const QString &id)
{
    for (const CatalogFlightPlan &f : builtinPlan().flights)
        if (f.facts.names(id))
            return &f;
    return nullptr;
}

// The missile with this id or alias flown now, or null when the record has no flight plan for it (or the
// solver cannot fly it).
inline const CatalogTrack *flown(const QString &id)
{
    static std::map<QString, std::optional<CatalogTrack>> cache;
    const auto it = cache.find(id);
    if (it != cache.end())
        return it->second ? &*it->second : nullptr;
    const CatalogFlightPlan *plan = planFor(id);
    auto &slot = cache[id];
    if (plan)
        slot = CatalogScenarioBuilder::fly(*plan, nullptr);
    return slot ? &*slot : nullptr;
}

} // namespace trilink::fixture
