// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Files from the tools the field already uses, made at test time by the tools themselves (gdal-bin's ogr2ogr,
// gpsbabel: scripts/deps.sh test): Trilink reads what they write from Trilink's files, and they read what
// Trilink writes, with times, coordinates and partners compared point by point against the tracks the test
// started from (docs/formats.md, "Files from other tools").

#include "FieldTracks.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace trilink;
using namespace trilink::maps;
using namespace trilink::maps::fixture;

// QGIS's and ogr2ogr's CSV export of a GeoPackage: OGR's DateTime text ("2017/11/28 18:17:10.25+00"), X/Y.
TEST(TrackIoTools, CsvExportedByOgr2ogrFromTrilinksGeoPackage)
{
    QTemporaryDir dir;
    const auto tracks = flights();
    const QString gpkg = writeTo(dir, QStringLiteral("flights.gpkg"), tracks);
    const QString csv = dir.filePath(QStringLiteral("exported.csv"));
    tool("ogr2ogr", {QStringLiteral("-f"), QStringLiteral("CSV"), csv, gpkg, QStringLiteral("track_points"), QStringLiteral("-lco"),
                     QStringLiteral("GEOMETRY=AS_XY")});
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    EXPECT_TRUE(text.contains("2017/11/28 18:17:10.25+00") || text.contains("2017/11/28 18:17:10.250+00")) << text.left(400).toStdString();
    const auto r = readBack(csv);
    EXPECT_EQ(r.problems.size(), 0u) << dump(r);
    expectSameTracks(r.tracks, tracks, {1e-12, 1e-9}, "ogr2ogr CSV");
}

// GDAL reads Trilink's GPX with its GPX driver and lays it out as GPX always is in GDAL (track_points with
// track_fid, the names in `tracks`); after ogr2ogr to a GeoPackage, Trilink reads the tracks it started from.
TEST(TrackIoTools, GdalsGpxLayoutReadsAsTheTracks)
{
    QTemporaryDir dir;
    const auto tracks = flights();
    const QString gpx = writeTo(dir, QStringLiteral("flights.gpx"), tracks);
    const QString gpkg = dir.filePath(QStringLiteral("from-gpx.gpkg"));
    tool("ogr2ogr", {QStringLiteral("-f"), QStringLiteral("GPKG"), gpkg, gpx});
    const QString layers = tool("ogrinfo", {QStringLiteral("-q"), gpkg});
    ASSERT_TRUE(layers.contains(QStringLiteral("track_points"))) << layers.toStdString();
    const auto r = readBack(gpkg);
    EXPECT_EQ(r.problems.size(), 0u) << dump(r);
    // GDAL keeps Trilink's extensions as fields (trilink_partners, trilink_sensor).
    expectSameTracks(r.tracks, tracks, {1e-12, 1e-9}, "GDAL GPX layout in a GeoPackage");

    // The same points as CSV (QGIS's "export as CSV" of track_points): the track number is the track.
    const QString csv = dir.filePath(QStringLiteral("track_points.csv"));
    tool("ogr2ogr", {QStringLiteral("-f"), QStringLiteral("CSV"), csv, gpx, QStringLiteral("track_points"), QStringLiteral("-lco"),
                     QStringLiteral("GEOMETRY=AS_XY")});
    const auto c = readBack(csv);
    ASSERT_EQ(c.tracks.size(), 2u) << dump(c);
    auto numbered = tracks;
    numbered[0].id = QStringLiteral("track 1");
    numbered[1].id = QStringLiteral("track 2");
    expectSameTracks(c.tracks, numbered, {1e-12, 1e-9}, "GDAL GPX layout as CSV");
}

// gpsbabel reads Trilink's GPX, and its default KML (a Folder per track of point placemarks "HS15-0", ...,
// and an untimed "Path") reads as the tracks it started from, without a word about the paths.
TEST(TrackIoTools, GpsbabelKmlFromTrilinksGpx)
{
    QTemporaryDir dir;
    const auto tracks = flights();
    const QString gpx = writeTo(dir, QStringLiteral("flights.gpx"), tracks);
    const QString kml = dir.filePath(QStringLiteral("gpsbabel.kml"));
    tool("gpsbabel", {QStringLiteral("-i"), QStringLiteral("gpx"), QStringLiteral("-f"), gpx, QStringLiteral("-o"), QStringLiteral("kml"),
                      QStringLiteral("-F"), kml});
    const auto r = readBack(kml);
    EXPECT_EQ(r.problems.size(), 0u) << dump(r);
    // gpsbabel writes six decimals of a degree and centimetres, and keeps no attribution.
    expectSameTracks(r.tracks, tracks, {0.5e-6, 0.005, false, false}, "gpsbabel KML");

    // And gpsbabel reads Trilink's KML gx:Tracks back into GPX that Trilink reads.
    const QString ownKml = writeTo(dir, QStringLiteral("flights.kml"), tracks);
    const QString back = dir.filePath(QStringLiteral("gpsbabel.gpx"));
    tool("gpsbabel", {QStringLiteral("-i"), QStringLiteral("kml"), QStringLiteral("-f"), ownKml, QStringLiteral("-o"), QStringLiteral("gpx"),
                      QStringLiteral("-F"), back});
    const auto g = readBack(back);
    expectSameTracks(g.tracks, tracks, {0.5e-9, 0.0005, false, false}, "gpsbabel GPX from Trilink's KML");
}

