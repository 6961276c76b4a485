// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sys/stat.h>

#include <gtest/gtest.h>

#include <cmath>
#include <iostream>

#include "TrilinkProcess.h"
#include "../RadarHorizonByHand.h"

// `trilink scenario` and the commands that take a scenario file, run as a user runs them. The truths: the same
// launch flown by `trilink simulate --attribution` (the issue's definition of "the same exercise"), the JSON
// paths of fields the test itself broke, and the radar-horizon geometry of docs/sensors.md worked by hand
// in the test from the flight's own samples.
namespace {

struct Scratch {
    QTemporaryDir dir;
    QString file = dir.filePath(QStringLiteral("exercise.trilink.json"));
};

TrilinkRun scenario(const QStringList &args) { return runTrilink(QStringList{QStringLiteral("scenario")} + args); }

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QStringList kLaunch{QStringLiteral("--lat"), QStringLiteral("39.0"),     QStringLiteral("--lon"),      QStringLiteral("125.7"),
                          QStringLiteral("--azimuth"), QStringLiteral("90"),   QStringLiteral("--range-km"), QStringLiteral("1000")};

// The attribution object without what only one of the two commands adds (the track's id).
QJsonObject comparable(QJsonObject o)
{
    o.remove(QStringLiteral("id"));
    o.remove(QStringLiteral("aliases"));
    return o;
}

} // namespace

TEST(ScenarioCli, ALaunchMadeWithScenarioIsAttributedAsSimulateAttributesIt)
{
    Scratch s;
    ASSERT_EQ(scenario({QStringLiteral("new"), s.file}).code, 0);
    const auto add = scenario(QStringList{QStringLiteral("add-launch"), s.file} + kLaunch
                              + QStringList{QStringLiteral("--time"), QStringLiteral("2026-03-01T01:00:00Z")});
    ASSERT_EQ(add.code, 0) << add.errText().toStdString();
    EXPECT_TRUE(add.outText().contains(QLatin1String("added L1"))) << add.outText().toStdString();

    const auto fromScenario = runTrilink({QStringLiteral("attribution"), s.file, QStringLiteral("--json")});
    ASSERT_EQ(fromScenario.code, 0) << fromScenario.errText().toStdString();
    const QJsonArray tracks = QJsonDocument::fromJson(fromScenario.out).object()[QStringLiteral("tracks")].toArray();
    ASSERT_EQ(tracks.size(), 1) << "the scenario holds its launch only (no \"catalogue\": true)";
    EXPECT_EQ(tracks[0].toObject()[QStringLiteral("id")].toString(), QStringLiteral("L1"));

    const auto simulated = runTrilink(QStringList{QStringLiteral("simulate")} + kLaunch
                                      + QStringList{QStringLiteral("--attribution"), QStringLiteral("--json")});
    ASSERT_EQ(simulated.code, 0) << simulated.errText().toStdString();
    const QJsonObject expected = QJsonDocument::fromJson(simulated.out).object()[QStringLiteral("attribution")].toObject();
    ASSERT_FALSE(expected[QStringLiteral("partners")].toObject().isEmpty());
    EXPECT_EQ(comparable(tracks[0].toObject()), comparable(expected))
        << QJsonDocument(tracks[0].toObject()).toJson().toStdString() << "\nvs\n" << QJsonDocument(expected).toJson().toStdString();

    // The same through `scenario show --json`, and the link latencies and sensor changes reach it.
    ASSERT_EQ(scenario({QStringLiteral("set-latency"), s.file, QStringLiteral("--link"), QStringLiteral("JPN-USA"), QStringLiteral("--seconds"),
                        QStringLiteral("30")})
                  .code,
              0);
    const auto shown = scenario({QStringLiteral("show"), s.file, QStringLiteral("--json")});
    ASSERT_EQ(shown.code, 0) << shown.errText().toStdString();
    const QJsonObject root = QJsonDocument::fromJson(shown.out).object();
    EXPECT_EQ(root[QStringLiteral("scenario")].toObject()[QStringLiteral("sharing")].toObject()[QStringLiteral("jpn_usa_latency_s")].toDouble(), 30.0);
    EXPECT_EQ(root[QStringLiteral("tracks")].toArray().size(), 1);
}

