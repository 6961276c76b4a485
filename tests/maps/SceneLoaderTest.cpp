// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/scene/SceneLoader.h"
#include "maps/trackio/TrackParsing.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace trilink;

namespace {

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QByteArray event(const char *uid, const char *time, double lat, const char *type = "a-f-G-U-C", const char *callsign = "VIPER 1-1")
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<event version=\"2.0\" uid=\"") + uid +
           "\" type=\"" + type + "\" how=\"m-g\" time=\"" + time + "\"><point lat=\"" + QByteArray::number(lat) +
           "\" lon=\"127\" hae=\"10\"/><detail><contact callsign=\"" + callsign + "\"/></detail></event>\n";
}

std::int64_t ms(const char *iso)
{
    return *maps::trackio::parseIsoTimeMsUtc(QString::fromLatin1(iso));
}

} // namespace

// A capture cut into files (by the hour, or one per receiver): the events of one uid are one object's reports,
// so they are one track in time order, as in a live feed; the same report in two captures counts once, the
// latest report says what the object is, and the join is said. A CSV track of the same id stays its own.
TEST(SceneLoader, EventsOfOneUidInSeveralCotFilesAreOneTrack)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("hour1.cot")), b = dir.filePath(QStringLiteral("hour2.cot")),
                  c = dir.filePath(QStringLiteral("other.csv"));
    writeText(a, event("U", "2024-05-01T03:00:00Z", 37.0) + event("U", "2024-05-01T03:00:20Z", 37.2) + event("V", "2024-05-01T03:00:05Z", 36.0, "a-h-G", "V"));
    writeText(b, event("U", "2024-05-01T03:00:10Z", 37.1) + event("U", "2024-05-01T03:00:20Z", 99.0 - 60) +
                     event("U", "2024-05-01T03:00:30Z", 37.3, "a-f-G-U-C-I", "VIPER 1-2"));
    writeText(c, "id,time,lat,lon,alt_m\nU,2024-05-01T03:00:00Z,35,128,0\nU,2024-05-01T03:00:10Z,35.1,128,0\n");

    const maps::TracksRead r = maps::readSceneTracks({a, b, c});
    EXPECT_TRUE(r.problems.isEmpty()) << r.problems.join(u'\n').toStdString();
    ASSERT_EQ(r.tracks.size(), 3u);
    const ScenarioTrack *u = nullptr;
    int us = 0;
    for (const auto &t : r.tracks)
        if (t.id == u"U" && t.source == a) {
            u = &t;
            ++us;
        }
    ASSERT_TRUE(u);
    EXPECT_EQ(us, 1);
    ASSERT_EQ(u->samples.size(), 4u);
    const double lats[] = {37.0, 37.1, 37.2, 37.3}; // 03:00:20 twice: the first file's report stays
    for (int i = 0; i < 4; ++i)
        EXPECT_DOUBLE_EQ(u->samples[static_cast<std::size_t>(i)].lat, lats[i]) << i;
    EXPECT_EQ(u->launchMsUtc, ms("2024-05-01T03:00:00Z"));
    EXPECT_DOUBLE_EQ(u->samples.back().timeS, 30.0);
    EXPECT_EQ(u->identity.kind, QStringLiteral("a-f-G-U-C-I"));
    EXPECT_EQ(u->label, QStringLiteral("VIPER 1-2"));
    ASSERT_EQ(r.merged.size(), 1) << r.merged.join(u'\n').toStdString();
    EXPECT_EQ(r.merged.front(), a + QStringLiteral(": track U is the events of uid U in 2 files (hour1.cot, hour2.cot), 4 points in time "
                                                    "order; 1 report(s) at a time already reported left out"));
}
