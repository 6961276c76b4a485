// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "TrackIoFixture.h"
#include "maps/trackio/TextValues.h"
#include "maps/trackio/TrackFile.h"
#include "maps/trackio/TrackParsing.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <bit>
#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

// Text from files made safe for where it goes (maps/trackio/TextValues.h), and what the readers and writers do
// with it: values kept as one line of valid Unicode, terminals shown escapes, times kept or refused.

using namespace trilink;
using namespace trilink::maps;
using namespace trilink::maps::trackio;

TEST(TrackIoText, ValuesAreOneLineOfValidUnicode)
{
    bool changed = false;
    EXPECT_EQ(cleanTextValue(QString::fromUtf8("Hwasong-15 \xed\x99\x94\xec\x84\xb1 \xe2\x80\xae"), &changed),
              QString::fromUtf8("Hwasong-15 \xed\x99\x94\xec\x84\xb1 \xe2\x80\xae")); // bidi marks are text
    EXPECT_FALSE(changed);
    EXPECT_EQ(cleanTextValue(QStringLiteral("a\tb\nc\rd"), &changed), u"a b c d");
    EXPECT_TRUE(changed);
    EXPECT_EQ(cleanTextValue(QStringLiteral("\x1b[2Jx\x7f\u0085"), &changed), QStringLiteral("\uFFFD[2Jx\uFFFD\uFFFD"));
    const QString lone = QString(QChar(0xD800)) + u'x' + QChar(0xDC00);
    EXPECT_EQ(cleanTextValue(lone), QStringLiteral("\uFFFDx\uFFFD"));
    const QString pair = QString::fromUtf8("\xF0\x9F\x9A\x80");
    EXPECT_EQ(cleanTextValue(pair), pair);
    EXPECT_EQ(cleanTextValue(QString(QChar(0xFFFF))), QStringLiteral("\uFFFD"));
}

TEST(TrackIoText, TerminalsSeeEscapesNotControls)
{
    EXPECT_EQ(printableText(u"\x1b]0;pwned\x07 \x1b[2J"), u"\\x1b]0;pwned\\x07 \\x1b[2J");
    EXPECT_EQ(printableText(u"a\nb\tc"), u"a\\x0ab\\x09c");
    EXPECT_EQ(printableText(QStringLiteral("exe.\u202Etxt")), u"exe.\\u202etxt");
    EXPECT_EQ(printableText(QString(QChar(0x9B)) + QStringLiteral("31m")), u"\\x9b31m");
    EXPECT_EQ(printableText(QString(QChar(0xD800))), u"\\ud800");
    EXPECT_EQ(printableText(QString::fromUtf8("\xed\x99\x94\xec\x84\xb1 \xc3\xa9")), QString::fromUtf8("\xed\x99\x94\xec\x84\xb1 \xc3\xa9"));
    EXPECT_EQ(quotedValue(QString(100, u'x'), 5), u"\"xxxxx...\"");
    EXPECT_EQ(validUnicode(QString(QChar(0xD800)) + u'a'), QStringLiteral("\uFFFDa"));
}

// A hostile CSV: escape sequences in the id, label and sensor, and a file name that holds one. What is kept has
// none; each changed value is a problem; no problem text holds a control character.
TEST(TrackIoText, ReadersKeepNoControlCharacters)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("esc\x1b[2J.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("track_id,label,time,lon,lat,sensor\n"
            "\x1b]0;owned\x07T,\x1b[31mRED,2020-01-01T00:00:00Z,1,2,S\x1b[0m\n"
            "\x1b]0;owned\x07T,\x1b[31mRED,2020-01-01T00:00:01Z,1,2,S\x1b[0m\n");
    f.close();
    const auto r = readTrackFile(path);
    ASSERT_EQ(r.tracks.size(), 1u) << fixture::dump(r);
    EXPECT_EQ(r.tracks[0].id, QStringLiteral("\uFFFD]0;owned\uFFFDT"));
    EXPECT_EQ(r.tracks[0].label, QStringLiteral("\uFFFD[31mRED"));
    EXPECT_EQ(r.tracks[0].points[1].sensor, QStringLiteral("S\uFFFD[0m"));
    EXPECT_EQ(r.problems.size(), 4u) << fixture::dump(r); // id, label, sensor (once), and no altitude column
    for (const auto &p : r.problems) {
        for (const QChar c : p.text())
            EXPECT_FALSE(c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F)) << p.text().toStdString();
    }
    EXPECT_NE(fixture::dump(r).find((dir.path() + QStringLiteral("/esc\\x1b[2J.csv:2: track id \"\\x1b]0;owned")).toStdString()),
              std::string::npos)
        << fixture::dump(r);
}

