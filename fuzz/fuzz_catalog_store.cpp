// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The modelled record's file (core/ScenarioStore, through core/BinaryStream and AttributionEngine::fromSeen):
// a damaged store in a user's cache must be refused, never crash or allocate what it claims. Seeded with
// fuzz/seeds/catalog_store.bin (one track).
#include "core/ScenarioStore.h"

#include <QByteArray>

#include <cmath>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace trilink;
    static const SensorLaydown laydown = SensorLaydown::builtin();
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    const auto s = ScenarioStore::read(bytes, {}, laydown, &error);
    if (!s && error.isEmpty()) {
        std::fprintf(stderr, "store contract broken: refused without a reason\n");
        std::abort();
    }
    if (s)
        for (const ScenarioTrack &t : s->tracks)
            for (const TrajectorySample &p : t.samples)
                if (!std::isfinite(p.lat) || std::abs(p.lat) > 90) {
                    std::fprintf(stderr, "store contract broken: a kept sample off the Earth\n");
                    std::abort();
                }
    return 0;
}
