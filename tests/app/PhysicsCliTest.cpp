// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

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
    EXPECT_TRUE(lines.first().startsWith("time_s,lon,lat,alt_m"));
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
