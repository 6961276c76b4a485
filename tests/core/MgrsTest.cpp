// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// UTM, UPS and MGRS against GeographicLib's GeoConvert (Debian geographiclib-tools), an independent
// implementation of the same NGA definitions, run at test time over a grid of the whole Earth with the
// special zones of Norway and Svalbard and both polar caps.
#include "core/Mgrs.h"
#include "core/Text.h"

#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

using namespace trilink;

namespace {
struct Place {
    double lon, lat;
};

std::vector<Place> places()
{
    std::vector<Place> out{{125.7625, 39.0392}, {126.978, 37.5665}, {139.6917, 35.6895}, {144.7937, 13.4443}, // Pyongyang, Seoul, Tokyo, Guam
                           {5.5, 60.0},  {7.0, 58.0},  {3.1, 56.5},   // south-west Norway: zone 32
                           {8.0, 78.0},  {15.0, 79.0}, {25.0, 80.0}, {40.0, 75.0}, // Svalbard: 31X, 33X, 35X, 37X
                           {30.0, 89.5}, {-100.0, 86.0}, {0.0, 90.0}, {-30.0, -85.0}, {160.0, -88.0}, // UPS
                           {-0.0001, 0.0001}, {179.9999, -0.0001}, {-180.0, 83.9}, {0.0, -80.0}};
    for (double lat = -79.5; lat < 84.0; lat += 7.3)
        for (double lon = -179.3; lon < 180.0; lon += 13.7)
            out.push_back({lon, lat});
    // Both sides read the same numbers: the ten decimals GeoConvert is given.
    for (Place &p : out) {
        p.lon = QString::number(p.lon, 'f', 10).toDouble();
        p.lat = QString::number(p.lat, 'f', 10).toDouble();
    }
    return out;
}

// GeoConvert's answer for every place, one line each, in the output mode `mode` ("-m" MGRS, "-u" UTM/UPS).
QStringList geoConvert(const std::vector<Place> &input, const QStringList &mode)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("GeoConvert"));
    if (exe.isEmpty())
        return {};
    QString lines;
    for (const Place &p : input)
        lines += QStringLiteral("%1 %2\n").arg(p.lat, 0, 'f', 10).arg(p.lon, 0, 'f', 10);
    QProcess run;
    run.start(exe, mode);
    run.write(lines.toUtf8());
    run.closeWriteChannel();
    if (!run.waitForFinished(20000) || run.exitCode() != 0)
        return {};
    return QString::fromUtf8(run.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}
} // namespace

// Recorded while writing this test: echo "39.0392 125.7625" | GeoConvert -m  ->  51SYD3909724758;
// echo "13.4443 -170" | GeoConvert -m  ->  02PPV0825086489 (a zone below 10 keeps two digits).
TEST(Mgrs, PyongyangAsGeoConvertWritesIt)
{
    EXPECT_EQ(mgrs::reference(-170, 13.4443), QStringLiteral("02P PV 08250 86489"));
    EXPECT_EQ(mgrs::reference(125.7625, 39.0392), QStringLiteral("51S YD 39097 24758"));
    EXPECT_EQ(mgrs::reference(125.7625, 39.0392, 2), QStringLiteral("51S YD 39 24"));
    EXPECT_EQ(mgrs::reference(125.7625, 39.0392, 0), QStringLiteral("51S YD"));
    EXPECT_EQ(text::coordinate(125.7625, 39.0392, CoordinateFormat::Mgrs), QStringLiteral("51S YD 39097 24758"));
    EXPECT_TRUE(mgrs::reference(0, 91).isEmpty());
}

TEST(Mgrs, EveryGridReferenceMatchesGeoConvert)
{
    const std::vector<Place> input = places();
    const QStringList truth = geoConvert(input, {QStringLiteral("-m"), QStringLiteral("-p"), QStringLiteral("0")});
    ASSERT_EQ(truth.size(), static_cast<qsizetype>(input.size())) << "GeoConvert (Debian geographiclib-tools) must be installed";
    for (std::size_t i = 0; i < input.size(); ++i)
        EXPECT_EQ(mgrs::reference(input[i].lon, input[i].lat).remove(u' '), truth[i].trimmed())
            << "lat " << input[i].lat << " lon " << input[i].lon;
}

TEST(Mgrs, UtmAndUpsMatchGeoConvertToAMillimetre)
{
    const std::vector<Place> input = places();
    const QStringList truth = geoConvert(input, {QStringLiteral("-u"), QStringLiteral("-p"), QStringLiteral("3")});
    ASSERT_EQ(truth.size(), static_cast<qsizetype>(input.size())) << "GeoConvert (Debian geographiclib-tools) must be installed";
    for (std::size_t i = 0; i < input.size(); ++i) {
        const QStringList f = truth[i].split(u' ', Qt::SkipEmptyParts); // "51n 739097.007 4324758.694" or "n 2027756.123 ..."
        ASSERT_EQ(f.size(), 3) << truth[i].toStdString();
        const double e = f[1].toDouble(), n = f[2].toDouble();
        const QString zone = f[0];
        if (zone == QLatin1String("n") || zone == QLatin1String("s")) {
            const mgrs::Ups u = mgrs::ups(input[i].lon, input[i].lat);
            EXPECT_EQ(u.north, zone == QLatin1String("n"));
            EXPECT_NEAR(u.eastingM, e, 1e-3) << truth[i].toStdString();
            EXPECT_NEAR(u.northingM, n, 1e-3) << truth[i].toStdString();
            EXPECT_FALSE(mgrs::utm(input[i].lon, input[i].lat)) << "UTM stops at 84N and 80S";
            continue;
        }
        const auto u = mgrs::utm(input[i].lon, input[i].lat);
        ASSERT_TRUE(u) << truth[i].toStdString();
        EXPECT_EQ(QStringLiteral("%1").arg(u->zone, 2, 10, QLatin1Char('0')) + (u->north ? u'n' : u's'), zone) << "lat " << input[i].lat << " lon " << input[i].lon;
        EXPECT_NEAR(u->eastingM, e, 1e-3) << truth[i].toStdString();
        EXPECT_NEAR(u->northingM, n, 1e-3) << truth[i].toStdString();
    }
}
