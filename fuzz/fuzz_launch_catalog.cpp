// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The launch catalogue reader, and through it core/CsvReader (quoting, multi-line fields, comments).
#include "core/LaunchCatalog.h"
#include "fuzz/FuzzCatalog.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace trilink;
    const LaunchCatalog catalog = LaunchCatalog::parse(fuzz::catalogText(data, size), fuzz::kCatalogFileName);
    fuzz::checkProblems(catalog.problems());
    if (catalog.rowCount() < static_cast<int>(catalog.records().size()))
        fuzz::catalogContractBroken("more records kept than rows seen");
    for (const LaunchRecord &r : catalog.records())
        if (!std::isfinite(r.siteLat) || !std::isfinite(r.siteLon))
            fuzz::catalogContractBroken("a kept launch row with a position that is not finite:", QString::number(r.id));
    return 0;
}
