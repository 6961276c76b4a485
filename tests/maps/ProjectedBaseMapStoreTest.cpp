// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "BaseMapFixture.h"
#include "maps/ProjectedBaseMapStore.h"

#include <QFile>

#include <gtest/gtest.h>

// The regional view's base map, projected once by the build (tools/basemap_gen) and read at start instead of
// projected again: what is read must be exactly what projecting gives, and a file made from other data, for
// another projection, or cut short must not be used.

using namespace trilink::maps;

namespace {
void expectSamePath(const QPainterPath &a, const QPainterPath &b, const char *what)
{
    ASSERT_EQ(a.elementCount(), b.elementCount()) << what;
    EXPECT_EQ(a.fillRule(), b.fillRule()) << what;
    for (int i = 0; i < a.elementCount(); ++i) {
        const auto ea = a.elementAt(i), eb = b.elementAt(i);
        ASSERT_TRUE(ea.type == eb.type && ea.x == eb.x && ea.y == eb.y) << what << " element " << i;
    }
}

const BaseMapData &data()
{
    static const auto read = readBaseMap(QStringLiteral(TRILINK_BUILD_DATA_DIR "/basemap/trilink-basemap.gpkg"));
    return *read.data;
}
} // namespace

TEST(ProjectedBaseMapStore, TheBuildsFileIsWhatProjectingGives)
{
    QFile file(QStringLiteral(TRILINK_BUILD_DATA_DIR "/basemap/regional.projected"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << "the build stages the projected base map";
    const auto stored = readProjectedBaseMap(file.readAll(), ProjectionSpec::regional(), baseMapFingerprint(data()));
    ASSERT_TRUE(stored) << "the staged file matches the staged base map";
    const auto built = ProjectedBaseMap::build(data(), ProjectionSpec::regional());
    ASSERT_TRUE(built);
    expectSamePath(stored->land, built->land, "land");
    expectSamePath(stored->coast, built->coast, "coast");
    expectSamePath(stored->borders, built->borders, "borders");
    expectSamePath(stored->admin1, built->admin1, "admin1");
    expectSamePath(stored->landCoarse, built->landCoarse, "land, coarse");
    expectSamePath(stored->coastCoarse, built->coastCoarse, "coast, coarse");
    expectSamePath(stored->bordersCoarse, built->bordersCoarse, "borders, coarse");
    expectSamePath(stored->earthOutline, built->earthOutline, "earth outline");
    ASSERT_EQ(stored->graticule.size(), built->graticule.size());
    for (std::size_t i = 0; i < built->graticule.size(); ++i) {
        EXPECT_EQ(stored->graticule[i].valueDeg, built->graticule[i].valueDeg);
        EXPECT_EQ(stored->graticule[i].meridian, built->graticule[i].meridian);
        expectSamePath(stored->graticule[i].path, built->graticule[i].path, "graticule");
    }
}

TEST(ProjectedBaseMapStore, AFileOfOtherDataAnotherProjectionOrCutShortIsNotUsed)
{
    const auto built = ProjectedBaseMap::build(data(), ProjectionSpec::regional());
    const std::uint64_t fingerprint = baseMapFingerprint(data());
    const QByteArray bytes = writeProjectedBaseMap(*built, fingerprint);
    EXPECT_TRUE(readProjectedBaseMap(bytes, ProjectionSpec::regional(), fingerprint));
    EXPECT_FALSE(readProjectedBaseMap(bytes, ProjectionSpec::regional(), fingerprint + 1)) << "other data";
    EXPECT_FALSE(readProjectedBaseMap(bytes, ProjectionSpec::centred(ProjectionKind::Orthographic, 132, 38), fingerprint)) << "another projection";
    for (const qsizetype cut : {qsizetype(0), qsizetype(7), bytes.size() / 2, bytes.size() - 1})
        EXPECT_FALSE(readProjectedBaseMap(bytes.left(cut), ProjectionSpec::regional(), fingerprint)) << "cut at " << cut;
    QByteArray corrupt = bytes;
    corrupt[bytes.size() / 3] = static_cast<char>(0x7f); // a type byte or a length gone wrong, or a coordinate changed
    const auto read = readProjectedBaseMap(corrupt, ProjectionSpec::regional(), fingerprint);
    EXPECT_TRUE(!read || read->land.elementCount() == built->land.elementCount()) << "never a path of another length";

    // Moved data changes the fingerprint.
    BaseMapData moved = data();
    moved.coastlines.front()[0] += QPointF(1e-9, 0);
    EXPECT_NE(baseMapFingerprint(moved), fingerprint);
}
