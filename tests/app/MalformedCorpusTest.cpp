// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "TrackInfoJson.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>

// Every file of tests/app/data/malformed through `trilink info --json`, as a user would run it, against
// EXPECTED.tsv: the exit status, a problem the output must name (file:line: message), and the good tracks and
// points that must survive. A run that takes longer than kTimeoutMs is a hang. Files too big to commit (a
// 1 MiB line, a million rows) and a GeoPackage are made at test time.
namespace {
constexpr int kTimeoutMs = 60000;

const QString kCorpusDir = QStringLiteral(TRILINK_TEST_DATA_DIR "/malformed");

struct Expectation {
    QString file;
    int exitCode = 0;
    QString pattern; // "-": no problem at all
    int tracks = 0;
    qint64 points = 0;
    int manifestLine = 0;
};

// GoogleTest names a failing case by its file, not by a byte dump.
void PrintTo(const Expectation &e, std::ostream *os)
{
    *os << e.file.toStdString();
}

std::vector<Expectation> readManifest()
{
    std::vector<Expectation> rows;
    QFile f(kCorpusDir + QStringLiteral("/EXPECTED.tsv"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    int lineNumber = 0;
    while (!f.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cells = line.split(u'\t');
        Expectation e;
        e.manifestLine = lineNumber;
        if (cells.size() == 5) {
            e.file = cells[0];
            e.exitCode = cells[1].toInt();
            e.pattern = cells[2];
            e.tracks = cells[3].toInt();
            e.points = cells[4].toLongLong();
        }
        rows.push_back(e); // a malformed manifest row fails its test below (empty file name)
    }
    return rows;
}

std::string testName(const testing::TestParamInfo<Expectation> &info)
{
    QString n = info.param.file;
    n.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QStringLiteral("_"));
    return n.isEmpty() ? "manifest_line_" + std::to_string(info.param.manifestLine) : n.toStdString();
}

// The parts of a run that must hold for any input: it ended in time with 0 or 1 (never a crash, a sanitizer
// report or a usage error), and stdout is the JSON document even when the file could not be read.
void expectWellBehaved(const InfoResult &r, const QString &what)
{
    EXPECT_FALSE(r.run.timedOut) << what.toStdString() << ": hang";
    EXPECT_TRUE(r.run.code == 0 || r.run.code == 1) << what.toStdString() << ": exit " << r.run.code << "\n"
                                                    << r.run.errText().toStdString();
    EXPECT_TRUE(r.jsonOk) << what.toStdString() << ": stdout is not the JSON document:\n"
                          << r.run.outText().left(2000).toStdString();
}

QString problemsText(const InfoResult &r) { return r.problems.join(u'\n'); }
} // namespace

class MalformedCorpus : public testing::TestWithParam<Expectation> {};

TEST_P(MalformedCorpus, GivesTheExpectedStatusProblemAndGoodRows)
{
    const Expectation &e = GetParam();
    ASSERT_FALSE(e.file.isEmpty()) << "EXPECTED.tsv line " << e.manifestLine << " is not 5 tab-separated cells";
    const QString path = kCorpusDir + u'/' + e.file;
    ASSERT_TRUE(QFileInfo::exists(path)) << path.toStdString();

    const InfoResult r = trilinkInfoJson({path}, kTimeoutMs);
    expectWellBehaved(r, e.file);
    EXPECT_EQ(r.run.code, e.exitCode) << problemsText(r).toStdString();
    if (e.pattern == u'-') {
        EXPECT_TRUE(r.problems.isEmpty()) << problemsText(r).toStdString();
    } else {
        const QRegularExpression re(e.pattern);
        ASSERT_TRUE(re.isValid()) << "EXPECTED.tsv line " << e.manifestLine << ": " << re.errorString().toStdString();
        EXPECT_TRUE(re.match(problemsText(r)).hasMatch())
            << "no problem matches /" << e.pattern.toStdString() << "/ in:\n" << problemsText(r).toStdString();
    }
    EXPECT_EQ(static_cast<int>(r.tracks.size()), e.tracks) << problemsText(r).toStdString();
    EXPECT_EQ(r.pointCount(), e.points) << problemsText(r).toStdString();
    // Every problem names the file, so a user with many files knows which one is meant.
    for (const QString &p : r.problems)
        EXPECT_TRUE(p.startsWith(e.file + u':')) << p.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Files, MalformedCorpus, testing::ValuesIn(readManifest()), testName);

TEST(MalformedCorpusManifest, ListsEveryFileAndEnoughOfThem)
{
    QStringList listed;
    for (const auto &e : readManifest())
        listed << e.file;
    QStringList present = QDir(kCorpusDir).entryList(QDir::Files);
    present.removeAll(QStringLiteral("EXPECTED.tsv"));
    present.sort();
    listed.sort();
    EXPECT_EQ(listed, present);
    EXPECT_GE(present.size(), 30);
    QSet<QString> formats;
    for (const QString &f : present)
        formats.insert(QFileInfo(f).suffix());
    for (const char *ext : {"csv", "geojson", "czml", "gpx", "kml", "cot", "xml", "gpkg"})
        EXPECT_TRUE(formats.contains(QLatin1String(ext))) << "no ." << ext << " file in the corpus";
}

// A single line far over the CSV reader's 1 MiB line limit: that row is reported and skipped, the rows around
// it load, and memory stays bounded (the reader never holds more than its limit of one line).
TEST(MalformedGenerated, CsvLineLongerThanOneMebibyte)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long_line.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("time,lon,lat,alt_m,sensor\n2017-11-28T18:17:00Z,125.87,39.28,0,A\n");
    f.write("2017-11-28T18:17:10Z,125.97,39.33,5000," + QByteArray(3 << 20, 'x') + "\n");
    f.write("2017-11-28T18:17:20Z,126.07,39.38,10000,A\n");
    f.close();
    const InfoResult r = trilinkInfoJson({path}, kTimeoutMs);
    expectWellBehaved(r, path);
    EXPECT_EQ(r.run.code, 0);
    EXPECT_TRUE(problemsText(r).contains(QRegularExpression(QStringLiteral("long_line.csv:3: .*longer than 1 MiB"))))
        << problemsText(r).toStdString();
    EXPECT_EQ(r.pointCount(), 2);
}

