// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QPointF>

#include <numbers>

// The constants every layer shares: angle units, the WGS84 ellipsoid and the region's default view. One
// home, so a conversion or a default is never written twice (the copies drift).
namespace trilink {

namespace units {
inline constexpr double kDegToRad = std::numbers::pi / 180.0;
inline constexpr double kRadToDeg = 180.0 / std::numbers::pi;
constexpr double radians(double degrees) { return degrees * kDegToRad; }
constexpr double degrees(double radians) { return radians * kRadToDeg; }
} // namespace units

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
