// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "TrackInfoJson.h"
#include "TrilinkProcess.h"

// `trilink simulate` and `trilink catalog` as a user runs them; the truths are published launch figures
// (Japan MOD) and the rows of the bundled catalogue file.
namespace {
TrilinkRun trilink(const QStringList &args)
{
    return runTrilink(args);
}

QStringList simulate(std::initializer_list<const char *> extra)
{
    QStringList a{QStringLiteral("simulate")};
    for (const char *e : extra)
        a << QString::fromLatin1(e);
    return a;
}
} // namespace

TEST(SimulateCli, Hwasong15FromPublishedApogeeAndImpactGivesThePublishedFlightTime)
{
    // 2017-11-29: Pyongsong 39.282 N 125.869 E, impact ~40.84 N 136.85 E, apogee 4475 km, flight 53 min (MOD).
    const auto r = trilink(simulate({"--lat", "39.282", "--lon", "125.869", "--impact-lat", "40.84", "--impact-lon", "136.85",
                                     "--apogee-km", "4475", "--class", "icbm", "--json"}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    for (const char *key : {"flight_time_s", "apogee_km", "range_km", "burnout_time_s", "impact_lat", "impact_lon", "max_speed_mps"})
        EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
    EXPECT_NEAR(o[QStringLiteral("flight_time_s")].toDouble(), 53 * 60.0, 53 * 60.0 * 0.05);
    EXPECT_NEAR(o[QStringLiteral("apogee_km")].toDouble(), 4475.0, 4475.0 * 0.01);
    EXPECT_NEAR(o[QStringLiteral("impact_lat")].toDouble(), 40.84, 0.05);
    EXPECT_NEAR(o[QStringLiteral("impact_lon")].toDouble(), 136.85, 0.05);
}

TEST(SimulateCli, BearingAndRangeAreFlownAndSamplesWritten)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("s.csv"));
    auto args = simulate({"--lat", "39.2", "--lon", "125.67", "--azimuth", "90", "--range-km", "1000", "--min-energy", "--json"});
    args << QStringLiteral("--samples") << csv;
    const auto r = trilink(args);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_NEAR(o[QStringLiteral("range_km")].toDouble(), 1000.0, 10.0);
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    EXPECT_TRUE(lines.first().startsWith("time_s,time,lon,lat,alt_m"));
    // Samples at least every second over the whole flight.
    EXPECT_GE(lines.size() - 1, int(o[QStringLiteral("flight_time_s")].toDouble()));
}

TEST(SimulateCli, ImpossibleRequestsAreUsageErrors)
{
    const QList<QStringList> bad = {
        simulate({"--lat", "95", "--lon", "125", "--azimuth", "90", "--range-km", "1000"}),
        simulate({"--lat", "39", "--lon", "125", "--azimuth", "90", "--range-km", "-100"}),
        simulate({"--lat", "39", "--lon", "125", "--azimuth", "90", "--range-km", "1000", "--apogee-km", "50000"}),
        simulate({"--lat", "39", "--lon", "125"}),
        simulate({"--lat", "39", "--lon", "125", "--azimuth", "90"}),
        simulate({"--lat", "39", "--lon", "125", "--azimuth", "90", "--range-km", "1000", "--class", "cruise"}),
        simulate({"--lat", "abc", "--lon", "125", "--azimuth", "90", "--range-km", "1000"}),
    };
    for (const auto &args : bad) {
        const auto r = trilink(args);
        EXPECT_EQ(r.code, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.startsWith("trilink simulate: ")) << r.err.toStdString();
    }
}

QJsonObject json(const TrilinkRun &r) { return QJsonDocument::fromJson(r.out).object(); }

bool hasEvent(const QJsonObject &o, const char *kind)
{
    for (const auto &e : o[QStringLiteral("events")].toArray())
        if (e[QStringLiteral("kind")].toString() == QLatin1String(kind))
            return true;
    return false;
}

QStringList phases(const QJsonObject &o)
{
    QStringList names;
    for (const auto &p : o[QStringLiteral("phases")].toArray())
        names << p[QStringLiteral("name")].toString();
    return names;
}