// A GeoPackage holds a line per track beside the points (QGIS draws tracks as lines), which GDAL reads as
// LineString Z with the points' vertices; Trilink reads its own file back without a word about the lines.
TEST(TrackIoTools, GeoPackageHasALineLayerPerTrack)
{
    QTemporaryDir dir;
    const auto tracks = flights();
    const QString gpkg = writeTo(dir, QStringLiteral("flights.gpkg"), tracks);
    const QString info = tool("ogrinfo", {QStringLiteral("-q"), gpkg, QStringLiteral("track_lines")});
    // One feature per track, its vertices the points (ogrinfo prints 15 significant digits).
    static const QRegularExpression line(QStringLiteral("LINESTRING Z \\(([^)]*)\\)"));
    auto it = line.globalMatch(info);
    for (const auto &t : tracks) {
        ASSERT_TRUE(it.hasNext()) << info.toStdString();
        const QStringList vertices = it.next().captured(1).split(u',');
        ASSERT_EQ(vertices.size(), qsizetype(t.points.size())) << t.id.toStdString();
        for (std::size_t i = 0; i < t.points.size(); ++i) {
            const QStringList xyz = vertices[qsizetype(i)].trimmed().split(u' ');
            ASSERT_EQ(xyz.size(), 3);
            EXPECT_NEAR(xyz[0].toDouble(), t.points[i].lon, 1e-9);
            EXPECT_NEAR(xyz[1].toDouble(), t.points[i].lat, 1e-9);
            EXPECT_NEAR(xyz[2].toDouble(), t.points[i].altM, 1e-6);
        }
    }
    EXPECT_TRUE(info.contains(QStringLiteral("track_id (String) = HS15"))) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("partners (String) = USA;KOR"))) << info.toStdString();
    const auto r = readBack(gpkg);
    EXPECT_EQ(r.problems.size(), 0u) << dump(r);
    expectSameTracks(r.tracks, tracks, {0, 0}, "Trilink's GeoPackage");
}

// ogr2ogr's GeoJSON of CSV points: 2D Points with the altitude in an alt_m property; and the same in
// EPSG:3857 with the 2008-style "crs" member GDAL writes when asked for it (RFC7946=NO).
TEST(TrackIoTools, GeoJsonPointsWithAltitudePropertyAndAProjectedCrs)
{
    QTemporaryDir dir;
    const auto tracks = flights();
    const QString csv = writeTo(dir, QStringLiteral("flights.csv"), tracks);
    const QStringList fromCsv = {QStringLiteral("-oo"), QStringLiteral("X_POSSIBLE_NAMES=lon"), QStringLiteral("-oo"),
                                 QStringLiteral("Y_POSSIBLE_NAMES=lat"), QStringLiteral("-oo"), QStringLiteral("AUTODETECT_TYPE=YES")};
    const QString points = dir.filePath(QStringLiteral("points.geojson"));
    tool("ogr2ogr", QStringList{QStringLiteral("-f"), QStringLiteral("GeoJSON"), points, csv, QStringLiteral("-a_srs"),
                                QStringLiteral("EPSG:4326")} + fromCsv);
    const auto r = readBack(points);
    EXPECT_EQ(r.problems.size(), 0u) << dump(r);
    expectSameTracks(r.tracks, tracks, {1e-12, 1e-9}, "ogr2ogr GeoJSON points");

    const QString mercator = dir.filePath(QStringLiteral("mercator.json"));
    tool("ogr2ogr", QStringList{QStringLiteral("-f"), QStringLiteral("GeoJSON"), mercator, csv, QStringLiteral("-s_srs"),
                                QStringLiteral("EPSG:4326"), QStringLiteral("-t_srs"), QStringLiteral("EPSG:3857"), QStringLiteral("-lco"), QStringLiteral("RFC7946=NO")} +
                        fromCsv);
    QFile f(mercator);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    ASSERT_TRUE(f.readAll().contains("EPSG::3857"));
    const auto m = readBack(mercator);
    EXPECT_EQ(m.problems.size(), 0u) << dump(m);
    // GDAL writes 15 significant digits of metres: a few nanodegrees.
    expectSameTracks(m.tracks, tracks, {1e-7, 1e-6}, "ogr2ogr GeoJSON in EPSG:3857");
}

