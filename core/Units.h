// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QPointF>

#include <numbers>

// The constants every layer shares: angle and length units, the units figures are shown in, the WGS84
// ellipsoid and the region's default view. One home, so a conversion or a default is never written twice
// (the copies drift).
namespace trilink {

namespace units {
inline constexpr double kDegToRad = std::numbers::pi / 180.0;
inline constexpr double kRadToDeg = 180.0 / std::numbers::pi;
constexpr double radians(double degrees) { return degrees * kDegToRad; }
constexpr double degrees(double radians) { return radians * kRadToDeg; }

// Exact by definition: the international nautical mile (1929), foot and statute mile (1959).
inline constexpr double kMetresPerNauticalMile = 1852.0;
inline constexpr double kMetresPerFoot = 0.3048;
inline constexpr double kMetresPerStatuteMile = 1609.344;
inline constexpr double kMpsPerKnot = kMetresPerNauticalMile / 3600.0;
// Mach 1 as press and government figures count it ("Mach 10"): the speed of sound at sea level in the US
// Standard Atmosphere 1976 (NOAA-S/T 76-1562, table I: 340.294 m/s). A missile's Mach is its speed over
// this, whatever its height, as the JCS and Japan's MOD report it; above the air there is no local one.
inline constexpr double kMachOneMps = 340.294;
} // namespace units

// The units figures are shown in: distances (ranges, rings, the scale bar, measured lines), heights
// (altitudes, apogees) and speeds. Metric by default; nautical is what air and naval users read (nautical
// miles, thousands of feet, Mach). text:: words a figure in them (text::distance, ...).
struct UnitSystem {
    enum class Distance { Km, Nm, Mi };
    enum class Height { Km, Kft };
    enum class Speed { Mps, Mach, Knots };
    Distance distance = Distance::Km;
    Height height = Height::Km;
    Speed speed = Speed::Mps;

    static constexpr UnitSystem metric() { return {}; }
    static constexpr UnitSystem nautical() { return {Distance::Nm, Height::Kft, Speed::Mach}; }
    // Metres in one unit of distance, of height.
    constexpr double distanceUnitM() const
    {
        return distance == Distance::Nm ? units::kMetresPerNauticalMile : distance == Distance::Mi ? units::kMetresPerStatuteMile : 1000.0;
    }
    constexpr double heightUnitM() const { return height == Height::Kft ? 1000.0 * units::kMetresPerFoot : 1000.0; }
    bool operator==(const UnitSystem &) const = default;
};

// How a place is written: decimal degrees ("39.0392°N 125.7625°E"), degrees, minutes and seconds
// ("39°02′21″N 125°45′45″E") or the military grid ("51S YD 39097 24758", core/Mgrs.h).
enum class CoordinateFormat { Degrees, Dms, Mgrs };

// The WGS84 ellipsoid (NIMA TR8350.2): what GPS, PROJ's EPSG:4326 and every track file use.
namespace wgs84 {
inline constexpr double kSemiMajorAxisM = 6378137.0;
inline constexpr double kFlattening = 1.0 / 298.257223563;
} // namespace wgs84

// The region Trilink shows by default: Korea, Japan, the Sea of Japan and the coast of China, centred west
// of Honshu (Beijing to Tokyo, Shanghai to Sakhalin).
namespace region {
inline constexpr double kDefaultLon = 129.5;
inline constexpr double kDefaultLat = 37.5;
inline constexpr double kDefaultExtentKm = 3400.0; // the default view's width
inline constexpr double kGlobeExtentKm = 13500.0;  // the width that shows the whole globe (orthographic)
inline constexpr double kMaxExtentKm = 60000.0;    // the widest view a command accepts
inline QPointF defaultCentre() { return {kDefaultLon, kDefaultLat}; } // (lon, lat)
} // namespace region

} // namespace trilink
