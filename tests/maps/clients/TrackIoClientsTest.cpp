// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Track files between Trilink and the JavaScript clients the field uses, run with Node from the npm registry
// (node/package-lock.json): Mapbox's togeojson (GPX and KML to GeoJSON) and geojsonhint (RFC 7946), and
// Cesium's CzmlDataSource as a Cesium app loads CZML. Each reads Trilink's output or makes Trilink's input,
// compared point by point with the tracks the test started from.

#include "../FieldTracks.h"
#include "maps/PartnerStyle.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

using namespace trilink;
using namespace trilink::maps;
using namespace trilink::maps::fixture;

namespace {
const QString kClients = QStringLiteral(TRILINK_NODE_CLIENTS_DIR);

// A client script's JSON output: `node SCRIPT ARGS` in the installed clients folder.
QJsonValue node(const char *script, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(kClients);
    p.start(QStringLiteral("node"), QStringList{kClients + u'/' + QLatin1StringView(script)} + args);
    const bool ok = p.waitForFinished(90000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    EXPECT_TRUE(ok) << script << ": " << p.readAllStandardError().toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << script << ": " << error.errorString().toStdString();
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QString saved(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return f.fileName();
}

QString colour(Partner p) { return partnerColor(p).name(); }
} // namespace

// togeojson makes a GPX track of two segments a MultiLineString with the times nested the same way
// (coordinateProperties.times), and Trilink's KML gx:Track a LineString with its times: both read as the tracks.
TEST(TrackIoClients, TogeojsonOfAMultiSegmentGpxAndOfTrilinksKml)
{
    QTemporaryDir dir;
    const auto tracks = flights();
    // The GPX a logger writes after a pause: each flight in two <trkseg>s (written here by hand, not by Trilink).
    QByteArray gpx = "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n";
    for (const auto &t : tracks) {
        gpx += "<trk><name>" + t.id.toUtf8() + "</name><trkseg>\n";
        for (std::size_t i = 0; i < t.points.size(); ++i) {
            if (i == t.points.size() / 2)
                gpx += "</trkseg><trkseg>\n";
            const auto &p = t.points[i];
            gpx += QStringLiteral("<trkpt lat=\"%1\" lon=\"%2\"><ele>%3</ele><time>%4</time></trkpt>\n")
                       .arg(p.lat, 0, 'g', 17)
                       .arg(p.lon, 0, 'g', 17)
                       .arg(p.altM, 0, 'g', 17)
                       .arg(trackio::isoUtcMsText(p.timeMsUtc))
                       .toUtf8();
        }
        gpx += "</trkseg></trk>\n";
    }
    gpx += "</gpx>\n";
    const QString geojson = saved(dir, QStringLiteral("togeojson.geojson"),
                                  QJsonDocument(node("togeojson.mjs", {QStringLiteral("gpx"), saved(dir, QStringLiteral("logger.gpx"), gpx)})
                                                    .toObject())
                                      .toJson(QJsonDocument::Compact));
    QFile f(geojson);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    ASSERT_TRUE(f.readAll().contains("\"MultiLineString\""));
    const auto r = readBack(geojson);
    EXPECT_EQ(r.problems.size(), 0u) << dump(r);
    expectSameTracks(r.tracks, tracks, {0, 0, false, false}, "togeojson of a two-segment GPX");

    const QString kml = writeTo(dir, QStringLiteral("flights.kml"), tracks);
    const QString fromKml = saved(dir, QStringLiteral("fromkml.geojson"),
                                  QJsonDocument(node("togeojson.mjs", {QStringLiteral("kml"), kml}).toObject()).toJson(QJsonDocument::Compact));
    const auto k = readBack(fromKml);
    expectSameTracks(k.tracks, tracks, {0, 0, false, false}, "togeojson of Trilink's KML");
    // togeojson keeps the label GDAL and Google Earth show: the description.
    const QJsonArray features = QJsonDocument::fromJson([&] {
                                    QFile g(fromKml);
                                    g.open(QIODevice::ReadOnly);
                                    return g.readAll();
                                }()).object()[QStringLiteral("features")].toArray();
    ASSERT_EQ(features.size(), 2);
    EXPECT_EQ(features[0].toObject()[QStringLiteral("properties")].toObject()[QStringLiteral("description")].toString(), u"Hwasong-15");
}

// geojsonhint finds nothing wrong with Trilink's GeoJSON, a track cut at the antimeridian included.
TEST(TrackIoClients, GeojsonhintAcceptsTrilinksGeoJson)
{
    QTemporaryDir dir;
    auto tracks = flights();
    RecordedTrack pacific{QStringLiteral("PAC"), {}, {}};
    for (int i = 0; i < 5; ++i)
        pacific.points.push_back({ms("2022-11-18T01:14:00Z") + i * 60'000, i < 3 ? 179.0 + 0.4 * i : -179.6 + 0.4 * (i - 3), 40.0, 1e5, kUsa, {}});
    tracks.push_back(pacific);
    const QString file = writeTo(dir, QStringLiteral("all.geojson"), tracks);
    const QJsonArray errors = node("geojsonhint.mjs", {file}).toArray();
    EXPECT_EQ(errors.size(), 0) << QJsonDocument(errors).toJson().toStdString();
}

// Cesium loads Trilink's CZML as Trilink shows it: every sample where it was (within a micrometre), available
// over the track's time, labelled, and the path, description and properties following who holds the track.
TEST(TrackIoClients, CesiumShowsTrilinksCzmlAsTrilinkDoes)
{
    QTemporaryDir dir;
    const auto tracks = flights();
    const QString czml = writeTo(dir, QStringLiteral("flights.czml"), tracks);
    const QJsonArray entities = node("czml.mjs", {czml}).toArray();
    ASSERT_EQ(entities.size(), 2);
    for (qsizetype k = 0; k < entities.size(); ++k) {
        const QJsonObject e = entities[k].toObject();
        const RecordedTrack &t = tracks[static_cast<std::size_t>(k)];
        EXPECT_EQ(e[QStringLiteral("id")].toString(), t.id);
        const QJsonArray samples = e[QStringLiteral("samples")].toArray();
        ASSERT_EQ(samples.size(), qsizetype(t.points.size()));
        for (qsizetype i = 0; i < samples.size(); ++i) {
            const QJsonObject s = samples[i].toObject();
            const TrackPoint &p = t.points[static_cast<std::size_t>(i)];
            const std::string at = t.id.toStdString() + " sample " + std::to_string(i);
            EXPECT_EQ(ms(s[QStringLiteral("time")].toString().toLatin1().constData()), p.timeMsUtc) << at;
            EXPECT_TRUE(s[QStringLiteral("available")].toBool()) << at;
            // A micrometre on the ground is about 1e-11 degrees.
            EXPECT_NEAR(s[QStringLiteral("lon")].toDouble(), p.lon, 1e-10) << at;
            EXPECT_NEAR(s[QStringLiteral("lat")].toDouble(), p.lat, 1e-10) << at;
            EXPECT_NEAR(s[QStringLiteral("height")].toDouble(), p.altM, 1e-6) << at;
            EXPECT_EQ(s[QStringLiteral("label")].toString(), t.label) << at;
            const QJsonObject props = s[QStringLiteral("properties")].toObject();
            EXPECT_EQ(props[QStringLiteral("partners")].toString(), trackio::partnerListText(p.partners)) << at;
            EXPECT_EQ(props[QStringLiteral("sensor")].toString(), p.sensor) << at;
            const QString path = s[QStringLiteral("pathColour")].toString();
            const QString expected = p.partners & partnerBit(Partner::USA) ? colour(Partner::USA)
                                     : p.partners == kJpn                   ? colour(Partner::JPN)
                                                                            : unheldColor(true).name();
            EXPECT_EQ(path, expected) << at;
            if (p.partners == kUsaKor) {
                EXPECT_EQ(s[QStringLiteral("pathEdge")].toString(), colour(Partner::KOR)) << at;
            }
            const QString description = s[QStringLiteral("description")].toString();
            EXPECT_TRUE(description.contains(p.partners ? QStringLiteral("Held by ") + trackio::partnerListText(p.partners).replace(u';', QStringLiteral(", "))
                                                        : QStringLiteral("Held by no partner")))
                << at << " " << description.toStdString();
        }
    }
    // And Trilink reads its file back the same.
    expectSameTracks(readBack(czml).tracks, tracks, {0, 0}, "Trilink's CZML");
}

// Cesium's own way with INERTIAL positions (the frame of its satellite examples) and with availability: the
// Earth-fixed positions Cesium shows are the ones Trilink reads, and the samples Cesium hides are left out.
TEST(TrackIoClients, InertialPositionsAndAvailabilityReadAsCesiumShowsThem)
{
    QTemporaryDir dir;
    // A low orbit sampled every 30 s in the inertial frame, given as Cesium's satellite examples give it.
    QByteArray samples;
    const double r = 6'778'137.0, incl = 51.6 * std::numbers::pi / 180.0, period = 5553.0;
    for (int i = 0; i <= 40; ++i) {
        const double a = 2 * std::numbers::pi * 30.0 * i / period;
        samples += QStringLiteral("%1%2,%3,%4,%5")
                       .arg(i ? "," : "")
                       .arg(30 * i)
                       .arg(r * std::cos(a), 0, 'f', 3)
                       .arg(r * std::sin(a) * std::cos(incl), 0, 'f', 3)
                       .arg(r * std::sin(a) * std::sin(incl), 0, 'f', 3)
                       .toLatin1();
    }
    const QByteArray czml = "[{\"id\":\"document\",\"version\":\"1.0\"},\n"
                            "{\"id\":\"ISS-like\",\"availability\":\"2023-03-20T00:02:00Z/2023-03-20T00:17:00Z\","
                            "\"position\":{\"epoch\":\"2023-03-20T00:00:00Z\",\"referenceFrame\":\"INERTIAL\",\"cartesian\":[" +
                            samples + "]}}]\n";
    const QString file = saved(dir, QStringLiteral("orbit.czml"), czml);
    const QJsonArray entities = node("czml.mjs", {file}).toArray();
    ASSERT_EQ(entities.size(), 1);
    const QJsonArray shown = entities[0].toObject()[QStringLiteral("samples")].toArray();
    const auto back = readBack(file);
    ASSERT_EQ(back.tracks.size(), 1u) << dump(back);
    const auto &points = back.tracks[0].points;
    std::size_t j = 0;
    for (const auto &v : shown) {
        const QJsonObject s = v.toObject();
        if (!s[QStringLiteral("available")].toBool())
            continue; // Cesium hides it: Trilink leaves it out
        ASSERT_LT(j, points.size());
        const TrackPoint &p = points[j++];
        const std::string at = s[QStringLiteral("time")].toString().toStdString();
        EXPECT_EQ(p.timeMsUtc, ms(s[QStringLiteral("time")].toString().toLatin1().constData())) << at;
        // The same rotation: a centimetre at 400 km is about 1e-7 degrees.
        EXPECT_NEAR(p.lon, s[QStringLiteral("lon")].toDouble(), 1e-7) << at;
        EXPECT_NEAR(p.lat, s[QStringLiteral("lat")].toDouble(), 1e-7) << at;
        EXPECT_NEAR(p.altM, s[QStringLiteral("height")].toDouble(), 0.01) << at;
    }
    EXPECT_EQ(j, points.size());
    EXPECT_EQ(points.size(), 31u); // 00:02 to 00:17 in 30 s steps
    ASSERT_EQ(back.problems.size(), 1u) << dump(back);
    EXPECT_TRUE(back.problems[0].message.contains(QStringLiteral("10 samples outside its availability"))) << dump(back);
}
