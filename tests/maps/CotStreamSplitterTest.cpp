// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/cot/CotStreamSplitter.h"

#include "CotFixture.h"

#include <gtest/gtest.h>

using namespace trilink::maps::cot;

namespace {

QByteArray fixture(const QString &name)
{
    return trilink::testdata::cotFixture(name);
}

struct Split {
    std::vector<CotFrame> frames;
    std::vector<CotStreamProblem> problems;
    qsizetype maxBuffered = 0;
    bool failed = false;
};

// Feeds the stream in pieces of `chunk` bytes, as a socket might deliver it, then ends it.
Split split(const QByteArray &stream, qsizetype chunk, CotSplitterLimits limits = {})
{
    Split s;
    CotStreamSplitter splitter(limits);
    for (qsizetype i = 0; i < stream.size(); i += chunk) {
        splitter.feed(QByteArrayView(stream).sliced(i, std::min(chunk, stream.size() - i)), s.frames, s.problems);
        s.maxBuffered = std::max(s.maxBuffered, splitter.bufferedBytes());
    }
    s.failed = splitter.failed();
    splitter.finish(s.frames, s.problems);
    return s;
}

std::string problems(const Split &s)
{
    std::string out;
    for (const auto &p : s.problems)
        out += "@" + std::to_string(p.offset) + " line " + std::to_string(p.line) + ": " + p.message.toStdString() + "\n";
    return out;
}

// Every way of cutting the stream must give the same messages: that is what "split across packets" means.
void expectSameForEveryChunking(const QByteArray &stream, const Split &whole)
{
    for (qsizetype chunk : {1, 2, 3, 5, 7, 13, 64, 1000}) {
        const Split s = split(stream, chunk);
        ASSERT_EQ(s.frames.size(), whole.frames.size()) << "chunk " << chunk;
        for (std::size_t i = 0; i < s.frames.size(); ++i) {
            EXPECT_EQ(s.frames[i].bytes, whole.frames[i].bytes) << "chunk " << chunk << " frame " << i;
            EXPECT_EQ(s.frames[i].line, whole.frames[i].line) << "chunk " << chunk << " frame " << i;
            EXPECT_EQ(s.frames[i].offset, whole.frames[i].offset) << "chunk " << chunk << " frame " << i;
        }
        EXPECT_EQ(s.problems.size(), whole.problems.size()) << "chunk " << chunk << "\n" << problems(s);
    }
}

const QByteArray kEventA = "<event version=\"2.0\" uid=\"A\" type=\"a-f-G\" time=\"2024-05-01T03:00:00Z\" stale=\"2024-05-01T03:01:00Z\">"
                           "<point lat=\"1\" lon=\"2\" hae=\"3\" ce=\"4\" le=\"5\"/><detail/></event>";
const QByteArray kEventB = "<event uid=\"B\" type=\"a-h-A\" time=\"2024-05-01T03:00:01Z\"><point lat=\"1\" lon=\"2\"/></event>";
const QByteArray kDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

} // namespace

TEST(CotStreamSplitter, EventsBackToBackWithAndWithoutDeclarations)
{
    // What TAK Server's streaming port and a capture of it hold: no wrapper, declarations on some events only.
    const QByteArray stream = kDeclaration + "\n" + kEventA + kEventB + "\n\n" + kDeclaration + "\n" + kEventA + " " + kEventB;
    const Split whole = split(stream, stream.size());
    EXPECT_TRUE(whole.problems.empty()) << problems(whole);
    ASSERT_EQ(whole.frames.size(), 4u);
    EXPECT_EQ(whole.frames[0].bytes, kDeclaration + kEventA);
    EXPECT_EQ(whole.frames[0].line, 2);
    EXPECT_EQ(whole.frames[0].lineBase, 1);
    EXPECT_EQ(whole.frames[1].bytes, kEventB); // the declaration belonged to the document before
    EXPECT_EQ(whole.frames[2].bytes, kDeclaration + kEventA);
    EXPECT_EQ(whole.frames[2].line, 5);
    EXPECT_EQ(whole.frames[3].bytes, kEventB);
    EXPECT_EQ(whole.frames[2].offset, stream.lastIndexOf(kEventA, stream.lastIndexOf(kEventB)));
    expectSameForEveryChunking(stream, whole);
}

