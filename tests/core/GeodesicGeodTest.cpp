// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/Geodesic.h"

#include <gtest/gtest.h>

using namespace trilink;

// Figures from PROJ 9.1.1's `geod`, run while writing this test:
//   echo "39.2002 125.6733 42.01 157.63" | geod +ellps=WGS84 -I +units=m -f %.6f
//   -> 73.030073  -85.849437  2706739.341       (Sunan -> Hwasong-12 impact, 2017-08-29)
//   echo "40.6112 126.4257 43.11 138.01" | geod +ellps=WGS84 -I +units=m -f %.6f
//   -> 70.084420  -102.168616  1000149.180      (Mupyong-ni -> Hwasong-14 impact, 2017-07-28)
//   echo "39.2002 125.6733 73.0 2700000" | geod +ellps=WGS84 +units=m -f %.8f
//   -> 42.02671204  157.55003411  -85.93037296
TEST(GeodesicGeod, CatalogueRangesMatchGeod)
{
    const auto a = geodesic::inverse(125.6733, 39.2002, 157.63, 42.01);
    EXPECT_NEAR(a.distanceM, 2706739.341, 0.01);
    EXPECT_NEAR(a.azimuth1Deg, 73.030073, 1e-6);
    const auto b = geodesic::inverse(126.4257, 40.6112, 138.01, 43.11);
    EXPECT_NEAR(b.distanceM, 1000149.180, 0.01);
    EXPECT_NEAR(b.azimuth1Deg, 70.084420, 1e-6);
}

TEST(GeodesicGeod, BearingAndRangeMatchGeod)
{
    const auto d = geodesic::direct(125.6733, 39.2002, 73.0, 2'700'000.0);
    EXPECT_NEAR(d.lat, 42.02671204, 1e-8);
    EXPECT_NEAR(d.lon, 157.55003411, 1e-8);
}
