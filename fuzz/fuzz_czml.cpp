// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "fuzz/FuzzTrackReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return trilink::fuzz::fuzzTrackReader(data, size, QStringLiteral("track.czml"), &trilink::maps::trackio::readCzml);
}
