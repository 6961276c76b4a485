// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/GeometryProjector.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace trilink::maps;

namespace {
double longestSegment(const QPainterPath &path)
{
    double longest = 0;
    for (int i = 1; i < path.elementCount(); ++i) {
        const auto a = path.elementAt(i - 1), b = path.elementAt(i);
        if (!b.isMoveTo())
            longest = std::max(longest, std::hypot(b.x - a.x, b.y - a.y));
    }
    return longest;
}

QPolygonF densified(QPointF from, QPointF to, int n)
{
    QPolygonF line;
    for (int i = 0; i <= n; ++i)
        line << from + (to - from) * (double(i) / n);
    return line;
}
} // namespace

TEST(GeometryProjector, LineAcrossTheConeSeamIsSplitNotStreaked)
{
    // The regional cone's seam is at 132 - 180 = -48 degrees. A line from -50 to -46 along 60 N crosses it:
    // drawn naively its last segment would jump across the whole map.
    const Projection p(ProjectionSpec::regional());
    const GeometryProjector g(p);
    const auto pieces = g.clipLine(densified({-50, 60}, {-46, 60}, 8));
    ASSERT_EQ(pieces.size(), 2u);
    QPainterPath path;
    g.addLine(path, densified({-50, 60}, {-46, 60}, 8));
    EXPECT_LT(longestSegment(path), 100'000.0); // 0.5 degree steps at 60 N are ~28 km
}

TEST(GeometryProjector, RingAcrossTheSeamBecomesTwoClosedRings)
{
    const Projection p(ProjectionSpec::regional());
    const GeometryProjector g(p);
    QPolygonF square;
    square << QPointF(-52, 58) << QPointF(-44, 58) << QPointF(-44, 62) << QPointF(-52, 62);
    EXPECT_EQ(g.clipRing(square).size(), 2u);
}

TEST(GeometryProjector, AntimeridianDataEdgeIsNotACrossingOnMercator)
{
    // Natural Earth cuts Chukotka at 180: a ring touching +180 on both corners stays one ring.
    const Projection p(ProjectionSpec::centred(ProjectionKind::WebMercator, 0, 0));
    const GeometryProjector g(p);
    QPolygonF ring;
    ring << QPointF(175, 65) << QPointF(180, 65) << QPointF(180, 68) << QPointF(175, 68);
    const auto pieces = g.clipRing(ring);
    ASSERT_EQ(pieces.size(), 1u);
    QPainterPath path;
    g.addRing(path, ring);
    EXPECT_GT(path.boundingRect().left(), 0); // all on the eastern side, nothing wrapped to -180
}

TEST(GeometryProjector, GlobeClipsLinesAtTheLimbAndKeepsRingsOnTheDisc)
{
    const Projection p(ProjectionSpec::centred(ProjectionKind::Orthographic, 130, 38));
    const GeometryProjector g(p);
    // The equator from 0 to 360: only the part within 90 degrees of the centre is visible.
    QPolygonF equator = densified({0, 0}, {359, 0}, 718);
    const auto pieces = g.clipLine(equator);
    ASSERT_FALSE(pieces.empty());
    for (const auto &piece : pieces)
        for (const QPointF &q : piece)
            EXPECT_LE(p.angularDistanceFromCentreDeg(q.x(), q.y()), 90.0 + 1e-6);
    // A ring half behind the globe still projects onto the disc (radius R), with no point outside it.
    QPolygonF ring;
    QPainterPath path;
    for (double lon = 180; lon <= 260; lon += 1)
        ring << QPointF(lon, 10);
    for (double lon = 260; lon >= 180; lon -= 1)
        ring << QPointF(lon, 40);
    g.addRing(path, ring);
    ASSERT_FALSE(path.isEmpty());
    for (int i = 0; i < path.elementCount(); ++i) {
        const auto e = path.elementAt(i);
        EXPECT_LE(std::hypot(e.x, e.y), 6371008.8 * 1.000001);
    }
}

TEST(GeometryProjector, MercatorClipsToItsLatitudeBand)
{
    const Projection p(ProjectionSpec::centred(ProjectionKind::WebMercator, 0, 0));
    const GeometryProjector g(p);
    QPainterPath path;
    g.addLine(path, densified({10, 80}, {10, 90}, 20)); // runs into the pole
    ASSERT_FALSE(path.isEmpty());
    EXPECT_LT(path.boundingRect().bottom(), 2.01e7); // stops at 85.05 N: y = 20037508 m
}