TEST(ScenarioCli, ASalvoIsItsMissilesAtTheirIntervalAcrossTheSpread)
{
    Scratch s;
    ASSERT_EQ(scenario({QStringLiteral("new"), s.file}).code, 0);
    const auto add = scenario(QStringList{QStringLiteral("add-launch"), s.file} + kLaunch
                              + QStringList{QStringLiteral("--time"), QStringLiteral("2026-03-01T01:00:00Z"), QStringLiteral("--salvo"),
                                            QStringLiteral("3"), QStringLiteral("--interval"), QStringLiteral("60"), QStringLiteral("--spread-km"),
                                            QStringLiteral("40")});
    ASSERT_EQ(add.code, 0) << add.errText().toStdString();
    const auto shown = scenario({QStringLiteral("show"), s.file, QStringLiteral("--json")});
    ASSERT_EQ(shown.code, 0) << shown.errText().toStdString();
    const QJsonArray tracks = QJsonDocument::fromJson(shown.out).object()[QStringLiteral("tracks")].toArray();
    ASSERT_EQ(tracks.size(), 3);
    QStringList ids, times;
    for (const auto &t : tracks) {
        ids << t.toObject()[QStringLiteral("id")].toString();
        times << t.toObject()[QStringLiteral("launch")].toString();
    }
    EXPECT_EQ(ids, (QStringList{QStringLiteral("L1-a"), QStringLiteral("L1-b"), QStringLiteral("L1-c")}));
    EXPECT_EQ(times, (QStringList{QStringLiteral("2026-03-01T01:00:00.000Z"), QStringLiteral("2026-03-01T01:01:00.000Z"),
                                  QStringLiteral("2026-03-01T01:02:00.000Z")}));
    // Across the line of fire (due east at 1000 km): the aim points are 20 km either side of the middle one,
    // so the outer ranges are sqrt(1000^2 + 20^2) = 1000.2 km, within the solver's few-km miss.
    for (const auto &t : tracks)
        EXPECT_NEAR(t.toObject()[QStringLiteral("range_km")].toDouble(), 1000.0, 10.0);
}

TEST(ScenarioCli, ABadFieldIsExitTwoNamingItsJsonPath)
{
    Scratch s;
    ASSERT_EQ(scenario({QStringLiteral("new"), s.file}).code, 0);
    ASSERT_EQ(scenario(QStringList{QStringLiteral("add-launch"), s.file} + kLaunch + QStringList{QStringLiteral("--time"), QStringLiteral("2026-03-01T01:00:00Z")}).code, 0);
    const QByteArray good = readAll(s.file);
    struct Case {
        QByteArray from, to;
        const char *path;
    };
    const Case cases[] = {
        {"\"lat\": 39", "\"lat\": 95", "launches[0].site.lat"},
        {"\"version\": 2", "\"version\": 7", "version: 7 is newer"},
        {"\"azimuth_deg\": 90", "\"azimuth_deg\": \"east\"", "launches[0].azimuth_deg: must be a number"},
        {"\"kor_usa_latency_s\": 4", "\"kor_usa_latency_s\": 4, \"kor_jpn_latency_s\": 1", "sharing.kor_jpn_latency_s: unknown field"},
        {"\"theme\": \"dark\"", "\"theme\": \"dark\", \"view-as\": \"CHN\"", "view.view-as"},
    };
    for (const Case &c : cases) {
        QByteArray bad = good;
        ASSERT_TRUE(bad.contains(c.from)) << c.from.toStdString() << " in\n" << good.toStdString();
        bad.replace(c.from, c.to);
        writeText(s.file, bad);
        for (const char *command : {"attribution", "export"}) {
            QStringList args{QString::fromLatin1(command), s.file};
            if (QLatin1String(command) == QLatin1String("export"))
                args << QStringLiteral("--out") << s.dir.filePath(QStringLiteral("x.png"));
            const auto r = runTrilink(args);
            EXPECT_EQ(r.code, 2) << command << " " << c.path << ": " << r.errText().toStdString();
            EXPECT_TRUE(r.errText().contains(s.file + QStringLiteral(": ") + QLatin1String(c.path)))
                << command << ": wanted " << c.path << " in " << r.errText().toStdString();
            EXPECT_FALSE(QFile::exists(s.dir.filePath(QStringLiteral("x.png")))) << "nothing is drawn from a bad scenario";
        }
        // An edit of a bad file is refused before anything is written: the file stays as it was.
        const auto edit = scenario({QStringLiteral("disable-sensor"), s.file, QStringLiteral("KOR-GREENPINE-C")});
        EXPECT_EQ(edit.code, 2) << c.path;
        EXPECT_EQ(readAll(s.file), bad);
    }
    // Not JSON at all: the line and column.
    writeText(s.file, "{\n  \"format\": \"trilink-scenario\",\n  \"version\": 1,,\n}\n");
    const auto r = runTrilink({QStringLiteral("attribution"), s.file});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.errText().contains(s.file + QStringLiteral(":3:"))) << r.errText().toStdString();
}

