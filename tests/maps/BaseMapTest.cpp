// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/BaseMap.h"

#include "tests/maps/BaseMapFixture.h"

#include <QTemporaryDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace trilink::maps;

namespace {
bool onLand(const BaseMapData &d, double lon, double lat)
{
    int inside = 0; // odd-even over all rings: holes (lakes) count against
    for (const auto &ring : d.landRings)
        inside += ring.containsPoint(QPointF(lon, lat), Qt::OddEvenFill);
    return inside % 2 == 1;
}
} // namespace

TEST(BaseMap, BundledFileHasTheRegionAtTenMetreDetail)
{
    const auto r = readBaseMap(bundledBaseMapPath());
    ASSERT_TRUE(r.data) << r.error.toStdString();
    const auto &d = *r.data;
    EXPECT_GT(d.landRings.size(), 1000u);
    EXPECT_GT(d.coastlines.size(), 100u);
    EXPECT_GT(d.borders.size(), 10u);
    EXPECT_GT(d.admin1.size(), 10u);
    // Public-domain facts the picture must show: Seoul, Pyongyang and Tokyo on land; the middle of the Sea
    // of Japan, the Yellow Sea and the Korea Strait at sea.
    EXPECT_TRUE(onLand(d, 126.978, 37.5665));
    EXPECT_TRUE(onLand(d, 125.7625, 39.0392));
    EXPECT_TRUE(onLand(d, 139.6917, 35.6895));
    EXPECT_FALSE(onLand(d, 135.0, 40.0));
    EXPECT_FALSE(onLand(d, 123.5, 36.0));
    EXPECT_FALSE(onLand(d, 129.0, 34.5));
    // 10m detail: Jeju, Tsushima and Ulleungdo (73 km^2) are land; at 110m they vanish.
    EXPECT_TRUE(onLand(d, 126.55, 33.38));
    EXPECT_TRUE(onLand(d, 129.33, 34.40));
    EXPECT_TRUE(onLand(d, 130.87, 37.50));
}

TEST(BaseMap, PlacesOfTheRegionAreThere)
{
    const auto r = readBaseMap(bundledBaseMapPath());
    ASSERT_TRUE(r.data);
    QStringList names;
    for (const auto &p : r.data->places)
        names << p.name;
    for (const char *n : {"Seoul", "Pyongyang", "Tokyo", "Busan", "Sapporo", "Vladivostok", "Beijing", "Shanghai", "Taipei"})
        EXPECT_TRUE(names.contains(QLatin1String(n))) << n;
    EXPECT_EQ(r.data->places.front().rank, 1); // sorted, most important first
}

TEST(BaseMap, MissingOrWrongFilesGiveAClearError)
{
    const auto missing = readBaseMap(QStringLiteral("/nonexistent/base.gpkg"));
    EXPECT_FALSE(missing.data);
    EXPECT_TRUE(missing.error.startsWith(QStringLiteral("/nonexistent/base.gpkg: ")));

    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.gpkg"));
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, '\x7f'));
    f.close();
    const auto bad = readBaseMap(junk);
    EXPECT_FALSE(bad.data);
    EXPECT_TRUE(bad.error.startsWith(junk + QStringLiteral(": "))) << bad.error.toStdString();
}
