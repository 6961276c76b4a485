// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/CatalogScenario.h"
#include "core/CsvReader.h"
#include "core/JapanZones.h"
#include "core/LaunchCatalog.h"
#include "core/ReportedNumber.h"
#include "tests/core/CatalogFixture.h"

#include <gtest/gtest.h>

#include <set>

using namespace trilink;

TEST(ReportedNumber, ParsesLeadingNumbersAndKeepsNotes)
{
    auto r = ReportedNumber::parse(QStringLiteral("2802 (MOD >2500)"));
    EXPECT_DOUBLE_EQ(*r.value, 2802);
    EXPECT_EQ(r.note, QStringLiteral("(MOD >2500)"));
    r = ReportedNumber::parse(QStringLiteral("~800 (MOD; JCS 770)"));
    EXPECT_DOUBLE_EQ(*r.value, 800);
    EXPECT_EQ(r.qualifier, QChar(u'~'));
    EXPECT_EQ(r.note, QStringLiteral("(MOD; JCS 770)"));
    r = ReportedNumber::parse(QStringLiteral("950-1000"));
    EXPECT_DOUBLE_EQ(*r.value, 950);
    EXPECT_DOUBLE_EQ(*r.high, 1000);
    EXPECT_DOUBLE_EQ(r.central(), 975);
    r = ReportedNumber::parse(QStringLiteral("45-47"));
    EXPECT_DOUBLE_EQ(r.central(), 46);
    r = ReportedNumber::parse(QStringLiteral(">6000 (nagix 6518)"));
    EXPECT_DOUBLE_EQ(*r.value, 6000);
    EXPECT_EQ(r.qualifier, QChar(u'>'));
    EXPECT_EQ(r.note, QStringLiteral("(nagix 6518)"));
    r = ReportedNumber::parse(QStringLiteral("3724.9"));
    EXPECT_DOUBLE_EQ(*r.value, 3724.9);
    r = ReportedNumber::parse(QStringLiteral("unknown (<6000 per JCS)"));
    EXPECT_FALSE(r.hasValue());
    EXPECT_TRUE(r.unknown);
    EXPECT_FALSE(ReportedNumber::parse(QString()).hasValue());
    QString err;
    r = ReportedNumber::parse(QStringLiteral("about a thousand"), &err);
    EXPECT_FALSE(r.hasValue());
    EXPECT_FALSE(err.isEmpty());
}

