// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// The hostile corpus of issue 19 and the tools that run it (HostileFilesTest.cpp): the files too big or too
// special to commit, made at test time, each with what `trilink info --json` must give; the program run with
// its peak memory measured, or under strace with what it opened, connected to and ran checked against the
// places a Qt/GDAL program may touch.

#include "ChildProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>

#include <gtest/gtest.h>

#include <functional>
#include <vector>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace hostile {

inline const QString kCorpusDir = QStringLiteral(TRILINK_TEST_DATA_DIR "/malformed");
inline const QByteArray kCanarySecret = "SECRET-CANARY-7f3a";

constexpr bool kSanitized =
#if defined(__SANITIZE_ADDRESS__)
    true;
#else
    false;
#endif

struct Generated {
    const char *name;
    std::function<bool(const QString &path)> make;
    int exitCode = 0;
    const char *pattern = ".*";
    int tracks = 0;
    qint64 points = 0;
    qint64 pointsRead = 0; // for the memory budget: the samples the file holds
    double seconds = 10;   // at most, unsanitized
};

// GoogleTest (and CTest's test names) show a case by its file name, not by a byte dump.
inline void PrintTo(const Generated &g, std::ostream *os) { *os << g.name; }

inline std::string safeName(const char *name)
{
    QString n = QString::fromUtf8(name);
    n.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QStringLiteral("_"));
    return n.toStdString();
}

// The program, headless, in dir; under the sanitizers with a small quarantine so that freed memory is not
// counted as used (the budget is about what the program holds).
// Its peak memory is measured through peak_launcher (tests/app/launcher): a process forked from the test
// itself would report the test's size as its own.
inline ChildResult trilink(const QStringList &args, const QString &dir, const QString &program = QStringLiteral(TRILINK_BIN),
                           int timeoutMs = kSanitized ? 600000 : 120000)
{
    ChildOptions o;
    o.workDir = dir;
    o.timeoutMs = timeoutMs;
    if (kSanitized)
        o.env << QStringLiteral("ASAN_OPTIONS=%1:quarantine_size_mb=4").arg(qEnvironmentVariable("ASAN_OPTIONS", QStringLiteral("detect_leaks=1")));
    const QString peakFile = QStringLiteral("%1/trilink-peak-%2-%3").arg(QDir::tempPath()).arg(::getpid()).arg(reinterpret_cast<quintptr>(&o));
    ChildResult r = runChild(QStringLiteral(TRILINK_PEAK_LAUNCHER), QStringList{peakFile, program} + args, o);
    QFile peak(peakFile);
    r.peakKb = peak.open(QIODevice::ReadOnly) ? peak.readAll().trimmed().toLong() : 0;
    peak.close();
    QFile::remove(peakFile);
    return r;
}

inline double secondsAllowed(double seconds) { return kSanitized ? seconds * 10 : seconds; }

// The program's own peak on a tiny file: what every run costs before reading anything.
inline long baselineKb()
{
    static const long kb = [] {
        const QString dir = QDir::tempPath() + QStringLiteral("/trilink-baseline-") + QString::number(::getpid());
        QDir().mkpath(dir);
        QFile f(dir + QStringLiteral("/tiny.csv"));
        f.open(QIODevice::WriteOnly);
        f.write("time,lon,lat\n2020-01-01T00:00:00Z,1,2\n");
        f.close();
        long best = 0;
        for (int i = 0; i < 2; ++i) // the smaller of two runs: a cold font cache costs memory once
            if (const long k = trilink({QStringLiteral("info"), QStringLiteral("--json"), f.fileName()}, dir).peakKb; k > 0)
                best = best ? std::min(best, k) : k;
        QDir(dir).removeRecursively();
        return best;
    }();
    return kb;
}

