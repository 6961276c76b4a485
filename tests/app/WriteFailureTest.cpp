// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "ChildProcess.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// Every file Trilink writes is written atomically: a write that fails leaves the file that was there byte for
// byte as it was, and nothing beside it. Checked here for every writer of the real program (tracks in every
// format, pictures, briefs, animations, trajectory samples) by making the write fail the way a full disk does:
// the program runs with RLIMIT_FSIZE of 16 KiB and SIGXFSZ ignored, so any write past it fails with EFBIG.
// Unlike a read-only folder, root cannot write past it, so this runs (and must pass) where CI runs: as root.

namespace {

constexpr rlim_t kLimit = 16 * 1024;
const QByteArray kOld = "the file that was here before; it must stay exactly as it is\n";

struct Writer {
    std::string name;
    QStringList args; // %IN: the input track file, %OUT: the output
    QString out;
    bool needsFfmpeg = false;
};

std::string testName(const testing::TestParamInfo<Writer> &info) { return info.param.name; }
void PrintTo(const Writer &w, std::ostream *os) { *os << w.name; }

// A track long enough that every format it is written in passes the limit: 3,000 points of a notional flight.
QString writeInput(const QString &dir)
{
    const QString path = dir + QStringLiteral("/in.csv");
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("track_id,label,time,lon,lat,alt_m,partners,sensor\n");
    for (int i = 0; i < 3000; ++i) {
        const double s = i / 2999.0;
        f.write(QStringLiteral("T,Notional,2017-11-28T18:%1:%2.%3Z,%4,%5,%6,USA;KOR,TPY-2\n")
                    .arg(17 + i / 600, 2, 10, QLatin1Char('0'))
                    .arg(i / 10 % 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 10 * 100, 3, 10, QLatin1Char('0'))
                    .arg(125.8 + s * 10, 0, 'f', 6)
                    .arg(39.2 + s, 0, 'f', 6)
                    .arg(4e6 * s * (1 - s), 0, 'f', 1)
                    .toLatin1());
    }
    return path;
}

std::vector<Writer> writers()
{
    const QStringList animate{QStringLiteral("animate"), QStringLiteral("%IN"), QStringLiteral("--launch"), QStringLiteral("T"),
                              QStringLiteral("--to"), QStringLiteral("20"), QStringLiteral("--fps"), QStringLiteral("2"),
                              QStringLiteral("--out"), QStringLiteral("%OUT")};
    std::vector<Writer> w;
    for (const char *ext : {"csv", "geojson", "json", "czml", "kml", "cot", "xml", "gpkg"})
        w.push_back({std::string("convert_to_") + ext, {QStringLiteral("convert"), QStringLiteral("%IN"), QStringLiteral("%OUT")},
                     QStringLiteral("out.") + QLatin1StringView(ext)});
    for (const char *ext : {"png", "svg", "pdf"})
        w.push_back({std::string("export_") + ext,
                     {QStringLiteral("export"), QStringLiteral("%IN"), QStringLiteral("--out"), QStringLiteral("%OUT")},
                     QStringLiteral("map.") + QLatin1StringView(ext)});
    w.push_back({"brief_pdf",
                 {QStringLiteral("brief"), QStringLiteral("%IN"), QStringLiteral("--launch"), QStringLiteral("T"), QStringLiteral("--out"),
                  QStringLiteral("%OUT")},
                 QStringLiteral("brief.pdf")});
    w.push_back({"animate_frames", animate, QStringLiteral("frames/frame-000001.png")});
    w.push_back({"animate_mp4", animate, QStringLiteral("film.mp4"), true});
    w.push_back({"animate_gif", animate, QStringLiteral("film.gif"), true});
    w.push_back({"simulate_samples",
                 {QStringLiteral("simulate"), QStringLiteral("--lat"), QStringLiteral("39.0"), QStringLiteral("--lon"), QStringLiteral("125.7"),
                  QStringLiteral("--azimuth"), QStringLiteral("90"), QStringLiteral("--range-km"), QStringLiteral("1000"),
                  QStringLiteral("--samples"), QStringLiteral("%OUT")},
                 QStringLiteral("samples.csv")});
    return w;
}

QStringList entries(const QString &dir)
{
    QStringList all;
    QDir d(dir);
    for (const QString &e : d.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        all << e;
        if (QFileInfo(d.filePath(e)).isDir())
            for (const QString &inner : QDir(d.filePath(e)).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
                all << e + u'/' + inner;
    }
    all.sort();
    return all;
}

} // namespace

class FailedWrite : public testing::TestWithParam<Writer> {};

TEST_P(FailedWrite, LeavesTheOldFileByteForByteAndNothingBeside)
{
    const Writer &w = GetParam();
    ASSERT_TRUE(!w.needsFfmpeg || !QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty())
        << "ffmpeg (scripts/deps.sh) is needed";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString input = writeInput(dir.path());
    const QString out = dir.filePath(w.out);
    QDir().mkpath(QFileInfo(out).absolutePath());
    {
        QFile old(out);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write(kOld);
    }
    const QStringList before = entries(dir.path());
    QStringList args = w.args;
    for (QString &a : args)
        a.replace(QStringLiteral("%IN"), input).replace(QStringLiteral("%OUT"), w.name == "animate_frames"
                                                                                     ? dir.filePath(QStringLiteral("frames"))
                                                                                     : out);
    ChildOptions o;
    o.fileSizeLimitBytes = kLimit;
    o.workDir = dir.path();
    o.timeoutMs = 600000;
    const ChildResult r = runChild(QStringLiteral(TRILINK_BIN), args, o);
    ASSERT_FALSE(r.timedOut);
    EXPECT_EQ(r.signal, 0) << "killed by signal " << r.signal;
    EXPECT_EQ(r.code, 1) << r.errText().toStdString();
    EXPECT_FALSE(r.errText().trimmed().isEmpty()) << "a failed write says so";
    QFile old(out);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), kOld) << w.name << ": the existing file was changed";
    EXPECT_EQ(entries(dir.path()), before) << w.name << ": something was left beside it\n" << r.errText().toStdString();

    // The same command without the limit writes the file: what failed was the write, not the command.
    ChildOptions free = o;
    free.fileSizeLimitBytes.reset();
    const ChildResult ok = runChild(QStringLiteral(TRILINK_BIN), args, free);
    EXPECT_EQ(ok.code, 0) << ok.errText().toStdString();
    QFile written(out);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_GT(written.size(), static_cast<qint64>(kLimit)) << w.name << ": the output must pass the limit for this test to mean anything";
}

