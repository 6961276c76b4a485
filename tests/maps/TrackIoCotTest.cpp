// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "TrackIoFixture.h"
#include "maps/trackio/TrackFormats.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace trilink;
using namespace trilink::maps;

namespace {
using namespace trilink::maps::fixture;
const FixtureReader readFixture(trackio::readCot, QStringLiteral("mem.cot"));
constexpr PartnerMask kUsaKor = partnerBit(Partner::USA) | partnerBit(Partner::KOR);
} // namespace

TEST(TrackIoCot, SingleEventIsAOnePointTrack)
{
    const auto r = readFixture(QStringLiteral("cot_single.cot"));
    ASSERT_TRUE(r.readable);
    // An unknown height put at 0 m is a value replaced: said once for the file.
    ASSERT_EQ(r.problems.size(), 1u) << dump(r);
    EXPECT_EQ(r.problems[0].text(), u"cot_single.cot: 1 event(s) give no height (hae missing, or 9999999: CoT's \"unknown\"); read at 0 m");
    ASSERT_EQ(r.tracks.size(), 1u);
    const auto &t = r.tracks[0];
    EXPECT_EQ(t.id, QStringLiteral("HS12-20170915"));
    EXPECT_EQ(t.label, QStringLiteral("Hwasong-12")); // the contact callsign wins over the group name
    ASSERT_EQ(t.points.size(), 1u);
    EXPECT_EQ(t.points[0].timeMsUtc, ms("2017-09-14T21:57:00Z"));
    EXPECT_DOUBLE_EQ(t.points[0].lon, 125.76);
    EXPECT_DOUBLE_EQ(t.points[0].lat, 39.04);
    EXPECT_DOUBLE_EQ(t.points[0].altM, 0); // hae 9999999 is CoT's "unknown"
}

TEST(TrackIoCot, EventsAreGroupedByUidAndSortedByTime)
{
    const auto r = readFixture(QStringLiteral("cot_events.cot"));
    EXPECT_TRUE(r.problems.empty()) << dump(r);
    ASSERT_EQ(r.tracks.size(), 2u);
    const auto &t = r.tracks[0];
    EXPECT_EQ(t.id, QStringLiteral("HS15-20171128"));
    EXPECT_EQ(t.label, QStringLiteral("Hwasong-15"));
    ASSERT_EQ(t.points.size(), 3u);
    EXPECT_EQ(t.points[0].timeMsUtc, ms("2017-11-28T18:17:00Z"));
    EXPECT_DOUBLE_EQ(t.points[0].lon, 125.869);
    EXPECT_EQ(t.points[0].partners, 0);
    EXPECT_EQ(t.points[1].timeMsUtc, ms("2017-11-28T18:19:30.250Z"));
    EXPECT_DOUBLE_EQ(t.points[1].altM, 152000.5);
    EXPECT_EQ(t.points[1].partners, kUsaKor);
    EXPECT_EQ(t.points[1].sensor, QStringLiteral("KOR Green Pine"));
    EXPECT_EQ(t.points[2].timeMsUtc, ms("2017-11-28T19:10:59.999Z"));
    EXPECT_EQ(t.points[2].partners, kUsaKor | partnerBit(Partner::JPN));

    EXPECT_EQ(r.tracks[1].id, QStringLiteral("track-2"));
    EXPECT_EQ(r.tracks[1].label, QStringLiteral("Cyan")); // no contact: the group name
    ASSERT_EQ(r.tracks[1].points.size(), 2u);
    EXPECT_DOUBLE_EQ(r.tracks[1].points[1].altM, 50000);
}

