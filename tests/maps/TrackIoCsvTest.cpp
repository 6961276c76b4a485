// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "TrackIoFixture.h"
#include "maps/trackio/TrackFormats.h"
#include "maps/trackio/TrackParsing.h"

#include <QBuffer>
#include <QFile>
#include <QSemaphore>
#include <QThreadPool>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <atomic>

using namespace trilink;
using namespace trilink::maps;

namespace {
using namespace trilink::maps::fixture;
const FixtureReader readFixture(trackio::readCsv, QStringLiteral("mem.csv"));
} // namespace

TEST(TrackIoCsv, BasicFixtureAsWritten)
{
    const auto r = readFixture("csv_basic.csv");
    ASSERT_TRUE(r.readable);
    EXPECT_TRUE(r.problems.empty()) << r.problems.front().text().toStdString();
    ASSERT_EQ(r.tracks.size(), 2u);
    const auto &hs15 = r.tracks[0];
    EXPECT_EQ(hs15.id, u"HS15-2017");
    ASSERT_EQ(hs15.points.size(), 4u);
    EXPECT_EQ(trackio::isoUtcMsText(hs15.points.front().timeMsUtc), u"2017-11-28T18:17:00.000Z");
    EXPECT_EQ(trackio::isoUtcMsText(hs15.points.back().timeMsUtc), u"2017-11-28T19:10:00.500Z");
    EXPECT_DOUBLE_EQ(hs15.points[0].lon, 125.869);
    EXPECT_DOUBLE_EQ(hs15.points[0].lat, 39.282);
    EXPECT_DOUBLE_EQ(hs15.points[2].altM, 4'000'000.0); // alt_km
    EXPECT_EQ(hs15.points[0].partners, 0);
    EXPECT_EQ(hs15.points[1].partners, partnerBit(Partner::USA));
    EXPECT_EQ(hs15.points[2].partners, partnerBit(Partner::USA) | partnerBit(Partner::KOR));
    EXPECT_EQ(hs15.points[3].partners, 7);
    EXPECT_EQ(hs15.points[3].sensor, u"Aegis \"Kongo\", JMSDF"); // quoted, "" escape, comma inside
    EXPECT_EQ(hs15.points[1].sensor, u"AN/TPY-2 Kyogamisaki");

    const auto &hs17 = r.tracks[1];
    ASSERT_EQ(hs17.points.size(), 2u);
    EXPECT_EQ(trackio::isoUtcMsText(hs17.points[0].timeMsUtc), u"2022-11-17T16:14:00.000Z"); // +09:00 offset
    EXPECT_EQ(hs17.points[0].partners, partnerBit(Partner::KOR));                // lower case
    EXPECT_EQ(hs17.points[1].partners, partnerBit(Partner::USA) | partnerBit(Partner::JPN));
    EXPECT_DOUBLE_EQ(hs17.points[1].lon, 240.5 - 360.0); // 0..360 normalised
}

TEST(TrackIoCsv, SemicolonBomCrlfQuotedIdAndUnitInParentheses)
{
    const auto r = readFixture("csv_semicolon_bom_crlf.csv");
    ASSERT_TRUE(r.readable);
    EXPECT_TRUE(r.problems.empty());
    ASSERT_EQ(r.tracks.size(), 1u);
    EXPECT_EQ(r.tracks[0].id, u"A;1");
    ASSERT_EQ(r.tracks[0].points.size(), 3u); // the blank CRLF line is skipped
    EXPECT_DOUBLE_EQ(r.tracks[0].points[1].altM, 150000.0);
    EXPECT_EQ(r.tracks[0].points[2].timeMsUtc, ms("2023-04-13T00:25:00Z"));
}

