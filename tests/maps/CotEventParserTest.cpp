// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/cot/CotEventParser.h"
#include "maps/cot/CotEventWriter.h"

#include "CotFixture.h"

#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace trilink;
using namespace trilink::maps::cot;

namespace {

QByteArray fixture(const QString &name)
{
    return trilink::testdata::cotFixture(name);
}

std::string problems(const CotParseResult &r)
{
    std::string out;
    for (const auto &p : r.problems)
        out += "line " + std::to_string(p.line) + ": " + p.message.toStdString() + "\n";
    return out;
}

// The same event from node-cot's XML and its protobuf: the two encodings of one independent encoder must
// read alike (times, point, the typed detail).
void expectUnitEvent(const CotEvent &e)
{
    EXPECT_EQ(e.uid, QStringLiteral("ANDROID-5a1e"));
    EXPECT_EQ(e.type, QStringLiteral("a-f-G-U-C"));
    EXPECT_EQ(e.how, QStringLiteral("m-g"));
    EXPECT_EQ(e.timeMs, 1714532400000); // date -u -d 2024-05-01T03:00:00Z +%s
    EXPECT_EQ(e.startMs, 1714532400000);
    EXPECT_EQ(e.staleMs, 1714532700000); // five minutes on
    EXPECT_DOUBLE_EQ(e.lat, 35.1796);
    EXPECT_DOUBLE_EQ(e.lon, 129.0756);
    EXPECT_DOUBLE_EQ(e.hae, 12.5);
    EXPECT_DOUBLE_EQ(e.ce, 4.9);
    EXPECT_FALSE(CotEvent::isKnownError(e.le));
    EXPECT_EQ(e.callsign, QStringLiteral("BUSAN-1"));
    EXPECT_EQ(e.groupName, QStringLiteral("Cyan"));
    EXPECT_EQ(e.groupRole, QStringLiteral("Team Lead"));
    ASSERT_TRUE(e.courseDeg && e.speedMps);
    EXPECT_DOUBLE_EQ(*e.courseDeg, 90.25);
    EXPECT_DOUBLE_EQ(*e.speedMps, 1.5);
    EXPECT_FALSE(e.partners.has_value());
}

constexpr PartnerMask kUsaKor = partnerBit(Partner::USA) | partnerBit(Partner::KOR);

} // namespace

TEST(CotEventParser, NodeCotXmlEvent)
{
    const CotParseResult r = CotEventParser::parseXml(fixture(QStringLiteral("node-cot/0.xml")));
    EXPECT_TRUE(r.problems.empty()) << problems(r);
    ASSERT_TRUE(r.event);
    expectUnitEvent(*r.event);
}

TEST(CotEventParser, NodeCotProtobufEventReadsLikeItsXml)
{
    const QByteArray mesh = fixture(QStringLiteral("node-cot/0.mesh"));
    const CotParseResult r = CotEventParser::parseTak(mesh.mid(3));
    EXPECT_TRUE(r.problems.empty()) << problems(r);
    ASSERT_TRUE(r.event);
    expectUnitEvent(*r.event);
}

TEST(CotEventParser, TrilinkDetailRemarksAndEscapes)
{
    for (const QString &name : {QStringLiteral("node-cot/1.xml"), QStringLiteral("node-cot/1.mesh")}) {
        const QByteArray bytes = fixture(name);
        const CotParseResult r = name.endsWith(QLatin1String(".xml")) ? CotEventParser::parseXml(bytes) : CotEventParser::parseTak(bytes.mid(3));
        EXPECT_TRUE(r.problems.empty()) << name.toStdString() << "\n" << problems(r);
        ASSERT_TRUE(r.event) << name.toStdString();
        const CotEvent &e = *r.event;
        EXPECT_EQ(e.uid, QStringLiteral("TRK-0042"));
        EXPECT_EQ(e.type, QStringLiteral("a-h-A-W-M-S-S"));
        EXPECT_EQ(e.timeMs, 1714532401250);
        EXPECT_DOUBLE_EQ(e.hae, 152000.75);
        EXPECT_EQ(e.callsign, QStringLiteral("Track 42 \"Hwasong\" 화성"));
        EXPECT_EQ(e.remarks, QStringLiteral("Held by USA & KOR <radar>"));
        ASSERT_TRUE(e.partners);
        EXPECT_EQ(*e.partners, kUsaKor);
        EXPECT_EQ(e.sensor, QStringLiteral("KOR Green Pine"));
        EXPECT_DOUBLE_EQ(e.courseDeg.value_or(0), 101.5);
        EXPECT_DOUBLE_EQ(e.speedMps.value_or(0), 4200.5);
    }
}

TEST(CotEventParser, UnescapedAttributeIsAnXmlErrorAtItsLine)
{
    // node-cot writes '<' unescaped inside an attribute: not XML. The event is refused, not guessed.
    const CotParseResult r = CotEventParser::parseXml(fixture(QStringLiteral("node-cot/2.xml")), 10);
    EXPECT_FALSE(r.event);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].line, 12);
    EXPECT_TRUE(r.problems[0].message.startsWith(QStringLiteral("XML error"))) << problems(r);
    // Its protobuf has no such fault.
    EXPECT_TRUE(CotEventParser::parseTak(fixture(QStringLiteral("node-cot/2.mesh")).mid(3)).event);
}

