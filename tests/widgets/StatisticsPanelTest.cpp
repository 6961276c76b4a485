// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The statistics dock on the bundled record: the charts of the period it shows, Qt Charts series matching
// the review's data, a click on a bar asking for those tracks, and the export through ChartPainter.
#include "core/Scenario.h"
#include "widgets/StatisticsPanel.h"

#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace trilink;

namespace {
const Scenario::Ptr &record()
{
    static const Scenario::Ptr s = std::make_shared<Scenario>(builtinScenario());
    return s;
}

bool waitForReview(widgets::StatisticsPanel &panel)
{
    QSignalSpy ready(&panel, &widgets::StatisticsPanel::reviewReady);
    return ready.wait(20000);
}
} // namespace

TEST(StatisticsPanel, ShowsTheRecordAndOneYear)
{
    widgets::StatisticsPanel panel;
    panel.resize(900, 500);
    panel.setScenario(record());
    ASSERT_TRUE(waitForReview(panel));
    ASSERT_NE(panel.review(), nullptr);
    EXPECT_EQ(panel.review()->missiles, 266);
    EXPECT_EQ(panel.chartList()->count(), static_cast<int>(panel.review()->charts.size()));
    EXPECT_EQ(panel.yearBox()->itemText(0), QStringLiteral("All years"));
    EXPECT_EQ(panel.yearBox()->findText(QStringLiteral("2022")) > 0, true);
    // The launches chart: one stacked bar set per class; their sum over 2022 is the year's 69 missiles.
    QChart *chart = panel.chart();
    ASSERT_NE(chart, nullptr);
    ASSERT_EQ(chart->series().size(), 1);
    auto *stacked = qobject_cast<QStackedBarSeries *>(chart->series().front());
    ASSERT_NE(stacked, nullptr);
    const int y2022 = 2022 - 2016;
    double sum = 0;
    for (QBarSet *set : stacked->barSets())
        sum += set->at(y2022);
    EXPECT_EQ(sum, 69);
    // A click on the SRBM part of 2022 asks for the SRBMs of 2022.
    QSignalSpy asked(&panel, &widgets::StatisticsPanel::filterRequested);
    QBarSet *srbm = stacked->barSets().front();
    ASSERT_EQ(srbm->label(), QStringLiteral("SRBM"));
    emit srbm->clicked(y2022);
    ASSERT_EQ(asked.count(), 1);
    const TrackFilter f = asked.takeFirst().at(0).value<TrackFilter>();
    EXPECT_EQ(f.year, 2022);
    EXPECT_EQ(f.missileClass, QStringLiteral("srbm"));

    panel.setYear(2022);
    ASSERT_TRUE(waitForReview(panel));
    EXPECT_EQ(panel.review()->missiles, 69);
    EXPECT_EQ(panel.chartId(), QStringLiteral("launches")); // the chart shown stays
    panel.showChart(QStringLiteral("gain-seconds-by-class"));
    EXPECT_EQ(panel.chartId(), QStringLiteral("gain-seconds-by-class"));
    EXPECT_EQ(panel.chart()->series().size(), 3); // a box series per partner

    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(panel.exportChart(dir.filePath(QStringLiteral("gain.png")), error)) << error.toStdString();
    EXPECT_EQ(QImage(dir.filePath(QStringLiteral("gain.png"))).size(), QSize(1280, 720));
    ASSERT_TRUE(panel.exportChart(dir.filePath(QStringLiteral("gain.csv")), error));
    QFile csv(dir.filePath(QStringLiteral("gain.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_EQ(csv.readAll(), panel.review()->chart(QStringLiteral("gain-seconds-by-class"))->csv());
    EXPECT_FALSE(panel.exportChart(dir.filePath(QStringLiteral("gain.gif")), error));
}