// Issue 13's check: a 25 km-apogee SRBM from the west coast (38.70 N 125.70 E) towards the Yellow Sea. It flies
// (today a depressed arc does), and the attribution makes physical sense: Korea's radars and the US radar
// in Korea hold it; Japan's radars, beyond the horizon of a 25 km-high flight over the Yellow Sea, never do.
TEST(SimulateCli, LowFlightTowardsTheYellowSeaIsHeldByKoreaNotJapan)
{
    const auto r = trilink(simulate({"--lat", "38.70", "--lon", "125.70", "--azimuth", "260", "--range-km", "250", "--apogee-km", "25",
                                     "--class", "srbm", "--attribution", "--json"}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_NEAR(o[QStringLiteral("range_km")].toDouble(), 250.0, 2.5);
    EXPECT_NEAR(o[QStringLiteral("apogee_km")].toDouble(), 25.0, 0.25);
    const QJsonObject partners = o[QStringLiteral("attribution")].toObject()[QStringLiteral("partners")].toObject();
    EXPECT_TRUE(partners.contains(QStringLiteral("KOR")));
    EXPECT_FALSE(partners.contains(QStringLiteral("JPN")));
    EXPECT_GT(partners[QStringLiteral("KOR")].toObject()[QStringLiteral("held_fraction")].toDouble(), 0.3);
    // The JSON carries what the issue asks for: the maximum speed, the phases and the events.
    EXPECT_GT(o[QStringLiteral("max_speed_mps")].toDouble(), 1000.0);
    EXPECT_EQ(phases(o).first(), QStringLiteral("boost"));
    for (const auto &p : o[QStringLiteral("phases")].toArray()) {
        EXPECT_TRUE(p.toObject().contains(QStringLiteral("start_s")));
        EXPECT_LE(p[QStringLiteral("start_s")].toDouble(), p[QStringLiteral("end_s")].toDouble());
    }
    EXPECT_TRUE(hasEvent(o, "impact"));
}

// A depressed flight needs no option: --apogee-km 50 --range-km 600 flies, and with --class srbm it is flown
// as the pull-up the Hwasong-11 family flies (a ballistic SRBM cannot fly that low that far), and says so.
TEST(SimulateCli, DepressedFlightsJustWork)
{
    for (const bool srbm : {false, true}) {
        auto args = simulate({"--lat", "39.2", "--lon", "125.7", "--azimuth", "80", "--range-km", "600", "--apogee-km", "50", "--json"});
        if (srbm)
            args << QStringLiteral("--class") << QStringLiteral("srbm");
        const auto r = trilink(args);
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        EXPECT_NEAR(json(r)[QStringLiteral("apogee_km")].toDouble(), 50.0, 0.5);
        if (srbm) {
            EXPECT_EQ(json(r)[QStringLiteral("maneuver")].toString(), QStringLiteral("pullup"));
            EXPECT_TRUE(json(r)[QStringLiteral("note")].toString().contains(QStringLiteral("pull-up")));
        }
    }
    for (const char *pair : {"430:36", "800:60", "250:25"}) {
        const QStringList ra = QString::fromLatin1(pair).split(u':');
        const auto r = trilink({QStringLiteral("simulate"), QStringLiteral("--lat"), QStringLiteral("39.2"), QStringLiteral("--lon"),
                                QStringLiteral("125.7"), QStringLiteral("--azimuth"), QStringLiteral("80"), QStringLiteral("--range-km"), ra[0],
                                QStringLiteral("--apogee-km"), ra[1], QStringLiteral("--class"), QStringLiteral("srbm")});
        EXPECT_EQ(r.code, 0) << pair << ": " << r.err.toStdString();
    }
    const auto mrbm = trilink(simulate({"--lat", "39.2", "--lon", "125.7", "--azimuth", "80", "--range-km", "1000", "--apogee-km", "60",
                                        "--class", "mrbm"}));
    EXPECT_EQ(mrbm.code, 0) << mrbm.err.toStdString();
}

// Outside what the missile can fly: exit 2, and the message names the reach or the nearest apogee.
TEST(SimulateCli, OutsideTheEnvelopeSaysWhy)
{
    const auto far = trilink(simulate({"--lat", "39.2", "--lon", "125.7", "--azimuth", "80", "--range-km", "3000", "--class", "srbm"}));
    EXPECT_EQ(far.code, 2);
    EXPECT_TRUE(far.err.contains("beyond the reach of the solid SRBM")) << far.err.toStdString();
    EXPECT_TRUE(far.err.contains("km at most")) << far.err.toStdString();
    const auto low = trilink(simulate({"--lat", "39.2", "--lon", "125.7", "--azimuth", "80", "--range-km", "600", "--apogee-km", "15",
                                       "--class", "srbm", "--maneuver", "none"}));
    EXPECT_EQ(low.code, 2);
    EXPECT_TRUE(low.err.contains("apogee 15.0 km is below the lowest a 600 km ballistic flight")) << low.err.toStdString();
    EXPECT_TRUE(low.err.contains("about")) << low.err.toStdString();
    const auto nearest = trilink(simulate({"--lat", "39.2", "--lon", "125.7", "--azimuth", "80", "--range-km", "600", "--apogee-km", "15",
                                           "--class", "srbm", "--maneuver", "none", "--nearest-feasible", "--json"}));
    ASSERT_EQ(nearest.code, 0) << nearest.err.toStdString();
    EXPECT_GT(json(nearest)[QStringLiteral("apogee_km")].toDouble(), 15.0);
    EXPECT_TRUE(json(nearest)[QStringLiteral("note")].toString().contains(QStringLiteral("nearest")));
}

// The text output tells the launch azimuth (the boost's heading, which the Earth's rotation turns) from the
// geodesic bearing to the impact point that --azimuth asks for; the attribution is a table for people.
TEST(SimulateCli, TextSaysWhichBearingIsWhichAndAttributionIsReadable)
{
    const auto r = trilink(simulate({"--lat", "39.2", "--lon", "125.67", "--azimuth", "90", "--range-km", "1000", "--attribution"}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    EXPECT_TRUE(out.contains(QStringLiteral("launch azimuth "))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("bearing to impact 90.0°"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("partner   first s   last s   held %"))) << out.toStdString();
    EXPECT_FALSE(out.contains(u'{')) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("00000000"))) << out.toStdString();
}

// The new shapes from the command line: a glide along legs, a failure, a space launch, a submarine launch.
TEST(SimulateCli, GlideFailureSpaceAndSeaLaunches)
{
    const auto glide = trilink(simulate({"--lat", "40.611", "--lon", "126.426", "--class", "hgv", "--glide-legs", "600:80:240,160:40",
                                         "--apogee-km", "60", "--json"}));
    ASSERT_EQ(glide.code, 0) << glide.err.toStdString();
    EXPECT_TRUE(phases(json(glide)).contains(QStringLiteral("glide")));
    EXPECT_TRUE(hasEvent(json(glide), "turn"));
    EXPECT_TRUE(hasEvent(json(glide), "glide_start"));

    const auto failed = trilink(simulate({"--lat", "39.2", "--lon", "125.67", "--azimuth", "75", "--range-km", "3000", "--class", "irbm",
                                          "--fail-at", "60", "--json"}));
    ASSERT_EQ(failed.code, 0) << failed.err.toStdString();
    EXPECT_TRUE(hasEvent(json(failed), "failure"));
    EXPECT_EQ(phases(json(failed)).last(), QStringLiteral("debris"));
    EXPECT_LT(json(failed)[QStringLiteral("range_km")].toDouble(), 1500.0);

    const auto orbit = trilink(simulate({"--lat", "39.6596", "--lon", "124.7057", "--azimuth", "180", "--class", "slv", "--json"}));
    ASSERT_EQ(orbit.code, 0) << orbit.err.toStdString();
    EXPECT_TRUE(hasEvent(json(orbit), "orbit_insertion"));
    EXPECT_TRUE(json(orbit)[QStringLiteral("in_orbit")].toBool());

    const auto sub = trilink(simulate({"--lat", "40.0", "--lon", "128.4", "--azimuth", "80", "--range-km", "500", "--apogee-km", "500",
                                       "--class", "slbm", "--launch-from", "submarine", "--json"}));
    ASSERT_EQ(sub.code, 0) << sub.err.toStdString();
    EXPECT_EQ(json(sub)[QStringLiteral("platform")].toString(), QStringLiteral("submarine"));
    EXPECT_EQ(json(sub)[QStringLiteral("events")].toArray().first()[QStringLiteral("detail")].toString(),
              QStringLiteral("from a submarine at sea"));

    const QList<QStringList> bad = {
        simulate({"--lat", "39", "--lon", "125", "--azimuth", "90", "--range-km", "500", "--maneuver", "fly"}),
        simulate({"--lat", "39", "--lon", "125", "--glide-legs", "500-75"}),
        simulate({"--lat", "39", "--lon", "125", "--azimuth", "90", "--range-km", "500", "--launch-from", "boat"}),
        simulate({"--lat", "39", "--lon", "125", "--azimuth", "90", "--range-km", "500", "--fail-at", "-5"}),
        simulate({"--lat", "39", "--lon", "125", "--azimuth", "90", "--range-km", "500", "--class", "slv"}),
    };
    for (const auto &args : bad) {
        const auto r = trilink(args);
        EXPECT_EQ(r.code, 2) << args.join(u' ').toStdString() << " " << r.err.toStdString();
    }
}

// Every missile of the record (one row of cns_launches.csv each, read here straight from the file: its
// first two columns are event_id and series) is listed once, as a track or with the reason it has none.
TEST(CatalogCli, EveryRowOfTheCatalogueIsListedAsATrackOrWithAReason)
{
    QFile csv(QStringLiteral(TRILINK_SOURCE_DIR "/resources/catalog/cns_launches.csv"));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    QSet<QString> rows;
    const QList<QByteArray> lines = csv.readAll().split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].split(',');
        if (cells.size() > 2)
            rows.insert(QString::fromLatin1(cells[0] + '-' + cells[1]));
    }
    ASSERT_EQ(rows.size(), 266);

    const auto r = trilink({QStringLiteral("catalog"), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o[QStringLiteral("source_rows")].toInt(), 266);
    QStringList listed;
    for (const auto &t : o[QStringLiteral("tracks")].toArray()) {
        listed << t[QStringLiteral("id")].toString();
        const QString status = t[QStringLiteral("status")].toString();
        EXPECT_TRUE(status == QLatin1String("published") || status == QLatin1String("modelled"));
    }
    for (const auto &e : o[QStringLiteral("without_enough_facts")].toArray()) {
        listed << e[QStringLiteral("id")].toString();
        EXPECT_FALSE(e[QStringLiteral("reason")].toString().isEmpty());
    }
    EXPECT_EQ(listed.size(), 266) << "a missile listed twice";
    EXPECT_EQ(QSet<QString>(listed.begin(), listed.end()), rows);
}

// The published flight times of launches.csv, met by the tracks marked published.
TEST(CatalogCli, PublishedFlightTimesAreMatched)
{
    const auto r = trilink({QStringLiteral("catalog"), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0);
    int published = 0;
    for (const auto &v : QJsonDocument::fromJson(r.out).object()[QStringLiteral("tracks")].toArray()) {
        const QJsonObject t = v.toObject();
        if (t[QStringLiteral("status")].toString() != QLatin1String("published"))
            continue;
        ++published;
        const double want = t[QStringLiteral("flight_time_s")][QStringLiteral("value")].toDouble();
        EXPECT_GT(want, 0) << t[QStringLiteral("id")].toString().toStdString();
        EXPECT_NEAR(t[QStringLiteral("model")][QStringLiteral("flight_time_s")].toDouble(), want, want * 0.02)
            << t[QStringLiteral("id")].toString().toStdString();
    }
    EXPECT_GE(published, 5);
}

// --year and --class: the five ICBMs of 2022 in the CSV (16 and 24 March, 4 May, 2 and 18 November), the
// one without a range (16 March, which failed early) listed with its reason.
TEST(CatalogCli, YearAndClassFilter)
{
    const auto r = trilink({QStringLiteral("catalog"), QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--class"),
                            QStringLiteral("icbm"), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QStringList ids;
    for (const auto &t : o[QStringLiteral("tracks")].toArray()) {
        ids << t[QStringLiteral("id")].toString();
        EXPECT_EQ(t[QStringLiteral("class")].toString(), QStringLiteral("icbm"));
        EXPECT_FALSE(t[QStringLiteral("sources")].toString().isEmpty());
        EXPECT_FALSE(t[QStringLiteral("apogee_km")][QStringLiteral("source")].toString().isEmpty());
    }
    for (const auto &e : o[QStringLiteral("without_enough_facts")].toArray())
        ids << e[QStringLiteral("id")].toString() + QStringLiteral(" (left out)");
    ids.sort();
    EXPECT_EQ(ids, (QStringList{QStringLiteral("2022-03-16-pyongyang-1 (left out)"), QStringLiteral("2022-03-24-pyongyang-1"),
                                QStringLiteral("2022-05-04-pyongyang-1"), QStringLiteral("2022-11-02-sunan-1"),
                                QStringLiteral("2022-11-18-pyongyang-1")}));
    // The table: the modelled apogee with the reported one in brackets (4475 reported for 2017-11-28).
    const auto t = trilink({QStringLiteral("catalog"), QStringLiteral("--year"), QStringLiteral("2017")});
    ASSERT_EQ(t.code, 0);
    const QString text = QString::fromUtf8(t.out);
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("2017-11-28-pyongsong-1 .* Hwasong-15 .* icbm .*\\(4475\\).*published"))))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("2016-")));
    EXPECT_EQ(trilink({QStringLiteral("catalog"), QStringLiteral("--class"), QStringLiteral("frisbee")}).code, 2);
    EXPECT_EQ(trilink({QStringLiteral("catalog"), QStringLiteral("--year"), QStringLiteral("soon")}).code, 2);
}

