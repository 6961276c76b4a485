// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/Atmosphere.h"

#include <gtest/gtest.h>

using namespace trilink;

// The model against the published tables of the U.S. Standard Atmosphere, 1976 (NOAA-S/T 76-1562, table I,
// geometric altitude): temperature, pressure, density and speed of sound, to the table's five figures.
TEST(Atmosphere, MatchesTheUs1976Tables)
{
    struct Row {
        double altKm, temperatureK, pressurePa, densityKgM3, soundMps;
    };
    const Row rows[] = {
        {0, 288.150, 101325.0, 1.2250, 340.29},  {5, 255.676, 54048.0, 0.73643, 320.55},
        {11, 216.774, 22700.0, 0.36480, 295.15}, {20, 216.650, 5529.3, 0.088910, 295.07},
        {32, 228.490, 889.06, 0.013555, 303.02}, {50, 270.650, 79.779, 1.0269e-3, 329.80},
        {60, 247.021, 21.958, 3.0968e-4, 315.07}, {80, 198.639, 1.0524, 1.8458e-5, 282.54},
    };
    for (const Row &r : rows) {
        const AtmosphereState s = atmosphere::at(r.altKm * 1000.0);
        EXPECT_NEAR(s.temperatureK, r.temperatureK, 0.01) << r.altKm << " km";
        EXPECT_NEAR(s.pressurePa / r.pressurePa, 1.0, 2e-4) << r.altKm << " km";
        EXPECT_NEAR(s.densityKgM3 / r.densityKgM3, 1.0, 2e-4) << r.altKm << " km";
        EXPECT_NEAR(s.speedOfSoundMps, r.soundMps, 0.02) << r.altKm << " km";
    }
    // Sea level is the floor; the 86 km top of the exact model gives the table's 6.958e-6 kg/m^3.
    EXPECT_DOUBLE_EQ(atmosphere::at(-100).densityKgM3, atmosphere::at(0).densityKgM3);
    EXPECT_NEAR(atmosphere::densityKgM3(86e3) / 6.958e-6, 1.0, 2e-3);
}