// Issue 19: reading any input costs at most 64 MB plus 200 bytes per point read. Under AddressSanitizer every
// allocation carries redzones and shadow memory: the budget is doubled there, plus its own fixed cost.
inline void expectWithinMemoryBudget(const ChildResult &run, qint64 pointsRead, const char *what)
{
    const double budgetKb = 64.0 * 1024 + 200.0 * static_cast<double>(pointsRead) / 1024.0;
    const double allowedKb = kSanitized ? 2 * budgetKb + 192.0 * 1024 : budgetKb;
    const double usedKb = static_cast<double>(run.peakKb - baselineKb());
    EXPECT_LE(usedKb, allowedKb) << what << ": peak " << run.peakKb << " kB, the program alone " << baselineKb() << " kB";
}

inline bool writeBytes(const QString &path, const QByteArray &bytes, qint64 sparseSize = 0)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return false;
    return sparseSize == 0 || f.resize(sparseSize);
}

inline bool tool(const QString &name, const QStringList &args)
{
    const QString exe = QStandardPaths::findExecutable(name);
    if (exe.isEmpty())
        return false;
    QProcess p;
    p.start(exe, args);
    return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Another file on the machine the hostile files try to read: a CSV track and a GPX track with a secret id.
inline void plantCanaries(const QString &dir)
{
    writeBytes(dir + QStringLiteral("/canary.csv"), "track_id,time,lon,lat\n" + kCanarySecret + ",2017-11-28T18:17:00Z,125.8,39.2\n");
    writeBytes(dir + QStringLiteral("/canary.gpx"), "<gpx version=\"1.1\" creator=\"x\"><trk><name>" + kCanarySecret +
                                                        "</name><trkseg><trkpt lat=\"39.2\" lon=\"125.8\"><time>2017-11-28T18:17:00Z"
                                                        "</time></trkpt></trkseg></trk></gpx>\n");
}

// A GeoPackage made by ogr2ogr (two good points of track T), then changed by sqlite3 as an attacker would.
inline bool geoPackage(const QString &path, const QString &sql)
{
    const QString csv = path + QStringLiteral(".src.csv");
    writeBytes(csv, "track_id,time,lon,lat\nT,2017-11-28T18:17:00Z,125.8,39.2\nT,2017-11-28T18:17:10Z,125.9,39.3\n");
    const bool ok = tool(QStringLiteral("ogr2ogr"), {QStringLiteral("-f"), QStringLiteral("GPKG"), path, csv, QStringLiteral("-oo"),
                                                     QStringLiteral("X_POSSIBLE_NAMES=lon"), QStringLiteral("-oo"),
                                                     QStringLiteral("Y_POSSIBLE_NAMES=lat"), QStringLiteral("-a_srs"),
                                                     QStringLiteral("EPSG:4326"), QStringLiteral("-nln"), QStringLiteral("points")}) &&
                    (sql.isEmpty() || tool(QStringLiteral("sqlite3"), {path, sql}));
    QFile::remove(csv);
    return ok;
}

std::vector<Generated> generatedFiles();
std::vector<Generated> tracedFiles();

// What strace saw a run do.
struct Trace {
    bool started = false;
    ChildResult run;
    QStringList lines;
};

inline Trace traced(const QStringList &args, const QString &dir, const QString &program = QStringLiteral(TRILINK_BIN))
{
    Trace t;
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty())
        return t;
    const QString log = dir + QStringLiteral("/.strace.log");
    t.run = trilink(QStringList{QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-s"), QStringLiteral("4096"),
                                QStringLiteral("-e"), QStringLiteral("trace=open,openat,openat2,creat,connect,execve,execveat"),
                                QStringLiteral("-o"), log, program} +
                        args,
                    dir, strace);
    QFile f(log);
    t.started = f.open(QIODevice::ReadOnly);
    t.lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    f.close();
    QFile::remove(log);
    return t;
}

QStringList violations(const Trace &t, const QString &dir, const QStringList &inputs, const QStringList &outputs = {});

bool isValidUtf8ByIconv(const QByteArray &bytes);

} // namespace hostile