INSTANTIATE_TEST_SUITE_P(Writers, FailedWrite, testing::ValuesIn(writers()), testName);

// A scenario edit that cannot be written leaves the scenario file as it was (the old file is a valid
// scenario here, since an edit reads it first): 100 launches make it pass the limit.
TEST(FailedScenarioWrite, LeavesTheOldScenarioByteForByteAndNothingBeside)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.trilink.json"));
    QByteArray old = "{\"format\": \"trilink-scenario\", \"version\": 1, \"launches\": [\n";
    for (int i = 0; i < 100; ++i)
        old += QStringLiteral("%1{\"id\": \"L%2\", \"label\": \"A launch with a label long enough to take room in the file\", "
                              "\"time\": \"2026-03-01T01:%3:00Z\", \"site\": {\"lat\": 39.0, \"lon\": 125.7}, "
                              "\"azimuth_deg\": 90, \"range_km\": %4, \"class\": \"mrbm\", \"maneuver\": \"none\"}\n")
                   .arg(i ? QStringLiteral(",") : QString())
                   .arg(i + 1)
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(800 + i)
                   .toUtf8();
    old += "]}\n";
    ASSERT_GT(old.size(), static_cast<qsizetype>(kLimit));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(old);
    }
    const QStringList before = entries(dir.path());
    const QStringList args{QStringLiteral("scenario"), QStringLiteral("set-latency"), path, QStringLiteral("--link"), QStringLiteral("KOR-USA"),
                           QStringLiteral("--seconds"), QStringLiteral("9")};
    ChildOptions o;
    o.fileSizeLimitBytes = kLimit;
    o.workDir = dir.path();
    const ChildResult r = runChild(QStringLiteral(TRILINK_BIN), args, o);
    ASSERT_FALSE(r.timedOut);
    EXPECT_EQ(r.signal, 0);
    EXPECT_EQ(r.code, 1) << r.errText().toStdString();
    EXPECT_TRUE(r.errText().contains(QLatin1String("cannot write"))) << r.errText().toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), old);
    EXPECT_EQ(entries(dir.path()), before);

    ChildOptions free = o;
    free.fileSizeLimitBytes.reset();
    const ChildResult ok = runChild(QStringLiteral(TRILINK_BIN), args, free);
    EXPECT_EQ(ok.code, 0) << ok.errText().toStdString();
}
