// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/VectorState.h"

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <memory>
#include <optional>
#include <type_traits>
#include <thread>
#include <vector>

namespace trilink {

namespace detail {
struct NothingBefore {
    void operator()() const {}
};
} // namespace detail

// Calls fn(i) for every i in [0, count) on up to two threads (the caller's and one more: the machines
// Trilink runs on are shared), pulling indices in turn. fn must write only its own slot; the order of the
// calls is not fixed, so a caller that wants a deterministic result keeps it indexed by i.
// The other thread is one of Qt's global pool when one is free (a thread of its own when not): Qt's raster
// engine hands every fill of more than 96 spans to that pool in pieces and waits for them, unless the
// thread painting is one of the pool's, and on two busy cores that hand-off costs more than the fill (see
// runOnPool).
template <typename Fn> void parallelFor(std::size_t count, Fn fn);

// As parallelFor, with a state each thread makes once for itself before its first index (a Projection,
// which one thread at a time may use): fn(state, i).
template <typename MakeState, typename Fn> void parallelForWith(std::size_t count, MakeState makeState, Fn fn);

// As parallelForWith, but the caller first runs before() while the other thread starts on the indices, then
// joins in: a pipeline's ordered stage (block k into the result) beside its parallel one (block k+1 parsed).
template <typename Before, typename MakeState, typename Fn>
void parallelForAfter(Before before, std::size_t count, MakeState makeState, Fn fn)
{
    // With nothing before, a second thread is worth starting only for a second index.
    constexpr bool kNothingBefore = std::is_same_v<Before, detail::NothingBefore>;
    const std::size_t useful = kNothingBefore ? count : count + 1;
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
    const auto pooledDone = std::make_shared<QSemaphore>(); // shared: the pool's thread may still hold it after release()
    int pooled = 0;
    for (unsigned i = 1; i < n && i < useful; ++i) {
        // tryStart, never start: a task queued behind busy threads could wait on the very caller waiting for it.
        if (QThreadPool::globalInstance()->tryStart([&worker, pooledDone] {
                worker();
                pooledDone->release();
            }))
            ++pooled;
        else
            threads.emplace_back(worker);
    }
    before();
    worker();
    for (auto &th : threads)
        th.join();
    pooledDone->acquire(pooled);
}

template <typename MakeState, typename Fn> void parallelForWith(std::size_t count, MakeState makeState, Fn fn)
{
    parallelForAfter(detail::NothingBefore(), count, std::move(makeState), std::move(fn));
}

// Runs fn on a thread of Qt's global pool and waits for it (on the caller's own thread when the caller is
// one already). What paints a big picture runs there: Qt 6.4's raster engine splits each fill of more than
// 96 spans (a track's stroke, a coastline, a label's halo) into tasks on that pool and waits for them, unless
// the painting thread is the pool's; on two cores already painting, the hand-off costs more than the fill
// (one 600-pixel polyline: 0.34 ms from another thread, 0.14 ms from the pool's).
template <typename Fn> auto runOnPool(Fn fn) -> decltype(fn())
{
    QThreadPool *pool = QThreadPool::globalInstance();
    if (pool->contains(QThread::currentThread()))
        return fn();
    using Result = decltype(fn());
    const auto done = std::make_shared<QSemaphore>();
    if constexpr (std::is_void_v<Result>) {
        pool->start([&fn, done] {
            fn();
            done->release();
        });
        done->acquire();
    } else {
        std::optional<Result> result;
        pool->start([&fn, &result, done] {
            result.emplace(fn());
            done->release();
        });
        done->acquire();
        return std::move(*result);
    }
}

template <typename Fn> void parallelFor(std::size_t count, Fn fn)
{
    parallelForWith(count, [] { return 0; }, [&fn](int, std::size_t i) { fn(i); });
}

} // namespace trilink
