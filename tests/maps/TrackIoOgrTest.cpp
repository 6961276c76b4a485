// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "TrackIoFixture.h"
#include "maps/GdalSetup.h"
#include "maps/trackio/TrackFormats.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cpl_conv.h>
#include <gdal.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

using namespace trilink;
using namespace trilink::maps;

namespace {
const QString kCsv = QStringLiteral(TRILINK_TEST_DATA_DIR "/trackio/ogr_points.csv");

using fixture::dump;
using fixture::ms;
using fixture::runTool;

// The fixture CSV made into a GeoPackage by GDAL itself, not by Trilink's writer.
QString makeGeoPackage(const QTemporaryDir &dir,
                       const QStringList &srs = {QStringLiteral("-a_srs"), QStringLiteral("EPSG:4326")})
{
    const QString out = dir.filePath(QStringLiteral("points.gpkg"));
    const auto ok = runTool(QStringLiteral("ogr2ogr"),
                            QStringList{QStringLiteral("-f"), QStringLiteral("GPKG"), out, kCsv, QStringLiteral("-oo"),
                                        QStringLiteral("X_POSSIBLE_NAMES=lon"), QStringLiteral("-oo"),
                                        QStringLiteral("Y_POSSIBLE_NAMES=lat"), QStringLiteral("-oo"),
                                        QStringLiteral("AUTODETECT_TYPE=YES"), QStringLiteral("-nln"),
                                        QStringLiteral("points")} +
                                srs);
    return ok ? out : QString();
}

constexpr PartnerMask kUsaKor = partnerBit(Partner::USA) | partnerBit(Partner::KOR);
} // namespace

TEST(TrackIoOgr, ReadsAGeoPackageMadeByOgr2ogr)
{
    QTemporaryDir dir;
    const QString gpkg = makeGeoPackage(dir);
    ASSERT_FALSE(gpkg.isEmpty()) << "ogr2ogr (gdal-bin) is needed to build the fixture";
    const auto r = trackio::readGeoPackage(gpkg);
    ASSERT_TRUE(r.readable) << dump(r);
    ASSERT_EQ(r.tracks.size(), 2u) << dump(r);

    const auto &t = r.tracks[0]; // rows out of time order in the file: sorted
    EXPECT_EQ(t.id, QStringLiteral("HS15"));
    EXPECT_EQ(t.label, QStringLiteral("Hwasong-15"));
    ASSERT_EQ(t.points.size(), 3u);
    EXPECT_EQ(t.points[0].timeMsUtc, ms("2017-11-28T18:17:00Z"));
    EXPECT_DOUBLE_EQ(t.points[0].lon, 125.869);
    EXPECT_DOUBLE_EQ(t.points[0].lat, 39.282);
    EXPECT_EQ(t.points[1].timeMsUtc, ms("2017-11-28T18:19:30.250Z"));
    EXPECT_DOUBLE_EQ(t.points[1].altM, 152000.5); // 2D points: altitude from alt_m
    EXPECT_EQ(t.points[1].partners, kUsaKor);
    EXPECT_EQ(t.points[1].sensor, QStringLiteral("KOR Green Pine"));
    EXPECT_EQ(t.points[2].timeMsUtc, ms("2017-11-28T19:10:59.999Z"));
    EXPECT_EQ(t.points[2].partners, kUsaKor | partnerBit(Partner::JPN));

    EXPECT_EQ(r.tracks[1].id, QStringLiteral("HS12"));
    ASSERT_EQ(r.tracks[1].points.size(), 2u);
    EXPECT_DOUBLE_EQ(r.tracks[1].points[1].lon, 143.0);

    // Rows have no line: the problem names the feature id, at line 0.
    ASSERT_EQ(r.problems.size(), 2u) << dump(r);
    EXPECT_EQ(r.problems[0].line, 0);
    EXPECT_EQ(r.problems[0].message, QStringLiteral("layer \"points\" feature 5: no time; skipped"));
    EXPECT_EQ(r.problems[1].message, QStringLiteral("layer \"points\" feature 6: no geometry; skipped"));
    EXPECT_EQ(r.problems[1].text(), gpkg + QStringLiteral(": ") + r.problems[1].message);
}

TEST(TrackIoOgr, ProjectedLayersAreTransformedToLonLat)
{
    QTemporaryDir dir;
    const QString gpkg = makeGeoPackage(dir, {QStringLiteral("-s_srs"), QStringLiteral("EPSG:4326"),
                                                   QStringLiteral("-t_srs"), QStringLiteral("EPSG:3857")});
    ASSERT_FALSE(gpkg.isEmpty());
    const auto r = trackio::readGeoPackage(gpkg);
    ASSERT_EQ(r.tracks.size(), 2u) << dump(r);
    EXPECT_NEAR(r.tracks[0].points[0].lon, 125.869, 1e-7);
    EXPECT_NEAR(r.tracks[0].points[0].lat, 39.282, 1e-7);
}