TEST(TrackIoCsv, TabDelimitedEpochSecondsAndFeet)
{
    const auto r = readFixture("csv_tab_epoch.csv");
    ASSERT_TRUE(r.readable);
    ASSERT_EQ(r.tracks.size(), 1u);
    EXPECT_EQ(r.tracks[0].id, u"csv_tab_epoch"); // no id column: the file's name
    ASSERT_EQ(r.tracks[0].points.size(), 2u);
    EXPECT_EQ(trackio::isoUtcMsText(r.tracks[0].points[0].timeMsUtc), u"2023-04-13T00:23:00.000Z");
    EXPECT_EQ(trackio::isoUtcMsText(r.tracks[0].points[1].timeMsUtc), u"2023-04-13T00:24:00.125Z");
    EXPECT_NEAR(r.tracks[0].points[1].altM, 3048.0, 1e-9);
    EXPECT_EQ(r.tracks[0].points[1].sensor, u"X");
}

TEST(TrackIoCsv, MalformedRowsEachReportedAtTheirLineGoodRowsKept)
{
    const auto r = readFixture("csv_malformed.csv");
    ASSERT_TRUE(r.readable);
    ASSERT_EQ(r.tracks.size(), 1u);
    const auto &t = r.tracks[0];
    ASSERT_EQ(t.points.size(), 3u);
    EXPECT_EQ(t.points[0].timeMsUtc, ms("2017-07-28T14:41:00Z"));
    EXPECT_EQ(t.points[1].timeMsUtc, ms("2017-07-28T14:47:00Z"));
    EXPECT_EQ(t.points[1].partners, partnerBit(Partner::USA)); // XYZ dropped, USA kept
    EXPECT_EQ(t.points[2].timeMsUtc, ms("2017-07-28T14:51:00Z"));
    EXPECT_EQ(t.points[2].partners, partnerBit(Partner::KOR));

    EXPECT_EQ(problemsAt(r, 3), "csv_malformed.csv:3: altitude \"NaN\" is not a number; row skipped\n");
    EXPECT_EQ(problemsAt(r, 4), "csv_malformed.csv:4: longitude \"abc\" is not a number; row skipped\n");
    EXPECT_EQ(problemsAt(r, 5), "csv_malformed.csv:5: latitude 91 outside -90..90; point skipped\n");
    EXPECT_NE(problemsAt(r, 6).find("is not an ISO 8601"), std::string::npos);
    EXPECT_EQ(problemsAt(r, 7), "csv_malformed.csv:7: 5 fields where the header has 6; row skipped\n");
    EXPECT_NE(problemsAt(r, 8).find("unknown partner code XYZ"), std::string::npos);
    EXPECT_NE(problemsAt(r, 9).find("repeats the previous point's"), std::string::npos);
    EXPECT_NE(problemsAt(r, 10).find("goes back before 2017-07-28T14:47:00.000Z"), std::string::npos);
    EXPECT_NE(problemsAt(r, 11).find("unclosed quote"), std::string::npos);
    EXPECT_NE(problemsAt(r, 12).find("altitude"), std::string::npos);
    EXPECT_NE(problemsAt(r, 13).find("is a number, not ISO 8601"), std::string::npos);
    EXPECT_NE(problemsAt(r, 14).find("empty track id"), std::string::npos);
    EXPECT_EQ(problemsAt(r, 2), "");
    EXPECT_EQ(problemsAt(r, 15), "");
    EXPECT_EQ(r.problems.size(), 12u);
}

TEST(TrackIoCsv, WithoutHeaderOrRequiredColumnsUnreadable)
{
    const auto r = readFixture("csv_no_header.csv");
    EXPECT_FALSE(r.readable);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].line, 1);
    EXPECT_NE(r.problems[0].message.indexOf(u"no time"), -1);

    // A header and nothing else: readable, but says so (no track and no problem would leave a user guessing).
    const auto onlyHeader = readFixture.text("# exported\ntime,lon,lat,alt\n\n");
    EXPECT_TRUE(onlyHeader.readable);
    EXPECT_TRUE(onlyHeader.tracks.empty());
    ASSERT_EQ(onlyHeader.problems.size(), 1u);
    EXPECT_EQ(onlyHeader.problems[0].text(), u"mem.csv: no data rows below the header (line 2)");
    EXPECT_FALSE(readFixture.text("").readable);
    // No altitude column: loads, with one note.
    const auto flat = readFixture.text("t,x,y\n2020-01-01T00:00:00Z,1,2\n");
    ASSERT_EQ(flat.tracks.size(), 1u);
    EXPECT_EQ(flat.tracks[0].points[0].altM, 0.0);
    EXPECT_EQ(flat.problems.size(), 1u);
}

