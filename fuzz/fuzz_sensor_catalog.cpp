// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/SensorCatalog.h"
#include "fuzz/FuzzCatalog.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace trilink;
    const SensorCatalog catalog = SensorCatalog::parse(fuzz::catalogText(data, size), fuzz::kCatalogFileName);
    fuzz::checkProblems(catalog.problems());
    for (const Sensor &s : catalog.sensors()) {
        // The visibility model divides by and takes trigonometry of these: a kept row must be sane.
        if (!std::isfinite(s.lon) || !std::isfinite(s.lat) || !std::isfinite(s.altM) || !std::isfinite(s.maxRangeM)
            || s.lat < -90 || s.lat > 90 || s.maxRangeM < 0)
            fuzz::catalogContractBroken("a kept sensor row with an impossible position or range:", s.id);
    }
    return 0;
}