TEST(TrackIoCot, BadEventsAreReportedAtTheirLines)
{
    const auto r = readFixture(QStringLiteral("cot_bad.cot"));
    ASSERT_EQ(r.tracks.size(), 1u) << dump(r);
    const auto &pts = r.tracks[0].points;
    ASSERT_EQ(pts.size(), 2u) << dump(r);
    EXPECT_DOUBLE_EQ(pts[0].lon, 125.0);
    EXPECT_DOUBLE_EQ(pts[1].lon, 125.7);
    EXPECT_EQ(pts[1].partners, partnerBit(Partner::USA));
    EXPECT_TRUE(problemAt(r, 4, QStringLiteral("without a <point>"))) << dump(r);
    EXPECT_TRUE(problemAt(r, 5, QStringLiteral("not ISO 8601"))) << dump(r);
    EXPECT_TRUE(problemAt(r, 6, QStringLiteral("is not on the Earth"))) << dump(r);
    EXPECT_TRUE(problemAt(r, 7, QStringLiteral("repeats"))) << dump(r);
    EXPECT_TRUE(problemAt(r, 8, QStringLiteral("without a uid"))) << dump(r);
    EXPECT_TRUE(problemAt(r, 9, QStringLiteral("without a valid lat and lon"))) << dump(r);
    EXPECT_TRUE(problemAt(r, 10, QStringLiteral("unknown partner PRK ignored"))) << dump(r);
    EXPECT_EQ(r.problems.size(), 7u) << dump(r);
}

TEST(TrackIoCot, TruncatedDeepAndBillionLaughsFilesStopWithTheirLine)
{
    const auto cut = readFixture(QStringLiteral("cot_truncated.cot"));
    ASSERT_EQ(cut.tracks.size(), 1u) << dump(cut);
    EXPECT_EQ(cut.tracks[0].points.size(), 2u);
    ASSERT_EQ(cut.problems.size(), 1u) << dump(cut);
    EXPECT_TRUE(problemAt(cut, 5, QStringLiteral("event cut short by the end of the stream"))) << dump(cut);

    const auto deep = readFixture(QStringLiteral("cot_deep.cot"));
    ASSERT_EQ(deep.tracks.size(), 1u) << dump(deep);
    EXPECT_EQ(deep.tracks[0].points.size(), 2u);
    ASSERT_EQ(deep.problems.size(), 1u) << dump(deep);
    EXPECT_TRUE(problemAt(deep, 5, QStringLiteral("elements nested deeper than 256 levels; skipped"))) << dump(deep);

    const auto lol = readFixture(QStringLiteral("cot_billion_laughs.cot"));
    ASSERT_EQ(lol.tracks.size(), 1u) << dump(lol);
    EXPECT_EQ(lol.tracks[0].points.size(), 1u); // the second event holds the entity
    // The splitter never passes a DOCTYPE on: no entity is declared, so none expands at all.
    ASSERT_EQ(lol.problems.size(), 2u) << dump(lol);
    EXPECT_TRUE(problemAt(lol, 2, QStringLiteral("DOCTYPE ignored"))) << dump(lol);
    EXPECT_TRUE(problemAt(lol, 16, QStringLiteral("Entity 'lol9' not declared"))) << dump(lol);
}

TEST(TrackIoCot, XmlWithoutEventsIsNotReadable)
{
    QByteArray kml("<kml><Placemark/></kml>");
    QBuffer b(&kml);
    b.open(QIODevice::ReadOnly);
    const auto r = trackio::readCot(b, QStringLiteral("x.cot"));
    EXPECT_FALSE(r.readable);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].text(), QStringLiteral("x.cot: no Cursor on Target <event> elements"));
}

