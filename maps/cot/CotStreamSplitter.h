// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// Cuts a byte stream into complete CoT messages, whatever the chunking: a TCP stream, a UDP datagram or a
// file read piece by piece. What real TAK software sends:
//   - XML events one after another, each with or without its own <?xml ...?> declaration, nothing between
//     them but white space (TAK Server's streaming input, ATAK's TCP and UDP, captures in a file);
//   - XML events inside any wrapping element (<events>, as older Trilink wrote);
//   - TAK Protocol mesh messages: 0xbf <version varint> 0xbf and a TakMessage protobuf running to the end of
//     the datagram (or of the connection, for ATAK's one-message TCP sends);
//   - TAK Protocol stream messages: 0xbf <length varint> and that many bytes of TakMessage protobuf.
// The splitter is a lexer, not a parser: it finds where each <event> element starts and ends (tags, quoted
// attribute values, comments, CDATA and processing instructions are skipped as XML defines them, so a
// "</event>" inside a comment or CDATA does not end an event) and hands the event's bytes, with the
// document's XML declaration in front, to CotEventParser, which parses them with the hardened XML reader.
// A DOCTYPE is never passed on: CoT has no DTD, so no entity is ever declared, let alone expanded.
//
// Bounded: it holds at most one message (limits.maxMessageBytes) plus the few bytes of a tag it is reading.
// An event or TAK message over the limit is skipped without being held, with a problem. Text outside events,
// nesting deeper than limits.maxDepth and unknown TAK versions are problems too; only a TAK stream length it
// cannot trust (over limits.maxSkipBytes, or a varint over 10 bytes) makes the stream unusable (failed()).
// Linear in the input: every byte is looked at a bounded number of times.
//
// Threads: one splitter per stream, used by one thread at a time.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <vector>

namespace trilink::maps::cot {

struct CotSplitterLimits {
    qsizetype maxMessageBytes = 1 << 20;   // one event or TAK message, declaration included
    qint64 maxSkipBytes = 64LL << 20;      // a longer TAK length is not believed: the stream is lost
    int maxDepth = 256;                    // element nesting, wrappers and event together
    qsizetype maxDeclarationBytes = 256;   // <?xml ...?> kept for the events that follow
};

struct CotFrame {
    enum class Kind { Xml, TakProtobuf };
    Kind kind = Kind::Xml;
    QByteArray bytes;  // Xml: the declaration (if any) and the <event> element; TakProtobuf: the payload
    qint64 offset = 0; // byte offset of the message in the stream
    int line = 0;      // Xml: line of the <event> start tag (1-based); 0 for TAK messages
    // Xml: line in the stream of line 1 of bytes, minus one (the declaration is put on the event's line), so
    // a parser error at line n of bytes is at line lineBase + n of the stream.
    int lineBase = 0;
};

struct CotStreamProblem {
    qint64 offset = 0;
    int line = 0; // 0 when the problem is in binary data
    QString message;
};

class CotStreamSplitter {
public:
    explicit CotStreamSplitter(CotSplitterLimits limits = {});

    // Reads data (the next bytes of the stream) and appends every message completed by it to frames, and
    // what was wrong to problems.
    void feed(QByteArrayView data, std::vector<CotFrame> &frames, std::vector<CotStreamProblem> &problems);
    // The stream has ended: a mesh message that ran to the end is complete; an event cut short is a problem.
    // The splitter is ready for a new stream afterwards.
    void finish(std::vector<CotFrame> &frames, std::vector<CotStreamProblem> &problems);

    // A TAK length that cannot be trusted: the rest of the stream is ignored; the connection should close.
    bool failed() const { return m_failed; }
    qsizetype bufferedBytes() const { return m_buf.size(); }
    qint64 bytesSeen() const { return m_base + m_buf.size(); }

private:
    enum class State {
        Content,     // text: between events, between a wrapper's children, or inside an event
        Markup,      // after '<', deciding what follows
        StartTag,    // in <name attr="..." ...>
        EndTag,      // in </name>
        Quoted,      // in an attribute value
        Comment,     // <!-- ... -->
        CData,       // <![CDATA[ ... ]]>
        Pi,          // <? ... ?>
        Doctype,     // <!DOCTYPE ...> and other <!...> declarations, with a [...] internal subset
        TakHeader,   // after 0xbf between events: the varint
        TakPayload,  // collecting a TAK message
        TakSkip,     // skipping an oversized TAK stream message
        MeshSkip,    // skipping a mesh message (too large, or a version we do not read) to the end
    };

    void run(std::vector<CotFrame> &frames, std::vector<CotStreamProblem> &problems);
    bool stepContent(std::vector<CotStreamProblem> &problems);
    bool stepMarkup(std::vector<CotStreamProblem> &problems);
    void endStartTag(bool selfClosing, std::vector<CotFrame> &frames, std::vector<CotStreamProblem> &problems);
    void endEndTag(std::vector<CotFrame> &frames, std::vector<CotStreamProblem> &problems);
    bool stepTakHeader(std::vector<CotStreamProblem> &problems);
    void emitEvent(qsizetype endIndex, std::vector<CotFrame> &frames);
    void emitTak(std::vector<CotFrame> &frames);
    void startSkippingEvent(std::vector<CotStreamProblem> &problems, const QString &why);
    void advanceTo(qsizetype index); // moves m_pos, counting lines
    void compact();
    void problem(std::vector<CotStreamProblem> &problems, qint64 offset, int line, const QString &message);
    bool capturing() const { return m_captureStart >= 0; }
    qint64 streamOffset(qsizetype index) const { return m_base + index; }

    CotSplitterLimits m_limits;
    QByteArray m_buf;   // unconsumed bytes; m_buf[0] is stream offset m_base
    qint64 m_base = 0;
    qsizetype m_pos = 0; // next byte to look at
    State m_state = State::Content;
    int m_line = 1;      // line of m_buf[m_pos]
    int m_tagLine = 0;   // line of the '<' being read

    qint64 m_depth = 0;          // open elements (wrappers and event)
    qsizetype m_markupStart = -1; // '<' of the tag being read
    qsizetype m_nameEnd = -1;     // end of its name, once seen
    bool m_slash = false;         // last significant character in a tag was '/'
    char m_quote = 0;
    int m_run = 0;                // '-' before '>' in a comment, ']' in CDATA, '?' in a PI
    int m_subset = 0;             // '[' depth in a DOCTYPE
    bool m_doctypeSeen = false;   // a DOCTYPE was read at the top of this document

    QByteArray m_declaration;     // of the current document, put before each of its events
    qsizetype m_captureStart = -1; // first byte of the event being collected
    qint64 m_captureDepth = 0;     // m_depth outside it
    int m_captureLine = 0;
    qint64 m_captureOffset = 0;
    bool m_skipping = false;       // inside an event too large (or too deep) to keep
    qint64 m_skipDepth = 0;
    bool m_junk = false;           // inside a run of bytes that belong to nothing

    std::uint64_t m_varint = 0;
    int m_varintBytes = 0;
    bool m_varintDone = false;
    qsizetype m_payloadStart = -1; // first byte of the TAK payload being collected
    qint64 m_takLeft = 0;          // bytes still to collect or skip
    qint64 m_takOffset = 0;
    bool m_mesh = false;           // the message being collected runs to the end of the stream
    bool m_failed = false;
};

} // namespace trilink::maps::cot
