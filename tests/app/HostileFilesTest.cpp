// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "ChildProcess.h"
#include "HostileFiles.h"
#include "TrackInfoJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>

#include <functional>

// Issue 19, "safe with any file", checked the way an attacker would try it, with the real program:
//   - the special and huge files of the hostile corpus, made here (FIFOs, devices, sockets, sparse and
//     oversized files, a hundred thousand attributes, a quarter of a million empty features...): each gives
//     its exit status, problem and surviving points, in time and within the memory budget of 64 MB plus
//     200 bytes per point read (measured as the child's peak resident size over the program's own);
//   - every file of the corpus, committed or made here, run under strace: the program opens nothing but the
//     file, the program's own data, libraries, Qt, fontconfig and locale files (a canary beside the file is
//     never touched), connects nowhere and runs no program;
//   - what it prints cannot be abused: no control character reaches a terminal, the JSON is valid UTF-8.
// The files that the program itself generates from the corpus (round trips) are in ConversionTest.cpp.

namespace {

using hostile::Generated;
using hostile::kCorpusDir;

std::string testName(const testing::TestParamInfo<Generated> &info) { return hostile::safeName(info.param.name); }

InfoResult parsedInfo(const ChildResult &run)
{
    InfoResult r;
    r.run.code = run.code;
    r.run.out = run.out;
    r.run.err = run.err;
    parseInfoJson(run.out, r);
    return r;
}

QString problemsText(const InfoResult &r) { return r.problems.join(u'\n'); }

} // namespace

class GeneratedHostileFile : public testing::TestWithParam<Generated> {};

TEST_P(GeneratedHostileFile, GivesItsStatusProblemAndPointsInTimeAndMemory)
{
    const Generated &g = GetParam();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QString::fromUtf8(g.name));
    ASSERT_TRUE(g.make(path)) << "could not make " << g.name;
    const ChildResult run = hostile::trilink({QStringLiteral("info"), QStringLiteral("--json"), path}, dir.path());
    const InfoResult r = parsedInfo(run);
    ASSERT_FALSE(run.timedOut) << g.name << ": hang";
    EXPECT_EQ(run.code, g.exitCode) << problemsText(r).left(3000).toStdString() << run.errText().left(2000).toStdString();
    ASSERT_TRUE(r.jsonOk) << run.outText().left(2000).toStdString();
    const QRegularExpression re(QString::fromUtf8(g.pattern));
    EXPECT_TRUE(re.match(problemsText(r)).hasMatch()) << "no problem matches /" << g.pattern << "/ in:\n"
                                                      << problemsText(r).left(3000).toStdString();
    EXPECT_EQ(static_cast<int>(r.tracks.size()), g.tracks) << problemsText(r).left(2000).toStdString();
    EXPECT_EQ(r.pointCount(), g.points);
    EXPECT_LE(r.problems.size(), 1001) << "the problem list is capped";
    EXPECT_LT(run.seconds, hostile::secondsAllowed(g.seconds)) << g.name << " took " << run.seconds << " s";
    hostile::expectWithinMemoryBudget(run, g.pointsRead, g.name);

    // The figures of the note: time and memory of this file, and with TRILINK_HOSTILE_BEFORE naming an older
    // trilink, the same file through it (stopped after 60 s), for the before/after table of docs/formats.md.
    std::printf("[figures] %s: %.2f s, peak %ld kB (the program alone %ld kB)\n", g.name, run.seconds, run.peakKb, hostile::baselineKb());
    const QString before = qEnvironmentVariable("TRILINK_HOSTILE_BEFORE");
    const QString beforeDir = dir.filePath(QStringLiteral("before"));
    const QString beforePath = beforeDir + u'/' + QString::fromUtf8(g.name); // the same name: formats go by it
    if (!before.isEmpty() && QDir().mkpath(beforeDir) && g.make(beforePath)) {
        const ChildResult old = hostile::trilink({QStringLiteral("info"), QStringLiteral("--json"), beforePath}, beforeDir, before, 60000);
        std::printf("[figures] %s before: %s%.2f s, peak %ld kB, exit %d\n", g.name, old.timedOut ? "killed after " : "", old.seconds,
                    old.peakKb, old.code);
    }
}

INSTANTIATE_TEST_SUITE_P(Files, GeneratedHostileFile, testing::ValuesIn(hostile::generatedFiles()), testName);

// Every corpus file, under strace: what the program opens, connects to and runs.
class NoOtherFile : public testing::TestWithParam<Generated> {};