TEST(TrackIoCsv, OverlongLineIsOneProblemNotAnAllocation)
{
    QByteArray text("time,lon,lat,alt\n2020-01-01T00:00:00Z,1,2,3\n");
    text += QByteArray(3 << 20, 'x'); // 3 MiB, no line break
    text += "\n2020-01-01T00:00:01Z,1,2,3\n";
    const auto r = readFixture.text(text);
    ASSERT_EQ(r.tracks.size(), 1u);
    EXPECT_EQ(r.tracks[0].points.size(), 2u);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].text(), u"mem.csv:3: line longer than 1 MiB; skipped");
}

// The limit is on the line, not on where it falls in the 1 MiB read chunks: a line of exactly 1 MiB loads,
// one byte more is skipped, also when it starts after other lines and ends inside the next chunk.
TEST(TrackIoCsv, LineLimitIsOneMebibyteWherever)
{
    const QByteArray head("time,lon,lat,alt,sensor\n2020-01-01T00:00:00Z,1,2,3,A\n");
    const QByteArray prefix("2020-01-01T00:00:01Z,1,2,3,");
    auto rowOf = [&](qsizetype bytes) { return prefix + QByteArray(bytes - prefix.size(), 's') + '\n'; };
    const QByteArray tail("2020-01-01T00:00:02Z,1,2,3,A\n");

    const auto exact = readFixture.text(head + rowOf(1 << 20) + tail);
    ASSERT_EQ(exact.tracks.size(), 1u);
    EXPECT_EQ(exact.tracks[0].points.size(), 3u);
    // The row is read; its megabyte of sensor name is cut to a name's length, and that is said.
    ASSERT_EQ(exact.problems.size(), 1u);
    EXPECT_EQ(exact.problems[0].text(), u"mem.csv:3: sensor name of 1048549 characters cut to 256");
    EXPECT_EQ(exact.tracks[0].points[1].sensor, QString(256, u's'));

    for (const qsizetype size : {qsizetype((1 << 20) + 1), qsizetype(3 << 19)}) {
        const auto over = readFixture.text(head + rowOf(size) + tail);
        ASSERT_EQ(over.tracks.size(), 1u) << size;
        EXPECT_EQ(over.tracks[0].points.size(), 2u) << size;
        ASSERT_EQ(over.problems.size(), 1u) << size;
        EXPECT_EQ(over.problems[0].text(), u"mem.csv:3: line longer than 1 MiB; skipped") << size;
    }
    // The last line, without a break, too.
    const auto last = readFixture.text(head + rowOf((1 << 20) + 2).chopped(1));
    ASSERT_EQ(last.problems.size(), 1u);
    EXPECT_EQ(last.problems[0].line, 3);
}