TEST(TrackIoOgr, WriterRoundTripKeepsMillisecondsAltitudeAndAttribution)
{
    std::vector<RecordedTrack> in(2);
    in[0].id = QStringLiteral("HS15-20171128");
    in[0].label = QStringLiteral("Hwasong-15");
    in[0].points = {{ms("2017-11-28T18:17:00.001Z"), 125.869, 39.282, 0, 0, {}},
                    {ms("2017-11-28T18:19:30.250Z"), 126.3, 39.35, 152000.5, kUsaKor, QStringLiteral("KOR Green Pine")},
                    {ms("2017-11-28T19:10:59.999Z"), 134.4, 40.75, 4475000.25, partnerBit(Partner::JPN), {}}};
    in[1].id = QStringLiteral("before 1970");
    in[1].points = {{ms("1969-07-20T20:17:40.123Z"), 23.47, 0.67, -1.5, 0, {}}};

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tracks.gpkg"));
    QString error;
    ASSERT_TRUE(trackio::writeGeoPackage(path, in, &error)) << error.toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("tracks.gpkg")});

    // GDAL's own view of the file: the layer, PointZ, a real DateTime field with milliseconds.
    const auto info = runTool(QStringLiteral("ogrinfo"), {QStringLiteral("-al"), path});
    ASSERT_TRUE(info);
    EXPECT_TRUE(info->contains(QStringLiteral("Layer name: track_points")));
    EXPECT_TRUE(info->contains(QStringLiteral("Geometry: 3D Point")));
    EXPECT_TRUE(info->contains(QStringLiteral("time: DateTime")));
    EXPECT_TRUE(info->contains(QStringLiteral("2017/11/28 18:19:30.250+00")));
    EXPECT_TRUE(info->contains(QStringLiteral("ID[\"EPSG\",4326]")));

    const auto r = trackio::readGeoPackage(path);
    EXPECT_TRUE(r.problems.empty()) << dump(r);
    ASSERT_EQ(r.tracks.size(), in.size());
    for (size_t i = 0; i < in.size(); ++i) {
        EXPECT_EQ(r.tracks[i].id, in[i].id);
        EXPECT_EQ(r.tracks[i].label, in[i].label);
        ASSERT_EQ(r.tracks[i].points.size(), in[i].points.size());
        for (size_t k = 0; k < in[i].points.size(); ++k) {
            const auto &a = in[i].points[k];
            const auto &b = r.tracks[i].points[k];
            EXPECT_EQ(b.timeMsUtc, a.timeMsUtc) << isoUtcMs(b.timeMsUtc).toStdString();
            EXPECT_DOUBLE_EQ(b.lon, a.lon);
            EXPECT_DOUBLE_EQ(b.lat, a.lat);
            EXPECT_DOUBLE_EQ(b.altM, a.altM);
            EXPECT_EQ(b.partners, a.partners);
            EXPECT_EQ(b.sensor, a.sensor);
        }
    }
}

