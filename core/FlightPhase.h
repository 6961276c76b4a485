// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace trilink {

// What the vehicle is doing. Boost: under thrust. Midcourse: unpowered, above the atmosphere or on its way
// there. PullUp: a manoeuvring vehicle using lift after apogee to level off and extend its range. Glide: a
// boost-glide vehicle in its unpowered lifting glide. Terminal: the final descent (below 100 km on a
// ballistic arc, the dive after a pull-up or glide). Debris: what falls after a failure. Orbit: a space
// launch after orbit insertion.
enum class FlightPhase : std::uint8_t { Boost, Midcourse, PullUp, Glide, Terminal, Debris, Orbit };
QString flightPhaseName(FlightPhase p); // "boost", "midcourse", "pullup", "glide", "terminal", "debris", "orbit"
std::optional<FlightPhase> parseFlightPhase(QStringView name);
inline constexpr FlightPhase kAllFlightPhases[] = {FlightPhase::Boost,    FlightPhase::Midcourse, FlightPhase::PullUp, FlightPhase::Glide,
                                                   FlightPhase::Terminal, FlightPhase::Debris,    FlightPhase::Orbit};

} // namespace trilink
