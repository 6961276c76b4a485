// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The year in review against counts made by hand from resources/catalog/cns_launches.csv, and the partner
// tallies against a scenario small enough to work out on paper.
#include "core/AttributionEngine.h"
#include "core/YearReview.h"
#include "tests/core/CatalogFixture.h"

#include <gtest/gtest.h>

using namespace trilink;

// 2022, counted by hand from the CSV's rows dated 2022 (column missile_class): SRBM 52 (Uiju 2, Pyongyang 2
// and Hungnam 2 in January, Hungnam 2 in April, 3 on 12 May, 1 on 24 May, 8 on 5 June, 2 each on 28, 29
// and 30 September, 5 and 8 October, 1 on 13 October, 2 on 28 October, 4 + 3 on 1 November, 2 on 2
// November, 3 on 3 November, 1 each on 9 and 17 November, 2 on 23 and 3 on 30 December), MRBM 4 (4 and 10
// January, 2 on 18 December), IRBM 2 (29 January, 3 October), ICBM 5 (16 and 24 March, 4 May, 2 and 18
// November), SLBM 2 (7 May, 24 September), unknown 4 (26 February, 4 March, 2 on 24 May): 69 missiles in
// 39 events (5 June is four events: Sohae, Hungnam, Pyongyang, Kaechon). November (UTC): 16 missiles.
TEST(YearReview, CountsOf2022AsReadFromTheCsv)
{
    const YearReview r = YearReview::compute(fixture::storedRecord(), 2022);
    EXPECT_EQ(r.missiles, 69);
    EXPECT_EQ(r.eventCount, 39);
    EXPECT_EQ(r.tracks + r.leftOut, 69);
    const std::map<QString, int> expected{{QStringLiteral("srbm"), 52}, {QStringLiteral("mrbm"), 4}, {QStringLiteral("irbm"), 2},
                                          {QStringLiteral("icbm"), 5},  {QStringLiteral("slbm"), 2}, {QStringLiteral("unknown"), 4}};
    EXPECT_EQ(r.missilesByClass, expected);
    const StatChart *launches = r.chart(QStringLiteral("launches"));
    ASSERT_NE(launches, nullptr);
    ASSERT_EQ(launches->categories.size(), 12);
    double november = 0, all = 0;
    for (const auto &s : launches->series) {
        november += s.values[10];
        for (double v : s.values)
            all += v;
    }
    EXPECT_EQ(november, 16);
    EXPECT_EQ(all, 69);
    // The events in launch order; 2 November (KST) is the Uiju and Wonsan salvos of 1 November UTC.
    ASSERT_EQ(r.events.size(), 39u);
    EXPECT_EQ(r.events.front().eventId, QStringLiteral("2022-01-04-mupyong-ni"));
    int secondNovember = 0;
    for (const auto &e : r.events)
        secondNovember += e.koreanDate == QDate(2022, 11, 2) ? e.count : 0;
    EXPECT_EQ(secondNovember, 7);
}

// The whole record: 266 missiles, 139 events (the data README), and per year as the README's table gives.
TEST(YearReview, TheWholeRecordPerYear)
{
    const YearReview r = YearReview::compute(fixture::storedRecord());
    EXPECT_EQ(r.missiles, 266);
    EXPECT_EQ(r.eventCount, 139);
    const StatChart *launches = r.chart(QStringLiteral("launches"));
    ASSERT_NE(launches, nullptr);
    EXPECT_EQ(launches->categories.first(), QStringLiteral("2016"));
    EXPECT_EQ(launches->categories.last(), QStringLiteral("2026"));
    const std::vector<double> perYear{24, 21, 0, 27, 9, 6, 69, 33, 41, 11, 25};
    for (int y = 0; y < launches->categories.size(); ++y) {
        double n = 0;
        for (const auto &s : launches->series)
            n += s.values[y];
        EXPECT_EQ(n, perYear[y]) << launches->categories[y].toStdString();
    }
    // Every chart exports its data; the by-year charts exist only for the whole record.
    EXPECT_NE(r.chart(QStringLiteral("gain-seconds-by-year")), nullptr);
    EXPECT_EQ(YearReview::compute(fixture::storedRecord(), 2022).chart(QStringLiteral("gain-seconds-by-year")), nullptr);
    for (const StatChart &c : r.charts)
        EXPECT_TRUE(c.csv().startsWith("category,")) << c.id.toStdString();
}

namespace {
// A catalogue track whose partners per 1 s sample are given: `masks` from T+0, flight time = samples - 1.
ScenarioTrack handTrack(const QString &id, const QString &cls, std::vector<PartnerMask> masks, double apogeeM)
{
    ScenarioTrack t;
    t.id = id;
    CatalogFacts f;
    f.id = id;
    f.eventId = id;
    f.missileClass = cls;
    f.launchUtc = QDateTime(QDate(2022, 6, 1), QTime(0, 0), Qt::UTC);
    t.facts = f;
    t.launchMsUtc = f.launchUtc.toMSecsSinceEpoch();
    t.apogeeM = apogeeM;
    std::vector<double> times;
    for (std::size_t i = 0; i < masks.size(); ++i) {
        TrajectorySample s;
        s.timeS = static_cast<double>(i);
        t.samples.push_back(s);
        times.push_back(s.timeS);
    }
    t.flightTimeS = masks.size() - 1.0;
    t.attribution = AttributionEngine::fromPartnerMasks(times, std::move(masks), t.flightTimeS);
    return t;
}

std::vector<PartnerMask> spans(int n, std::vector<std::tuple<Partner, int, int>> held)
{
    std::vector<PartnerMask> m(n, 0);
    for (const auto &[p, from, to] : held)
        for (int i = from; i <= to; ++i)
            m[i] |= partnerBit(p);
    return m;
}
} // namespace