// Writers keep every value and time they are given or refuse them: a time past 9999 is not clamped into
// another instant, a control character is not dropped, and the existing file stays.
TEST(TrackIoText, WritersRefuseWhatNoFormatCanHold)
{
    QTemporaryDir dir;
    const std::int64_t year10000 = 253'402'300'800'000; // 10000-01-01T00:00:00Z (date -u -d @253402300800)
    EXPECT_EQ(isoUtcMsText(year10000), u"+010000-01-01T00:00:00.000Z");
    EXPECT_EQ(isoUtcMsText(-62'167'219'200'001), u"-000001-12-31T23:59:59.999Z");
    const std::vector<RecordedTrack> late{{QStringLiteral("T"), {}, {{year10000, 1, 2, 3, 0, {}}}}};
    const std::vector<RecordedTrack> control{{QStringLiteral("T\x1b"), {}, {{0, 1, 2, 3, 0, {}}}}};
    for (const char *ext : {"csv", "geojson", "czml", "kml", "cot", "gpkg"}) {
        const QString path = dir.filePath(QStringLiteral("out.") + QLatin1StringView(ext));
        QString error;
        EXPECT_FALSE(writeTrackFile(path, late, &error)) << ext;
        EXPECT_EQ(error, path + QStringLiteral(": cannot write: track \"T\" point 1 is at +010000-01-01T00:00:00.000Z, "
                                               "outside the years 0000..9999 that the formats Trilink writes can hold; "
                                               "nothing written"));
        EXPECT_FALSE(writeTrackFile(path, control, &error)) << ext;
        EXPECT_TRUE(error.contains(u"track id \"T\\x1b\" holds a control character")) << error.toStdString();
        EXPECT_FALSE(QFileInfo::exists(path)) << ext;
    }
    // And the readers refuse such times where a format can say them (epoch milliseconds in CSV).
    const QString csv = dir.filePath(QStringLiteral("late.csv"));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("time_epoch_ms,lon,lat,alt\n1000,1,2,3\n253402300800000,1,2,3\n");
    f.close();
    const auto r = readTrackFile(csv);
    ASSERT_EQ(r.tracks.size(), 1u);
    EXPECT_EQ(r.tracks[0].points.size(), 1u);
    EXPECT_EQ(fixture::problemsAt(r, 3), (csv + QStringLiteral(":3: time +010000-01-01T00:00:00.000Z is outside the years "
                                                                "0000..9999; point skipped\n")).toStdString());
}

// Numbers read from files are the double C's strtod (glibc: correctly rounded) gives for the same text,
// for the plain decimals of track files (read by a fast path) and everything else (exponents, long
// mantissas, leading zeros, signs, a bare point); what strtod reads only in part or not at all is no number.
TEST(TrackIoText, NumbersAreTheDoublesStrtodReads)
{
    std::mt19937_64 rng(20261202);
    const auto digits = [&rng](int n) {
        std::string s;
        for (int i = 0; i < n; ++i)
            s += static_cast<char>('0' + rng() % 10);
        return s;
    };
    std::vector<std::string> texts = {"0", "-0", "+7", "132.216747", "-0.000001", "9007199254740992", "9007199254740993",
                                      "12345678901234567890", "1.5e3", "2.5E-7", ".5", "5.", "007.25", "1.00000000000000000000001",
                                      "1.7976931348623157e308", "3.14159265358979323846264338327950288", "0.1000000000000000055511151231257827"};
    for (int i = 0; i < 200'000; ++i) {
        std::string s = rng() % 4 == 0 ? "-" : "";
        s += digits(1 + static_cast<int>(rng() % 10));
        if (rng() % 8)
            s += "." + digits(1 + static_cast<int>(rng() % 16));
        texts.push_back(s);
    }
    for (const std::string &s : texts) {
        char *end = nullptr;
        const double want = std::strtod(s.c_str(), &end);
        const auto got = parseNumber(std::string_view(s));
        ASSERT_TRUE(got.has_value()) << s;
        EXPECT_EQ(std::bit_cast<std::uint64_t>(*got), std::bit_cast<std::uint64_t>(want)) << s;
    }
    for (const char *bad : {"", "-", ".", "1.2.3", "0x10", "1e", "12a", "--1", "inf", "nan", "1e400"})
        EXPECT_FALSE(parseNumber(std::string_view(bad)).has_value()) << bad;
}

// Times read from files are the instants Qt's own ISO 8601 reading gives (QDateTime, UTC), for the forms
// track files write most (read by a fast path that keeps the day from the row before) and for dates that
// change from row to row; dates that do not exist are no time.
TEST(TrackIoText, TimesAreTheInstantsQDateTimeReads)
{
    std::mt19937_64 rng(20261202);
    const QDateTime from(QDate(1960, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 50'000; ++i) {
        // Runs of rows of one day, then a jump anywhere in two centuries.
        const qint64 ms = static_cast<qint64>(rng() % (200ull * 365 * 86'400'000)) / (i % 3 == 0 ? 1 : 1000) * (i % 3 == 0 ? 1 : 1000);
        const QDateTime t = from.addMSecs(ms);
        for (const auto format : {Qt::ISODate, Qt::ISODateWithMs}) {
            const QString text = t.toString(format);
            const QByteArray utf8 = text.toUtf8();
            const auto got = parseIsoTimeMsUtc(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
            const QDateTime want = QDateTime::fromString(text, Qt::ISODateWithMs);
            ASSERT_TRUE(got.has_value()) << text.toStdString();
            EXPECT_EQ(*got, want.toMSecsSinceEpoch()) << text.toStdString();
        }
    }
    for (const char *bad : {"2023-02-29T00:00:00Z", "2023-13-01T00:00:00Z", "2023-01-01T24:00:00Z", "2023-01-01T00:60:00Z",
                            "2023-01-01T00:00:60Z", "2023-01-01T00:00:0xZ", "2023-01-01X00:00:00Z", "2023-01-01T00:00:00.0x0Z"})
        EXPECT_FALSE(parseIsoTimeMsUtc(std::string_view(bad)).has_value()) << bad;
    EXPECT_EQ(parseIsoTimeMsUtc(std::string_view("2024-02-29T12:00:00Z")), QDateTime(QDate(2024, 2, 29), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}
