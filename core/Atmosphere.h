// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

namespace trilink {

// The air at one height: density, temperature, pressure and the speed of sound.
struct AtmosphereState {
    double densityKgM3 = 0;
    double temperatureK = 0;
    double pressurePa = 0;
    double speedOfSoundMps = 0;
};

// US Standard Atmosphere 1976 (NOAA/NASA/USAF, NOAA-S/T 76-1562). Below 86 km (geometric) the exact model:
// seven layers of constant lapse rate in geopotential height, hydrostatic pressure, ideal gas (US76
// constants R* = 8314.32 J/(kmol K), M0 = 28.9644 kg/kmol, g0 = 9.80665 m/s^2, r0 = 6356.766 km). Above
// 86 km, where US76 is a table of diffusive species, density follows the piecewise-exponential fit of
// Vallado ("Fundamentals of Astrodynamics and Applications", table 8-4, itself from US76), scaled so that it
// joins the exact model at 86 km and fades back to the fit by 100 km; temperature is held at its 86 km value
// there (only the Mach number of the drag curve uses it, and above 86 km every flight is hypersonic).
// Zero density above 1000 km. Heights below sea level read as sea level. Stateless and thread-safe.
namespace atmosphere {
inline constexpr double kSeaLevelSpeedOfSoundMps = 340.294; // US76 at 0 m: the "Mach 1" of press figures

AtmosphereState at(double geometricAltM);
double densityKgM3(double geometricAltM);
} // namespace atmosphere

} // namespace trilink
