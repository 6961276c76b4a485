// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/ParallelFor.h"

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <gtest/gtest.h>

#include <mutex>
#include <optional>
#include <set>
#include <thread>

using namespace trilink;

namespace {
bool onPool() { return QThreadPool::globalInstance()->contains(QThread::currentThread()); }

// Holds every thread of Qt's global pool until released, as loading and a render job may.
class FullPool {
public:
    FullPool()
    {
        QThreadPool *pool = QThreadPool::globalInstance();
        m_threads = pool->maxThreadCount();
        for (int i = 0; i < m_threads; ++i)
            pool->start([this] {
                m_started.release();
                m_hold.acquire();
            });
        m_started.acquire(m_threads);
    }
    ~FullPool()
    {
        m_hold.release(m_threads);
        QThreadPool::globalInstance()->waitForDone();
    }

private:
    int m_threads = 0;
    QSemaphore m_started, m_hold;
};

std::multiset<std::size_t> visit(std::size_t count, std::set<QThread *> *threads = nullptr)
{
    std::mutex mutex;
    std::multiset<std::size_t> seen;
    parallelFor(count, [&](std::size_t i) {
        std::lock_guard lock(mutex);
        seen.insert(i);
        if (threads)
            threads->insert(QThread::currentThread());
    });
    return seen;
}

void expectEachOnce(const std::multiset<std::size_t> &seen, std::size_t count)
{
    ASSERT_EQ(seen.size(), count);
    for (std::size_t i = 0; i < count; ++i)
        EXPECT_EQ(seen.count(i), 1u) << i;
}
} // namespace

TEST(ParallelFor, EveryIndexOnceOnTheCallerAndThePool)
{
    // Each thread that works is the caller or one of Qt's pool (where Qt's raster engine paints alone).
    std::set<QThread *> threads;
    expectEachOnce(visit(20000, &threads), 20000);
    for (QThread *t : threads)
        EXPECT_TRUE(t == QThread::currentThread() || QThreadPool::globalInstance()->contains(t));
}

TEST(ParallelFor, AFullPoolNeitherBlocksNorLosesAnIndex)
{
    // Every pool thread busy: the work is done anyway (the caller's and a thread of its own), not queued
    // behind tasks that might be waiting on this caller.
    const FullPool full;
    expectEachOnce(visit(5000), 5000);
    expectEachOnce(visit(1), 1);
    expectEachOnce(visit(0), 0);
}

// The pipeline's shape: the caller's own work first, while the other thread is already on the indices; then
// the caller helps. before() here waits until some index is done, which only another thread can do.
TEST(ParallelFor, AfterOverlapsTheCallersWorkWithTheIndices)
{
    if (std::thread::hardware_concurrency() < 2)
        GTEST_SKIP() << "one core: no second thread to overlap with";
    for (const bool fullPool : {false, true}) {
        std::optional<FullPool> full;
        if (fullPool)
            full.emplace();
        std::mutex mutex;
        std::multiset<std::size_t> seen;
        QSemaphore oneDone;
        QThread *beforeRan = nullptr;
        bool overlapped = false;
        parallelForAfter(
            [&] {
                beforeRan = QThread::currentThread();
                overlapped = oneDone.tryAcquire(1, 10'000);
            },
            40, [] { return 0; },
            [&](int, std::size_t i) {
                std::lock_guard lock(mutex);
                seen.insert(i);
                oneDone.release();
            });
        EXPECT_EQ(beforeRan, QThread::currentThread()) << fullPool;
        EXPECT_TRUE(overlapped) << fullPool;
        expectEachOnce(seen, 40);
    }
    // One index is worth a second thread when the caller has its own work.
    QSemaphore done;
    bool overlapped = false;
    parallelForAfter([&] { overlapped = done.tryAcquire(1, 10'000); }, 1, [] { return 0; }, [&](int, std::size_t) { done.release(); });
    EXPECT_TRUE(overlapped);
}

TEST(RunOnPool, RunsOnAThreadOfQtsPoolAndReturnsItsResult)
{
    ASSERT_FALSE(onPool());
    QThread *ran = nullptr;
    const int value = runOnPool([&] {
        ran = QThread::currentThread();
        return onPool() ? 42 : -1;
    });
    EXPECT_EQ(value, 42);
    EXPECT_NE(ran, QThread::currentThread());
    bool pooled = false;
    runOnPool([&] { pooled = onPool(); });
    EXPECT_TRUE(pooled);
}

TEST(RunOnPool, FromThePoolItRunsInPlaceAndParallelForStillFinishes)
{
    // A render job (already on the pool) that calls it runs it on its own thread, not queued behind itself;
    // its parallelFor, with the rest of the pool busy or not, does every index.
    const auto inner = runOnPool([] {
        QThread *outer = QThread::currentThread();
        const bool same = runOnPool([outer] { return QThread::currentThread() == outer; });
        return same && visit(3000).size() == 3000;
    });
    EXPECT_TRUE(inner);
}
