// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/trackio/TrackFormats.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

using namespace trilink;
using namespace trilink::maps;

namespace {
const QString kCsv = QStringLiteral(TRILINK_TEST_DATA_DIR "/trackio/ogr_points.csv");

std::string dump(const TrackFileResult &r)
{
    std::string s;
    for (const auto &p : r.problems)
        s += p.text().toStdString() + "\n";
    return s;
}

std::int64_t ms(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// Runs a GDAL command-line tool; its output, or nullopt when it failed.
std::optional<QString> runTool(const QString &tool, const QStringList &args)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty())
        return std::nullopt;
    QProcess p;
    p.start(exe, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(p.readAllStandardOutput());
}

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
    const auto r = trackio::readOgr(gpkg);
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
    const auto r = trackio::readOgr(gpkg);
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

    const auto r = trackio::readOgr(path);
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
    const auto r = trackio::readOgr(path);
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
    const auto r = trackio::readOgr(junk);
    EXPECT_FALSE(r.readable);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_TRUE(r.problems[0].message.startsWith(QStringLiteral("not a vector file GDAL can open"))) << dump(r);

    // A point layer without any time field: GDAL opens it, but it holds no tracks.
    const QString places = dir.filePath(QStringLiteral("places.gpkg"));
    ASSERT_TRUE(runTool(QStringLiteral("ogr2ogr"),
                        {QStringLiteral("-f"), QStringLiteral("GPKG"), places, kCsv, QStringLiteral("-oo"),
                         QStringLiteral("X_POSSIBLE_NAMES=lon"), QStringLiteral("-oo"), QStringLiteral("Y_POSSIBLE_NAMES=lat"),
                         QStringLiteral("-select"), QStringLiteral("track_id"), QStringLiteral("-nln"), QStringLiteral("places")}));
    const auto p = trackio::readOgr(places);
    EXPECT_FALSE(p.readable);
    ASSERT_EQ(p.problems.size(), 1u) << dump(p);
    EXPECT_TRUE(p.problems[0].message.contains(QStringLiteral("layer \"places\" has no time field"))) << dump(p);
}
