// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/VectorState.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace trilink {

// Calls fn(i) for every i in [0, count) on up to two threads (the caller's and one more: the machines
// Trilink runs on are shared), pulling indices in turn. fn must write only its own slot; the order of the
// calls is not fixed, so a caller that wants a deterministic result keeps it indexed by i.
template <typename Fn> void parallelFor(std::size_t count, Fn fn);

// As parallelFor, with a state each thread makes once for itself before its first index (a Projection,
// which one thread at a time may use): fn(state, i).
template <typename MakeState, typename Fn> void parallelForWith(std::size_t count, MakeState makeState, Fn fn)
{
    std::atomic<std::size_t> next{0};
    const auto worker = [&] {
        std::size_t i = next++;
        if (i >= count)
            return;
        auto state = makeState();
        for (; i < count; i = next++) {
            clearUpperVectorState(); // a thread made from a dirty one is dirty, and fn may hash strings
            fn(state, i);
        }
    };
    const unsigned n = std::clamp(std::thread::hardware_concurrency(), 1u, 2u);
    std::vector<std::thread> threads;
    for (unsigned i = 1; i < n && i < count; ++i)
        threads.emplace_back(worker);
    worker();
    for (auto &th : threads)
        th.join();
}

template <typename Fn> void parallelFor(std::size_t count, Fn fn)
{
    parallelForWith(count, [] { return 0; }, [&fn](int, std::size_t i) { fn(i); });
}

} // namespace trilink
