// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "TrackIoFixture.h"
#include "maps/trackio/TrackFormats.h"
#include "maps/trackio/TrackXml.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <gtest/gtest.h>

// The limits every XML reader shares (maps/trackio/XmlGuard.h): what the parser alone would let a small file
// cost in time or memory is stopped at its line, and ordinary documents are not touched.

using namespace trilink;
using namespace trilink::maps;
using trackio::xml::XmlGuard;

namespace {
using namespace trilink::maps::fixture;
const FixtureReader readGpx(trackio::readGpx, QStringLiteral("mem.gpx"));
const FixtureReader readKml(trackio::readKml, QStringLiteral("mem.kml"));
const FixtureReader readCot(trackio::readCot, QStringLiteral("mem.cot"));

const QByteArray kGpxHead = "<gpx version=\"1.1\" creator=\"t\" xmlns=\"http://www.topografix.com/GPX/1/1\">";
const QByteArray kTrack = "<trk><name>T</name><trkseg>"
                          "<trkpt lat=\"39\" lon=\"125\"><time>2017-11-28T18:17:00Z</time></trkpt>"
                          "<trkpt lat=\"39.1\" lon=\"125.1\"><time>2017-11-28T18:17:10Z</time></trkpt>"
                          "</trkseg></trk>";

QByteArray withDtd(const QByteArray &entities, const QByteArray &body)
{
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [" + entities + "]>\n" + kGpxHead + body + "</gpx>\n";
}
} // namespace

// 300 KB whose every entity stays under the per-reference limit (4,000 characters each), referenced 75,000
// times: 300 M characters once expanded. The total is what is budgeted: reading stops at the line where it is
// passed, long before the parser has expanded it.
TEST(TrackIoXml, EntityExpansionIsBudgetedPerDocumentNotOnlyPerEntity)
{
    const QByteArray body = "<trk><name>" + QByteArray("&e;").repeated(75000) + "</name></trk>";
    const auto r = readGpx.text(withDtd("<!ENTITY e \"" + QByteArray(4000, 'x') + "\">", body));
    EXPECT_FALSE(r.readable);
    EXPECT_TRUE(r.tracks.empty());
    EXPECT_TRUE(problemAt(r, 3, QStringLiteral("entity references expand to more than 1048576 characters in all; "
                                               "reading stopped")))
        << dump(r);

    // Nested entities are costed by their full expansion, a million references to an empty one cost nothing,
    // and a few hundred short ones are an ordinary document.
    const auto nested = readGpx.text(withDtd("<!ENTITY a \"" + QByteArray(1000, 'x') + "\"><!ENTITY b \"&a;&a;&a;&a;\">",
                                             "<trk><name>" + QByteArray("&b;").repeated(300) + "</name></trk>"));
    EXPECT_TRUE(problemAt(nested, 3, QStringLiteral("entity references expand to more than"))) << dump(nested);
    const auto empty = readGpx.text(withDtd("<!ENTITY nothing \"\">", "<!-- &nothing; -->" + kTrack +
                                                                          QByteArray("&nothing;").repeated(1'000'000)));
    EXPECT_EQ(empty.tracks.size(), 1u) << dump(empty);
    const auto deg = readGpx.text(withDtd("<!ENTITY deg \"&#176;\">",
                                          "<trk><name>T</name><desc>" + QByteArray("39&deg;N ").repeated(40) +
                                              "</desc><trkseg><trkpt lat=\"39\" lon=\"125\"><time>2017-11-28T18:17:00Z</time>"
                                              "</trkpt></trkseg></trk>"));
    ASSERT_EQ(deg.tracks.size(), 1u) << dump(deg);
    EXPECT_TRUE(deg.tracks[0].label.startsWith(QString::fromUtf8("39\u00B0N 39\u00B0N")));
    EXPECT_TRUE(deg.problems.empty()) << dump(deg);
}

// The parser checks an element's attributes for duplicates pair by pair, so 100,000 attributes on one event took
// 17 s. The count is checked as the bytes arrive: the 257th attribute stops the document at its line.
TEST(TrackIoXml, AnElementWithThousandsOfAttributesStopsAtOnce)
{
    QByteArray attrs;
    for (int i = 0; i < 100000; ++i)
        attrs += " a" + QByteArray::number(i) + "=\"x\"";
    const auto r = readCot.text("<events>\n<event uid=\"U\" time=\"2017-11-28T18:17:00Z\"" + attrs +
                                "><point lat=\"39\" lon=\"125\" hae=\"0\"/></event></events>");
    EXPECT_FALSE(r.readable);
    // CoT goes through the stream splitter, which holds one event of at most 1 MiB: this one is skipped unread.
    EXPECT_TRUE(problemAt(r, 2, QStringLiteral("event larger than 1048576 bytes; skipped"))) << dump(r);

    // 200 attributes, and '=' inside quoted values, comments and CDATA, are fine.
    QByteArray some;
    for (int i = 0; i < 200; ++i)
        some += " a" + QByteArray::number(i) + "=\"x=y=z\"";
    const auto ok = readCot.text("<events><!-- a=b c=d --><event uid=\"U\" time=\"2017-11-28T18:17:00Z\"" + some +
                                 "><point lat=\"39\" lon=\"125\" hae=\"0\"/><detail><remarks><![CDATA[" +
                                 QByteArray("k=v ").repeated(500) + "]]></remarks></detail></event></events>");
    EXPECT_EQ(ok.tracks.size(), 1u) << dump(ok);
    EXPECT_TRUE(ok.problems.empty()) << dump(ok);
}

