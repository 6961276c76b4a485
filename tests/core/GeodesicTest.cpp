// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/Geodesic.h"

#include <gtest/gtest.h>

using namespace trilink;

// Expected figures come from PROJ's own command-line tool `geod`, so they check our wrapper's argument
// order (lon before lat), units and ellipsoid, not the wrapper against itself. Generated with PROJ 9.1.1:
//   echo "39.0392 125.7625 35.6895 139.6917" | geod +ellps=WGS84 -I +units=m -f %.6f
//   -> 102.444720  -69.071804  1287169.053          (Pyongyang -> Tokyo)
//   echo "39.0392 125.7625 100 1000000" | geod +ellps=WGS84 +units=m -f %.8f
//   -> 36.94092668  136.84153814  -73.16615658
TEST(Geodesic, PyongyangToTokyoMatchesGeod)
{
    const auto r = geodesic::inverse(125.7625, 39.0392, 139.6917, 35.6895);
    EXPECT_NEAR(r.distanceM, 1287169.053, 0.001);
    EXPECT_NEAR(r.azimuth1Deg, 102.444720, 1e-6);
    // geod prints the back azimuth; ours is the forward azimuth at the far end (back + 180).
    EXPECT_NEAR(geodesic::compassBearing(r.azimuth2Deg), geodesic::compassBearing(-69.071804 + 180.0), 1e-6);
}

TEST(Geodesic, DirectMatchesGeod)
{
    const auto d = geodesic::direct(125.7625, 39.0392, 100.0, 1'000'000.0);
    EXPECT_NEAR(d.lon, 136.84153814, 1e-8);
    EXPECT_NEAR(d.lat, 36.94092668, 1e-8);
}

TEST(Geodesic, OneDegreeOfLatitudeAtTheEquatorIsTheMeridianArc)
{
    // 110 574.4 m: the WGS84 meridian arc from 0 to 1 degree N (published table value, e.g. NGA TR8350.2).
    EXPECT_NEAR(geodesic::inverse(0, 0, 0, 1).distanceM, 110574.4, 0.1);
}

TEST(Geodesic, CompassBearingFoldsIntoZeroTo360)
{
    EXPECT_DOUBLE_EQ(geodesic::compassBearing(-90), 270);
    EXPECT_DOUBLE_EQ(geodesic::compassBearing(360), 0);
    EXPECT_DOUBLE_EQ(geodesic::compassBearing(45), 45);
}
