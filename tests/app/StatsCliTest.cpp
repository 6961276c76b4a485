// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// `trilink stats` as a user runs it, with no display: the counts of a year against those made by hand from
// resources/catalog/cns_launches.csv, and every chart written as PNG, SVG and CSV.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "TrilinkProcess.h"

namespace {
TrilinkRun stats(const QStringList &args) { return runTrilink(QStringList{QStringLiteral("stats")} + args); }
} // namespace

// 2022 from the CSV, by hand (see tests/core/YearReviewTest for the rows): SRBM 52, MRBM 4, IRBM 2, ICBM 5,
// SLBM 2, unknown 4; 69 missiles in 39 events.
TEST(StatsCli, YearCountsPerClassAreTheCsvs)
{
    const auto r = stats({QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.errText().toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o[QStringLiteral("missiles")].toInt(), 69);
    EXPECT_EQ(o[QStringLiteral("events")].toInt(), 39);
    const QJsonObject byClass = o[QStringLiteral("missiles_by_class")].toObject();
    EXPECT_EQ(byClass, (QJsonObject{{QStringLiteral("srbm"), 52}, {QStringLiteral("mrbm"), 4}, {QStringLiteral("irbm"), 2},
                                    {QStringLiteral("icbm"), 5},  {QStringLiteral("slbm"), 2}, {QStringLiteral("unknown"), 4}}));
    EXPECT_EQ(o[QStringLiteral("tracks")].toInt() + o[QStringLiteral("without_enough_facts")].toInt(), 69);
    EXPECT_TRUE(o[QStringLiteral("credit")].toString().contains(QLatin1String("nk-missile-tests")));
    EXPECT_EQ(o[QStringLiteral("event_list")].toArray().size(), 39);
    // The text table says the same.
    const auto text = stats({QStringLiteral("--year"), QStringLiteral("2022")});
    ASSERT_EQ(text.code, 0);
    EXPECT_TRUE(text.outText().contains(QStringLiteral("69 missiles in 39 launch events")));
    EXPECT_TRUE(text.outText().contains(QStringLiteral("SRBM 52  MRBM 4  IRBM 2  ICBM 5  SLBM 2  unknown 4")));
}

TEST(StatsCli, ChartsAsPngSvgAndCsv)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("launches.png"));
    auto r = stats({QStringLiteral("--out"), png, QStringLiteral("--size"), QStringLiteral("960x540")});
    ASSERT_EQ(r.code, 0) << r.errText().toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(960, 540));
    const QString svg = dir.filePath(QStringLiteral("first.svg"));
    r = stats({QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--chart"), QStringLiteral("detected-first-by-class"),
               QStringLiteral("--out"), svg});
    ASSERT_EQ(r.code, 0) << r.errText().toStdString();
    QFile s(svg);
    ASSERT_TRUE(s.open(QIODevice::ReadOnly));
    EXPECT_TRUE(s.readAll().contains("Flights each partner detected first"));
    const QString csv = dir.filePath(QStringLiteral("launches.csv"));
    r = stats({QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--out"), csv});
    ASSERT_EQ(r.code, 0) << r.errText().toStdString();
    QFile c(csv);
    ASSERT_TRUE(c.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = c.readAll().split('\n');
    EXPECT_EQ(lines[0], QByteArray("category,SRBM,MRBM,IRBM,ICBM,SLBM,unknown"));
    // November 2022 (UTC): 16 missiles, SRBMs 4 + 3 on the 1st, 2 on the 2nd, 3 on the 3rd, 1 on the 9th and
    // 1 on the 17th, and the ICBMs of the 2nd and the 18th.
    EXPECT_EQ(lines[11], QByteArray("Nov,14,0,0,2,0,0"));
    // A folder: every chart with its data.
    const QString all = dir.filePath(QStringLiteral("all/"));
    r = stats({QStringLiteral("--out"), all, QStringLiteral("--format"), QStringLiteral("svg")});
    ASSERT_EQ(r.code, 0) << r.errText().toStdString();
    const QStringList files = QDir(all).entryList(QDir::Files);
    EXPECT_TRUE(files.contains(QStringLiteral("gain-seconds-by-year.svg")));
    EXPECT_TRUE(files.contains(QStringLiteral("gain-seconds-by-year.csv")));
    EXPECT_TRUE(files.contains(QStringLiteral("low-flights-missed-alone.csv")));
    EXPECT_EQ(files.size() % 2, 0);
}

TEST(StatsCli, BadArgumentsExitTwoWithOneLine)
{
    for (const QStringList &bad : {QStringList{QStringLiteral("--year"), QStringLiteral("twenty")},
                                   QStringList{QStringLiteral("--year"), QStringLiteral("2018")}, // no launch that year
                                   QStringList{QStringLiteral("--chart"), QStringLiteral("nope"), QStringLiteral("--out"), QStringLiteral("x.png")},
                                   QStringList{QStringLiteral("--out"), QStringLiteral("x.gif")},
                                   QStringList{QStringLiteral("--size"), QStringLiteral("10x10"), QStringLiteral("--out"), QStringLiteral("x.png")}}) {
        const auto r = stats(bad);
        EXPECT_EQ(r.code, 2) << bad.join(u' ').toStdString();
        EXPECT_EQ(r.errText().count(u'\n'), 1) << r.errText().toStdString();
        EXPECT_TRUE(r.errText().startsWith(QStringLiteral("trilink stats: ")));
    }
}
