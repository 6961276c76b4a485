// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/Geodesic.h"
#include "maps/Projection.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace trilink;
using namespace trilink::maps;

// Expected coordinates are PROJ's own cs2cs output (PROJ 9.1.1), so they check our parameters, axis order
// and units, not the wrapper against itself. For example:
//   printf "126.9780 37.5665\n" | cs2cs -f %.4f +proj=longlat +ellps=WGS84 +to
//       +proj=lcc +lat_1=30 +lat_2=45 +lat_0=38 +lon_0=132 +ellps=WGS84 +units=m
//   -> -439684.7202  -35937.5384
TEST(Projection, RegionalLccMatchesCs2cs)
{
    const Projection p(ProjectionSpec::regional());
    ASSERT_TRUE(p.isValid()) << p.errorString().toStdString();
    const struct { double lon, lat, x, y; } known[] = {
        {126.9780, 37.5665, -439684.7202, -35937.5384},  // Seoul
        {139.6917, 35.6895, 689899.9440, -225972.0120},  // Tokyo
        {144.7937, 13.4443, 1487631.0049, -2671911.3638}, // Hagatna, Guam
    };
    for (const auto &k : known) {
        const auto xy = p.forward(k.lon, k.lat);
        ASSERT_TRUE(xy);
        EXPECT_NEAR(xy->x(), k.x, 1e-3);
        EXPECT_NEAR(xy->y(), k.y, 1e-3);
    }
}

TEST(Projection, WebMercatorMatchesEpsg3857)
{
    // cs2cs EPSG:4326 EPSG:3857 of Tokyo (35.6895 N 139.6917 E) -> 15550408.9120 4257980.7322
    const Projection p(ProjectionSpec::centred(ProjectionKind::WebMercator, 0, 0));
    const auto xy = p.forward(139.6917, 35.6895);
    ASSERT_TRUE(xy);
    EXPECT_NEAR(xy->x(), 15550408.9120, 1e-3);
    EXPECT_NEAR(xy->y(), 4257980.7322, 1e-3);
    EXPECT_FALSE(p.forward(0, 90)); // the pole is at infinity on Mercator: no value, never inf
}

TEST(Projection, AzimuthalEquidistantDistanceFromCentreIsTheGeodesic)
{
    // Independent truth: on this projection the distance from the centre equals the ellipsoidal geodesic
    // (PROJ's `geod`: Pyongyang -> Tokyo 1287169.053 m), and cs2cs gives 1256926.2154 -277381.7953.
    const Projection p(ProjectionSpec::centred(ProjectionKind::AzimuthalEquidistant, 125.7625, 39.0392));
    const auto xy = p.forward(139.6917, 35.6895);
    ASSERT_TRUE(xy);
    EXPECT_NEAR(xy->x(), 1256926.2154, 1e-3);
    EXPECT_NEAR(xy->y(), -277381.7953, 1e-3);
    EXPECT_NEAR(std::hypot(xy->x(), xy->y()), 1287169.053, 0.5);
}

TEST(Projection, OrthographicHidesTheFarSide)
{
    // cs2cs ... +proj=ortho +lat_0=37.5 +lon_0=129.5 +R=6371008.8 of Tokyo -> 915582.3738 -151581.8263
    const Projection p(ProjectionSpec::centred(ProjectionKind::Orthographic, 129.5, 37.5));
    const auto tokyo = p.forward(139.6917, 35.6895);
    ASSERT_TRUE(tokyo);
    EXPECT_NEAR(tokyo->x(), 915582.3738, 1e-3);
    EXPECT_NEAR(tokyo->y(), -151581.8263, 1e-3);
    EXPECT_FALSE(p.forward(-50.5, -37.5)); // the antipode
    EXPECT_FALSE(p.forward(-60, 0));       // Brazil, behind the globe
    EXPECT_FALSE(p.inverse(7e6, 0));       // beyond the limb
}

TEST(Projection, RoundTripsOverTheRegion)
{
    for (const auto &spec : {ProjectionSpec::regional(), ProjectionSpec::centred(ProjectionKind::WebMercator, 0, 0),
                             ProjectionSpec::centred(ProjectionKind::AzimuthalEquidistant, 125.67, 39.2),
                             ProjectionSpec::centred(ProjectionKind::Orthographic, 132, 38)}) {
        const Projection p(spec);
        for (double lon = 100; lon <= 175; lon += 5) {
            for (double lat = 0; lat <= 60; lat += 5) {
                const auto xy = p.forward(lon, lat);
                ASSERT_TRUE(xy) << spec.name().toStdString() << " " << lon << "," << lat;
                const auto back = p.inverse(xy->x(), xy->y());
                ASSERT_TRUE(back);
                EXPECT_NEAR(back->x(), lon, 1e-7) << spec.name().toStdString();
                EXPECT_NEAR(back->y(), lat, 1e-7) << spec.name().toStdString();
            }
        }
    }
}

TEST(ProjectionSpec, NamesRoundTripAndUnknownIsRejected)
{
    for (const QString &n : ProjectionSpec::names()) {
        const auto kind = ProjectionSpec::kindFromName(n);
        ASSERT_TRUE(kind);
        EXPECT_EQ(ProjectionSpec::centred(*kind, 0, 0).name(), n);
    }
    EXPECT_FALSE(ProjectionSpec::kindFromName(QStringLiteral("robinson")));
}
