// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/VectorState.h"

#include <QHash>
#include <QString>

#include <gtest/gtest.h>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>

using namespace trilink;

namespace {
// The truth is the CPU's own: XGETBV with ECX = 1 reports which register states are in use (XINUSE); bit 2
// is the upper halves of the YMM registers, the state that slows SSE code. Not every CPU can report it.
bool canReadInUse()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_AVX) || !(c & bit_OSXSAVE))
        return false;
    if (!__get_cpuid_count(0xD, 1, &a, &b, &c, &d))
        return false;
    return a & (1u << 2); // XGETBV with ECX = 1
}

bool upperHalvesInUse()
{
    unsigned lo = 0, hi = 0;
    asm volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(1));
    return lo & (1u << 2);
}

// A 256-bit write with no VZEROUPPER after it, as Qt's hash ends. Not a target("avx") function: the compiler
// would clear the state on the way out. Only called once the CPU is known to have AVX.
void dirtyUpperHalves()
{
    asm volatile("vpcmpeqd %%ymm1, %%ymm1, %%ymm1" ::: "xmm1");
}
} // namespace

TEST(VectorState, ClearsTheUpperHalvesA256BitInstructionLeftInUse)
{
    if (!canReadInUse())
        GTEST_SKIP() << "this CPU cannot report which register states are in use";
    dirtyUpperHalves();
    ASSERT_TRUE(upperHalvesInUse()) << "the probe does not see a 256-bit write";
    clearUpperVectorState();
    EXPECT_FALSE(upperHalvesInUse());
}

TEST(VectorState, ClearsWhatQtsStringHashLeaves)
{
    // What a reader does with a track's id. Where Qt's VAES path runs (and leaves the state dirty) the
    // clearing must undo it; elsewhere the state is clean either way.
    if (!canReadInUse())
        GTEST_SKIP() << "this CPU cannot report which register states are in use";
    clearUpperVectorState();
    QHash<QString, int> ids;
    ids.insert(QStringLiteral("2017-11-28-HS15"), 1);
    const bool dirtied = upperHalvesInUse();
    clearUpperVectorState();
    EXPECT_FALSE(upperHalvesInUse()) << (dirtied ? "after Qt's hash dirtied it" : "");
}
#endif