TEST(CsvReader, QuotedFieldsEscapesAndEmbeddedNewlines)
{
    const CsvDocument d = CsvReader::parse(
        QStringLiteral("# comment\na,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",z\n"), QStringLiteral("t.csv"));
    ASSERT_TRUE(d.problems.isEmpty()) << d.problems.join(u'\n').toStdString();
    ASSERT_EQ(d.records.size(), 2u);
    EXPECT_EQ(d.records[0].cells[1], QStringLiteral("x, y"));
    EXPECT_EQ(d.records[0].cells[2], QStringLiteral("say \"hi\""));
    EXPECT_EQ(d.records[1].cells[1], QStringLiteral("two\nlines"));
    EXPECT_EQ(d.records[0].line, 3);
    EXPECT_EQ(d.records[1].line, 4);
}

TEST(CsvReader, MalformedRecordsAreReportedWithFileAndLine)
{
    const CsvDocument d = CsvReader::parse(
        QStringLiteral("a,b\n1,2\n3\n4,5,6\n7,\"unterminated\n"), QStringLiteral("bad.csv"));
    ASSERT_EQ(d.records.size(), 1u);
    ASSERT_EQ(d.problems.size(), 3);
    EXPECT_TRUE(d.problems[0].startsWith(QStringLiteral("bad.csv:3: expected 2 fields")));
    EXPECT_TRUE(d.problems[1].startsWith(QStringLiteral("bad.csv:4: ")));
    EXPECT_TRUE(d.problems[2].startsWith(QStringLiteral("bad.csv:5: unterminated")));
    EXPECT_FALSE(CsvReader::parse(QString(), QStringLiteral("empty.csv")).problems.isEmpty());
    EXPECT_FALSE(CsvReader::readFile(QStringLiteral("/nonexistent/x.csv")).problems.isEmpty());
}

TEST(LaunchCatalog, MalformedRowsDoNotStopTheRest)
{
    const QString header = QStringLiteral("id,utc_datetime,missile,site_name,site_lat,site_lon,apogee_km,range_km,"
                                          "flight_min,outcome,sources\n");
    const QString text = header + QStringLiteral("1,2017-07-28T14:42Z,Hwasong-14,Mupyong-ni,40.6,126.4,3724.9,998,45-47,success,s\n"
                                                 "2,not-a-date,X,Y,40,126,1,1,,success,s\n"
                                                 "3,2017-07-28T14:42Z,X,Y,95.5,126,1,1,,success,s\n"
                                                 "4,2017-07-28T14:42Z,X,Y,40,126,lots,1,,success,s\n"
                                                 "5,2017-07-28T14:42Z,X,Y,40\n"
                                                 "6,2017-07-28T14:42Z,X,Y,abc,126,1,1,,success,s\n");
    const LaunchCatalog c = LaunchCatalog::parse(text, QStringLiteral("m.csv"));
    ASSERT_EQ(c.records().size(), 1u);
    EXPECT_EQ(c.records()[0].id, 1);
    EXPECT_DOUBLE_EQ(c.records()[0].flightMin.central(), 46);
    const QString all = c.problems().join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("m.csv:3: utc_datetime"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("m.csv:4: site_lat 95.5"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("m.csv:5: apogee_km: no leading number"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("m.csv:6: expected 11 fields"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("m.csv:7: site_lat \"abc\""))) << all.toStdString();
    EXPECT_EQ(c.rowCount(), 6);
}

TEST(LaunchCatalog, MissingColumnIsReported)
{
    const LaunchCatalog c = LaunchCatalog::parse(QStringLiteral("id,missile\n1,x\n"), QStringLiteral("c.csv"));
    EXPECT_TRUE(c.records().empty());
    EXPECT_TRUE(c.problems().join(u'\n').contains(QStringLiteral("c.csv:1: missing column")));
}

TEST(JapanZones, PointsInsideAndOutside)
{
    const JapanZones &z = JapanZones::builtin();
    ASSERT_FALSE(z.eez().empty());
    ASSERT_EQ(z.land().size(), 5u);
    EXPECT_EQ(z.landAt(141.35, 43.06), QStringLiteral("Hokkaido")); // Sapporo
    EXPECT_EQ(z.landAt(139.69, 35.69), QStringLiteral("Honshu"));   // Tokyo
    EXPECT_EQ(z.landAt(130.40, 33.59), QStringLiteral("Kyushu"));   // Fukuoka
    EXPECT_EQ(z.landAt(133.53, 33.56), QStringLiteral("Shikoku"));  // Kochi
    EXPECT_EQ(z.landAt(127.80, 26.35), QStringLiteral("Okinawa"));  // central Okinawa Island
    EXPECT_TRUE(z.landAt(125.75, 39.03).isEmpty());                 // Pyongyang
    // MOD statements from launches.csv: inside / outside the EEZ.
    EXPECT_TRUE(z.isInEez(138.01, 43.11));  // row 10, inside
    EXPECT_TRUE(z.isInEez(136.85, 40.84));  // row 13, inside
    EXPECT_TRUE(z.isInEez(137.03, 41.74));  // row 17, inside
    EXPECT_FALSE(z.isInEez(134.23, 42.03)); // row 7, outside
    EXPECT_FALSE(z.isInEez(136.75, 42.49)); // row 19, outside
    EXPECT_FALSE(z.isInEez(157.63, 42.01)); // row 11, 1180 km E of Cape Erimo
    EXPECT_FALSE(z.isInEez(129.0, 37.5));   // Korean coast
}

// launches.csv: 27 rows (ids 1..27 of /work/shared/data/launches.csv), each naming the cns_launches.csv
// missiles it describes; crosscheck.md pairs them (tested against it in RecordTest).
TEST(LaunchCatalog, BuiltinHasTheTwentySevenRowsEachPairedWithTheRecord)
{
    const LaunchCatalog source = LaunchCatalog::builtin();
    EXPECT_TRUE(source.problems().isEmpty()) << source.problems().join(u'\n').toStdString();
    ASSERT_EQ(source.records().size(), 27u);
    std::set<int> ids;
    for (const LaunchRecord &r : source.records()) {
        ids.insert(r.id);
        EXPECT_FALSE(r.cnsKeys().isEmpty()) << "row " << r.id;
    }
    EXPECT_EQ(ids.size(), 27u);
    EXPECT_EQ(*ids.begin(), 1);
    EXPECT_EQ(*ids.rbegin(), 27);
}

// Catalogue missiles with a published flight time are reconstructed to within 5 % of it, with the apogee
// adjustment recorded; the others are marked modelled. The calibration rows are among them.
TEST(BuiltinCatalog, PublishedFlightTimesAreMatched)
{
    int published = 0;
    for (const CatalogFlightPlan &plan : fixture::builtinPlan().flights) {
        if (!plan.matchFlightS)
            continue;
        const CatalogTrack *t = fixture::flown(plan.facts.id);
        ASSERT_NE(t, nullptr) << plan.facts.id.toStdString();
        EXPECT_NEAR(t->trajectory.flightTimeS, *plan.matchFlightS, 0.05 * *plan.matchFlightS) << t->id().toStdString();
        EXPECT_TRUE(t->published) << t->id().toStdString();
        EXPECT_FALSE(t->adjustment.isEmpty());
        EXPECT_LT(t->trajectory.missDistanceM, 1000.0) << t->id().toStdString();
        ++published;
    }
    EXPECT_GE(published, 10);
    for (const char *id : {"2017-07-28-HS14", "2017-11-28-HS15", "2022-11-18-HS17", "2017-08-28-HS12"}) {
        const CatalogFlightPlan *plan = fixture::planFor(QString::fromLatin1(id));
        ASSERT_NE(plan, nullptr) << id;
        EXPECT_TRUE(plan->matchFlightS.has_value()) << id;
    }
    // What users get is what was flown: the stored record has the same tracks, marked published.
    for (const ScenarioTrack &t : fixture::storedRecord().tracks)
        if (t.facts && t.facts->flightTimeS.has())
            EXPECT_EQ(t.origin, TrackOrigin::Published) << t.id.toStdString();
        else
            EXPECT_EQ(t.origin, TrackOrigin::Modelled) << t.id.toStdString();
}

// 2017-08-29: over the Oshima Peninsula / Cape Erimo at ~21:06Z (launch 20:58Z).
TEST(BuiltinCatalog, Hwasong12OverfliesHokkaidoAt2106Z)
{
    const CatalogTrack *t = fixture::flown(QStringLiteral("2017-08-28-HS12"));
    ASSERT_NE(t, nullptr);
    bool over = false;
    for (const auto &e : t->trajectory.events) {
        if (e.kind != TrajectoryEventKind::EnterJapanTerritory)
            continue;
        EXPECT_EQ(e.detail, QStringLiteral("Hokkaido"));
        const QDateTime at = t->facts.launchUtc.addMSecs(static_cast<qint64>(e.timeS * 1000));
        EXPECT_GE(at, QDateTime(QDate(2017, 8, 28), QTime(21, 4, 30), Qt::UTC)) << at.toString(Qt::ISODate).toStdString();
        EXPECT_LE(at, QDateTime(QDate(2017, 8, 28), QTime(21, 7, 59), Qt::UTC)) << at.toString(Qt::ISODate).toStdString();
        over = true;
    }
    EXPECT_TRUE(over);
}
