// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/TrajectorySolver.h"

#include <cmath>
#include <vector>

// The envelope grid the solver must meet (tests/core/TrajectoryEnvelopeTest) and that its benchmark times
// (bench/solver_bench): every class, flown as it is flown (SRBMs also with a pull-up, the glide vehicle
// gliding), at ranges spread over its span, each at apogees from its depressed limit to its lofted limit.
// The limits come from TrajectorySolver::apogeeLimits; the grid points sit 3 % inside them (in the
// logarithm of the apogee) so that "within 1 %" of a limit is never asked for. The benchmark flies the full
// grid; the unit test a sparser one (finding the limits takes a few hundred flights each), still every
// class from the shortest to the longest range of its span.
namespace trilink::envelope {

struct GridCase {
    MissileClass missileClass;
    Maneuver maneuver;
    std::vector<double> rangesKm;
};

inline std::vector<GridCase> gridCases()
{
    return {
        {MissileClass::Srbm, Maneuver::None, {50, 150, 300, 600, 900}},
        {MissileClass::Srbm, Maneuver::PullUp, {150, 300, 600, 800}},
        {MissileClass::Mrbm, Maneuver::None, {200, 600, 1200, 1900}},
        {MissileClass::Irbm, Maneuver::None, {300, 1000, 2500, 4000, 5000}},
        {MissileClass::Icbm, Maneuver::None, {500, 1000, 3000, 7000, 11000, 15000}},
        {MissileClass::Slbm, Maneuver::None, {50, 300, 800, 1500}},
        {MissileClass::Hgv, Maneuver::Glide, {200, 600, 1000, 2000, 3000}},
    };
}

inline std::vector<GridCase> testGridCases()
{
    return {
        {MissileClass::Srbm, Maneuver::None, {50, 300, 900}},
        {MissileClass::Srbm, Maneuver::PullUp, {150, 800}},
        {MissileClass::Mrbm, Maneuver::None, {200, 1900}},
        {MissileClass::Irbm, Maneuver::None, {300, 2500, 5000}},
        {MissileClass::Icbm, Maneuver::None, {500, 7000, 15000}},
        {MissileClass::Slbm, Maneuver::None, {50, 1500}},
        {MissileClass::Hgv, Maneuver::Glide, {200, 1000, 3000}},
    };
}

inline constexpr double kLaunchLon = 125.7; // Pyongyang area, flying east over the Sea of Japan and the Pacific
inline constexpr double kLaunchLat = 39.0;
inline constexpr double kAzimuthDeg = 80.0;
inline constexpr double kEdgeMargin = 0.03;
inline constexpr int kApogeesPerRange = 4;

inline TrajectoryRequest request(const GridCase &c, double rangeKm)
{
    TrajectoryRequest r;
    r.launchLon = kLaunchLon;
    r.launchLat = kLaunchLat;
    r.azimuthDeg = kAzimuthDeg;
    r.rangeM = rangeKm * 1000.0;
    r.missileClass = c.missileClass;
    r.maneuver = c.maneuver;
    r.shape = TrajectoryShape::Apogee;
    return r;
}

// Apogees from just above the depressed limit to just below the lofted limit, evenly in their logarithm.
inline std::vector<double> apogeesM(const TrajectorySolver::ApogeeLimits &limits)
{
    const double lo = std::log(limits.lowM), hi = std::log(limits.highM);
    std::vector<double> out;
    for (int i = 0; i < kApogeesPerRange; ++i) {
        const double f = kEdgeMargin + (1.0 - 2.0 * kEdgeMargin) * i / (kApogeesPerRange - 1);
        out.push_back(std::exp(lo + f * (hi - lo)));
    }
    return out;
}

} // namespace trilink::envelope