// Worked by hand with the default links (KOR-USA 4 s, JPN-USA 4 s; KOR-JPN through the US, 8 s):
//  A, SRBM, low (50 km), 101 samples: USA holds 10-60, KOR 20-90, JPN never.
//    first: USA. JPN missed alone (its shared picture has USA from 14). KOR: alone 20, shared 14: 6 s
//    earlier; held alone 71 of the 100 s (samples 20-90, a second each), shared [14,65) U [20,91) = 77 s:
//    +6 pts.
//  B, ICBM, high (1000 km), 101 samples: KOR holds 0-40, JPN 5-100, USA 30-50.
//    first: KOR. Nobody missed. JPN: alone 5, shared 0 + 8 = 8: 0 s earlier (the gain is never negative);
//    USA: alone 30, shared 0 + 4 = 4: 26 s earlier.
TEST(YearReview, PartnerTalliesByHand)
{
    Scenario s;
    s.tracks.push_back(handTrack(QStringLiteral("A"), QStringLiteral("srbm"),
                                 spans(101, {{Partner::USA, 10, 60}, {Partner::KOR, 20, 90}}), 50e3));
    s.tracks.push_back(handTrack(QStringLiteral("B"), QStringLiteral("icbm"),
                                 spans(101, {{Partner::KOR, 0, 40}, {Partner::JPN, 5, 100}, {Partner::USA, 30, 50}}), 1000e3));
    const YearReview r = YearReview::compute(s);
    const auto &usa = r.partners[partnerIndex(Partner::USA)];
    const auto &kor = r.partners[partnerIndex(Partner::KOR)];
    const auto &jpn = r.partners[partnerIndex(Partner::JPN)];
    EXPECT_EQ(usa.detectedFirst, 1);
    EXPECT_EQ(kor.detectedFirst, 1);
    EXPECT_EQ(jpn.detectedFirst, 0);
    EXPECT_EQ(jpn.missedAlone, 1);
    EXPECT_EQ(usa.missedAlone + kor.missedAlone, 0);
    ASSERT_EQ(kor.secondsEarlier.size(), 2u);
    EXPECT_DOUBLE_EQ(kor.secondsEarlier[0], 6.0);
    EXPECT_DOUBLE_EQ(kor.secondsEarlier[1], 0.0);
    EXPECT_NEAR(kor.heldGainPts[0], 6.0, 1e-9);
    ASSERT_EQ(usa.secondsEarlier.size(), 2u);
    EXPECT_DOUBLE_EQ(usa.secondsEarlier[1], 26.0);
    ASSERT_EQ(jpn.secondsEarlier.size(), 1u); // A is seen only shared: no "seconds earlier" for it
    EXPECT_DOUBLE_EQ(jpn.secondsEarlier[0], 0.0);
    EXPECT_EQ(r.lowFlights, 1);
    EXPECT_EQ(r.lowPartners[partnerIndex(Partner::JPN)].missedAlone, 1);
    EXPECT_EQ(r.otherPartners[partnerIndex(Partner::JPN)].missedAlone, 0);
    // The low-flights chart: JPN missed 100 % of the low flights and 0 % of the others.
    const StatChart *low = r.chart(QStringLiteral("low-flights-missed-alone"));
    ASSERT_NE(low, nullptr);
    EXPECT_DOUBLE_EQ(low->series[partnerIndex(Partner::JPN)].values[0], 100.0);
    EXPECT_DOUBLE_EQ(low->series[partnerIndex(Partner::JPN)].values[1], 0.0);
    // Box of USA's seconds earlier over both: 0 (A: USA first, alone 10 = shared 10) and 26.
    const StatChart *box = r.chart(QStringLiteral("gain-seconds-by-class"));
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->categories, (QStringList{QStringLiteral("SRBM"), QStringLiteral("ICBM")}));
    EXPECT_DOUBLE_EQ(box->series[partnerIndex(Partner::USA)].boxes[1].median, 26.0);
    EXPECT_EQ(box->csv().split('\n')[1], QByteArray("SRBM,USA,1,0,0,0,0,0"));
}

// Box summaries as numpy.percentile (linear) gives them: [1, 2, 3, 4] -> q1 1.75, median 2.5, q3 3.25.
TEST(BoxSummary, LinearInterpolationQuartiles)
{
    const BoxSummary b = BoxSummary::of({4, 1, 3, 2});
    EXPECT_EQ(b.n, 4);
    EXPECT_DOUBLE_EQ(b.min, 1);
    EXPECT_DOUBLE_EQ(b.q1, 1.75);
    EXPECT_DOUBLE_EQ(b.median, 2.5);
    EXPECT_DOUBLE_EQ(b.q3, 3.25);
    EXPECT_DOUBLE_EQ(b.max, 4);
    EXPECT_EQ(BoxSummary::of({}).n, 0);
}