TEST(TrackIoCsv, ManyRowsStreamWithProgressCancelAndBoundedProblems)
{
    QByteArray text("time,lon,lat,alt_m\n");
    const std::int64_t t0 = ms("2020-01-01T00:00:00Z");
    for (int i = 0; i < 200'000; ++i) {
        trackio::appendIsoUtcMs(text, t0 + i * 100);
        text += ',';
        trackio::appendShortestNumber(text, 120.0 + i * 1e-4);
        text += ",40,";
        text += QByteArray::number(i);
        text += '\n';
    }
    std::vector<double> fractions;
    ReadControl control;
    control.progress = [&](double f) { fractions.push_back(f); };
    const auto r = readFixture.text(text, control);
    ASSERT_EQ(r.tracks.size(), 1u);
    EXPECT_EQ(r.tracks[0].points.size(), 200'000u);
    EXPECT_EQ(r.tracks[0].points.back().timeMsUtc, t0 + 199'999 * 100);
    EXPECT_GE(fractions.size(), 3u);
    EXPECT_DOUBLE_EQ(fractions.back(), 1.0);

    std::atomic<bool> cancel{true};
    ReadControl stop;
    stop.cancel = &cancel;
    const auto c = readFixture.text(text, stop);
    EXPECT_TRUE(c.cancelled);
    EXPECT_LT(c.tracks.empty() ? 0u : c.tracks[0].points.size(), 200'000u);

    // Every row bad: problems are capped, with a count of the rest.
    QByteArray bad("time,lon,lat\n");
    for (int i = 0; i < 5000; ++i)
        bad += "nonsense,1,2\n";
    const auto b = readFixture.text(bad);
    EXPECT_EQ(b.problems.size(), 1001u); // 5000 rows and the missing-altitude note
    EXPECT_EQ(b.problems.back().message, u"... and 4001 more problems not listed");
}

TEST(TrackIoCsv, RoundTripKeepsEverything)
{
    RecordedTrack a{QStringLiteral("A, \"quoted\""), QStringLiteral("Hwasong-15"), {}};
    a.points.push_back({ms("2017-11-28T18:17:00.001Z"), 125.86912345678901, 39.282, 0.25, 0, {}});
    a.points.push_back({ms("2017-11-28T18:17:01.999Z"), -179.9999999, -89.5, 4'475'000.125, 7,
                        QStringLiteral("Aegis, \"Kongo\"")});
    RecordedTrack b{QStringLiteral("B"), {}, {}};
    b.points.push_back({ms("1999-12-31T23:59:59.999Z"), 0, 0, -12.5, partnerBit(Partner::JPN), QStringLiteral("FPS-5")});
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    QString error;
    ASSERT_TRUE(trackio::writeCsv(buf, {a, b}, &error)) << error.toStdString();
    buf.close();
    buf.open(QIODevice::ReadOnly);
    const auto r = trackio::readCsv(buf, QStringLiteral("rt.csv"));
    EXPECT_TRUE(r.problems.empty()) << r.problems.front().text().toStdString();
    ASSERT_EQ(r.tracks.size(), 2u);
    for (std::size_t k = 0; k < 2; ++k) {
        const auto &in = k == 0 ? a : b;
        const auto &out = r.tracks[k];
        EXPECT_EQ(out.id, in.id);
        EXPECT_EQ(out.label, in.label);
        ASSERT_EQ(out.points.size(), in.points.size());
        for (std::size_t i = 0; i < in.points.size(); ++i) {
            EXPECT_EQ(out.points[i].timeMsUtc, in.points[i].timeMsUtc);
            EXPECT_EQ(out.points[i].lon, in.points[i].lon); // shortest round-trip text: exact
            EXPECT_EQ(out.points[i].lat, in.points[i].lat);
            EXPECT_EQ(out.points[i].altM, in.points[i].altM);
            EXPECT_EQ(out.points[i].partners, in.points[i].partners);
            EXPECT_EQ(out.points[i].sensor, in.points[i].sensor);
        }
    }
}

// A modelled flight's phases travel in a `phase` column (written only when some point has one, so recorded
// tracks keep their columns); an unknown phase is reported and the point kept without one.
TEST(TrackIoCsv, PhasesRoundTripAndUnknownPhasesAreReported)
{
    RecordedTrack a{QStringLiteral("KN23"), QStringLiteral("pull-up"), {}};
    const FlightPhase phases[] = {FlightPhase::Boost, FlightPhase::Midcourse, FlightPhase::PullUp, FlightPhase::Terminal};
    for (int i = 0; i < 4; ++i) {
        TrackPoint p{ms("2019-07-24T22:34:00.000Z") + i * 1000, 127.5 + i, 39.4, 1000.0 * i, 0, {}};
        p.phase = phases[i];
        a.points.push_back(p);
    }
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    QString error;
    ASSERT_TRUE(trackio::writeCsv(buf, {a}, &error)) << error.toStdString();
    EXPECT_TRUE(buf.data().startsWith("track_id,label,time,lon,lat,alt_m,partners,sensor,phase\n"));
    EXPECT_TRUE(buf.data().contains(",pullup\n"));
    buf.close();
    buf.open(QIODevice::ReadOnly);
    const auto r = trackio::readCsv(buf, QStringLiteral("rt.csv"));
    ASSERT_EQ(r.tracks.size(), 1u);
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(r.tracks[0].points[static_cast<std::size_t>(i)].phase, phases[i]) << i;

    const auto bad = readFixture.text("time,lon,lat,alt_m,phase\n2019-07-24T22:34:00Z,127,39,0,boost\n2019-07-24T22:34:01Z,127,39,10,wobble\n");
    ASSERT_EQ(bad.tracks.size(), 1u);
    ASSERT_EQ(bad.tracks[0].points.size(), 2u);
    EXPECT_FALSE(bad.tracks[0].points[1].phase.has_value());
    EXPECT_NE(problemAt(bad, 3, QStringLiteral("phase \"wobble\"")), nullptr) << dump(bad);

    // Without phases the columns stay as they were.
    RecordedTrack plain{QStringLiteral("P"), {}, {{ms("2019-07-24T22:34:00.000Z"), 127, 39, 0, 0, {}}}};
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_TRUE(trackio::writeCsv(out, {plain}, &error));
    EXPECT_TRUE(out.data().startsWith("track_id,label,time,lon,lat,alt_m,partners,sensor\n"));
}

// The reader takes a line as a record, so the writer turns line breaks inside values into spaces: the file
// it writes always reads back (documented at writeCsv's appendField).
TEST(TrackIoCsv, WriterReplacesLineBreaksInValuesWithSpaces)
{
    RecordedTrack t{QStringLiteral("HS15\r\n2017"), QStringLiteral("Hwasong-15\nICBM"), {}};
    t.points.push_back({ms("2017-11-28T18:17:00Z"), 125.87, 39.28, 0, 0, QStringLiteral("TPY-2\rShariki")});
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    QString error;
    ASSERT_TRUE(trackio::writeCsv(buf, {t}, &error)) << error.toStdString();
    EXPECT_EQ(buf.data().count('\n'), 2); // the header and one row
    EXPECT_FALSE(buf.data().contains('\r'));
    buf.close();
    buf.open(QIODevice::ReadOnly);
    const auto r = trackio::readCsv(buf, QStringLiteral("rt.csv"));
    EXPECT_TRUE(r.problems.empty()) << r.problems.front().text().toStdString();
    ASSERT_EQ(r.tracks.size(), 1u);
    EXPECT_EQ(r.tracks[0].id, u"HS15  2017");
    EXPECT_EQ(r.tracks[0].label, u"Hwasong-15 ICBM");
    ASSERT_EQ(r.tracks[0].points.size(), 1u);
    EXPECT_EQ(r.tracks[0].points[0].sensor, u"TPY-2 Shariki");
}

// A numeric `timestamp` is Unix time: seconds, or milliseconds when the column's first number is 1e11 or more
// (1511893020 s = 2017-11-28T18:17:00Z: date -u -d @1511893020); ISO text in the same column still reads.
TEST(TrackIoCsv, NumericTimestampsAreUnixSecondsOrMilliseconds)
{
    const auto s = readFixture.text("timestamp,lon,lat,alt_m\n1511893020,125,39,0\n1511893021.5,125.1,39,10\n"
                                    "2017-11-28T18:17:03Z,125.2,39,20\n");
    ASSERT_EQ(s.tracks.size(), 1u) << dump(s);
    ASSERT_EQ(s.tracks[0].points.size(), 3u) << dump(s);
    EXPECT_EQ(s.tracks[0].points[0].timeMsUtc, 1'511'893'020'000);
    EXPECT_EQ(s.tracks[0].points[1].timeMsUtc, 1'511'893'021'500);
    EXPECT_EQ(s.tracks[0].points[2].timeMsUtc, 1'511'893'023'000);

    const auto m = readFixture.text("Timestamp,lon,lat\n1511893020000,125,39\n1511893020250,125.1,39\n");
    ASSERT_EQ(m.tracks.size(), 1u) << dump(m);
    ASSERT_EQ(m.tracks[0].points.size(), 2u);
    EXPECT_EQ(m.tracks[0].points[1].timeMsUtc, 1'511'893'020'250);

    const auto bad = readFixture.text("timestamp,lon,lat\n1511893020,125,39\nyesterday,125,39\n");
    EXPECT_NE(problemAt(bad, 3, QStringLiteral("timestamp \"yesterday\" is neither ISO 8601 nor a Unix time")), nullptr) << dump(bad);
}

// GDAL's GPX layout as CSV (track_points: track_fid, and a name per point that is no track's): one track per
// track_fid, "track 1" for the first as GDAL numbers its tracks layer.
TEST(TrackIoCsv, TrackFidIsTheTrackOfGdalsGpxLayout)
{
    const auto r = readFixture.text("X,Y,track_fid,track_seg_id,track_seg_point_id,ele,time,name\n"
                                    "125.5,39.0,\"0\",\"0\",\"0\",0,2017/11/28 18:17:00+00,\n"
                                    "127.5,38.0,\"1\",\"0\",\"0\",0,2017/11/28 18:18:00+00,fix\n"
                                    "125.6,39.1,\"0\",\"0\",\"1\",1000,2017/11/28 18:17:10.500+00,\n");
    ASSERT_EQ(r.tracks.size(), 2u) << dump(r);
    EXPECT_EQ(r.tracks[0].id, u"track 1");
    ASSERT_EQ(r.tracks[0].points.size(), 2u);
    EXPECT_EQ(r.tracks[0].points[1].timeMsUtc, ms("2017-11-28T18:17:10.5Z"));
    EXPECT_DOUBLE_EQ(r.tracks[0].points[1].altM, 1000);
    EXPECT_EQ(r.tracks[1].id, u"track 2");
}

// What ogr2ogr makes of GDAL's GPX layout as CSV, with Trilink's extensions as GDAL names them.
TEST(TrackIoCsv, OgrExportOfAGpxLayoutFixture)
{
    const auto r = readFixture("ogr_export_gpx_layout.csv");
    ASSERT_EQ(r.tracks.size(), 2u) << dump(r);
    EXPECT_TRUE(r.problems.empty()) << dump(r);
    EXPECT_EQ(r.tracks[0].id, u"track 1");
    ASSERT_EQ(r.tracks[0].points.size(), 2u);
    EXPECT_EQ(r.tracks[0].points[1].partners, partnerBit(Partner::USA) | partnerBit(Partner::KOR));
    EXPECT_EQ(r.tracks[0].points[1].sensor, u"KOR Green Pine");
    EXPECT_EQ(r.tracks[1].points[0].timeMsUtc, ms("2017-11-28T09:18:00Z")); // +09
    const auto u = readFixture("csv_unix_timestamp.csv");
    ASSERT_EQ(u.tracks.size(), 1u) << dump(u);
    EXPECT_EQ(u.tracks[0].points[1].timeMsUtc, ms("2017-11-28T18:17:01.250Z"));
}

// Big files parse in blocks of lines on two threads; what comes out must be what one pass down the file gives.
// 30,000 rows of three interleaved tracks, with problems that cross block boundaries: a bad longitude every
// 1,000th row, an unknown partner every 1,500th, a 1.5 MiB line, and a timestamp column that turns from ISO
// text to Unix seconds at row 20,000 (the unit is fixed by that first number, so the milliseconds written at
// row 25,000 are out of range). The expected problems and points are counted here from how the file was made.
TEST(TrackIoCsv, BlocksOfRowsReadAsOnePassDownTheFile)
{
    constexpr int kRows = 30'000, kLongRow = 12'345, kFirstNumber = 20'000, kMillisRow = 25'000;
    const std::int64_t t0 = ms("2021-06-01T00:00:00Z");
    QByteArray text("track,timestamp,lon,lat,alt_m,partners\n");
    std::vector<std::pair<int, QString>> expected; // line, message
    std::array<std::size_t, 3> points{};
    std::array<double, 3> lastLon{};
    std::array<std::int64_t, 3> lastTime{};
    for (int i = 0; i < kRows; ++i) {
        const int line = i + 2;
        if (i == kLongRow) {
            text += QByteArray(3 << 19, 'x') + '\n';
            expected.emplace_back(line, QStringLiteral("line longer than 1 MiB; skipped"));
            continue;
        }
        const double lon = 120.0 + i * 1e-4;
        QByteArray stamp;
        if (i < kFirstNumber)
            trackio::appendIsoUtcMs(stamp, t0 + i * 1000);
        else if (i == kMillisRow)
            stamp = QByteArray::number(t0 + i * 1000);
        else
            stamp = QByteArray::number((t0 + i * 1000) / 1000);
        text += "T" + QByteArray::number(i % 3) + ',' + stamp + ',';
        if (i % 1000 == 999)
            text += "east";
        else
            trackio::appendShortestNumber(text, lon);
        text += ",40,1000,";
        text += i % 1500 == 0 ? "USA;NZL\n" : "USA;JPN\n";
        if (i == kMillisRow) {
            expected.emplace_back(line, QStringLiteral("timestamp \"%1\" is neither ISO 8601 nor a Unix time; row skipped")
                                            .arg(QString::fromLatin1(stamp)));
        } else if (i % 1000 == 999) {
            expected.emplace_back(line, QStringLiteral("longitude \"east\" is not a number; row skipped"));
        } else {
            if (i % 1500 == 0)
                expected.emplace_back(line, QStringLiteral("unknown partner code NZL (known: USA, KOR, JPN); point kept without it"));
            ++points[i % 3];
            lastLon[i % 3] = lon;
            lastTime[i % 3] = t0 + i * 1000;
        }
    }

    auto check = [&](const TrackFileResult &r, const char *how) {
        ASSERT_EQ(r.problems.size(), expected.size()) << how << "\n" << dump(r);
        for (std::size_t k = 0; k < expected.size(); ++k) {
            EXPECT_EQ(r.problems[k].line, expected[k].first) << how << " problem " << k;
            EXPECT_EQ(r.problems[k].message, expected[k].second) << how << " problem " << k;
        }
        ASSERT_EQ(r.tracks.size(), 3u) << how;
        for (int t = 0; t < 3; ++t) {
            EXPECT_EQ(r.tracks[t].id, QStringLiteral("T%1").arg(t)) << how; // first-seen order
            ASSERT_EQ(r.tracks[t].points.size(), points[t]) << how;
            EXPECT_EQ(r.tracks[t].points.back().lon, lastLon[t]) << how;
            EXPECT_EQ(r.tracks[t].points.back().timeMsUtc, lastTime[t]) << how;
            EXPECT_EQ(r.tracks[t].points.back().partners, partnerBit(Partner::USA) | partnerBit(Partner::JPN)) << how;
            for (std::size_t k = 1; k < r.tracks[t].points.size(); ++k)
                ASSERT_GT(r.tracks[t].points[k].timeMsUtc, r.tracks[t].points[k - 1].timeMsUtc) << how << " track " << t;
        }
        // The first numeric timestamp, read as seconds.
        const auto &first = r.tracks[kFirstNumber % 3].points;
        EXPECT_TRUE(std::any_of(first.begin(), first.end(), [&](const TrackPoint &p) { return p.timeMsUtc == t0 + kFirstNumber * 1000; })) << how;
    };

    std::vector<double> fractions;
    ReadControl control;
    control.progress = [&](double f) { fractions.push_back(f); };
    check(readFixture.text(text, control), "file");
    EXPECT_TRUE(std::is_sorted(fractions.begin(), fractions.end()));

    SequentialBuffer pipe(text);
    check(trackio::readCsv(pipe, QStringLiteral("mem.csv"), {}), "pipe");

    // With every thread of Qt's pool busy (a render job, other files loading), the second thread is one of its own.
    QThreadPool *pool = QThreadPool::globalInstance();
    QSemaphore started, hold;
    const int busy = pool->maxThreadCount();
    for (int i = 0; i < busy; ++i)
        pool->start([&] {
            started.release();
            hold.acquire();
        });
    started.acquire(busy);
    check(readFixture.text(text), "pool busy");
    hold.release(busy);
    pool->waitForDone();
}
