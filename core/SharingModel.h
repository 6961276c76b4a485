// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/AttributionResult.h"
#include "core/SharingSettings.h"

#include <optional>

namespace trilink {

// One track as it appears in somebody's picture. Times are seconds after launch at which the information
// is on that picture (detection time + link latency).
struct SharingPicture {
    std::optional<double> firstDetectionS; // empty: the track never appears
    std::optional<double> lastDetectionS;
    double heldFraction = 0;   // of flight time, counting only in-flight time (0 to impact)
    PartnerMask contributors = 0; // partners whose sensors feed this picture for this track
};

// How much a partner gains from the shared picture over its own sensors alone.
struct SharingGain {
    // Alone first detection minus shared first detection (>= 0); empty when the partner never sees the
    // track alone (then the whole shared picture is the gain) or nobody sees it.
    std::optional<double> firstDetectionEarlierS;
    bool seenAlone = false;
    bool seenShared = false;
    double heldFractionGain = 0; // shared minus alone, as a fraction of flight time
};

// "View as": what each picture holds. alone(p) is p's own sensors with no delay; shared(p, settings) is the
// shared picture as p receives it, each partner's detections delayed by the links between them;
// commonPlatform() is the "combined" view, the picture on the US-run common platform, where US data arrive
// at once and KOR and JPN data after one link each (so it equals shared(USA)). Stateless functions.
class SharingModel {
public:
    static SharingPicture alone(const AttributionResult &result, Partner viewer);
    static SharingPicture shared(const AttributionResult &result, Partner viewer, const SharingSettings &settings);
    static SharingPicture commonPlatform(const AttributionResult &result, const SharingSettings &settings);
    static SharingGain gain(const AttributionResult &result, Partner viewer, const SharingSettings &settings);
};

} // namespace trilink