TEST(TrackIoCot, RoundTripKeepsPointsMillisecondsAndAttribution)
{
    std::vector<RecordedTrack> in(2);
    in[0].id = QStringLiteral("HS15-20171128");
    in[0].label = QStringLiteral("Hwasong-15 & co");
    in[0].points = {{ms("2017-11-28T18:17:00.001Z"), 125.869, 39.282, 0, 0, {}},
                    {ms("2017-11-28T18:19:30.250Z"), 126.3, 39.35, 152000.5, kUsaKor, QStringLiteral("KOR Green Pine")},
                    {ms("2017-11-28T19:10:59.999Z"), 134.4, 40.75, 12.25, partnerBit(Partner::JPN), QStringLiteral("JPN FPS-5")}};
    in[1].id = QStringLiteral("other");
    in[1].points = {{ms("2017-11-28T18:18:00Z"), -70.5, -33.25, 1000, 0, QStringLiteral("sensor only")}};

    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    QString error;
    ASSERT_TRUE(trackio::writeCot(out, in, &error)) << error.toStdString();

    QBuffer back(&bytes);
    back.open(QIODevice::ReadOnly);
    const auto r = trackio::readCot(back, QStringLiteral("rt.cot"));
    EXPECT_TRUE(r.problems.empty()) << dump(r);
    ASSERT_EQ(r.tracks.size(), in.size());
    for (size_t i = 0; i < in.size(); ++i) {
        EXPECT_EQ(r.tracks[i].id, in[i].id);
        EXPECT_EQ(r.tracks[i].label, in[i].label);
        ASSERT_EQ(r.tracks[i].points.size(), in[i].points.size());
        for (size_t k = 0; k < in[i].points.size(); ++k) {
            const auto &a = in[i].points[k];
            const auto &b = r.tracks[i].points[k];
            EXPECT_EQ(b.timeMsUtc, a.timeMsUtc);
            EXPECT_NEAR(b.lon, a.lon, 1e-8);
            EXPECT_NEAR(b.lat, a.lat, 1e-8);
            EXPECT_NEAR(b.altM, a.altM, 1e-3);
            EXPECT_EQ(b.partners, a.partners);
            EXPECT_EQ(b.sensor, a.sensor);
        }
    }
}

// A capture of a TAK feed as ATAK and TAK Server write it: events back to back, most with their own XML
// declaration, some without, a blank line between; two objects interleaved in time. Hand-written after the
// events ATAK-CIV 4.10 sends (takv, contact, uid, precisionlocation, __group, status, track).
TEST(TrackIoCot, ACaptureOfBackToBackEventsReadsEveryEvent)
{
    const auto r = readFixture(QStringLiteral("cot_tak_capture.cot"));
    ASSERT_TRUE(r.readable) << dump(r);
    ASSERT_EQ(r.tracks.size(), 2u) << dump(r);
    const auto &unit = r.tracks[0];
    EXPECT_EQ(unit.id, QStringLiteral("ANDROID-355499060918435"));
    EXPECT_EQ(unit.label, QStringLiteral("VIPER 1-1"));
    ASSERT_EQ(unit.points.size(), 3u);
    EXPECT_EQ(unit.points[2].timeMsUtc, ms("2024-05-01T03:00:20Z"));
    EXPECT_DOUBLE_EQ(unit.points[2].altM, 38.9);
    EXPECT_EQ(unit.identity.kind, QStringLiteral("a-f-G-U-C")); // a friendly ground unit, as it said
    EXPECT_EQ(unit.identity.how, QStringLiteral("m-g"));
    EXPECT_TRUE(unit.identity.extra.contains(QLatin1String("name=\"Cyan\""))) << unit.identity.extra.toStdString();
    const auto &missile = r.tracks[1];
    EXPECT_EQ(missile.id, QStringLiteral("S-1"));
    ASSERT_EQ(missile.points.size(), 2u);
    EXPECT_DOUBLE_EQ(missile.points[1].altM, 40000);
    // The one bad event is named at its own line; nothing else is wrong.
    ASSERT_EQ(r.problems.size(), 1u) << dump(r);
    EXPECT_TRUE(problemAt(r, 13, QStringLiteral("time \"not a time\" is not ISO 8601"))) << dump(r);
}