TEST(CotEventParser, RefusedEventsSayWhy)
{
    struct Case {
        const char *xml;
        const char *why;
    };
    const Case cases[] = {
        {"<event type=\"a-f-G\" time=\"2024-05-01T03:00:00Z\"><point lat=\"1\" lon=\"2\"/></event>", "without a uid"},
        {"<event uid=\"u\"><point lat=\"1\" lon=\"2\"/></event>", "without a valid time"},
        {"<event uid=\"u\" time=\"yesterday\"><point lat=\"1\" lon=\"2\"/></event>", "time \"yesterday\" is not ISO 8601"},
        {"<event uid=\"u\" time=\"2024-05-01T03:00:00Z\"/>", "without a <point>"},
        {"<event uid=\"u\" time=\"2024-05-01T03:00:00Z\"><point lat=\"x\" lon=\"2\"/></event>", "without a valid lat and lon"},
        {"<event uid=\"u\" time=\"2024-05-01T03:00:00Z\"><point lat=\"91\" lon=\"2\"/></event>", "not on the Earth"},
        {"<event uid=\"u\" time=\"2024-05-01T03:00:00Z\"><point lat=\"1\" lon=\"nan\"/></event>", "without a valid lat"},
        {"<event uid=\"u\" time=\"2024-05-01T03:00:00Z\"><point lat=\"1\" lon=\"2\" hae=\"inf\"/></event>", "<point hae=\"inf\"> is not a height in metres"},
        {"<event uid=\"u\" time=\"2024-05-01T03:00:00Z\"><point lat=\"1\" lon=\"2\" hae=\"abc\"/></event>", "<point hae=\"abc\"> is not a height in metres"},
        {"<events/>", "is not a Cursor on Target <event>"},
        {"<event uid=\"&b;\" time=\"2024-05-01T03:00:00Z\"><point lat=\"1\" lon=\"2\"/></event>", "XML error"},
    };
    for (const auto &c : cases) {
        const CotParseResult r = CotEventParser::parseXml(QByteArray(c.xml));
        EXPECT_FALSE(r.event) << c.xml;
        ASSERT_FALSE(r.problems.empty()) << c.xml;
        EXPECT_TRUE(r.problems.back().message.contains(QLatin1String(c.why))) << c.xml << "\n" << problems(r);
    }
}

TEST(CotEventParser, DefaultsAndWarnings)
{
    const CotParseResult r = CotEventParser::parseXml(
        QByteArray("<event uid=\"u\" start=\"2024-05-01T03:00:00Z\"><point lat=\"1\" lon=\"2\"/>"
                   "<detail><track course=\"east\" speed=\"3\"/><trilink partners=\"USA;XYZ\"/></detail></event>"));
    ASSERT_TRUE(r.event) << problems(r);
    EXPECT_EQ(r.event->timeMs, 1714532400000); // time from start
    EXPECT_EQ(r.event->staleMs, 1714532400000 + kDefaultStaleMs);
    EXPECT_FALSE(r.event->hasHae());
    EXPECT_FALSE(r.event->courseDeg);
    EXPECT_DOUBLE_EQ(r.event->speedMps.value_or(0), 3);
    EXPECT_EQ(r.event->partners.value_or(0), partnerBit(Partner::USA));
    ASSERT_EQ(r.problems.size(), 2u) << problems(r);
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("course \"east\" is not a number")));
    EXPECT_TRUE(r.problems[1].message.contains(QStringLiteral("unknown partner XYZ")));
}

TEST(CotEventParser, EmptyPartnerListMeansNobody)
{
    const CotParseResult r = CotEventParser::parseXml(
        QByteArray("<event uid=\"u\" time=\"2024-05-01T03:00:00Z\"><point lat=\"1\" lon=\"2\"/><detail><trilink partners=\"\"/></detail></event>"));
    ASSERT_TRUE(r.event);
    ASSERT_TRUE(r.event->partners);
    EXPECT_EQ(*r.event->partners, 0);
}