// A text node, attribute value, comment or CDATA section is held whole by the parser: a run of more than
// 16 MiB without a tag stops the document (a 300 MB track name took 2.8 GB).
TEST(TrackIoXml, EndlessTextIsStopped)
{
    const QByteArray run(17 << 20, 'n');
    const auto name = readGpx.text(kGpxHead + "\n<trk><name>" + run + "</name></trk></gpx>");
    EXPECT_FALSE(name.readable);
    EXPECT_TRUE(problemAt(name, 2, QStringLiteral("more than 16 MiB of text or markup without a tag"))) << dump(name);
    const auto comment = readKml.text("<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<!-- " + run + " --></kml>");
    EXPECT_TRUE(problemAt(comment, 2, QStringLiteral("more than 16 MiB"))) << dump(comment);
    const auto attribute = readCot.text("<events>\n<event uid=\"" + run + "\"/></events>");
    EXPECT_TRUE(problemAt(attribute, 2, QStringLiteral("event larger than 1048576 bytes"))) << dump(attribute);

    // The points before the cut are kept.
    const auto after = readGpx.text(kGpxHead + kTrack + "\n<trk><name>" + run + "</name></trk></gpx>");
    ASSERT_EQ(after.tracks.size(), 1u) << dump(after);
    EXPECT_EQ(after.tracks[0].points.size(), 2u);
}

// The checks read bytes, so an encoding in which '<' is not the byte 0x3C could hide markup from them: such
// documents are refused; UTF-16 (either byte order, with or without a byte order mark) is read by units, so the
// same limits hold there.
TEST(TrackIoXml, EncodingsTheGuardCannotReadAreRefused)
{
    for (const char *encoding : {"IBM037", "UTF-7", "ISO-2022-JP", "UTF-32"}) {
        const auto r = readGpx.text(QByteArray("<?xml version=\"1.0\" encoding=\"") + encoding + "\"?>\n" + kGpxHead + kTrack +
                                    "</gpx>");
        EXPECT_FALSE(r.readable) << encoding;
        EXPECT_TRUE(problemAt(r, 1, QStringLiteral("XML in the encoding \"%1\" is not read").arg(QLatin1StringView(encoding))))
            << encoding << "\n"
            << dump(r);
    }
    for (const char *encoding : {"UTF-8", "ISO-8859-1", "windows-1252", "Shift_JIS"}) {
        const auto r = readGpx.text(QByteArray("<?xml version=\"1.0\" encoding=\"") + encoding + "\"?>\n" + kGpxHead + kTrack +
                                    "</gpx>");
        EXPECT_EQ(r.tracks.size(), 1u) << encoding << "\n" << dump(r);
    }
    QByteArray attrs;
    for (int i = 0; i < 300; ++i)
        attrs += " a" + QByteArray::number(i) + "=\"x\"";
    for (auto encoding : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        QStringEncoder toUtf16(encoding);
        const QByteArray good = toUtf16(QString::fromLatin1(kGpxHead + kTrack + "</gpx>"));
        EXPECT_EQ(readGpx.text(good).tracks.size(), 1u);
        const QByteArray many = toUtf16(QString::fromLatin1(kGpxHead + "<trk" + attrs + "/></gpx>"));
        EXPECT_TRUE(problemAt(readGpx.text(many), 1, QStringLiteral("more than 256 attributes"))) << dump(readGpx.text(many));
    }
}

// An element's text is kept up to a cap, however many text nodes between child elements make it up.
TEST(TrackIoXml, ElementTextIsCapped)
{
    const QByteArray parts = (QByteArray(60000, 'd') + "<b/>").repeated(40); // 2.4 M characters in one <desc>
    const auto r = readGpx.text(kGpxHead + "<trk><name>T</name><desc>" + parts + "</desc><trkseg>"
                                "<trkpt lat=\"39\" lon=\"125\"><time>2017-11-28T18:17:00Z</time></trkpt></trkseg></trk></gpx>");
    ASSERT_EQ(r.tracks.size(), 1u) << dump(r);
    EXPECT_LE(r.tracks[0].label.size(), trackio::xml::SafeXmlReader::kMaxElementText);
}
