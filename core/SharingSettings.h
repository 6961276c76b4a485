// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Partner.h"

namespace trilink {

// The trilateral real-time sharing as publicly described (Dec 2023): the existing ROK-US and Japan-US
// links are joined on a common platform run by the US; there is no direct ROK-Japan link, so data from one
// reaches the other through the US platform, one link after the other. Latencies are notional: no figure
// is public. 4 s per link assumes a track message passes a national C2 node, the link and the platform's
// correlation step each in about a second or two; docs/sensors.md explains how to vary them.
struct SharingSettings {
    double korUsaLatencyS = 4.0;
    double jpnUsaLatencyS = 4.0;

    // Delay for data from `from` to reach `to`'s picture: 0 for its own sensors, one link to or from the
    // US, two links between KOR and JPN.
    constexpr double latencyS(Partner from, Partner to) const
    {
        if (from == to)
            return 0.0;
        return linkToUsaS(from) + linkToUsaS(to);
    }

    // The link between a partner and the US platform (0 for the US itself).
    constexpr double linkToUsaS(Partner p) const
    {
        switch (p) {
        case Partner::USA:
            return 0.0;
        case Partner::KOR:
            return korUsaLatencyS;
        case Partner::JPN:
            return jpnUsaLatencyS;
        }
        return 0.0;
    }
};

} // namespace trilink