TEST(ScenarioCli, EditsNameWhatIsWrong)
{
    Scratch s;
    ASSERT_EQ(scenario({QStringLiteral("new"), s.file}).code, 0);
    EXPECT_EQ(scenario({QStringLiteral("new"), s.file}).code, 2) << "new does not replace a file without --force";
    const auto unknown = scenario({QStringLiteral("move-sensor"), s.file, QStringLiteral("NO-SUCH"), QStringLiteral("--lat"), QStringLiteral("40"),
                                   QStringLiteral("--lon"), QStringLiteral("134")});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(unknown.errText().contains(QLatin1String("no sensor 'NO-SUCH'"))) << unknown.errText().toStdString();
    const auto far = scenario({QStringLiteral("add-launch"), s.file, QStringLiteral("--lat"), QStringLiteral("39"), QStringLiteral("--lon"),
                               QStringLiteral("125.7"), QStringLiteral("--azimuth"), QStringLiteral("90"), QStringLiteral("--range-km"),
                               QStringLiteral("3000"), QStringLiteral("--class"), QStringLiteral("srbm"), QStringLiteral("--time"),
                               QStringLiteral("2026-03-01T01:00:00Z")});
    EXPECT_EQ(far.code, 2) << "an SRBM cannot fly 3000 km: " << far.outText().toStdString();
    EXPECT_TRUE(far.errText().contains(QLatin1String("launch (L1)"))) << far.errText().toStdString();
    const auto noTime = scenario(QStringList{QStringLiteral("add-launch"), s.file} + kLaunch);
    EXPECT_EQ(noTime.code, 2);
    EXPECT_TRUE(noTime.errText().contains(QLatin1String("--time"))) << noTime.errText().toStdString();
    const auto link = scenario({QStringLiteral("set-latency"), s.file, QStringLiteral("--link"), QStringLiteral("KOR-JPN"), QStringLiteral("--seconds"),
                                QStringLiteral("3")});
    EXPECT_EQ(link.code, 2);
    const auto facility = scenario({QStringLiteral("add-launch"), s.file, QStringLiteral("--facility"), QStringLiteral("sohae"), QStringLiteral("--azimuth"),
                                    QStringLiteral("180"), QStringLiteral("--range-km"), QStringLiteral("600"), QStringLiteral("--time"),
                                    QStringLiteral("2026-03-01T01:00:00Z")});
    EXPECT_EQ(facility.code, 0) << facility.errText().toStdString();
    const QJsonObject l = QJsonDocument::fromJson(readAll(s.file)).object()[QStringLiteral("launches")].toArray()[0].toObject();
    EXPECT_TRUE(l[QStringLiteral("facility")].toString().contains(QLatin1String("Sohae"))) << QJsonDocument(l).toJson().toStdString();
    // Sohae, from the record's facility columns: 39.66 N 124.70 E (the station's published position).
    EXPECT_NEAR(l[QStringLiteral("site")].toObject()[QStringLiteral("lat")].toDouble(), 39.66, 0.05);
    EXPECT_NEAR(l[QStringLiteral("site")].toObject()[QStringLiteral("lon")].toDouble(), 124.70, 0.05);
}