TEST(CotStreamSplitter, EventsInsideAWrapperAtAnyDepth)
{
    const QByteArray stream = kDeclaration + "\n<events>\n  " + kEventA + "\n  <group><x/>" + kEventB + "</group>\n</events>\n" + kEventA;
    const Split whole = split(stream, stream.size());
    EXPECT_TRUE(whole.problems.empty()) << problems(whole);
    ASSERT_EQ(whole.frames.size(), 3u);
    EXPECT_EQ(whole.frames[0].bytes, kDeclaration + kEventA);
    EXPECT_EQ(whole.frames[0].line, 3);
    EXPECT_EQ(whole.frames[1].bytes, kDeclaration + kEventB);
    EXPECT_EQ(whole.frames[1].line, 4);
    EXPECT_EQ(whole.frames[2].bytes, kEventA);
    expectSameForEveryChunking(stream, whole);
}

TEST(CotStreamSplitter, EndTagsInCommentsCDataAndAttributesDoNotEndAnEvent)
{
    const QByteArray tricky = "<event uid=\"C\" note='a > b </event>' time=\"2024-05-01T03:00:00Z\"><!-- </event> --><detail>"
                              "<remarks><![CDATA[ </event> ]] > ]]]></remarks><?pi </event> ?></detail>"
                              "<point lat=\"1\" lon=\"2\"/></event>";
    const QByteArray stream = tricky + kEventB;
    const Split whole = split(stream, stream.size());
    EXPECT_TRUE(whole.problems.empty()) << problems(whole);
    ASSERT_EQ(whole.frames.size(), 2u);
    EXPECT_EQ(whole.frames[0].bytes, tricky);
    EXPECT_EQ(whole.frames[1].bytes, kEventB);
    expectSameForEveryChunking(stream, whole);
}

TEST(CotStreamSplitter, SelfClosingEventIsOneMessage)
{
    const QByteArray stream = "<event uid=\"D\"/>" + kEventB;
    const Split whole = split(stream, stream.size());
    ASSERT_EQ(whole.frames.size(), 2u);
    EXPECT_EQ(whole.frames[0].bytes, QByteArray("<event uid=\"D\"/>"));
    expectSameForEveryChunking(stream, whole);
}

TEST(CotStreamSplitter, TakMeshMessageRunsToTheEndOfTheDatagram)
{
    // Made by node-cot (tests/maps/data/cot/README.md): 0xbf 0x01 0xbf and a TakMessage.
    const QByteArray mesh = fixture(QStringLiteral("node-cot/0.mesh"));
    ASSERT_TRUE(mesh.startsWith("\xbf\x01\xbf"));
    const Split whole = split(mesh, mesh.size());
    EXPECT_TRUE(whole.problems.empty()) << problems(whole);
    ASSERT_EQ(whole.frames.size(), 1u);
    EXPECT_EQ(whole.frames[0].kind, CotFrame::Kind::TakProtobuf);
    EXPECT_EQ(whole.frames[0].bytes, mesh.mid(3));
    expectSameForEveryChunking(mesh, whole);
}

TEST(CotStreamSplitter, TakStreamMessagesMixedWithXml)
{
    const QByteArray a = fixture(QStringLiteral("node-cot/0.stream")), b = fixture(QStringLiteral("node-cot/1.stream"));
    ASSERT_EQ(a.at(0), '\xbf');
    const QByteArray stream = a + b + kDeclaration + "\n" + kEventA + a;
    const Split whole = split(stream, stream.size());
    EXPECT_TRUE(whole.problems.empty()) << problems(whole);
    ASSERT_EQ(whole.frames.size(), 4u);
    // Two length bytes: both payloads are 128 bytes or more.
    ASSERT_GE(a.size(), 131);
    EXPECT_EQ(whole.frames[0].bytes, a.mid(3));
    EXPECT_EQ(whole.frames[1].bytes, b.mid(3));
    EXPECT_EQ(whole.frames[1].offset, a.size());
    EXPECT_EQ(whole.frames[2].kind, CotFrame::Kind::Xml);
    EXPECT_EQ(whole.frames[3].bytes, a.mid(3));
    expectSameForEveryChunking(stream, whole);
}

