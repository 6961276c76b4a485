// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The whole public record since 2016 (resources/catalog/cns_launches.csv) as the scenario: checked against
// the file read here on its own (event_id and series are its first two columns, no quoting), against
// crosscheck.md's pairing, against PROJ's `geod` for derived impact points, and by hand for three events.
#include "core/CatalogMerger.h"
#include "core/CnsLaunchTable.h"
#include "core/Geodesic.h"
#include "tests/core/CatalogFixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

#include <cmath>

using namespace trilink;

namespace {
QByteArray sourceFile(const char *name)
{
    QFile f(QStringLiteral(TRILINK_SOURCE_DIR "/resources/catalog/") + QLatin1String(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

// "<event_id>-<series>" of every data line of the CSV, by plain splitting.
QStringList idsInCsv()
{
    QStringList ids;
    const QList<QByteArray> lines = sourceFile("cns_launches.csv").split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].split(',');
        if (cells.size() > 2)
            ids << QString::fromLatin1(cells[0] + '-' + cells[1]);
    }
    return ids;
}

const ScenarioTrack *stored(const QString &id) { return fixture::storedRecord().find(id); }

const CatalogExclusion *leftOut(const QString &id)
{
    for (const CatalogExclusion &e : fixture::storedRecord().withoutEnoughFacts)
        if (e.facts.id == id)
            return &e;
    return nullptr;
}

double kmBetween(double lon1, double lat1, double lon2, double lat2)
{
    // Haversine on a 6371 km sphere: good to 0.5 %, enough to say "the same point" at the km level.
    constexpr double r = 6371.0, d = M_PI / 180.0;
    const double a = std::pow(std::sin((lat2 - lat1) * d / 2), 2)
                     + std::cos(lat1 * d) * std::cos(lat2 * d) * std::pow(std::sin((lon2 - lon1) * d / 2), 2);
    return 2 * r * std::asin(std::sqrt(a));
}
} // namespace

TEST(Record, TheTableReadsWithoutProblems)
{
    const CnsLaunchTable t = CnsLaunchTable::builtin();
    EXPECT_TRUE(t.problems().isEmpty()) << t.problems().join(u'\n').toStdString();
    EXPECT_EQ(t.rowCount(), 266);
    EXPECT_EQ(t.records().size(), 266u);
    QSet<QString> events;
    for (const auto &r : t.records())
        events.insert(r.eventId);
    EXPECT_EQ(events.size(), 139); // the data README's count
    EXPECT_TRUE(fixture::builtinPlan().problems.isEmpty()) << fixture::builtinPlan().problems.join(u'\n').toStdString();
}

// Every one of the 266 missiles is a track or listed with its reason: none twice, none silently dropped.
TEST(Record, EveryRowIsATrackOrListedWithAReason)
{
    const QStringList rows = idsInCsv();
    ASSERT_EQ(rows.size(), 266);
    const Scenario &s = fixture::storedRecord();
    EXPECT_EQ(s.catalogRows, 266);
    QStringList listed;
    for (const ScenarioTrack &t : s.tracks) {
        ASSERT_TRUE(t.facts) << t.id.toStdString();
        listed << t.id;
        EXPECT_FALSE(t.samples.empty()) << t.id.toStdString();
    }
    for (const CatalogExclusion &e : s.withoutEnoughFacts) {
        listed << e.facts.id;
        EXPECT_FALSE(e.reason.isEmpty()) << e.facts.id.toStdString();
    }
    EXPECT_EQ(listed.size(), 266);
    EXPECT_EQ(QSet<QString>(listed.begin(), listed.end()), QSet<QString>(rows.begin(), rows.end()));
    // The 35 rows without a range (the README: 231 of 266 have one) cannot be tracks: 33 say so, 2019-04-17
    // is listed for its unknown site and 2024-05-27 as a space launch that failed early.
    int noRange = 0;
    for (const CatalogExclusion &e : s.withoutEnoughFacts)
        noRange += e.reason.contains(QLatin1String("no range"));
    EXPECT_EQ(noRange, 266 - 231 - 2);
    EXPECT_TRUE(leftOut(QStringLiteral("2019-04-17-unknown-1"))->reason.contains(QLatin1String("site unknown")));
    EXPECT_FALSE(leftOut(QStringLiteral("2024-05-27-sohae-1"))->facts.rangeKm.has());
}

// crosscheck.md pairs each of the 27 launches.csv rows with rows of the record; launches.csv's
// cns_event_id / cns_series say the same, and the paired missiles answer to the old ids.
TEST(Record, LaunchesCsvPairsAsCrosscheckSays)
{
    const QString md = QString::fromUtf8(sourceFile("crosscheck.md"));
    static const QRegularExpression row(QStringLiteral(R"(^\| (\d+) \| [^|]* \| (\S+) #([\d,]+) \|)"), QRegularExpression::MultilineOption);
    std::map<int, QStringList> pairs;
    for (auto it = row.globalMatch(md); it.hasNext();) {
        const auto m = it.next();
        for (const QString &s : m.captured(3).split(u','))
            pairs[m.captured(1).toInt()] << QStringLiteral("%1#%2").arg(m.captured(2), s);
    }
    ASSERT_EQ(pairs.size(), 27u);
    const LaunchCatalog launches = LaunchCatalog::builtin();
    for (const LaunchRecord &r : launches.records())
        EXPECT_EQ(r.cnsKeys(), pairs[r.id]) << "launches.csv row " << r.id;
    // The old ids still name their missiles.
    const std::vector<std::pair<QString, QString>> aliases{{QStringLiteral("2017-11-28-HS15"), QStringLiteral("2017-11-28-pyongsong-1")},
                                                           {QStringLiteral("2022-10-03-HS12"), QStringLiteral("2022-10-03-mupyong-ni-1")},
                                                           {QStringLiteral("2016-09-05-NODONG-b"), QStringLiteral("2016-09-05-hwangju-2")},
                                                           {QStringLiteral("2017-03-05-ERSCUD-d"), QStringLiteral("2017-03-05-sohae-4")}};
    for (const auto &[alias, id] : aliases) {
        const ScenarioTrack *t = stored(alias);
        ASSERT_NE(t, nullptr) << alias.toStdString();
        EXPECT_EQ(t->id, id);
    }
    // launches.csv's figures win where it describes the missile: 2017-09-14 apogee "~800 (MOD; JCS 770)"
    // where the record has 770, and its 19 min flight time.
    const ScenarioTrack *hs12 = stored(QStringLiteral("2017-09-14-pyongyang-1"));
    ASSERT_NE(hs12, nullptr);
    EXPECT_EQ(hs12->facts->apogeeKm.text, QStringLiteral("~800 (MOD; JCS 770)"));
    EXPECT_DOUBLE_EQ(*hs12->facts->flightTimeS.value, 19 * 60.0);
    EXPECT_EQ(hs12->origin, TrackOrigin::Published);
    EXPECT_EQ(hs12->facts->launchesRow, 12);
    EXPECT_EQ(hs12->facts->cnsRow, 117);
}

// A salvo, by hand from the CSV: 2022-11-01-wonsan, three SRBMs reported at 23:51 UTC (08:51 KST on
// 2 November), #1 apogee 100 km, range 200 km, bearing 118; #2 and #3 150 km / 150 km / bearing 90.
TEST(Record, SalvoOfTwoNovember2022FromWonsan)
{
    std::vector<const ScenarioTrack *> event = fixture::storedRecord().matching(QStringLiteral("2022-11-01-wonsan"));
    ASSERT_EQ(event.size(), 3u);
    const QDateTime first(QDate(2022, 11, 1), QTime(23, 51), Qt::UTC);
    for (int k = 0; k < 3; ++k) {
        const ScenarioTrack &t = *event[k];
        EXPECT_EQ(t.id, QStringLiteral("2022-11-01-wonsan-%1").arg(k + 1));
        EXPECT_EQ(t.facts->eventSize, 3);
        EXPECT_EQ(t.facts->koreanDate(), QDate(2022, 11, 2));
        // Same reported minute: 20 s apart, in series order.
        EXPECT_EQ(t.launchMsUtc, first.addSecs(20 * k).toMSecsSinceEpoch());
    }
    const CatalogFacts &one = *event[0]->facts;
    EXPECT_DOUBLE_EQ(*one.apogeeKm.value, 100);
    EXPECT_DOUBLE_EQ(*one.rangeKm.value, 200);
    EXPECT_DOUBLE_EQ(*one.bearingDeg.value, 118);
    // geod +ellps=WGS84 -f %.5f <<< "39.1677 127.4817 118 200000"  ->  38.30429 129.50068
    EXPECT_NEAR(*one.impactLat, 38.30429, 1e-4);
    EXPECT_NEAR(*one.impactLon, 129.50068, 1e-4);
    EXPECT_TRUE(one.impactBasis.startsWith(QLatin1String("derived")));
    EXPECT_LT(kmBetween(event[0]->samples.back().lon, event[0]->samples.back().lat, 129.50068, 38.30429), 2.0);
    EXPECT_NEAR(event[0]->apogeeM / 1000.0, 100, 2);
    // #2 and #3 report the same figures: they fan out half a degree either side of the bearing.
    const auto startBearing = [](const ScenarioTrack &t) {
        return geodesic::compassBearing(geodesic::inverse(t.samples.front().lon, t.samples.front().lat, t.samples.back().lon,
                                                          t.samples.back().lat)
                                            .azimuth1Deg);
    };
    EXPECT_NEAR(startBearing(*event[1]), 89.5, 0.3);
    EXPECT_NEAR(startBearing(*event[2]), 90.5, 0.3);
    for (int k = 1; k < 3; ++k) {
        EXPECT_NEAR(event[k]->rangeM / 1000.0, 150, 3);
        EXPECT_TRUE(event[k]->facts->bearingDeg.adjusted.contains(QLatin1String("default"))); // 90 may be nagix's placeholder
    }
    // The Uiju launches of that morning (four SRBMs to the Yellow Sea) have no range: listed, not drawn.
    for (int k = 1; k <= 4; ++k) {
        const CatalogExclusion *e = leftOut(QStringLiteral("2022-11-01-uiju-%1").arg(k));
        ASSERT_NE(e, nullptr);
        EXPECT_TRUE(e->reason.contains(QLatin1String("no range")));
        EXPECT_EQ(e->facts.koreanDate(), QDate(2022, 11, 2));
    }
}

// A glide flight with legs, by hand from the CSV: 2022-01-04 Hwasong-12A from Mupyong-ni, apogee 30 km,
// range 700 km, bearing 75, glide_path 500 km, a turn over 120 km to 65 degrees, then 80 km.
TEST(Record, GlideFlightKeepsItsLegs)
{
    const CatalogFlightPlan *plan = fixture::planFor(QStringLiteral("2022-01-04-mupyong-ni-1"));
    const CatalogExclusion *excluded = leftOut(QStringLiteral("2022-01-04-mupyong-ni-1"));
    const CatalogFacts &f = plan ? plan->facts : excluded->facts;
    EXPECT_EQ(f.maneuver, QStringLiteral("glide"));
    EXPECT_EQ(f.missile, QStringLiteral("Hwasong-12A"));
    EXPECT_EQ(f.missileClass, QStringLiteral("mrbm"));
    ASSERT_EQ(f.glideLegs.size(), 2u);
    EXPECT_DOUBLE_EQ(f.glideLegs[0].distanceKm, 500);
    EXPECT_DOUBLE_EQ(f.glideLegs[0].turnDistanceKm, 120);
    EXPECT_DOUBLE_EQ(*f.glideLegs[0].newBearingDeg, 65);
    EXPECT_DOUBLE_EQ(f.glideLegs[1].distanceKm, 80);
    EXPECT_FALSE(f.glideLegs[1].newBearingDeg);
    EXPECT_DOUBLE_EQ(f.glideLegs[0].distanceKm + f.glideLegs[0].turnDistanceKm + f.glideLegs[1].distanceKm, *f.rangeKm.value);
    EXPECT_EQ(f.launchUtc, QDateTime(QDate(2022, 1, 4), QTime(23, 10), Qt::UTC));
    EXPECT_EQ(f.cnsRow, 161);
}

// A failure, by hand from the CSV: 2022-05-04 an ICBM from Pyongyang International Airport failed, apogee
// 780 km, range 470 km, bearing 70. The track ends where the facts say.
TEST(Record, FailureEndsWhereTheFactsSay)
{
    const ScenarioTrack *t = stored(QStringLiteral("2022-05-04-pyongyang-1"));
    ASSERT_NE(t, nullptr);
    EXPECT_TRUE(t->facts->isFailure());
    EXPECT_EQ(t->facts->missile, QStringLiteral("unidentified ICBM"));
    // geod +ellps=WGS84 -f %.5f <<< "39.200159 125.673256 70 470000"  ->  40.53235 130.88844
    EXPECT_LT(kmBetween(t->samples.back().lon, t->samples.back().lat, 130.88844, 40.53235), 2.0);
    EXPECT_NEAR(t->rangeM / 1000.0, 470, 5);
    EXPECT_NEAR(t->apogeeM / 1000.0, 780, 8);
    // A failure that gives only the altitude where the missile was lost is listed with that reason.
    const CatalogExclusion *sinpo = leftOut(QStringLiteral("2016-07-09-sinpo-1"));
    ASSERT_NE(sinpo, nullptr);
    EXPECT_TRUE(sinpo->facts.isFailure());
    EXPECT_TRUE(sinpo->reason.contains(QLatin1String("10 km"))) << sinpo->reason.toStdString();
}

// Launch times the CSV leaves empty: from the JCS time the row's note quotes (cns_adjustments.csv), else
// 20 s after the missile before it that day (nagix's day order); the assumption is said.
TEST(Record, MissingLaunchTimesAreSourcedOrPlacedAndSaidSo)
{
    const ScenarioTrack *hwangju = stored(QStringLiteral("2016-03-09-hwangju-1"));
    ASSERT_NE(hwangju, nullptr);
    EXPECT_EQ(hwangju->launchMsUtc, QDateTime(QDate(2016, 3, 9), QTime(20, 20), Qt::UTC).toMSecsSinceEpoch());
    EXPECT_TRUE(hwangju->facts->launchTimeNote.contains(QLatin1String("JCS")));
    // 2022-06-05: hungnam #2 is the day's 4th missile, after sohae #2 (the 3rd, 00:15 UTC).
    const ScenarioTrack *hungnam = stored(QStringLiteral("2022-06-05-hungnam-2"));
    ASSERT_NE(hungnam, nullptr);
    EXPECT_EQ(hungnam->launchMsUtc, QDateTime(QDate(2022, 6, 5), QTime(0, 15, 20), Qt::UTC).toMSecsSinceEpoch());
    EXPECT_TRUE(hungnam->facts->launchTimeNote.contains(QLatin1String("2022-06-05-sohae-2")));
}

// 2022-12-18: nagix swapped apogee and range; CNS rows 223-224 and Japan MOD give 550 km up, 500 km out.
// The model uses those, and the figure as given stays beside them.
TEST(Record, AdjustedFiguresKeepTheReportedOne)
{
    for (int k = 1; k <= 2; ++k) {
        const ScenarioTrack *t = stored(QStringLiteral("2022-12-18-sohae-%1").arg(k));
        ASSERT_NE(t, nullptr);
        EXPECT_DOUBLE_EQ(*t->facts->apogeeKm.value, 550);
        EXPECT_EQ(t->facts->apogeeKm.text, QStringLiteral("500"));
        EXPECT_FALSE(t->facts->apogeeKm.adjusted.isEmpty());
        EXPECT_DOUBLE_EQ(*t->facts->rangeKm.value, 500);
        EXPECT_NEAR(t->apogeeM / 1000.0, 550, 6);
        EXPECT_NEAR(t->rangeM / 1000.0, 500, 5);
    }
}

// Malformed rows of the CNS table are reported with file and line and left out; the rest is kept.
TEST(CnsLaunchTable, MalformedRowsAreReportedAndTheRestKept)
{
    const QString header = QStringLiteral("event_id,series,utc_date,utc_time,missile_class,facility_key,site_lat,site_lon,"
                                          "apogee_km,range_km,bearing_deg,glide_path,outcome,sources\n");
    const QString text = header + QStringLiteral("2022-11-01-wonsan,1,2022-11-01,23:51,SRBM,wonsan,39.1,127.4,100,200,118,,,s\n"
                                                 "2022-11-01-wonsan,1,2022-11-01,23:52,SRBM,wonsan,39.1,127.4,100,200,118,,,s\n"
                                                 "2022-11-02-wonsan,2,2022-11-01,23:51,SRBM,wonsan,39.1,127.4,100,200,118,,,s\n"
                                                 "2022-11-01-wonsan,3,2022-11-01,25:00,SRBM,wonsan,39.1,127.4,100,200,118,,,s\n"
                                                 "2022-11-01-wonsan,4,2022-11-01,23:51,XRBM,wonsan,39.1,127.4,100,200,118,,,s\n"
                                                 "2022-11-01-wonsan,5,2022-11-01,23:51,SRBM,wonsan,99.1,127.4,100,200,400,,,s\n"
                                                 "2022-11-01-wonsan,6,2022-11-01,23:51,SRBM,wonsan,39.1,127.4,100,200,118,\"[{\"\"distance\"\":-5}]\",,s\n"
                                                 "2022-11-01-wonsan,7,2022-11-01,23:51,SRBM,wonsan,39.1,127.4,100,200,118,,maybe,s\n"
                                                 "2022-11-01-wonsan,8,2022-11-01\n");
    const CnsLaunchTable t = CnsLaunchTable::parse(text, QStringLiteral("c.csv"));
    ASSERT_EQ(t.records().size(), 1u);
    EXPECT_EQ(t.rowCount(), 9);
    const QString all = t.problems().join(u'\n');
    for (const char *expected : {"c.csv:3: 2022-11-01-wonsan series 1 is already on line 2", "c.csv:4: event_id", "c.csv:5: utc_time",
                                 "c.csv:6: missile_class", "c.csv:7: site_lat", "c.csv:7: bearing_deg", "c.csv:8: glide_path leg 1",
                                 "c.csv:9: outcome", "c.csv:10: expected 14 fields"})
        EXPECT_TRUE(all.contains(QLatin1String(expected))) << expected << "\n" << all.toStdString();
}

// The flight shapes of the record, flown: the glide of 2022-01-04 follows its legs (the end of each leg
// chained by hand with PROJ's geod from Mupyong-ni: 500 km at 75 deg -> 41.6321 N 132.2258 E; the turn to 65
// deg over 120 km in eight steps; 80 km at 65 deg -> 42.3122 N 134.4555 E); a KN-23 pulls up; an SLBM
// leaves from the sea; a satellite launch reaches orbit; the failed one of 2023-05-30 ends where its debris
// was reported (about 200 km west of Eocheong Island: 123.75 E 36.12 N).
TEST(Record, FlightShapesOfTheRecord)
{
    const CatalogTrack *glide = fixture::flown(QStringLiteral("2022-01-04-mupyong-ni-1"));
    ASSERT_NE(glide, nullptr);
    const auto &g = glide->trajectory;
    EXPECT_LT(kmBetween(g.impactLon, g.impactLat, 134.4555, 42.3122), 30.0);
    double nearLeg1 = 1e9;
    for (const auto &s : g.samples)
        nearLeg1 = std::min(nearLeg1, kmBetween(s.lon, s.lat, 132.2258, 41.6321));
    EXPECT_LT(nearLeg1, 20.0);
    EXPECT_TRUE(std::any_of(g.samples.begin(), g.samples.end(), [](const TrajectorySample &s) { return s.phase == FlightPhase::Glide; }));
    EXPECT_TRUE(std::any_of(g.events.begin(), g.events.end(), [](const TrajectoryEvent &e) { return e.kind == TrajectoryEventKind::Turn; }));

    const CatalogTrack *pullup = fixture::flown(QStringLiteral("2019-05-09-baegun-1"));
    ASSERT_NE(pullup, nullptr);
    EXPECT_EQ(pullup->trajectory.maneuver, QStringLiteral("pullup"));
    EXPECT_TRUE(std::any_of(pullup->trajectory.samples.begin(), pullup->trajectory.samples.end(),
                            [](const TrajectorySample &s) { return s.phase == FlightPhase::PullUp; }));
    EXPECT_NEAR(pullup->trajectory.rangeM / 1000.0, 420, 10);

    const CatalogTrack *slbm = fixture::flown(QStringLiteral("2019-10-01-yonghung-bay-1"));
    ASSERT_NE(slbm, nullptr);
    EXPECT_EQ(slbm->trajectory.platform, QStringLiteral("submarine"));

    const ScenarioTrack *orbit = stored(QStringLiteral("2023-11-21-sohae-1"));
    ASSERT_NE(orbit, nullptr);
    EXPECT_EQ(orbit->samples.back().phase, FlightPhase::Orbit);
    const ScenarioTrack *failed = stored(QStringLiteral("2023-05-30-sohae-1"));
    ASSERT_NE(failed, nullptr);
    EXPECT_TRUE(failed->facts->isFailure());
    EXPECT_LT(kmBetween(failed->samples.back().lon, failed->samples.back().lat, 123.75, 36.12), 15.0);
    EXPECT_TRUE(std::any_of(failed->events.begin(), failed->events.end(),
                            [](const TrajectoryEvent &e) { return e.kind == TrajectoryEventKind::Failure; }));
}
