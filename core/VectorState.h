// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

namespace trilink {

// Clears the upper halves of the AVX registers of the calling thread (VZEROUPPER), on a CPU that has them.
//
// Why: Qt 6.4 leaves them dirty (returns from AVX code without VZEROUPPER) in two places Trilink cannot
// avoid: its string hash (qHash of a QString with the process's random seed: every QHash and QSet of
// strings) on the CPUs with VAES (Intel Ice Lake and later, AMD Zen 3 and later), and its opaque solid fills
// (QPainter filling or stroking with an opaque colour). glibc's AVX-512 string functions, chosen on those
// CPUs, do not clear them either. Until something does, every SSE instruction of that thread (all of
// Trilink's arithmetic, compiled for baseline x86-64, and Qt's stroker) waits on the dirty halves: turning a
// thousand tracks just read from a CSV into scenario tracks took 4.5 times as long (bench/trackio_bench
// BM_TurnRecordings with the clearing taken out: 340 against 75 ns a point), and drawing them a third
// longer. So the heavy loops call this first: after the ids of a file are hashed, before each layer and each
// track's strokes. It costs a cycle.
void clearUpperVectorState() noexcept;

} // namespace trilink
