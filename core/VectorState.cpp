// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/VectorState.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>

namespace trilink {
namespace {
__attribute__((target("avx"))) void zeroUpper() noexcept
{
    _mm256_zeroupper();
}

bool hasAvx() noexcept
{
    __builtin_cpu_init(); // may run before main, from a static initialiser
    return __builtin_cpu_supports("avx");
}

const bool kHasAvx = hasAvx();
} // namespace

void clearUpperVectorState() noexcept
{
    if (kHasAvx)
        zeroUpper();
}
} // namespace trilink
#else
namespace trilink {
void clearUpperVectorState() noexcept {}
} // namespace trilink
#endif