namespace {
// The flight's samples as `trilink simulate --samples` writes them (time_s,time,lon,lat,alt_m,...: columns
// found by their header): the physics' output, not the attribution's.
std::vector<byhand::Sample> flightSamples(const QString &csv)
{
    std::vector<byhand::Sample> out;
    const QList<QByteArray> lines = readAll(csv).trimmed().split('\n');
    const QList<QByteArray> header = lines.value(0).trimmed().split(',');
    const qsizetype t = header.indexOf("time_s"), lon = header.indexOf("lon"), lat = header.indexOf("lat"), alt = header.indexOf("alt_m");
    EXPECT_TRUE(t >= 0 && lon >= 0 && lat >= 0 && alt >= 0) << lines.value(0).toStdString();
    if (t < 0 || lon < 0 || lat < 0 || alt < 0)
        return out;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].split(',');
        out.push_back({f[t].toDouble(), f[lon].toDouble(), f[lat].toDouble(), f[alt].toDouble() / 1000.0});
    }
    return out;
}

double japanFirstDetection(const QString &file)
{
    const auto r = runTrilink({QStringLiteral("attribution"), file, QStringLiteral("--view-as"), QStringLiteral("JPN"), QStringLiteral("--json")});
    EXPECT_EQ(r.code, 0) << r.errText().toStdString();
    const QJsonObject t = QJsonDocument::fromJson(r.out).object()[QStringLiteral("tracks")].toArray()[0].toObject();
    return t[QStringLiteral("partners")].toObject()[QStringLiteral("JPN")].toObject()[QStringLiteral("first_detection_s")].toDouble(-1);
}
} // namespace

TEST(ScenarioCli, MovingTheShipNorthDelaysJapansFirstDetectionByTheHorizonGeometry)
{
    Scratch s;
    ASSERT_EQ(scenario({QStringLiteral("new"), s.file}).code, 0);
    ASSERT_EQ(scenario(QStringList{QStringLiteral("add-launch"), s.file} + kLaunch + QStringList{QStringLiteral("--time"), QStringLiteral("2026-03-01T01:00:00Z")}).code, 0);
    // Japan's fixed radars off, so Japan's first detection is its Aegis destroyer's.
    for (const char *id : {"JPN-FPS5-SHIMOKOSHIKI", "JPN-FPS5-SADO", "JPN-FPS5-OMINATO", "JPN-FPS5-YOZADAKE"})
        ASSERT_EQ(scenario({QStringLiteral("disable-sensor"), s.file, QString::fromLatin1(id)}).code, 0) << id;
    const QString csv = s.dir.filePath(QStringLiteral("flight.csv"));
    ASSERT_EQ(runTrilink(QStringList{QStringLiteral("simulate")} + kLaunch + QStringList{QStringLiteral("--samples"), csv}).code, 0);
    const std::vector<byhand::Sample> flight = flightSamples(csv);
    ASSERT_GT(flight.size(), 300u);

    // The ship west of Hokkaido, 43.0 N 138.0 E, then 200 km further north (1.8 deg of latitude, 44.8 N): so far
    // from the launch that it sees the missile only high in its climb, later the further it is.
    const struct { double lat, lon; } stations[] = {{43.0, 138.0}, {44.8, 138.0}};
    double byCode[2], byHand[2];
    for (int i = 0; i < 2; ++i) {
        ASSERT_EQ(scenario({QStringLiteral("move-sensor"), s.file, QStringLiteral("JPN-DDG-SOJ"), QStringLiteral("--lat"), QString::number(stations[i].lat),
                            QStringLiteral("--lon"), QString::number(stations[i].lon)})
                      .code,
                  0);
        byCode[i] = japanFirstDetection(s.file);
        byHand[i] = byhand::firstSight(flight, stations[i].lon, stations[i].lat); // the destroyer: 20 m up, 1000 km, 1 deg
        ASSERT_GT(byHand[i], 0);
        // Sphere against WGS84: a kilometre of ground range, well under a second of climb.
        EXPECT_NEAR(byCode[i], byHand[i], 2.0) << "station " << i;
    }
    std::cout << "JPN first detection, destroyer at the first and the second station: " << byCode[0] << " s, " << byCode[1]
              << " s (by hand " << byHand[0] << " s, " << byHand[1] << " s)\n";
    EXPECT_GT(byHand[1] - byHand[0], 30.0) << "the move must matter for the test to mean anything";
    EXPECT_NEAR(byCode[1] - byCode[0], byHand[1] - byHand[0], 2.0);
}