TEST(CotEventParser, OtherDetailIsKeptThroughBothEncodings)
{
    const QByteArray xml = "<event version=\"2.0\" uid=\"ANDROID-1\" type=\"a-f-G-U-C\" how=\"h-e\" opex=\"e-TRILINK\" "
                           "time=\"2024-05-01T03:00:00Z\" stale=\"2024-05-01T03:10:00Z\"><point lat=\"35\" lon=\"129\" hae=\"9999999\"/>"
                           "<detail><takv device=\"Pixel\" platform=\"ATAK-CIV\" os=\"34\" version=\"5.1\"/><status battery=\"80\"/>"
                           "<link uid=\"HQ-1\" relation=\"p-p\" type=\"a-f-G-U-C-I\" parent_callsign=\"HQ &amp; co\"/>"
                           "<usericon iconsetpath=\"COT_MAPPING_2525B/a-f/a-f-G\"/><color argb=\"-1\"/>"
                           "<__video url=\"rtsp://x/y?a=1&amp;b=2\"/></detail></event>";
    const CotParseResult r = CotEventParser::parseXml(xml);
    ASSERT_TRUE(r.event) << problems(r);
    const CotEvent &e = *r.event;
    EXPECT_EQ(e.parentCallsign, QStringLiteral("HQ & co"));
    EXPECT_EQ(e.opex, QStringLiteral("e-TRILINK"));
    for (const char *kept : {"takv", "status", "link", "usericon", "color", "__video"})
        EXPECT_TRUE(e.otherDetail.contains(QLatin1String(kept))) << kept << ": " << e.otherDetail.toStdString();

    // Written again, each way, and read again: the same detail comes back (XML has no canonical form, so
    // the comparison is element by element through an independent reader, Qt's).
    auto elements = [](const QByteArray &bytes) {
        QStringList out;
        QXmlStreamReader x(bytes);
        while (!x.atEnd())
            if (x.readNext() == QXmlStreamReader::StartElement) {
                QString s = x.name().toString();
                for (const auto &a : x.attributes())
                    s += QStringLiteral(" %1=%2").arg(a.name(), a.value());
                out << s;
            }
        return out;
    };
    const QByteArray again = CotEventWriter::xml(e);
    const CotParseResult viaXml = CotEventParser::parseXml(again);
    ASSERT_TRUE(viaXml.event);
    EXPECT_EQ(viaXml.event->otherDetail, e.otherDetail);
    const CotParseResult viaTak = CotEventParser::parseTak(CotEventWriter::takPayload(e));
    ASSERT_TRUE(viaTak.event) << problems(viaTak);
    EXPECT_EQ(elements(CotEventWriter::xml(*viaTak.event)), elements(again));
    EXPECT_TRUE(elements(again).contains(QStringLiteral("__video url=rtsp://x/y?a=1&b=2")));
}

TEST(CotEventParser, WriterEscapesAndFramesAsTakWants)
{
    CotEvent e;
    e.uid = QStringLiteral("u<1>&\"");
    e.type = QStringLiteral("a-h-A-W-M-S-S");
    e.how = QStringLiteral("m-s");
    e.timeMs = e.startMs = 1714532401250;
    e.staleMs = e.timeMs + 60'000;
    e.lat = 39.123456789012345;
    e.lon = 125.98765432109876;
    e.hae = 4'475'123.789; // a Hwasong-15 near apogee: far above 999999, TAK's "unknown" for errors
    e.callsign = QStringLiteral("</event><event uid=\"x\">");
    e.remarks = QStringLiteral("]]> & <!-- -->");
    e.partners = kUsaKor;
    e.courseDeg = 95.5;
    e.speedMps = 3000;
    const QByteArray xml = CotEventWriter::xml(e);
    EXPECT_TRUE(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<event "));
    EXPECT_TRUE(xml.endsWith("</event>")); // nothing after it: TAK Server's rule for streams
    EXPECT_EQ(xml.count('\n'), 1);
    // Qt's reader sees exactly one event with the strings intact.
    QXmlStreamReader x(xml);
    int events = 0;
    while (!x.atEnd())
        if (x.readNext() == QXmlStreamReader::StartElement && x.name() == u"event")
            ++events;
    EXPECT_FALSE(x.hasError()) << x.errorString().toStdString();
    EXPECT_EQ(events, 1);
    const auto back = CotEventParser::parseXml(xml);
    ASSERT_TRUE(back.event);
    EXPECT_EQ(back.event->uid, e.uid);
    EXPECT_EQ(back.event->callsign, e.callsign);
    EXPECT_EQ(back.event->remarks, e.remarks);
    EXPECT_EQ(back.event->lat, e.lat); // exactly: the shortest text that reads back
    EXPECT_EQ(back.event->lon, e.lon);
    EXPECT_EQ(back.event->hae, e.hae);
    EXPECT_EQ(back.event->timeMs, e.timeMs);

    const auto viaTak = CotEventParser::parseTak(CotEventWriter::takPayload(e));
    ASSERT_TRUE(viaTak.event);
    EXPECT_EQ(viaTak.event->hae, e.hae);
    EXPECT_TRUE(viaTak.event->hasHae());

    const QByteArray mesh = CotEventWriter::takMeshMessage(e);
    EXPECT_TRUE(mesh.startsWith("\xbf\x01\xbf"));
    const QByteArray stream = CotEventWriter::takStreamMessage(e);
    const QByteArray payload = CotEventWriter::takPayload(e);
    ASSERT_GT(payload.size(), 127); // so the length takes two varint bytes
    EXPECT_EQ(static_cast<unsigned char>(stream[1]), (payload.size() & 0x7f) | 0x80);
    EXPECT_EQ(static_cast<unsigned char>(stream[2]), payload.size() >> 7);
    EXPECT_EQ(stream.mid(3), payload);
}
