// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "TrackIoFixture.h"
#include "maps/trackio/TrackFile.h"
#include "maps/trackio/TrackBuilder.h"
#include "maps/trackio/TrackParsing.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace trilink;
using namespace trilink::maps;
using trackio::parseIsoTimeMsUtc;

namespace {

const QString kData = QStringLiteral(TRILINK_TEST_DATA_DIR "/trackio/");

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

std::optional<std::int64_t> iso(const char *s) { return parseIsoTimeMsUtc(std::string_view(s)); }

} // namespace

TEST(TrackIoParsing, IsoTimes)
{
    // 2017-11-28T18:17:00Z = 1511893020 s (date -u -d 2017-11-28T18:17:00Z +%s).
    EXPECT_EQ(iso("2017-11-28T18:17:00Z"), 1'511'893'020'000);
    EXPECT_EQ(iso("2017-11-28T18:17:00.5Z"), 1'511'893'020'500);
    EXPECT_EQ(iso("2017-11-28T18:17:00.123456Z"), 1'511'893'020'123);
    EXPECT_EQ(iso("2017-11-28T18:17:00.9996Z"), 1'511'893'021'000); // rounded to the nearest ms
    EXPECT_EQ(iso("2017-11-28 18:17:00,25"), 1'511'893'020'250);    // space, comma, no zone = UTC
    EXPECT_EQ(iso("2017-11-29T03:17:00+09:00"), 1'511'893'020'000);
    EXPECT_EQ(iso("2017-11-28T13:17:00-0500"), 1'511'893'020'000);
    EXPECT_EQ(iso("2017-11-29T03:17+09"), 1'511'893'020'000);
    EXPECT_EQ(iso(" 1969-12-31T23:59:59.999Z "), -1);
    EXPECT_EQ(iso("2000-02-29T00:00:00Z"), 951'782'400'000);
    // OGR's DateTime text, as QGIS's and ogr2ogr's CSV export writes it (ogrinfo prints the same).
    EXPECT_EQ(iso("2017/11/28 18:17:00+00"), 1'511'893'020'000);
    EXPECT_EQ(iso("2017/11/29 03:17:00.250+09"), 1'511'893'020'250);
    EXPECT_FALSE(iso("2017/11-28 18:17:00+00"));
    EXPECT_FALSE(iso("2017-11/28 18:17:00+00"));
    EXPECT_EQ(trackio::parseIsoTimeMsUtc(QStringView(u"2017-11-28T18:17:00Z")), 1'511'893'020'000);
    for (const char *bad : {"", "2017-11-28", "2017-11-28T", "2017-11-28T18", "2017-13-01T00:00:00Z",
                            "2017-02-29T00:00:00Z", "2017-11-28T24:00:00Z", "2017-11-28T18:17:60Z",
                            "2017-11-28T18:17:00.Z", "2017-11-28T18:17:00Zjunk", "2017-11-28T18:17:00+25:00",
                            "28/11/2017 18:17", "1511893020", "２０１７-11-28T18:17:00Z"})
        EXPECT_FALSE(iso(bad)) << bad;

    // Fractions of any length: the first three digits, rounded by the fourth, the rest only checked to be
    // digits (18 or more digits overflowed int64 once: tests/app/data/malformed/long_fraction_time.*).
    EXPECT_EQ(iso("2017-11-28T18:17:00.123456789012345678901234567890Z"), 1'511'893'020'123);
    EXPECT_EQ(iso("2017-11-28T18:17:00.99949999999999999999999999Z"), 1'511'893'020'999);
    EXPECT_EQ(iso("2017-11-28T23:59:59.99999999999999999999999999Z"), 1'511'913'600'000); // carried to midnight
    EXPECT_EQ(iso("2017-11-28T18:17:00.0005Z"), 1'511'893'020'001);
    EXPECT_EQ(iso("2017-11-28T18:17:00.12"), 1'511'893'020'120);
    EXPECT_FALSE(iso("2017-11-28T18:17:00.1234567890123456789x1Z"));
    EXPECT_EQ(trackio::parseIsoTimeMsUtc(QStringView(u"2017-11-28T18:17:00.0000000000000000000000001Z")),
              1'511'893'020'000);

    EXPECT_EQ(trackio::isoUtcMsText(1'511'893'020'001), u"2017-11-28T18:17:00.001Z");
    EXPECT_EQ(trackio::isoUtcMsText(-1), u"1969-12-31T23:59:59.999Z");
}

TEST(TrackIoParsing, PositionsAndPartners)
{
    TrackPoint p{0, 200.0, 10.0, 100.0, 0, {}};
    EXPECT_EQ(trackio::checkPosition(p), QString());
    EXPECT_DOUBLE_EQ(p.lon, -160.0);
    p = {0, 180.0, 90.0, -1000.0, 0, {}};
    EXPECT_EQ(trackio::checkPosition(p), QString());
    EXPECT_DOUBLE_EQ(p.lon, 180.0);
    for (TrackPoint bad : {TrackPoint{0, 0, 90.001, 0, 0, {}}, TrackPoint{0, -180.5, 0, 0, 0, {}},
                           TrackPoint{0, 361, 0, 0, 0, {}}, TrackPoint{0, 0, 0, -1001, 0, {}},
                           TrackPoint{0, 0, 0, 1.0e7 + 1, 0, {}}, TrackPoint{0, std::nan(""), 0, 0, 0, {}},
                           TrackPoint{0, 0, 0, INFINITY, 0, {}}})
        EXPECT_NE(trackio::checkPosition(bad), QString());

    QStringList unknown;
    const PartnerMask usKor = partnerBit(Partner::USA) | partnerBit(Partner::KOR);
    for (const char16_t *text : {u"USA;KOR", u"USA+KOR", u"USA|KOR", u"usa kor", u" KOR , usa ", u"KOR;;USA"})
        EXPECT_EQ(trackio::parsePartnerList(QStringView(text), &unknown), usKor);
    EXPECT_TRUE(unknown.isEmpty());
    EXPECT_EQ(trackio::parsePartnerList(u"none", &unknown), 0);
    EXPECT_EQ(trackio::parsePartnerList(u"USA;ROK;Japan", &unknown), partnerBit(Partner::USA));
    EXPECT_EQ(unknown, (QStringList{QStringLiteral("ROK"), QStringLiteral("Japan")}));
    EXPECT_EQ(trackio::partnerListText(7), u"USA;KOR;JPN");
    EXPECT_EQ(trackio::partnerListText(0), u"");
}

TEST(TrackIoParsing, BuilderDropsBadAndOutOfOrderPointsKeepsTheTrack)
{
    std::vector<TrackProblem> problems;
    trackio::TrackBuilder b(QStringLiteral("f.txt"), problems);
    EXPECT_TRUE(b.add(QStringLiteral("a"), {1000, 1, 1, 0, 0, {}}, 2));
    EXPECT_TRUE(b.add(QStringLiteral("b"), {500, 1, 1, 0, 0, {}}, 3)); // other track: its own order
    EXPECT_FALSE(b.add(QStringLiteral("a"), {1000, 1, 1, 0, 0, {}}, 4));
    EXPECT_FALSE(b.add(QStringLiteral("a"), {999, 1, 1, 0, 0, {}}, 5));
    EXPECT_FALSE(b.add(QStringLiteral("a"), {2000, 1, 95, 0, 0, {}}, 6));
    EXPECT_TRUE(b.add(QStringLiteral("a"), {2000, 1, 1, 0, 0, {}}, 7));
    b.declare(QStringLiteral("empty"));
    const auto tracks = b.takeTracks();
    ASSERT_EQ(tracks.size(), 2u);
    EXPECT_EQ(tracks[0].points.size(), 2u);
    ASSERT_EQ(problems.size(), 4u);
    EXPECT_EQ(problems[0].text(), u"f.txt:4: time 1970-01-01T00:00:01.000Z repeats the previous point's; point skipped");
    EXPECT_EQ(problems[1].text(),
              u"f.txt:5: time 1970-01-01T00:00:00.999Z goes back before 1970-01-01T00:00:01.000Z; point skipped");
    EXPECT_EQ(problems[2].line, 6);
    EXPECT_EQ(problems[3].text(), u"f.txt: track \"empty\" has no valid points; left out");
}

TEST(TrackIoFile, FormatByExtensionAndContent)
{
    QTemporaryDir dir;
    EXPECT_EQ(formatForPath(QStringLiteral("x.CSV")), TrackFormat::Csv);
    EXPECT_EQ(formatForPath(QStringLiteral("x.geojson")), TrackFormat::GeoJson);
    EXPECT_EQ(formatForPath(QStringLiteral("x.czml")), TrackFormat::Czml);
    EXPECT_EQ(formatForPath(QStringLiteral("x.gpx")), TrackFormat::Gpx);
    EXPECT_EQ(formatForPath(QStringLiteral("x.kml")), TrackFormat::Kml);
    EXPECT_EQ(formatForPath(QStringLiteral("x.cot")), TrackFormat::Cot);
    EXPECT_EQ(formatForPath(QStringLiteral("x.gpkg")), TrackFormat::GeoPackage);
    EXPECT_EQ(formatForPath(QStringLiteral("x.docx")), TrackFormat::Unknown);
    const QString czml = writeFile(dir, QStringLiteral("a.json"), "\xEF\xBB\xBF [ {\"version\": \"1.0\", \"id\" : \"document\"}]");
    EXPECT_EQ(formatForPath(czml), TrackFormat::Czml);
    EXPECT_EQ(formatForPath(writeFile(dir, QStringLiteral("b.json"), "{\"type\": \"FeatureCollection\"}")),
              TrackFormat::GeoJson);
    EXPECT_EQ(formatForPath(writeFile(dir, QStringLiteral("c.xml"), "<?xml version=\"1.0\"?>\n<!-- x -->\n<event uid=\"1\"/>")),
              TrackFormat::Cot);
    EXPECT_EQ(formatForPath(writeFile(dir, QStringLiteral("d.xml"), "<gpx xmlns=\"http://www.topografix.com/GPX/1/1\"/>")),
              TrackFormat::Gpx);
    EXPECT_EQ(formatForPath(writeFile(dir, QStringLiteral("e.xml"), "<kml:kml xmlns:kml=\"http://www.opengis.net/kml/2.2\"/>")),
              TrackFormat::Kml);
    EXPECT_EQ(formatForPath(writeFile(dir, QStringLiteral("f.xml"), "<html/>")), TrackFormat::Unknown);
    EXPECT_EQ(formatName(TrackFormat::Czml), u"CZML");
    EXPECT_TRUE(readableExtensions().contains(u"*.czml"));
    EXPECT_TRUE(writableExtensions().contains(u"gpkg"));
}

TEST(TrackIoFile, UnreadableFilesSayWhy)
{
    QTemporaryDir dir;
    auto only = [](const TrackFileResult &r) {
        EXPECT_FALSE(r.readable);
        EXPECT_TRUE(r.tracks.empty());
        EXPECT_EQ(r.problems.size(), 1u);
        return r.problems.empty() ? std::string() : r.problems[0].text().toStdString();
    };
    const QString missing = dir.filePath(QStringLiteral("missing.csv"));
    EXPECT_EQ(only(readTrackFile(missing)), (missing + QStringLiteral(": no such file")).toStdString());
    const QString empty = writeFile(dir, QStringLiteral("empty.geojson"), {});
    EXPECT_EQ(only(readTrackFile(empty)), (empty + QStringLiteral(": file is empty")).toStdString());
    EXPECT_NE(only(readTrackFile(dir.path())).find("is a directory"), std::string::npos);

    // A PNG renamed .csv, and Latin-1 bytes that are not UTF-8.
    const QString png = writeFile(dir, QStringLiteral("picture.csv"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    EXPECT_NE(only(readTrackFile(png)).find("not a text file"), std::string::npos);
    // Text in another encoding is named as such, not called binary.
    const QString latin1 = writeFile(dir, QStringLiteral("latin1.json"), "{\"name\": \"K\xf6ln\"}");
    EXPECT_NE(only(readTrackFile(latin1)).find("not UTF-8 text (Latin-1?)"), std::string::npos);
    const QString latin1Csv = writeFile(dir, QStringLiteral("latin1.csv"), "time,lon,lat,label\n2020-01-01T00:00:00Z,1,2,K\xf6ln\n");
    EXPECT_NE(only(readTrackFile(latin1Csv)).find("not UTF-8 text (Latin-1?); CSV files must be UTF-8"),
              std::string::npos);
    // XML is the exception: binary is refused, but not an XML file in an encoding it declares.
    const QString zip = writeFile(dir, QStringLiteral("zipped.kml"), QByteArray("PK\x03\x04\x14\0\0\0", 8));
    EXPECT_NE(only(readTrackFile(zip)).find("not a text file"), std::string::npos);
    const QString utf16 = writeFile(dir, QStringLiteral("utf16.csv"), QByteArray("\xFF\xFEt\0i\0m\0e\0", 10));
    EXPECT_NE(only(readTrackFile(utf16)).find("UTF-16"), std::string::npos);
    EXPECT_NE(only(readTrackFile(writeFile(dir, QStringLiteral("x.docx"), "hello"))).find("not a track file"),
              std::string::npos);
    EXPECT_NE(only(readTrackFile(writeFile(dir, QStringLiteral("x.xml"), "<html/>"))).find("XML root"),
              std::string::npos);
}

// Only regular files are read. A FIFO would block open() until a writer came and a device never ends: both
// are refused before they are opened for reading, and so are sockets and directories; a symbolic link is
// followed to a regular file only. formatForPath() never opens them either (it sniffs .json and .xml).
TEST(TrackIoFile, SpecialFilesAreRefusedBeforeTheyAreRead)
{
    QTemporaryDir dir;
    auto why = [](const QString &path) {
        const auto r = readTrackFile(path);
        EXPECT_FALSE(r.readable) << path.toStdString();
        EXPECT_TRUE(r.tracks.empty());
        return r.problems.size() == 1 ? r.problems[0].message : QStringLiteral("(%1 problems)").arg(r.problems.size());
    };
    const QString fifo = dir.filePath(QStringLiteral("track.csv"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    EXPECT_EQ(why(fifo), u"is a named pipe (FIFO), not a regular file; not read");
    const QString fifoJson = dir.filePath(QStringLiteral("track.json"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifoJson).constData(), 0600), 0);
    EXPECT_EQ(formatForPath(fifoJson), TrackFormat::GeoJson); // by extension alone: the pipe is not sniffed
    const QString toFifo = dir.filePath(QStringLiteral("link.gpx"));
    ASSERT_TRUE(QFile::link(fifo, toFifo));
    EXPECT_EQ(why(toFifo), u"is a named pipe (FIFO), not a regular file; not read");
    const QString zero = dir.filePath(QStringLiteral("zero.geojson"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"), zero));
    EXPECT_EQ(why(zero), u"is a device, not a regular file; not read");
    const QString dangling = dir.filePath(QStringLiteral("dangling.kml"));
    ASSERT_TRUE(QFile::link(dir.filePath(QStringLiteral("nowhere.kml")), dangling));
    EXPECT_EQ(why(dangling), u"is a symbolic link to nothing (no such file)");
    const QString folder = dir.filePath(QStringLiteral("folder.cot"));
    ASSERT_TRUE(QDir().mkdir(folder));
    EXPECT_EQ(why(folder), u"is a directory, not a track file");

    // A link to a regular file is read as that file, named as the user named it.
    const QString real = writeFile(dir, QStringLiteral("real.csv"), "time,lon,lat\n2020-01-01T00:00:00Z,1,2\n");
    const QString toReal = dir.filePath(QStringLiteral("alias.csv"));
    ASSERT_TRUE(QFile::link(real, toReal));
    const auto r = readTrackFile(toReal);
    ASSERT_EQ(r.tracks.size(), 1u);
    EXPECT_EQ(r.format, TrackFormat::Csv);
    EXPECT_TRUE(r.problems.front().file == toReal) << r.problems.front().text().toStdString();
}

// Every format has a size cap (2 GiB for text, 4 GiB for GDAL formats); a sparse file past it costs nothing.
TEST(TrackIoFile, FilesOverTheSizeCapAreRefusedUnread)
{
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile f(big);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("time,lon,lat\n");
        ASSERT_TRUE(f.resize((qint64(2) << 30) + 1));
    }
    const auto r = readTrackFile(big);
    EXPECT_FALSE(r.readable);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].message, u"file of 2048 MiB is larger than the 2048 MiB Trilink reads as CSV; not read");
}

// A sparse file whose first kilobytes are a good CSV and whose rest is a hole of zeros: reading stops at the
// first NUL with one problem, keeping the rows before it, without reading the gigabyte.
TEST(TrackIoFile, CsvReadingStopsAtTheFirstNulByte)
{
    QTemporaryDir dir;
    const QString sparse = dir.filePath(QStringLiteral("sparse.csv"));
    {
        QFile f(sparse);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        QByteArray text("time,lon,lat\n");
        for (int i = 0; i < 300; ++i)
            text += QStringLiteral("2020-01-01T00:%1:%2Z,1,2\n").arg(i / 60, 2, 10, QLatin1Char('0')).arg(i % 60, 2, 10, QLatin1Char('0')).toLatin1();
        f.write(text);
        ASSERT_TRUE(f.resize(qint64(1) << 30));
    }
    const auto r = readTrackFile(sparse);
    ASSERT_EQ(r.tracks.size(), 1u);
    EXPECT_EQ(r.tracks[0].points.size(), 300u);
    ASSERT_EQ(r.problems.size(), 2u) << r.problems.front().text().toStdString(); // and "no altitude column"
    EXPECT_EQ(r.problems[1].text(), sparse + QStringLiteral(":302: NUL byte: binary data, not CSV text, from here on; reading stopped"));
}

// XML names its encoding; QXmlStreamReader decodes it, so such files must reach it (they were refused as
// "not UTF-8" once: tests/app/data/malformed/latin1_declared.kml).
TEST(TrackIoFile, XmlInTheEncodingItDeclaresIsRead)
{
    QTemporaryDir dir;
    const QByteArray kml("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                         "<kml xmlns=\"http://www.opengis.net/kml/2.2\" xmlns:gx=\"http://www.google.com/kml/ext/2.2\">\n"
                         "<Placemark><name>K\xf6ln</name><gx:Track>\n"
                         "<when>2020-01-01T00:00:00Z</when><when>2020-01-01T00:00:01Z</when>\n"
                         "<gx:coord>6.96 50.94 0</gx:coord><gx:coord>6.97 50.95 10</gx:coord>\n"
                         "</gx:Track></Placemark></kml>\n");
    const auto r = readTrackFile(writeFile(dir, QStringLiteral("latin1.kml"), kml));
    EXPECT_TRUE(r.readable);
    EXPECT_TRUE(r.problems.empty()) << r.problems.front().text().toStdString();
    ASSERT_EQ(r.tracks.size(), 1u);
    EXPECT_EQ(r.tracks[0].id, QString::fromUtf8("K\xc3\xb6ln"));
    EXPECT_EQ(r.tracks[0].points.size(), 2u);

    // The same bytes claiming UTF-8 are an XML error at their line, not a crash or silent garbage.
    QByteArray lying = kml;
    lying.replace("ISO-8859-1", "UTF-8");
    const auto l = readTrackFile(writeFile(dir, QStringLiteral("lying.kml"), lying));
    ASSERT_FALSE(l.problems.empty());
    EXPECT_NE(l.problems[0].message.indexOf(u"XML error"), -1) << l.problems[0].text().toStdString();
}

TEST(TrackIoFile, UtfEightCutAtTheSampleEdgeIsStillText)
{
    QTemporaryDir dir;
    QByteArray text("time,lon,lat,alt,sensor\n");
    while (text.size() < 4095)
        text += "2020-01-01T00:00:00Z,1,2,3,x\n";
    text.truncate(4095);
    text += "\xC3\xA9\n"; // é split across the 4 KiB boundary
    const auto r = readTrackFile(writeFile(dir, QStringLiteral("edge.csv"), text));
    EXPECT_TRUE(r.readable);
    EXPECT_FALSE(r.tracks.empty());
}

TEST(TrackIoFile, DispatchesFixturesAndWritesAtomicallyByExtension)
{
    const auto csv = readTrackFile(kData + QStringLiteral("csv_basic.csv"));
    ASSERT_TRUE(csv.readable);
    ASSERT_EQ(csv.tracks.size(), 2u);
    EXPECT_EQ(csv.tracks[0].points.size(), 4u);
    EXPECT_EQ(readTrackFile(kData + QStringLiteral("czml_degrees.czml")).tracks.size(), 2u);
    EXPECT_EQ(readTrackFile(kData + QStringLiteral("geojson_points.geojson")).tracks.size(), 2u);
    const auto bad = readTrackFile(kData + QStringLiteral("csv_malformed.csv"));
    ASSERT_FALSE(bad.problems.empty());
    EXPECT_TRUE(bad.problems[0].text().endsWith(u"csv_malformed.csv:3: altitude \"NaN\" is not a number; row skipped"));

    QTemporaryDir dir;
    QString error;
    for (const char *ext : {"csv", "geojson", "json", "czml", "gpx", "kml", "cot", "gpkg"}) {
        const QString path = dir.filePath(QStringLiteral("out.") + QString::fromLatin1(ext));
        ASSERT_TRUE(writeTrackFile(path, csv.tracks, &error)) << error.toStdString();
        const auto back = readTrackFile(path);
        EXPECT_TRUE(back.problems.empty()) << ext;
        ASSERT_EQ(back.tracks.size(), 2u) << ext;
        EXPECT_EQ(back.tracks[0].points[3].timeMsUtc, csv.tracks[0].points[3].timeMsUtc) << ext;
        EXPECT_EQ(back.tracks[0].points[3].sensor, csv.tracks[0].points[3].sensor) << ext;
        // HS17-2022 crosses the antimeridian (125.6 to 240.5, that is -119.5): GeoJSON adds the point where it does.
        EXPECT_EQ(back.tracks[1].points.back().partners, csv.tracks[1].points.back().partners) << ext;
    }
    EXPECT_FALSE(writeTrackFile(dir.filePath(QStringLiteral("out.shp")), csv.tracks, &error));
    EXPECT_TRUE(error.contains(u"cannot write \"shp\" files")) << error.toStdString();

    // A target that cannot be written names itself in the error.
    const QString blocked = dir.filePath(QStringLiteral("dir.csv"));
    ASSERT_TRUE(QDir().mkdir(blocked));
    EXPECT_FALSE(writeTrackFile(blocked, csv.tracks, &error));
    EXPECT_TRUE(error.startsWith(blocked + u':')) << error.toStdString();
}

// A write that fails leaves the existing file as it was, byte for byte, and nothing beside it, in every format.
// The write is made to fail as on a full disk, which root cannot bypass (a read-only folder it can): in a
// forked child with RLIMIT_FSIZE of 4 KiB and SIGXFSZ ignored, every write past 4 KiB fails with EFBIG. The
// child reports whether writeTrackFile said so. (tests/app/WriteFailureTest.cpp does the same for every writer
// of the real program.)
TEST(TrackIoFile, FailedWriteLeavesTheExistingFileUntouched)
{
    std::vector<RecordedTrack> tracks{{QStringLiteral("a"), QStringLiteral("long enough to pass the limit"), {}}};
    for (int i = 0; i < 2000; ++i)
        tracks[0].points.push_back({1'511'893'020'000 + i * 1000, 125.0 + i * 1e-3, 39.0 + i * 1e-4, i * 100.0, 3,
                                    QStringLiteral("TPY-2")});
    for (const char *ext : {"csv", "geojson", "czml", "kml", "cot", "gpkg"}) {
        QTemporaryDir dir;
        const QString existing = writeFile(dir, QStringLiteral("keep.") + QLatin1StringView(ext), "old");
        const pid_t pid = ::fork();
        if (pid == 0) {
            const rlimit limit{4096, 4096};
            ::setrlimit(RLIMIT_FSIZE, &limit);
            ::signal(SIGXFSZ, SIG_IGN);
            QString error;
            const bool ok = writeTrackFile(existing, tracks, &error);
            ::_exit(ok ? 10 : error.startsWith(existing + u':') ? 0 : 11);
        }
        ASSERT_GT(pid, 0);
        int status = 0;
        ASSERT_EQ(::waitpid(pid, &status, 0), pid);
        ASSERT_TRUE(WIFEXITED(status)) << ext << ": the child died";
        EXPECT_EQ(WEXITSTATUS(status), 0) << ext << (WEXITSTATUS(status) == 10 ? ": the write did not fail" : ": no error naming the file");
        QFile f(existing);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_EQ(f.readAll(), "old") << ext;
        EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QFileInfo(existing).fileName()})
            << ext << ": something was left beside it";
        // Without the limit the same write works.
        QString error;
        EXPECT_TRUE(writeTrackFile(existing, tracks, &error)) << error.toStdString();
        EXPECT_GT(QFileInfo(existing).size(), 4096) << ext;
    }
}
