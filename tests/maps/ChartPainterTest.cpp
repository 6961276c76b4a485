// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The year in review's charts drawn without a display, checked by probes: where a bar of known height must
// be, its series' colour; above it, the background; the SVG keeps its text as text.
#include "maps/chart/ChartPainter.h"
#include "maps/PartnerStyle.h"

#include <QImage>

#include <gtest/gtest.h>

using namespace trilink;
using namespace trilink::maps;

namespace {
StatChart twoYears()
{
    StatChart c;
    c.id = QStringLiteral("launches");
    c.kind = StatChart::Kind::StackedBars;
    c.title = QStringLiteral("Missiles per year");
    c.note = QStringLiteral("test data");
    c.categories = {QStringLiteral("2021"), QStringLiteral("2022")};
    c.series.push_back({QStringLiteral("SRBM"), QStringLiteral("class:srbm"), {2, 10}, {}});
    c.series.push_back({QStringLiteral("ICBM"), QStringLiteral("class:icbm"), {0, 2}, {}});
    return c;
}

bool near(QColor a, QColor b) { return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 30; }

// The column of a colour's longest vertical run in image column x: its [top, bottom] rows.
std::pair<int, int> runOf(const QImage &img, int x, QColor colour)
{
    int best = 0, top = -1, bottom = -1;
    for (int y = 0; y < img.height();) {
        if (!near(img.pixelColor(x, y), colour)) {
            ++y;
            continue;
        }
        int e = y;
        while (e < img.height() && near(img.pixelColor(x, e), colour))
            ++e;
        if (e - y > best) {
            best = e - y;
            top = y;
            bottom = e - 1;
        }
        y = e;
    }
    return {top, bottom};
}
} // namespace

// Stacked bars: in 2022 the SRBM part is five times the 2021 bar and the ICBM part sits on top of it, a
// fifth as tall; bars are in their classes' colours and the partners' palette is not used for classes.
TEST(ChartPainter, StackedBarsStandInProportion)
{
    const QImage img = QImage::fromData(ChartPainter::png(twoYears(), QSize(800, 500), ChartPainter::Style::light()));
    ASSERT_FALSE(img.isNull());
    ASSERT_EQ(img.size(), QSize(800, 500));
    const QColor srbm = ChartPainter::seriesColour(QStringLiteral("class:srbm"));
    const QColor icbm = ChartPainter::seriesColour(QStringLiteral("class:icbm"));
    // The plot spans most of the width: category 2021 is the left half, 2022 the right.
    const int x2021 = 800 * 3 / 10, x2022 = 800 * 3 / 4;
    const auto [t21, b21] = runOf(img, x2021, srbm);
    const auto [t22, b22] = runOf(img, x2022, srbm);
    const auto [ti, bi] = runOf(img, x2022, icbm);
    ASSERT_GT(t21, 0);
    ASSERT_GT(t22, 0);
    ASSERT_GT(ti, 0);
    EXPECT_NEAR(b21, b22, 1); // one baseline
    EXPECT_NEAR(double(b22 - t22 + 1) / (b21 - t21 + 1), 5.0, 0.1);
    EXPECT_NEAR(double(bi - ti + 1) / (b22 - t22 + 1), 0.2, 0.02);
    EXPECT_NEAR(bi + 1, t22, 1); // stacked: the ICBM part starts where the SRBM part ends
    EXPECT_TRUE(near(img.pixelColor(x2021, t21 - 40), Qt::white));
    for (Partner p : kAllPartners)
        EXPECT_FALSE(near(partnerColor(p), srbm) || near(partnerColor(p), icbm)) << partnerCode(p).toStdString();
}

// Boxes: the median line of a known distribution lies between the quartiles, at its height on the axis.
TEST(ChartPainter, BoxPlotsDrawTheQuartilesAndMedian)
{
    StatChart c;
    c.id = QStringLiteral("gain");
    c.kind = StatChart::Kind::Boxes;
    c.title = QStringLiteral("Seconds earlier");
    c.categories = {QStringLiteral("SRBM")};
    c.series.push_back({QStringLiteral("KOR"), QStringLiteral("partner:KOR"), {}, {BoxSummary::of({10, 20, 30, 40, 50})}});
    const QImage img = QImage::fromData(ChartPainter::png(c, QSize(600, 600), ChartPainter::Style::light()));
    const QColor kor = partnerColor(Partner::KOR);
    // The box (20 to 40 s) around the middle of the plot, split by the black median line at 30 s.
    int boxTop = -1, boxBottom = -1, medianRow = -1;
    for (int y = 0; y < img.height(); ++y) {
        const QColor px = img.pixelColor(img.width() / 2 + 20, y);
        if (near(px, kor)) {
            boxTop = boxTop < 0 ? y : boxTop;
            boxBottom = y;
        } else if (boxTop >= 0 && px.lightness() < 60 && medianRow < 0) {
            medianRow = y;
        }
    }
    ASSERT_GT(boxTop, 0);
    ASSERT_GT(medianRow, boxTop);
    EXPECT_NEAR(medianRow, (boxTop + boxBottom) / 2.0, 3);
}

TEST(ChartPainter, SvgKeepsTheTextAsText)
{
    const QByteArray svg = ChartPainter::svg(twoYears(), QSize(800, 500), ChartPainter::Style::dark());
    EXPECT_TRUE(svg.contains("<svg"));
    EXPECT_TRUE(svg.contains("Missiles per year"));
    EXPECT_TRUE(svg.contains(">2022<"));
    EXPECT_TRUE(svg.contains("SRBM"));
}