TEST_P(NoOtherFile, IsOpenedConnectedToOrRun)
{
    const Generated &g = GetParam();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    hostile::plantCanaries(dir.path());
    const QString name = QString::fromUtf8(g.name);
    ASSERT_TRUE(g.make(dir.filePath(name))) << "could not make " << g.name;

    const hostile::Trace info = hostile::traced({QStringLiteral("info"), QStringLiteral("--json"), name}, dir.path());
    ASSERT_TRUE(info.started) << "strace (scripts/deps.sh) is needed: " << info.run.errText().toStdString();
    for (const QString &v : hostile::violations(info, dir.path(), {name}))
        ADD_FAILURE() << g.name << ": info " << v.toStdString();
    EXPECT_FALSE(info.run.out.contains(hostile::kCanarySecret)) << g.name << ": another file's content in the output";

    // Reading to convert is the same read; writing adds the output and its temporary file, nothing else.
    if (info.run.code == 0 && parsedInfo(info.run).pointCount() > 0) {
        const QString out = QStringLiteral("converted.csv");
        const hostile::Trace convert = hostile::traced({QStringLiteral("convert"), name, out}, dir.path());
        for (const QString &v : hostile::violations(convert, dir.path(), {name, out}, {out}))
            ADD_FAILURE() << g.name << ": convert " << v.toStdString();
        QFile written(dir.filePath(out));
        ASSERT_TRUE(written.open(QIODevice::ReadOnly));
        EXPECT_FALSE(written.readAll().contains(hostile::kCanarySecret)) << g.name;
    }
}

INSTANTIATE_TEST_SUITE_P(Files, NoOtherFile, testing::ValuesIn(hostile::tracedFiles()), testName);

// The check above catches what it must: a program that does read the canary (the hostile VRT before issue 19,
// here GDAL's own ogrinfo with every driver) is found out.
TEST(NoOtherFileCheck, CatchesAReadOfTheCanary)
{
    QTemporaryDir dir;
    hostile::plantCanaries(dir.path());
    QFile::copy(kCorpusDir + QStringLiteral("/vrt_disguised.gpkg"), dir.filePath(QStringLiteral("vrt_disguised.gpkg")));
    const hostile::Trace t = hostile::traced({QStringLiteral("-ro"), QStringLiteral("-al"), QStringLiteral("vrt_disguised.gpkg")},
                                             dir.path(), QStringLiteral("/usr/bin/ogrinfo"));
    ASSERT_TRUE(t.started);
    const QStringList v = hostile::violations(t, dir.path(), {QStringLiteral("vrt_disguised.gpkg")});
    EXPECT_TRUE(std::any_of(v.begin(), v.end(), [](const QString &s) { return s.contains(u"canary.csv"); })) << v.join(u'\n').toStdString();
    EXPECT_TRUE(t.run.out.contains(hostile::kCanarySecret));
}

// Escape sequences in a file's values and in its name reach no terminal as such, and the JSON of every corpus
// file is valid UTF-8 without unpaired surrogate escapes (checked by iconv, not by the program's own code).
TEST(HostileOutput, TerminalsGetNoControlCharacters)
{
    QTemporaryDir dir;
    const QString name = QStringLiteral("\x1b]0;owned\x07\x1b[2J.csv");
    QFile::copy(kCorpusDir + QStringLiteral("/escape_sequences.csv"), dir.filePath(name));
    for (const QStringList &args : {QStringList{QStringLiteral("info"), name},
                                    QStringList{QStringLiteral("convert"), name, QStringLiteral("out.kml")},
                                    QStringList{QStringLiteral("info"), QStringLiteral("out.kml")}}) {
        const ChildResult run = hostile::trilink(args, dir.path());
        EXPECT_EQ(run.code, 0) << run.errText().toStdString();
        for (const QByteArray &stream : {run.out, run.err}) {
            for (qsizetype i = 0; i < stream.size(); ++i) {
                const auto c = static_cast<unsigned char>(stream[i]);
                EXPECT_FALSE((c < 0x20 && c != '\n') || c == 0x7F) << args.join(u' ').toStdString() << ": byte " << int(c);
                if (c == 0xC2 && i + 1 < stream.size()) {
                    EXPECT_FALSE(static_cast<unsigned char>(stream[i + 1]) >= 0x80 && static_cast<unsigned char>(stream[i + 1]) <= 0x9F)
                        << "a C1 control in UTF-8";
                }
            }
        }
        if (args.size() == 2 && args[1] == name) {
            EXPECT_TRUE(run.err.contains("\\x1b]0;owned\\x07\\x1b[2J.csv:2: track id")) << run.errText().toStdString();
        }
    }
}

TEST(HostileOutput, JsonIsValidUtf8ForEveryCorpusFile)
{
    for (const QString &file : QDir(kCorpusDir).entryList(QDir::Files)) {
        if (file == u"EXPECTED.tsv")
            continue;
        const ChildResult run = hostile::trilink({QStringLiteral("info"), QStringLiteral("--json"), kCorpusDir + u'/' + file}, kCorpusDir);
        EXPECT_TRUE(hostile::isValidUtf8ByIconv(run.out)) << file.toStdString();
        // No \ud800 escape either: Qt's parser turns one into an unpaired surrogate, found here.
        const QJsonDocument doc = QJsonDocument::fromJson(run.out);
        ASSERT_TRUE(doc.isObject()) << file.toStdString();
        std::function<void(const QJsonValue &)> visit = [&](const QJsonValue &v) {
            if (v.isString()) {
                EXPECT_TRUE(v.toString().isValidUtf16()) << file.toStdString();
            }
            for (const auto &e : v.toArray())
                visit(e);
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                visit(it.value());
        };
        visit(doc.object());
    }
}