TEST(CotStreamSplitter, OversizedEventIsSkippedWithoutBeingHeld)
{
    CotSplitterLimits limits;
    limits.maxMessageBytes = 1024;
    const QByteArray big = "<event uid=\"BIG\"><detail><remarks>" + QByteArray(100'000, 'x') + "</remarks></detail></event>";
    const QByteArray stream = kEventA + big + kEventB;
    const Split s = split(stream, 512, limits);
    ASSERT_EQ(s.frames.size(), 2u) << problems(s);
    EXPECT_EQ(s.frames[0].bytes, kEventA);
    EXPECT_EQ(s.frames[1].bytes, kEventB);
    ASSERT_EQ(s.problems.size(), 1u);
    EXPECT_TRUE(s.problems[0].message.contains(QStringLiteral("larger than 1024 bytes"))) << problems(s);
    EXPECT_EQ(s.problems[0].offset, kEventA.size());
    EXPECT_LE(s.maxBuffered, 1024 + 512);
}

TEST(CotStreamSplitter, OversizedTakMessagesAreSkipped)
{
    CotSplitterLimits limits;
    limits.maxMessageBytes = 100;
    QByteArray huge("\xbf", 1);
    huge.append(char(0x90)).append(char(0x4e)); // varint 10000
    huge.append(QByteArray(10000, 'p'));
    const QByteArray stream = huge + kEventB + QByteArray("\xbf\x01\xbf", 3) + QByteArray(500, 'q');
    const Split s = split(stream, 333, limits);
    ASSERT_EQ(s.frames.size(), 1u) << problems(s);
    EXPECT_EQ(s.frames[0].bytes, kEventB);
    ASSERT_EQ(s.problems.size(), 2u) << problems(s);
    EXPECT_TRUE(s.problems[0].message.contains(QStringLiteral("10000 bytes is larger than 100")));
    EXPECT_TRUE(s.problems[1].message.contains(QStringLiteral("larger than 100 bytes")));
    EXPECT_LE(s.maxBuffered, 100 + 333);
}

TEST(CotStreamSplitter, UntrustableTakLengthStopsTheStream)
{
    const QByteArray absurd("\xbf\xff\xff\xff\xff\xff\xff\xff\xff\x7f", 10);
    Split s = split(absurd + kEventA, 4);
    EXPECT_TRUE(s.failed);
    EXPECT_TRUE(s.frames.empty());
    ASSERT_EQ(s.problems.size(), 1u);
    EXPECT_TRUE(s.problems[0].message.contains(QStringLiteral("the rest is ignored"))) << problems(s);
    const QByteArray tooLong("\xbf\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", 12);
    s = split(tooLong + kEventA, 1);
    EXPECT_TRUE(s.failed);
    EXPECT_TRUE(s.problems.at(0).message.contains(QStringLiteral("not a valid varint")));
}

TEST(CotStreamSplitter, UnsupportedTakVersionIsSkipped)
{
    const QByteArray v2 = QByteArray("\xbf\x02\xbf", 3) + "payload";
    const Split s = split(v2, 2);
    EXPECT_TRUE(s.frames.empty());
    ASSERT_EQ(s.problems.size(), 1u);
    EXPECT_TRUE(s.problems[0].message.contains(QStringLiteral("version 2 is not supported")));
}

TEST(CotStreamSplitter, DataBetweenEventsIsOneProblemPerRun)
{
    const QByteArray stream = kEventA + "garbage here" + kEventB + "\n</stray>more" + kEventA;
    const Split whole = split(stream, stream.size());
    ASSERT_EQ(whole.frames.size(), 3u);
    ASSERT_EQ(whole.problems.size(), 3u) << problems(whole);
    EXPECT_EQ(whole.problems[0].offset, kEventA.size());
    EXPECT_TRUE(whole.problems[0].message.contains(QStringLiteral("outside any <event>")));
    EXPECT_TRUE(whole.problems[1].message.contains(QStringLiteral("end tag without a start tag")));
    EXPECT_EQ(whole.problems[1].line, 2);
    expectSameForEveryChunking(stream, whole);
}

TEST(CotStreamSplitter, DoctypeIsNeverPassedOn)
{
    const QByteArray stream = "<?xml version=\"1.0\"?>\n<!DOCTYPE event [<!ENTITY a \"aaaa\"> <!ENTITY b \"&a;&a;\">]>\n"
                              "<event uid=\"&b;\" time=\"2024-05-01T03:00:00Z\"><point lat=\"1\" lon=\"2\"/></event>";
    const Split whole = split(stream, stream.size());
    ASSERT_EQ(whole.frames.size(), 1u);
    EXPECT_FALSE(whole.frames[0].bytes.contains("ENTITY"));
    EXPECT_TRUE(whole.frames[0].bytes.startsWith("<?xml version=\"1.0\"?><event"));
    EXPECT_EQ(whole.frames[0].line, 3);
    ASSERT_EQ(whole.problems.size(), 1u);
    EXPECT_TRUE(whole.problems[0].message.contains(QStringLiteral("DOCTYPE ignored")));
    expectSameForEveryChunking(stream, whole);
}

TEST(CotStreamSplitter, DeepNestingIsCutOff)
{
    CotSplitterLimits limits;
    limits.maxDepth = 10;
    QByteArray deep = "<event uid=\"X\">";
    for (int i = 0; i < 50; ++i)
        deep += "<d>";
    for (int i = 0; i < 50; ++i)
        deep += "</d>";
    deep += "</event>";
    const Split s = split(deep + kEventB, 9, limits);
    ASSERT_EQ(s.frames.size(), 1u) << problems(s);
    EXPECT_EQ(s.frames[0].bytes, kEventB);
    ASSERT_EQ(s.problems.size(), 1u);
    EXPECT_TRUE(s.problems[0].message.contains(QStringLiteral("nested deeper than 10")));
}

TEST(CotStreamSplitter, EventCutShortIsAProblemAtItsLine)
{
    const QByteArray stream = kEventA + "\n\n<event uid=\"E\"><point lat=";
    const Split s = split(stream, 5);
    ASSERT_EQ(s.frames.size(), 1u);
    ASSERT_EQ(s.problems.size(), 1u);
    EXPECT_EQ(s.problems[0].line, 3);
    EXPECT_TRUE(s.problems[0].message.contains(QStringLiteral("cut short")));
}

TEST(CotStreamSplitter, ByteOrderMarkOpensTheStream)
{
    const QByteArray stream = "\xEF\xBB\xBF" + kDeclaration + kEventA;
    const Split whole = split(stream, stream.size());
    EXPECT_TRUE(whole.problems.empty()) << problems(whole);
    ASSERT_EQ(whole.frames.size(), 1u);
    expectSameForEveryChunking(stream, whole);
}

TEST(CotStreamSplitter, BufferStaysBoundedOnAnEndlessTag)
{
    // A start tag that never ends, outside any event: its name is read, then its bytes are not kept.
    CotSplitterLimits limits;
    limits.maxMessageBytes = 4096;
    CotStreamSplitter splitter(limits);
    std::vector<CotFrame> frames;
    std::vector<CotStreamProblem> problemList;
    splitter.feed("<wrapper a=\"", frames, problemList);
    const QByteArray chunk(64 * 1024, 'z');
    for (int i = 0; i < 64; ++i)
        splitter.feed(chunk, frames, problemList);
    EXPECT_LE(splitter.bufferedBytes(), 16);
    EXPECT_EQ(splitter.bytesSeen(), 12 + 64 * chunk.size());
}