TEST(TrackIoOgr, WriterReplacesAnExistingFileWholeAndFailsWithoutLeavingDebris)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tracks.gpkg"));
    std::vector<RecordedTrack> two(2);
    two[0] = {QStringLiteral("a"), {}, {{1000, 1, 2, 3, 0, {}}}};
    two[1] = {QStringLiteral("b"), {}, {{2000, 4, 5, 6, 0, {}}}};
    QString error;
    ASSERT_TRUE(trackio::writeGeoPackage(path, two, &error)) << error.toStdString();
    const std::vector<RecordedTrack> one{{QStringLiteral("c"), {}, {{3000, 7, 8, 9, 0, {}}}}};
    ASSERT_TRUE(trackio::writeGeoPackage(path, one, &error)) << error.toStdString();
    const auto r = trackio::readGeoPackage(path);
    ASSERT_EQ(r.tracks.size(), 1u);
    EXPECT_EQ(r.tracks[0].id, QStringLiteral("c"));

    // The target is a directory: the rename fails, the directory stays, no temporary file is left.
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("taken.gpkg")));
    const QString taken = dir.filePath(QStringLiteral("taken.gpkg"));
    EXPECT_FALSE(trackio::writeGeoPackage(taken, one, &error));
    EXPECT_TRUE(error.startsWith(taken + QStringLiteral(": "))) << error.toStdString();
    EXPECT_TRUE(QFileInfo(taken).isDir());
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              (QStringList{QStringLiteral("taken.gpkg"), QStringLiteral("tracks.gpkg")}));

    EXPECT_FALSE(trackio::writeGeoPackage(dir.filePath(QStringLiteral("no/such/dir/x.gpkg")), one, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no/such/dir/x.gpkg: "))) << error.toStdString();
}

TEST(TrackIoOgr, FilesWithoutTimesOrNotVectorAreNotReadable)
{
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.gpkg"));
    {
        QFile f(junk);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x07'));
    }
    const auto r = trackio::readGeoPackage(junk);
    EXPECT_FALSE(r.readable);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_TRUE(r.problems[0].message.startsWith(QStringLiteral("not a GeoPackage file"))) << dump(r);

    // A point layer without any time field: GDAL opens it, but it holds no tracks.
    const QString places = dir.filePath(QStringLiteral("places.gpkg"));
    ASSERT_TRUE(runTool(QStringLiteral("ogr2ogr"),
                        {QStringLiteral("-f"), QStringLiteral("GPKG"), places, kCsv, QStringLiteral("-oo"),
                         QStringLiteral("X_POSSIBLE_NAMES=lon"), QStringLiteral("-oo"), QStringLiteral("Y_POSSIBLE_NAMES=lat"),
                         QStringLiteral("-select"), QStringLiteral("track_id"), QStringLiteral("-nln"), QStringLiteral("places")}));
    const auto p = trackio::readGeoPackage(places);
    EXPECT_FALSE(p.readable);
    ASSERT_EQ(p.problems.size(), 1u) << dump(p);
    EXPECT_TRUE(p.problems[0].message.contains(QStringLiteral("layer \"places\" has no time field"))) << dump(p);
}

// GDAL for untrusted files (maps/GdalSetup.h): the two drivers Trilink reads with and nothing else, and a later
// GDALAllRegister() by anyone in the process does not bring the others back.
TEST(TrackIoOgr, GdalKeepsOnlyTheDriversTrilinkReads)
{
    QStringList drivers = gdalDrivers();
    drivers.sort();
    EXPECT_EQ(drivers, (QStringList{QStringLiteral("FlatGeobuf"), QStringLiteral("GPKG")}));
    GDALAllRegister();
    drivers = gdalDrivers();
    drivers.sort();
    EXPECT_EQ(drivers, (QStringList{QStringLiteral("FlatGeobuf"), QStringLiteral("GPKG")}));
    for (const char *name : {"VRT", "OGR_VRT", "GPSBabel", "SQLite", "WFS", "OAPIF", "CSV", "GML", "HTTP"})
        EXPECT_EQ(GDALGetDriverByName(name), nullptr) << name;
    EXPECT_STREQ(CPLGetConfigOption("GDAL_PAM_ENABLED", ""), "NO");
    EXPECT_STREQ(CPLGetConfigOption("SPATIALITE_LOAD", ""), "NO");
}

// A GDAL VRT renamed .gpkg would read another file and pass its rows off as this file's: it is refused by its
// first bytes, before GDAL parses it, and nothing of the other file comes back.
TEST(TrackIoOgr, VrtRenamedGpkgIsRefusedAndReadsNothingElse)
{
    QTemporaryDir dir;
    {
        QFile canary(dir.filePath(QStringLiteral("canary.csv")));
        ASSERT_TRUE(canary.open(QIODevice::WriteOnly));
        canary.write("track_id,time,lon,lat\nSECRET-CANARY,2017-11-28T18:17:00Z,125.8,39.2\n");
    }
    const QString vrt = dir.filePath(QStringLiteral("track.gpkg"));
    {
        QFile f(vrt);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("<OGRVRTDataSource><OGRVRTLayer name=\"t\"><SrcDataSource relativeToVRT=\"1\">canary.csv</SrcDataSource>"
                "<GeometryType>wkbPoint</GeometryType><GeometryField encoding=\"PointFromColumns\" x=\"lon\" y=\"lat\"/>"
                "</OGRVRTLayer></OGRVRTDataSource>\n");
    }
    const auto r = readTrackFile(vrt);
    EXPECT_FALSE(r.readable);
    EXPECT_TRUE(r.tracks.empty());
    ASSERT_EQ(r.problems.size(), 1u) << dump(r);
    EXPECT_EQ(r.problems[0].message, QStringLiteral("not a GeoPackage file: its first bytes are not a GeoPackage file's "
                                                    "(it is XML text, perhaps a GDAL VRT)"));
    // The reader itself, past the extension check, has only the GeoPackage driver to open it with.
    const auto direct = trackio::readGeoPackage(vrt);
    EXPECT_FALSE(direct.readable);
    EXPECT_TRUE(direct.tracks.empty());
}

// A real GeoPackage whose layers are a view over SpatiaLite's VirtualText (reads any text file) and a virtual
// table: neither is read, and the tables beside them still are. SpatiaLite is not even loaded
// (SPATIALITE_LOAD=NO), so the virtual table's module would not exist either.
TEST(TrackIoOgr, ViewsAndVirtualTablesInAGeoPackageAreNotRead)
{
    QTemporaryDir dir;
    {
        QFile canary(dir.filePath(QStringLiteral("canary.csv")));
        ASSERT_TRUE(canary.open(QIODevice::WriteOnly));
        canary.write("track_id,time,lon,lat\nSECRET-CANARY,2017-11-28T18:17:00Z,125.8,39.2\n");
    }
    const QString gpkg = makeGeoPackage(dir);
    ASSERT_FALSE(gpkg.isEmpty());
    const QString canary = dir.filePath(QStringLiteral("canary.csv"));
    const QString sql = QStringLiteral(
        "PRAGMA writable_schema=ON;"
        "INSERT INTO sqlite_master VALUES('table','stolen','stolen',0,"
        "'CREATE VIRTUAL TABLE stolen USING VirtualText(''%1'', ''UTF-8'', 1, POINT, DOUBLEQUOTE, '','')');"
        "PRAGMA writable_schema=OFF;"
        "CREATE VIEW tracks_view AS SELECT ROWID AS fid, geom, track_id, time FROM points;"
        "INSERT INTO gpkg_contents(table_name, data_type, identifier, srs_id) VALUES('tracks_view', 'features', "
        "'tracks_view', 4326);"
        "INSERT INTO gpkg_geometry_columns VALUES('tracks_view', 'geom', 'POINT', 4326, 0, 0);"
        "INSERT INTO gpkg_contents(table_name, data_type, identifier) VALUES('stolen', 'attributes', 'stolen');")
                            .arg(canary);
    ASSERT_TRUE(runTool(QStringLiteral("sqlite3"), {gpkg, sql})) << "sqlite3 (scripts/deps.sh) is needed";
    const auto r = trackio::readGeoPackage(gpkg);
    EXPECT_EQ(r.tracks.size(), 2u) << dump(r); // the table "points" as before
    for (const auto &t : r.tracks)
        EXPECT_NE(t.id, QStringLiteral("SECRET-CANARY"));
    EXPECT_NE(dump(r).find("layer \"tracks_view\" is an SQL view (it computes rows on open instead of storing them); "
                           "not read"),
              std::string::npos)
        << dump(r);
    EXPECT_NE(dump(r).find("layer \"stolen\" is an SQLite virtual table (its rows come from outside the file); not read"),
              std::string::npos)
        << dump(r);
}

TEST(TrackIoOgr, ReadsFlatGeobufMadeByOgr2ogr)
{
    QTemporaryDir dir;
    const QString fgb = dir.filePath(QStringLiteral("points.fgb"));
    ASSERT_TRUE(runTool(QStringLiteral("ogr2ogr"),
                        {QStringLiteral("-f"), QStringLiteral("FlatGeobuf"), fgb, kCsv, QStringLiteral("-oo"),
                         QStringLiteral("X_POSSIBLE_NAMES=lon"), QStringLiteral("-oo"), QStringLiteral("Y_POSSIBLE_NAMES=lat"),
                         QStringLiteral("-oo"), QStringLiteral("AUTODETECT_TYPE=YES"), QStringLiteral("-a_srs"),
                         QStringLiteral("EPSG:4326"), QStringLiteral("-nln"), QStringLiteral("points")}));
    const auto r = readTrackFile(fgb);
    ASSERT_TRUE(r.readable) << dump(r);
    ASSERT_EQ(r.tracks.size(), 2u) << dump(r);
    // FlatGeobuf stores features in its spatial index's order: tracks are found by id, points sorted by time.
    const auto hs15 = std::find_if(r.tracks.begin(), r.tracks.end(), [](const auto &t) { return t.id == u"HS15"; });
    ASSERT_NE(hs15, r.tracks.end());
    ASSERT_EQ(hs15->points.size(), 3u);
    EXPECT_EQ(hs15->points[1].timeMsUtc, ms("2017-11-28T18:19:30.250Z"));
    EXPECT_DOUBLE_EQ(hs15->points[1].altM, 152000.5);
    EXPECT_EQ(formatForPath(fgb), TrackFormat::FlatGeobuf);
}