TEST(ScenarioCli, TheDocumentedExampleFliesAndItsTrackFilesAreFoundBesideIt)
{
    const QString example = QStringLiteral(TRILINK_SOURCE_DIR "/docs/examples/example.trilink.json");
    const auto shown = scenario({QStringLiteral("show"), example, QStringLiteral("--json")});
    ASSERT_EQ(shown.code, 0) << shown.errText().toStdString();
    QStringList ids;
    for (const auto &t : QJsonDocument::fromJson(shown.out).object()[QStringLiteral("tracks")].toArray())
        ids << t.toObject()[QStringLiteral("id")].toString();
    EXPECT_EQ(ids, (QStringList{QStringLiteral("L1"), QStringLiteral("S-a"), QStringLiteral("S-b"), QStringLiteral("S-c")}));

    // A track file named relative to the scenario is read from the scenario's folder, whatever the working
    // folder; the exercise's tracks then go out as CZML with their partners.
    Scratch s;
    const QString csv = s.dir.filePath(QStringLiteral("recorded.csv"));
    ASSERT_EQ(runTrilink(QStringList{QStringLiteral("simulate")} + kLaunch
                         + QStringList{QStringLiteral("--track"), csv, QStringLiteral("--launch-time"), QStringLiteral("2026-03-01T02:00:00Z"),
                                       QStringLiteral("--track-id"), QStringLiteral("REC")})
                  .code,
              0);
    writeText(s.file, R"({"format": "trilink-scenario", "version": 1, "track_files": ["recorded.csv"]})");
    const auto attribution = runTrilink({QStringLiteral("attribution"), s.file, QStringLiteral("--json")});
    ASSERT_EQ(attribution.code, 0) << attribution.errText().toStdString();
    const QJsonArray tracks = QJsonDocument::fromJson(attribution.out).object()[QStringLiteral("tracks")].toArray();
    ASSERT_EQ(tracks.size(), 1);
    EXPECT_EQ(tracks[0].toObject()[QStringLiteral("id")].toString(), QStringLiteral("REC"));
    const QString czml = s.dir.filePath(QStringLiteral("out.czml"));
    const auto converted = runTrilink({QStringLiteral("convert"), example, czml});
    ASSERT_EQ(converted.code, 0) << converted.errText().toStdString();
    const auto info = runTrilink({QStringLiteral("info"), czml, QStringLiteral("--json")});
    ASSERT_EQ(info.code, 0) << info.errText().toStdString();
    EXPECT_EQ(info.outText().count(QLatin1String("\"id\": \"S-")), 3) << info.outText().toStdString();
}