// Written CoT is what TAK software reads: XML documents of one <event> each, back to back, in time order
// across tracks (no <events> root), and a track read from CoT keeps its type, how and detail.
TEST(TrackIoCot, WrittenFilesAreEventsInTimeOrderKeepingIdentity)
{
    const auto in = readFixture(QStringLiteral("cot_tak_capture.cot"));
    ASSERT_EQ(in.tracks.size(), 2u) << dump(in);
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    QString error;
    ASSERT_TRUE(trackio::writeCot(out, in.tracks, &error)) << error.toStdString();
    EXPECT_FALSE(bytes.contains("<events")) << bytes.constData();
    // Each event's start, in the order written: the two tracks interleaved by time.
    const QString text = QString::fromUtf8(bytes);
    static const QRegularExpression eventTime(QStringLiteral("<event [^>]*uid=\"([^\"]+)\"[^>]*time=\"([^\"]+)\""));
    QStringList order;
    for (auto it = eventTime.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        order << m.captured(1).left(7) + u'@' + m.captured(2).mid(17, 2);
    }
    EXPECT_EQ(order, (QStringList{QStringLiteral("ANDROID@00"), QStringLiteral("S-1@05"), QStringLiteral("ANDROID@10"), QStringLiteral("S-1@15"),
                           QStringLiteral("ANDROID@20")}));
    EXPECT_EQ(text.count(QLatin1String("<?xml")), 5);

    QBuffer back(&bytes);
    back.open(QIODevice::ReadOnly);
    const auto r = trackio::readCot(back, QStringLiteral("again.cot"));
    EXPECT_TRUE(r.problems.empty()) << dump(r);
    ASSERT_EQ(r.tracks.size(), 2u);
    const auto &unit = r.tracks[0];
    EXPECT_EQ(unit.identity.kind, QStringLiteral("a-f-G-U-C")) << text.toStdString();
    EXPECT_EQ(unit.identity.how, QStringLiteral("m-g"));
    EXPECT_EQ(unit.label, QStringLiteral("VIPER 1-1"));
    for (const char *kept : {"<takv ", "device=\"SAMSUNG SM-G998U\"", "<__group ", "name=\"Cyan\"", "<status "})
        EXPECT_TRUE(unit.identity.extra.contains(QLatin1String(kept))) << kept << "\n" << unit.identity.extra.toStdString();
    EXPECT_EQ(r.tracks[1].identity.kind, QStringLiteral("a-h-A-W-M-S-S"));
    // A track that never was CoT is sent as what Trilink tracks: a ballistic missile (CotTrackEvents.h).
    RecordedTrack plain{QStringLiteral("csv-1"), {}, {{ms("2024-05-01T03:00:00Z"), 126, 37, 0, 0, {}}}};
    QByteArray plainBytes;
    QBuffer plainOut(&plainBytes);
    plainOut.open(QIODevice::WriteOnly);
    ASSERT_TRUE(trackio::writeCot(plainOut, {plain}, &error));
    EXPECT_TRUE(plainBytes.contains("type=\"a-h-A-W-M-S-S\"")) << plainBytes.constData();
}

// What a track keeps of its events' detail is bounded, so memory stays in proportion to the points: a detail
// over 16,384 characters is not kept (its type and how are), with a problem at the event's line.
TEST(TrackIoCot, AHugeDetailIsNotKept)
{
    const QByteArray big = "<x a=\"" + QByteArray(20000, 'y') + "\"/>";
    const auto r = readFixture.text("<event uid=\"U\" type=\"a-f-G\" how=\"m-g\" time=\"2024-05-01T03:00:00Z\"><point lat=\"1\" lon=\"2\" hae=\"0\"/><detail>" +
                                    big + "</detail></event>\n<event uid=\"V\" type=\"a-f-G\" time=\"2024-05-01T03:00:00Z\"><point lat=\"1\" lon=\"2\" hae=\"0\"/>"
                                          "<detail><x a=\"small\"/></detail></event>");
    ASSERT_EQ(r.tracks.size(), 2u) << dump(r);
    EXPECT_EQ(r.tracks[0].identity.kind, QStringLiteral("a-f-G"));
    EXPECT_TRUE(r.tracks[0].identity.extra.isEmpty());
    EXPECT_TRUE(r.tracks[1].identity.extra.contains(QLatin1String("small")));
    ASSERT_EQ(r.problems.size(), 1u) << dump(r);
    EXPECT_TRUE(problemAt(r, 1, QStringLiteral("more than the 16384 a track keeps"))) << dump(r);
}
