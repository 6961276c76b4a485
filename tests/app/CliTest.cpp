// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "TrilinkProcess.h"

// Runs the real program as a user would (the built trilink), with no display at all.
namespace {
struct Run {
    int code = -1;
    QString out, err;
};

Run trilink(const QStringList &args)
{
    const TrilinkRun r = runTrilink(args);
    return {r.code, r.outText(), r.errText()};
}
} // namespace

TEST(Cli, HelpAndVersion)
{
    const auto help = trilink({QStringLiteral("--help")});
    EXPECT_EQ(help.code, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("export")));
    const auto version = trilink({QStringLiteral("--version")});
    EXPECT_EQ(version.code, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("trilink 0."))) << version.out.toStdString();
    EXPECT_EQ(trilink({QStringLiteral("export"), QStringLiteral("--help")}).code, 0);
}

TEST(Cli, ViewerWithoutDisplaySaysHowToExport)
{
    const auto r = trilink({});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no display"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("trilink export --out"))) << r.err.toStdString();
}

TEST(Cli, BadArgumentsExitWithTwoAndOneLine)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("m.png"));
    const QList<QStringList> bad = {
        {QStringLiteral("frobnicate")},
        {QStringLiteral("export")},                                                        // no --out
        {QStringLiteral("export"), QStringLiteral("--out"), out, QStringLiteral("--bogus")}, // unknown option
        {QStringLiteral("export"), QStringLiteral("--out"), out, QStringLiteral("--size"), QStringLiteral("huge")},
        {QStringLiteral("export"), QStringLiteral("--out"), out, QStringLiteral("--size"), QStringLiteral("0x10")},
        {QStringLiteral("export"), QStringLiteral("--out"), out, QStringLiteral("--projection"), QStringLiteral("robinson")},
        {QStringLiteral("export"), QStringLiteral("--out"), out, QStringLiteral("--center"), QStringLiteral("200,95")},
        {QStringLiteral("export"), QStringLiteral("--out"), out, QStringLiteral("--extent-km"), QStringLiteral("-5")},
        {QStringLiteral("export"), QStringLiteral("--out"), out, QStringLiteral("--theme"), QStringLiteral("pink")},
        {QStringLiteral("export"), QStringLiteral("--out"), dir.filePath(QStringLiteral("m.bmp"))},
    };
    for (const auto &args : bad) {
        const auto r = trilink(args);
        EXPECT_EQ(r.code, 2) << args.join(u' ').toStdString();
        EXPECT_EQ(r.err.trimmed().count(u'\n'), 0) << r.err.toStdString(); // one line
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("trilink"))) << r.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(out));
}

TEST(Cli, ExportWritesThePictureAtTheAskedSize)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("map.png"));
    const auto r = trilink({QStringLiteral("export"), QStringLiteral("--out"), out, QStringLiteral("--size"),
                            QStringLiteral("640x360"), QStringLiteral("--projection"), QStringLiteral("ortho"),
                            QStringLiteral("--theme"), QStringLiteral("light")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QImage image(out);
    EXPECT_EQ(image.size(), QSize(640, 360));
}

TEST(Cli, UnwritableOutputFailsWithOne)
{
    const auto r = trilink({QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("/nonexistent-dir/x/map.png"),
                            QStringLiteral("--size"), QStringLiteral("320x200")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("/nonexistent-dir/x/map.png"))) << r.err.toStdString();
}

TEST(Cli, MissingDataIsNamed)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("TRILINK_DATA_DIR"), QStringLiteral("/nonexistent-data"));
    QTemporaryDir dir;
    const auto r = runTrilink({QStringLiteral("export"), QStringLiteral("--out"), dir.filePath(QStringLiteral("m.png"))}, env);
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("/nonexistent-data/basemap/trilink-basemap.gpkg")));
}
