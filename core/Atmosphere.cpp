// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/Atmosphere.h"

#include <array>
#include <cmath>

namespace trilink::atmosphere {
namespace {
constexpr double kGasConstant = 8314.32; // R*, J/(kmol K)
constexpr double kMolarMass = 28.9644;   // M0, kg/kmol
constexpr double kG0 = 9.80665;
constexpr double kR0M = 6356766.0; // the US76 Earth radius for geopotential height
constexpr double kGamma = 1.4;
constexpr double kTopM = 86000.0; // geometric top of the exact model

struct Layer {
    double baseGeopotentialM;
    double baseTemperatureK;
    double lapseKPerM;
    double basePressurePa;
};
// US76 table 4 (base pressures as the standard tabulates them).
constexpr std::array<Layer, 7> kLayers{{
    {0.0, 288.15, -6.5e-3, 101325.0},
    {11000.0, 216.65, 0.0, 22632.06},
    {20000.0, 216.65, 1.0e-3, 5474.889},
    {32000.0, 228.65, 2.8e-3, 868.0187},
    {47000.0, 270.65, 0.0, 110.9063},
    {51000.0, 270.65, -2.8e-3, 66.93887},
    {71000.0, 214.65, -2.0e-3, 3.956420},
}};

struct Band {
    double baseAltM;
    double baseDensityKgM3;
    double scaleHeightM;
};
// Vallado table 8-4, from 80 km up.
constexpr std::array<Band, 18> kBands{{
    {80e3, 1.905e-5, 5799},      {90e3, 3.396e-6, 5382},      {100e3, 5.297e-7, 5877},   {110e3, 9.661e-8, 7263},
    {120e3, 2.438e-8, 9473},     {130e3, 8.484e-9, 12636},    {140e3, 3.845e-9, 16149},  {150e3, 2.070e-9, 22523},
    {180e3, 5.464e-10, 29740},   {200e3, 2.789e-10, 37105},   {250e3, 7.248e-11, 45546}, {300e3, 2.418e-11, 53628},
    {350e3, 9.518e-12, 53298},   {400e3, 3.725e-12, 58515},   {450e3, 1.585e-12, 60828}, {500e3, 6.967e-13, 63822},
    {600e3, 1.454e-13, 71835},   {700e3, 3.614e-14, 88667},
}};

AtmosphereState exact(double altM)
{
    const double h = kR0M * altM / (kR0M + altM); // geopotential height
    std::size_t i = kLayers.size() - 1;
    while (i > 0 && kLayers[i].baseGeopotentialM > h)
        --i;
    const Layer &l = kLayers[i];
    const double t = l.baseTemperatureK + l.lapseKPerM * (h - l.baseGeopotentialM);
    const double k = kG0 * kMolarMass / kGasConstant;
    const double p = l.lapseKPerM == 0.0 ? l.basePressurePa * std::exp(-k * (h - l.baseGeopotentialM) / l.baseTemperatureK)
                                         : l.basePressurePa * std::pow(l.baseTemperatureK / t, k / l.lapseKPerM);
    AtmosphereState s;
    s.temperatureK = t;
    s.pressurePa = p;
    s.densityKgM3 = p * kMolarMass / (kGasConstant * t);
    s.speedOfSoundMps = std::sqrt(kGamma * kGasConstant * t / kMolarMass);
    return s;
}

double fitDensity(double altM)
{
    std::size_t i = kBands.size() - 1;
    while (i > 0 && kBands[i].baseAltM > altM)
        --i;
    const Band &b = kBands[i];
    return b.baseDensityKgM3 * std::exp(-(altM - b.baseAltM) / b.scaleHeightM);
}

const AtmosphereState &topOfExact()
{
    static const AtmosphereState s = exact(kTopM);
    return s;
}
} // namespace

AtmosphereState at(double altM)
{
    if (!(altM > 0.0))
        altM = 0.0;
    if (altM <= kTopM)
        return exact(altM);
    AtmosphereState s = topOfExact();
    s.pressurePa = 0; // not modelled above 86 km (not needed: drag uses density and Mach only)
    if (altM > 1.0e6) {
        s.densityKgM3 = 0;
        return s;
    }
    double rho = fitDensity(altM);
    if (altM < 100e3) {
        // Join the fit to the exact model: the ratio at 86 km fades linearly to 1 at 100 km.
        const double ratio = topOfExact().densityKgM3 / fitDensity(kTopM);
        const double w = (100e3 - altM) / (100e3 - kTopM);
        rho *= std::pow(ratio, w);
    }
    s.densityKgM3 = rho;
    return s;
}

double densityKgM3(double altM) { return at(altM).densityKgM3; }

} // namespace trilink::atmosphere