// Minified JSON puts a whole file on one line: a 1 MiB+ line is normal there and must load, with problems
// still pointing at that line.
TEST(MalformedGenerated, GeoJsonOnOneLineOfMoreThanOneMebibyte)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("one_line.geojson"));
    QByteArray json = R"({"type":"FeatureCollection","features":[)";
    constexpr int kFeatures = 12000;
    for (int i = 0; i < kFeatures; ++i) {
        const double lat = i == 5000 ? 91.0 : 39.0 + i * 1e-4;
        json += QStringLiteral(R"(%1{"type":"Feature","properties":{"track_id":"T","time":"2017-11-28T18:%2:%3.%4Z"},)"
                               R"("geometry":{"type":"Point","coordinates":[125.5,%5,1000.0]}})")
                    .arg(i ? "," : "")
                    .arg(17 + i / 6000, 2, 10, QLatin1Char('0'))
                    .arg(i / 100 % 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 100 * 10, 3, 10, QLatin1Char('0'))
                    .arg(lat, 0, 'f', 4)
                    .toUtf8();
    }
    json += "]}";
    ASSERT_GT(json.size(), 1 << 20);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    const InfoResult r = trilinkInfoJson({path}, kTimeoutMs);
    expectWellBehaved(r, path);
    EXPECT_EQ(r.run.code, 0);
    EXPECT_EQ(r.pointCount(), kFeatures - 1);
    EXPECT_TRUE(problemsText(r).contains(QRegularExpression(QStringLiteral("one_line.geojson:1: .*latitude 91"))))
        << problemsText(r).toStdString();
}