TEST(ScenarioCli, AScenarioReadsOnlyRegularFilesAndNamesTrackFilesOnly)
{
    Scratch s;
    ASSERT_EQ(::mkfifo(QFile::encodeName(s.file).constData(), 0600), 0);
    const auto fifo = runTrilink({QStringLiteral("attribution"), s.file}, {}, 20000);
    EXPECT_FALSE(fifo.timedOut) << "a FIFO is refused, not opened and waited on";
    EXPECT_EQ(fifo.code, 1);
    EXPECT_TRUE(fifo.errText().contains(QLatin1String("FIFO"))) << fifo.errText().toStdString();
    QFile::remove(s.file);

    writeText(s.file, R"({"format": "trilink-scenario", "version": 1, "track_files": ["other.trilink.json"]})");
    const auto nested = runTrilink({QStringLiteral("attribution"), s.file});
    EXPECT_EQ(nested.code, 2);
    EXPECT_TRUE(nested.errText().contains(QLatin1String("track_files[0]"))) << nested.errText().toStdString();

    QByteArray big = R"({"format": "trilink-scenario", "version": 1, "name": ")";
    big += QByteArray(5 * 1024 * 1024, 'x') + "\"}";
    writeText(s.file, big);
    const auto tooBig = runTrilink({QStringLiteral("attribution"), s.file});
    EXPECT_EQ(tooBig.code, 1);
    EXPECT_TRUE(tooBig.errText().contains(QLatin1String("larger than a scenario file may be"))) << tooBig.errText().toStdString();
}

TEST(ScenarioCli, AddRadarAndRemoveSensorChangeWhoHoldsTheTrack)
{
    Scratch s;
    ASSERT_EQ(scenario({QStringLiteral("new"), s.file}).code, 0);
    ASSERT_EQ(scenario({QStringLiteral("add-launch"), s.file, QStringLiteral("--lat"), QStringLiteral("39"), QStringLiteral("--lon"),
                        QStringLiteral("125.7"), QStringLiteral("--impact-lat"), QStringLiteral("39"), QStringLiteral("--impact-lon"),
                        QStringLiteral("134.5"), QStringLiteral("--time"), QStringLiteral("2026-03-01T01:00:00Z")})
                  .code,
              0);
    for (const char *id : {"KOR-GREENPINE-B1", "KOR-GREENPINE-B2", "KOR-GREENPINE-C", "KOR-KDX3-EAST"})
        ASSERT_EQ(scenario({QStringLiteral("disable-sensor"), s.file, QString::fromLatin1(id)}).code, 0);
    const auto korSensors = [&] {
        const auto shown = scenario({QStringLiteral("show"), s.file, QStringLiteral("--json")});
        EXPECT_EQ(shown.code, 0) << shown.errText().toStdString();
        const QJsonObject t = QJsonDocument::fromJson(shown.out).object()[QStringLiteral("tracks")].toArray()[0].toObject();
        return t[QStringLiteral("attribution")][QStringLiteral("partners")][QStringLiteral("KOR")][QStringLiteral("sensors")].toArray();
    };
    EXPECT_TRUE(korSensors().isEmpty()) << "Korea's own radars are off";
    const auto bad = scenario({QStringLiteral("add-radar"), s.file, QStringLiteral("--like"), QStringLiteral("KOR-NOPE"), QStringLiteral("--lat"),
                               QStringLiteral("40.5"), QStringLiteral("--lon"), QStringLiteral("131")});
    EXPECT_EQ(bad.code, 2);
    EXPECT_TRUE(bad.errText().contains(QStringLiteral("sensors.added[0].like: no radar 'KOR-NOPE'"))) << bad.errText().toStdString();
    const auto add = scenario({QStringLiteral("add-radar"), s.file, QStringLiteral("--like"), QStringLiteral("KOR-KDX3-EAST"),
                               QStringLiteral("--lat"), QStringLiteral("40.5"), QStringLiteral("--lon"), QStringLiteral("131")});
    ASSERT_EQ(add.code, 0) << add.errText().toStdString();
    EXPECT_EQ(korSensors(), QJsonArray{QStringLiteral("KOR-ADDED-1")});
    ASSERT_EQ(scenario({QStringLiteral("remove-sensor"), s.file, QStringLiteral("KOR-ADDED-1")}).code, 0);
    EXPECT_TRUE(korSensors().isEmpty());
    EXPECT_FALSE(readAll(s.file).contains("KOR-ADDED-1")) << "an added radar removed is gone from the file";
}
