// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// What the tests of other tools' files share (TrackIoToolsTest: ogr2ogr, gpsbabel; clients/: Node clients): two
// flights as a recording holds them, the point-by-point comparison, and the tools run as a user runs them.

#include "TrackIoFixture.h"
#include "maps/trackio/TrackFormats.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

namespace trilink::maps::fixture {

inline constexpr PartnerMask kUsa = partnerBit(Partner::USA);
inline constexpr PartnerMask kUsaKor = partnerBit(Partner::USA) | partnerBit(Partner::KOR);
inline constexpr PartnerMask kJpn = partnerBit(Partner::JPN);

// Two flights as a recording holds them: times to the millisecond, who held each point and through what.
inline std::vector<RecordedTrack> flights()
{
    RecordedTrack hs15{QStringLiteral("HS15"), QStringLiteral("Hwasong-15"), {}};
    const std::int64_t t0 = ms("2017-11-28T18:17:00Z");
    for (int i = 0; i < 40; ++i) {
        TrackPoint p{t0 + i * 10'250, 125.869 + 0.0731 * i, 39.282 + 0.0117 * i, 4000.0 * i - 0.004 * i * i * i, 0, {}};
        if (i >= 8)
            p.partners = i < 20 ? kUsa : kUsaKor, p.sensor = i < 20 ? QStringLiteral("USA TPY-2 (Seongju)") : QStringLiteral("KOR Green Pine");
        hs15.points.push_back(p);
    }
    RecordedTrack kn23{QStringLiteral("KN23"), QStringLiteral("KN-23"), {}};
    const std::int64_t t1 = ms("2017-11-28T18:19:30.125Z");
    for (int i = 0; i < 20; ++i)
        kn23.points.push_back({t1 + i * 7'001, 127.51 + 0.05 * i, 38.9 - 0.01 * i, 1500.0 * (20 - std::abs(10 - i)), i > 3 ? kJpn : PartnerMask(0),
                               i > 3 ? QStringLiteral("JPN FPS-5") : QString()});
    return {hs15, kn23};
}

struct Tolerance {
    double degrees = 0, metres = 0;
    bool partners = true, sensors = true;
};

// actual against expected, point by point.
inline void expectSameTracks(const std::vector<RecordedTrack> &actual, const std::vector<RecordedTrack> &expected, Tolerance tol,
                      const char *what)
{
    ASSERT_EQ(actual.size(), expected.size()) << what;
    for (std::size_t k = 0; k < expected.size(); ++k) {
        const auto &a = actual[k], &e = expected[k];
        EXPECT_EQ(a.id, e.id) << what;
        ASSERT_EQ(a.points.size(), e.points.size()) << what << " " << e.id.toStdString();
        for (std::size_t i = 0; i < e.points.size(); ++i) {
            const auto &p = a.points[i], &q = e.points[i];
            const std::string at = std::string(what) + " " + e.id.toStdString() + " point " + std::to_string(i);
            EXPECT_EQ(p.timeMsUtc, q.timeMsUtc) << at;
            EXPECT_NEAR(p.lon, q.lon, tol.degrees) << at;
            EXPECT_NEAR(p.lat, q.lat, tol.degrees) << at;
            EXPECT_NEAR(p.altM, q.altM, tol.metres) << at;
            if (tol.partners) {
                EXPECT_EQ(p.partners, q.partners) << at;
            }
            if (tol.sensors) {
                EXPECT_EQ(p.sensor, q.sensor) << at;
            }
        }
    }
}

inline QString writeTo(const QTemporaryDir &dir, const QString &name, const std::vector<RecordedTrack> &tracks)
{
    const QString path = dir.filePath(name);
    QString error;
    EXPECT_TRUE(writeTrackFile(path, tracks, &error)) << error.toStdString();
    return path;
}

inline TrackFileResult readBack(const QString &path)
{
    auto r = readTrackFile(path);
    EXPECT_TRUE(r.readable) << dump(r);
    return r;
}

// A tool that must be there (scripts/deps.sh test installs it): its output, the test failing when it fails.
inline QString tool(const char *name, const QStringList &args)
{
    QString err;
    const auto out = runTool(QString::fromLatin1(name), args, &err);
    EXPECT_TRUE(out.has_value()) << name << " " << args.join(u' ').toStdString() << " failed (scripts/deps.sh test installs it): "
                                 << err.toStdString();
    return out.value_or(QString());
}

} // namespace trilink::maps::fixture
