// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/ScaleBar.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace trilink::maps;

namespace {
MapSettings viewAt(const ProjectionSpec &spec, double lon, double lat, double metresPerPixel)
{
    auto s = MapSettings::fitted(spec, lon, lat, 1000, QSize(1000, 800));
    EXPECT_TRUE(s);
    s->metresPerPixel = metresPerPixel;
    return *s;
}
} // namespace

TEST(ScaleBar, MercatorGroundScaleShrinksWithTheCosineOfLatitude)
{
    // Hand computation: Web Mercator's scale factor is sec(lat) (sphere of radius a), so one projected metre
    // at 60 N covers cos(60) = 0.5 m on the ground; at the equator 1 m.
    const Projection p(ProjectionSpec::centred(ProjectionKind::WebMercator, 0, 0));
    const auto equator = ScaleBar::groundMetresPerPixel(viewAt(p.spec(), 130, 0, 1000), p, QPointF(500, 400));
    const auto north = ScaleBar::groundMetresPerPixel(viewAt(p.spec(), 130, 60, 1000), p, QPointF(500, 400));
    ASSERT_TRUE(equator && north);
    EXPECT_NEAR(*equator, 1000.0, 1000.0 * 0.004); // WGS84 vs the sphere: within 0.4%
    EXPECT_NEAR(*north / *equator, 0.5, 0.005);
}

TEST(ScaleBar, ConeIsTrueToScaleOnItsStandardParallels)
{
    const Projection p(ProjectionSpec::regional());
    for (double lat : {30.0, 45.0}) {
        const auto g = ScaleBar::groundMetresPerPixel(viewAt(p.spec(), 132, lat, 500), p, QPointF(500, 400));
        ASSERT_TRUE(g);
        EXPECT_NEAR(*g, 500.0, 0.5) << lat;
    }
}

TEST(ScaleBar, PicksARoundLengthThatFitsAndStaysTrueWhenZooming)
{
    const Projection p(ProjectionSpec::regional());
    for (double mpp : {50.0, 700.0, 1800.0, 9000.0}) {
        const auto bar = ScaleBar::compute(viewAt(p.spec(), 130, 38, mpp), p, 200);
        ASSERT_TRUE(bar);
        EXPECT_LE(bar->lengthPx, 200.0);
        EXPECT_GT(bar->lengthPx, 200.0 / 2.5); // 1-2-5 steps never waste more than 2.5x
        const double mantissa = bar->lengthM / std::pow(10.0, std::floor(std::log10(bar->lengthM)));
        EXPECT_TRUE(mantissa == 1 || mantissa == 2 || mantissa == 5) << bar->lengthM;
    }
}