// A GeoPackage whose point layer has no time field: like a CSV without a time column, it cannot be read as
// tracks at all (exit 1), and it says why.
TEST(MalformedGenerated, GeoPackageWithoutTimeField)
{
    const QString ogr2ogr = QStandardPaths::findExecutable(QStringLiteral("ogr2ogr"));
    ASSERT_FALSE(ogr2ogr.isEmpty()) << "ogr2ogr (gdal-bin, scripts/deps.sh) is needed";
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("places.csv"));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("name,lon,lat\nPyongyang,125.75,39.03\nSeoul,126.98,37.57\n");
    f.close();
    const QString gpkg = dir.filePath(QStringLiteral("no_time_field.gpkg"));
    QProcess p;
    p.start(ogr2ogr, {QStringLiteral("-f"), QStringLiteral("GPKG"), gpkg, csv, QStringLiteral("-oo"), QStringLiteral("X_POSSIBLE_NAMES=lon"),
                      QStringLiteral("-oo"), QStringLiteral("Y_POSSIBLE_NAMES=lat"), QStringLiteral("-a_srs"), QStringLiteral("EPSG:4326")});
    ASSERT_TRUE(p.waitForFinished(60000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const InfoResult r = trilinkInfoJson({gpkg}, kTimeoutMs);
    expectWellBehaved(r, gpkg);
    EXPECT_EQ(r.run.code, 1);
    EXPECT_TRUE(r.tracks.empty());
    EXPECT_TRUE(problemsText(r).contains(QRegularExpression(QStringLiteral("no_time_field.gpkg: .*no time field"))))
        << problemsText(r).toStdString();
}

// A million rows, ten of them bad: loads in reasonable time with exit 0, the 999,990 good points kept and
// the ten bad rows named by line. Under the sanitizers, where a million rows take minutes, the same file is
// cut to its first 200,000 rows (two bad ones), so the test still runs there.
TEST(MalformedGenerated, MillionLineCsv)
{
#if defined(__SANITIZE_ADDRESS__)
    constexpr int kRows = 200'000;
#else
    constexpr int kRows = 1'000'000;
#endif
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("million.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    QByteArray chunk;
    chunk.reserve(8 << 20);
    chunk += "track_id,time,lon,lat,alt_m,partners\n";
    // Times written by hand (one QDateTime per row would take longer than the load): 18:17:00.000 on, 10 ms
    // apart, all on one day.
    char stamp[32];
    for (int i = 0; i < kRows; ++i) {
        const bool bad = i % 100'000 == 54'321;
        const long long ms = 18LL * 3'600'000 + 17LL * 60'000 + i * 10LL;
        std::snprintf(stamp, sizeof stamp, "2017-11-28T%02lld:%02lld:%02lld.%03lldZ", ms / 3'600'000, ms / 60'000 % 60,
                      ms / 1000 % 60, ms % 1000);
        chunk += "T" + QByteArray::number(i / 250'000) + ','  + stamp + ',' + QByteArray::number(125.0 + i * 1e-5, 'f', 5) + ','
                 + (bad ? QByteArray("95.0") : QByteArray::number(39.0 + i * 1e-6, 'f', 6)) + ',' + QByteArray::number(i % 5000)
                 + ",USA;KOR\n";
        if (chunk.size() > (7 << 20)) {
            ASSERT_EQ(f.write(chunk), chunk.size());
            chunk.clear();
        }
    }
    ASSERT_EQ(f.write(chunk), chunk.size());
    f.close();

    QElapsedTimer timer;
    timer.start();
    const InfoResult r = trilinkInfoJson({path}, 600000);
    const qint64 ms = timer.elapsed();
    expectWellBehaved(r, path);
    EXPECT_EQ(r.run.code, 0);
    constexpr int kBad = kRows / 100'000;
    ASSERT_EQ(r.tracks.size(), static_cast<std::size_t>((kRows + 249'999) / 250'000));
    EXPECT_EQ(r.pointCount(), kRows - kBad);
    EXPECT_EQ(r.tracks.front().start, QStringLiteral("2017-11-28T18:17:00.000Z"));
    if (kRows == 1'000'000) {
        EXPECT_EQ(r.tracks.back().end, QStringLiteral("2017-11-28T21:03:39.990Z"));
    }
    EXPECT_EQ(r.problems.size(), kBad) << problemsText(r).left(2000).toStdString();
    EXPECT_TRUE(problemsText(r).contains(QStringLiteral("million.csv:54323: latitude 95 outside -90..90")))
        << problemsText(r).left(2000).toStdString();
    // Generous (the benchmark measures the reader itself): minutes here would mean something quadratic.
    EXPECT_LT(ms, 60000) << "info on " << kRows << " rows took " << ms << " ms";
}
