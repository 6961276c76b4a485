// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

namespace trilink {

// Closed-form ballistic arcs over a spherical, non-rotating Earth of radius kRadiusM, both ends on the
// surface (the textbook model, e.g. Wheelon 1959 "Free flight of a ballistic missile", or Bate, Mueller &
// White, "Fundamentals of Astrodynamics", ch. 6). The full model integrates numerically on the WGS84
// ellipsoid; these formulas give it first guesses and give the tests an independent hand computation.
struct KeplerArc {
    static constexpr double kRadiusM = 6371008.8;

    double speedMps = 0;           // at the surface
    double flightPathAngleRad = 0; // above the local horizontal, at the surface
    double apogeeM = 0;            // altitude above the sphere
    double flightTimeS = 0;        // surface to surface
    double semiMajorAxisM = 0;
    double eccentricity = 0;

    // Minimum-energy arc for a range angle psi (radians of arc):
    //   v^2 = (mu/R) * 2 sin(psi/2) / (1 + sin(psi/2)),   gamma = (pi - psi) / 4.
    static KeplerArc minimumEnergy(double rangeAngleRad);
    // The arc with the given range angle and apogee altitude (symmetric about apogee).
    static KeplerArc throughApogee(double rangeAngleRad, double apogeeM);
    // Inverse of the minimum-energy speed relation: ground range (metres over the sphere) reached by a
    // minimum-energy arc launched at this speed. Infinite at and above circular speed.
    static double minimumEnergyRangeForSpeed(double speedMps);
};

} // namespace trilink