// The samples CSV is a track Trilink reads as it is (absolute times beside time_s), and --out writes the
// same flight in every track format: each reads back with every sample at its time (launch + time_s, as the
// CSV's time_s column says).
TEST(SimulateCli, SamplesAreATrackAndOutWritesEveryFormat)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("hs12.csv"));
    const QStringList flight = simulate({"--lat", "40.0", "--lon", "124.6", "--azimuth", "95", "--range-km", "800",
                                         "--launch-time", "2017-08-29T05:57:30.5Z"});
    ASSERT_EQ(trilink(flight + QStringList{QStringLiteral("--samples"), csv}).code, 0);
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = f.readAll().trimmed().split('\n');
    ASSERT_TRUE(rows.first().startsWith("time_s,time,lon,lat,alt_m,")) << rows.first().toStdString();
    ASSERT_TRUE(rows[1].startsWith("0.000,2017-08-29T05:57:30.500Z,")) << rows[1].toStdString();
    const qint64 launch = QDateTime::fromString(QStringLiteral("2017-08-29T05:57:30.5Z"), Qt::ISODateWithMs).toMSecsSinceEpoch();
    const double lastS = rows.last().split(',').first().toDouble();
    const QString end = QDateTime::fromMSecsSinceEpoch(launch + qRound64(lastS * 1000.0), Qt::UTC).toString(Qt::ISODateWithMs);

    const auto fromCsv = trilinkInfoJson({csv});
    ASSERT_EQ(fromCsv.run.code, 0) << fromCsv.run.err.toStdString();
    ASSERT_EQ(fromCsv.tracks.size(), 1u);
    EXPECT_EQ(fromCsv.tracks[0].points, rows.size() - 1);
    EXPECT_EQ(fromCsv.tracks[0].start, u"2017-08-29T05:57:30.500Z");
    EXPECT_EQ(fromCsv.tracks[0].end, end);
    const auto convert = trilink({QStringLiteral("convert"), csv, dir.filePath(QStringLiteral("hs12.geojson"))});
    EXPECT_EQ(convert.code, 0) << convert.err.toStdString();

    for (const char *ext : {"csv", "geojson", "kml", "czml", "gpkg", "cot", "gpx"}) {
        const QString out = dir.filePath(QStringLiteral("out.") + QLatin1StringView(ext));
        const auto run = trilink(flight + QStringList{QStringLiteral("--out"), out, QStringLiteral("--track-id"), QStringLiteral("HS12")});
        ASSERT_EQ(run.code, 0) << ext << ": " << run.err.toStdString();
        const auto info = trilinkInfoJson({out});
        ASSERT_EQ(info.tracks.size(), 1u) << ext << ": " << info.run.err.toStdString();
        EXPECT_EQ(info.tracks[0].id, u"HS12") << ext;
        EXPECT_EQ(info.tracks[0].points, rows.size() - 1) << ext;
        EXPECT_EQ(info.tracks[0].start, u"2017-08-29T05:57:30.500Z") << ext;
        EXPECT_EQ(info.tracks[0].end, end) << ext;
    }
}
