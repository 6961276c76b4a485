// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/FlightPhase.h"

#include <QColor>

#include <vector>

namespace trilink::maps {

// One colour per flight phase, kept apart from the partner colours (sky blue, orange, green): vermillion
// for the burn, the text colour for the long unpowered arc (and an orbit), yellow for a pull-up, blue for a
// glide, reddish purple for the descent (Okabe-Ito), grey for what falls after a failure. On a light
// background (dark text: the brief, the light theme) the pull-up is a dark olive yellow, since Okabe-Ito
// yellow has a contrast of 1.2:1 on white. The side view, the brief and the timeline's phase ticks use these.
inline QColor phaseColor(FlightPhase phase, const QColor &text)
{
    switch (phase) {
    case FlightPhase::Boost:
        return QColor(0xD5, 0x5E, 0x00);
    case FlightPhase::Midcourse:
    case FlightPhase::Orbit:
        return text;
    case FlightPhase::PullUp:
        return text.lightness() < 128 ? QColor(0x8C, 0x86, 0x1E) : QColor(0xF0, 0xE4, 0x42);
    case FlightPhase::Glide:
        return QColor(0x00, 0x72, 0xB2);
    case FlightPhase::Terminal:
        return QColor(0xCC, 0x79, 0xA7);
    case FlightPhase::Debris:
        return QColor(0x99, 0x99, 0x99);
    }
    return Qt::gray;
}

// The phases a legend lists for a flight: those it has, in flight order (boost, midcourse and terminal for
// an empty one, the ballistic flight every view knows).
template <typename Samples> std::vector<FlightPhase> legendPhases(const Samples &samples)
{
    std::vector<FlightPhase> out;
    for (FlightPhase p : kAllFlightPhases)
        for (const auto &s : samples)
            if (s.phase == p) {
                out.push_back(p);
                break;
            }
    if (out.empty())
        out = {FlightPhase::Boost, FlightPhase::Midcourse, FlightPhase::Terminal};
    return out;
}

} // namespace trilink::maps
