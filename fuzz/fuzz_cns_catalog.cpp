// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The public record's reader (core/CnsLaunchTable, with its glide_path JSON) and the adjustments reader.
#include "core/CnsLaunchTable.h"
#include "fuzz/FuzzCatalog.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace trilink;
    const QString text = fuzz::catalogText(data, size);
    const CnsLaunchTable table = CnsLaunchTable::parse(text, fuzz::kCatalogFileName);
    fuzz::checkProblems(table.problems());
    if (table.rowCount() < static_cast<int>(table.records().size()))
        fuzz::catalogContractBroken("more records kept than rows seen");
    for (const CnsLaunchRecord &r : table.records()) {
        if (r.siteLat && (!std::isfinite(*r.siteLat) || !std::isfinite(*r.siteLon)))
            fuzz::catalogContractBroken("a kept row with a site that is not finite:", r.key());
        for (const CnsGlideLeg &g : r.glideLegs)
            if (!(g.distanceKm > 0))
                fuzz::catalogContractBroken("a kept glide leg without a distance:", r.key());
    }
    QStringList problems;
    (void)parseCnsAdjustments(text, fuzz::kCatalogFileName, &problems);
    fuzz::checkProblems(problems);
    return 0;
}