// RFC 7946 section 3.1.9: a line that crosses the antimeridian is cut into a MultiLineString. GDAL's own
// RFC 7946 writer cuts Trilink's track line at the same place; Trilink reads its file back as one track.
TEST(TrackIoTools, GeoJsonLinesAreCutAtTheAntimeridianAsGdalCutsThem)
{
    QTemporaryDir dir;
    RecordedTrack t{QStringLiteral("PAC"), QStringLiteral("over the date line"), {}};
    const std::int64_t t0 = ms("2022-11-18T01:14:00Z");
    for (int i = 0; i < 6; ++i)
        t.points.push_back({t0 + i * 60'000, 178.0 + 0.9 * i > 180 ? 178.0 + 0.9 * i - 360 : 178.0 + 0.9 * i, 40.0 + 0.5 * i,
                            100'000.0 + 1000 * i, kUsa, {}});
    const QString ours = writeTo(dir, QStringLiteral("pacific.geojson"), {t});
    const QString info = tool("ogrinfo", {QStringLiteral("-q"), QStringLiteral("-al"), ours, QStringLiteral("-geom=ISO")});
    static const QRegularExpression multi(QStringLiteral("MULTILINESTRING Z \\(\\(([^)]*)\\),\\(([^)]*)\\)\\)"));
    const auto mine = multi.match(info);
    ASSERT_TRUE(mine.hasMatch()) << info.toStdString();

    // GDAL's cut of the same line: the track_lines layer of Trilink's GeoPackage written as RFC 7946 GeoJSON.
    const QString gpkg = writeTo(dir, QStringLiteral("pacific.gpkg"), {t});
    const QString gdal = dir.filePath(QStringLiteral("gdal.geojson"));
    tool("ogr2ogr", {QStringLiteral("-f"), QStringLiteral("GeoJSON"), gdal, gpkg, QStringLiteral("track_lines"), QStringLiteral("-lco"),
                     QStringLiteral("RFC7946=YES")});
    const QString gdalInfo = tool("ogrinfo", {QStringLiteral("-q"), QStringLiteral("-al"), gdal, QStringLiteral("-geom=ISO")});
    const auto theirs = multi.match(gdalInfo);
    ASSERT_TRUE(theirs.hasMatch()) << gdalInfo.toStdString();
    for (int part = 1; part <= 2; ++part) {
        const QStringList a = mine.captured(part).split(u','), b = theirs.captured(part).split(u',');
        ASSERT_EQ(a.size(), b.size()) << "part " << part << ": " << info.toStdString() << gdalInfo.toStdString();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QStringList p = a[i].trimmed().split(u' '), q = b[i].trimmed().split(u' ');
            EXPECT_NEAR(p[0].toDouble(), q[0].toDouble(), 1e-6) << part << " " << i;
            EXPECT_NEAR(p[1].toDouble(), q[1].toDouble(), 1e-6) << part << " " << i;
        }
    }

    // Read back: the track, unbroken, with the one point on the antimeridian between its neighbours in time.
    const auto r = readBack(ours);
    EXPECT_EQ(r.problems.size(), 0u) << dump(r);
    ASSERT_EQ(r.tracks.size(), 1u);
    const auto &back = r.tracks[0].points;
    ASSERT_EQ(back.size(), t.points.size() + 1);
    EXPECT_EQ(std::abs(back[3].lon), 180.0);
    EXPECT_GT(back[3].timeMsUtc, back[2].timeMsUtc);
    EXPECT_LT(back[3].timeMsUtc, back[4].timeMsUtc);
    for (std::size_t i = 0; i < t.points.size(); ++i) {
        const auto &p = back[i < 3 ? i : i + 1];
        EXPECT_EQ(p.timeMsUtc, t.points[i].timeMsUtc) << i;
        EXPECT_DOUBLE_EQ(p.lon, t.points[i].lon) << i;
        EXPECT_EQ(p.partners, kUsa) << i;
    }
}

// GDAL's KML driver (and so QGIS) keeps what Trilink's KML says of a track: its id as the name, its label as
// the description, its partners' style.
TEST(TrackIoTools, GdalKeepsTheLabelAndStyleOfTrilinksKml)
{
    QTemporaryDir dir;
    const QString kml = writeTo(dir, QStringLiteral("flights.kml"), flights());
    const QString info = tool("ogrinfo", {QStringLiteral("-q"), QStringLiteral("-al"), kml});
    EXPECT_TRUE(info.contains(QStringLiteral("Name (String) = HS15"))) << info.left(2000).toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("description (String) = Hwasong-15"))) << info.left(2000).toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("description (String) = KN-23")));
    EXPECT_TRUE(info.contains(QStringLiteral("Style = @held_USA_KOR"))) << info.left(2000).toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("Style = @held_JPN")));
}
