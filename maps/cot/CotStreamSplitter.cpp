// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/cot/CotStreamSplitter.h"

#include <algorithm>
#include <cstring>

namespace trilink::maps::cot {
namespace {

constexpr char kTakMagic = static_cast<char>(0xbf);
constexpr qsizetype kMaxNameBytes = 256; // "event" with any sane namespace prefix fits

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool endsName(char c)
{
    return isSpace(c) || c == '/' || c == '>';
}

bool startsName(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' || u >= 0x80;
}

QByteArrayView localName(QByteArrayView name)
{
    const auto colon = name.lastIndexOf(':');
    return colon >= 0 ? name.sliced(colon + 1) : name;
}

} // namespace

CotStreamSplitter::CotStreamSplitter(CotSplitterLimits limits) : m_limits(limits) {}

void CotStreamSplitter::problem(std::vector<CotStreamProblem> &problems, qint64 offset, int line, const QString &message)
{
    problems.push_back({offset, line, message});
}

void CotStreamSplitter::feed(QByteArrayView data, std::vector<CotFrame> &frames, std::vector<CotStreamProblem> &problems)
{
    if (m_failed) {
        m_base += data.size();
        return;
    }
    m_buf.append(data.data(), data.size());
    run(frames, problems);
    compact();
}

void CotStreamSplitter::advanceTo(qsizetype index)
{
    const bool binary = m_state == State::TakHeader || m_state == State::TakPayload || m_state == State::TakSkip
                        || m_state == State::MeshSkip;
    if (!binary)
        m_line += static_cast<int>(std::count(m_buf.constData() + m_pos, m_buf.constData() + index, '\n'));
    m_pos = index;
}

void CotStreamSplitter::run(std::vector<CotFrame> &frames, std::vector<CotStreamProblem> &problems)
{
    const char *d = m_buf.constData();
    const qsizetype n = m_buf.size();
    while (!m_failed && m_pos < n) {
        if (capturing() && !m_skipping && streamOffset(m_pos) - m_captureOffset > m_limits.maxMessageBytes)
            startSkippingEvent(problems, QStringLiteral("event larger than %1 bytes; skipped").arg(m_limits.maxMessageBytes));
        switch (m_state) {
        case State::Content:
            if (!stepContent(problems))
                return;
            break;
        case State::Markup:
            if (!stepMarkup(problems))
                return;
            break;
        case State::StartTag: {
            qsizetype i = m_pos;
            for (; i < n; ++i) {
                const char c = d[i];
                if (m_nameEnd < 0) {
                    const qsizetype nameStart = m_markupStart + 1;
                    if (endsName(c) || i - nameStart > kMaxNameBytes) {
                        m_nameEnd = i;
                        if (!capturing() && !m_skipping && localName(QByteArrayView(d + nameStart, i - nameStart)) == "event") {
                            m_captureStart = m_markupStart;
                            m_captureOffset = streamOffset(m_markupStart);
                            m_captureDepth = m_depth;
                            m_captureLine = m_tagLine;
                        }
                    } else {
                        continue;
                    }
                }
                if (c == '"' || c == '\'') {
                    m_quote = c;
                    m_slash = false;
                    break;
                }
                if (c == '>')
                    break;
                if (c == '/')
                    m_slash = true;
                else if (!isSpace(c))
                    m_slash = false;
            }
            if (i == n) {
                advanceTo(n);
                break;
            }
            advanceTo(i + 1);
            if (d[i] == '>')
                endStartTag(m_slash, frames, problems);
            else
                m_state = State::Quoted;
            break;
        }
        case State::Quoted: {
            const void *q = std::memchr(d + m_pos, m_quote, static_cast<size_t>(n - m_pos));
            if (!q) {
                advanceTo(n);
                break;
            }
            advanceTo(static_cast<const char *>(q) - d + 1);
            m_state = State::StartTag;
            break;
        }
        case State::EndTag: {
            const void *q = std::memchr(d + m_pos, '>', static_cast<size_t>(n - m_pos));
            if (!q) {
                advanceTo(n);
                break;
            }
            advanceTo(static_cast<const char *>(q) - d + 1);
            endEndTag(frames, problems);
            break;
        }
        case State::Comment:
        case State::CData:
        case State::Pi: {
            const char run = m_state == State::Comment ? '-' : m_state == State::CData ? ']' : '?';
            const int needed = m_state == State::Pi ? 1 : 2;
            qsizetype i = m_pos;
            bool closed = false;
            for (; i < n; ++i) {
                if (d[i] == '>' && m_run >= needed) {
                    closed = true;
                    break;
                }
                m_run = d[i] == run ? m_run + 1 : 0;
            }
            if (!closed) {
                advanceTo(n);
                break;
            }
            advanceTo(i + 1);
            // <?xml ...?> at the top of a document: kept for the events that follow.
            if (m_state == State::Pi && m_depth == 0 && m_markupStart >= 0) {
                const QByteArrayView pi(d + m_markupStart, m_pos - m_markupStart);
                // One longer than the limit is dropped (the events are then read as UTF-8).
                if (pi.startsWith("<?xml") && pi.size() > 5 && isSpace(pi[5]) && pi.size() <= m_limits.maxDeclarationBytes) {
                    m_declaration = pi.toByteArray();
                    std::replace_if(m_declaration.begin(), m_declaration.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
                }
            }
            m_state = State::Content;
            m_markupStart = -1;
            break;
        }
        case State::Doctype: {
            qsizetype i = m_pos;
            bool closed = false;
            for (; i < n; ++i) {
                const char c = d[i];
                if (m_quote) {
                    if (c == m_quote)
                        m_quote = 0;
                } else if (c == '"' || c == '\'') {
                    m_quote = c;
                } else if (c == '[') {
                    ++m_subset;
                } else if (c == ']') {
                    m_subset = std::max(0, m_subset - 1);
                } else if (c == '>' && m_subset == 0) {
                    closed = true;
                    break;
                }
            }
            advanceTo(closed ? i + 1 : n);
            if (closed) {
                m_state = State::Content;
                m_markupStart = -1;
            }
            break;
        }
        case State::TakHeader:
            if (!stepTakHeader(problems))
                return;
            break;
        case State::TakPayload: {
            if (m_mesh) {
                if (n - m_payloadStart > m_limits.maxMessageBytes) {
                    problem(problems, m_takOffset, 0,
                            QStringLiteral("TAK message larger than %1 bytes; skipped").arg(m_limits.maxMessageBytes));
                    m_payloadStart = -1;
                    m_state = State::MeshSkip;
                }
                advanceTo(n);
                break;
            }
            const qint64 take = std::min<qint64>(m_takLeft, n - m_pos);
            m_takLeft -= take;
            advanceTo(m_pos + take);
            if (m_takLeft == 0)
                emitTak(frames);
            break;
        }
        case State::TakSkip: {
            const qint64 take = std::min<qint64>(m_takLeft, n - m_pos);
            m_takLeft -= take;
            advanceTo(m_pos + take);
            if (m_takLeft == 0)
                m_state = State::Content;
            break;
        }
        case State::MeshSkip:
            advanceTo(n);
            break;
        }
    }
    if (capturing() && !m_skipping && streamOffset(m_pos) - m_captureOffset > m_limits.maxMessageBytes)
        startSkippingEvent(problems, QStringLiteral("event larger than %1 bytes; skipped").arg(m_limits.maxMessageBytes));
}

bool CotStreamSplitter::stepContent(std::vector<CotStreamProblem> &problems)
{
    const char *d = m_buf.constData();
    const qsizetype n = m_buf.size();
    if (m_depth > 0) {
        const void *lt = std::memchr(d + m_pos, '<', static_cast<size_t>(n - m_pos));
        if (!lt) {
            advanceTo(n);
            return false;
        }
        advanceTo(static_cast<const char *>(lt) - d);
    } else {
        // Between documents only white space belongs; a UTF-8 byte-order mark may open the stream.
        qsizetype i = m_pos;
        for (; i < n; ++i) {
            const char c = d[i];
            static constexpr char kBom[] = "\xEF\xBB\xBF"; // its last byte is TAK's magic 0xbf
            if (isSpace(c) || c == '\0' || (streamOffset(i) < 3 && c == kBom[streamOffset(i)]))
                continue;
            if (c == '<' || c == kTakMagic)
                break;
            if (!m_junk) {
                advanceTo(i);
                problem(problems, streamOffset(i), m_line, QStringLiteral("data outside any <event> ignored"));
                m_junk = true;
            }
        }
        advanceTo(i);
        if (i == n)
            return false;
        m_junk = false;
        if (d[i] == kTakMagic) {
            m_takOffset = streamOffset(i);
            m_varint = 0;
            m_varintBytes = 0;
            m_varintDone = false;
            advanceTo(i + 1);
            m_state = State::TakHeader;
            return true;
        }
    }
    m_markupStart = m_pos;
    m_tagLine = m_line;
    advanceTo(m_pos + 1);
    m_state = State::Markup;
    return true;
}

bool CotStreamSplitter::stepMarkup(std::vector<CotStreamProblem> &problems)
{
    const char *d = m_buf.constData();
    const qsizetype avail = m_buf.size() - m_pos;
    const char c = d[m_pos];
    if (c == '/') {
        advanceTo(m_pos + 1);
        m_state = State::EndTag;
        return true;
    }
    if (c == '?') {
        advanceTo(m_pos + 1);
        m_run = 0;
        m_state = State::Pi;
        return true;
    }
    if (c == '!') {
        const QByteArrayView have(d + m_pos, std::min<qsizetype>(avail, 8));
        constexpr QByteArrayView comment("!--"), cdata("![CDATA[");
        if (have.startsWith(comment)) {
            advanceTo(m_pos + comment.size());
            m_run = 0;
            m_state = State::Comment;
            return true;
        }
        if (have.startsWith(cdata)) {
            advanceTo(m_pos + cdata.size());
            m_run = 0;
            m_state = State::CData;
            return true;
        }
        if ((comment.startsWith(have) || cdata.startsWith(have)) && have.size() < cdata.size())
            return false; // wait for the bytes that decide
        if (m_depth == 0 && !capturing())
            problem(problems, streamOffset(m_markupStart), m_line,
                    QStringLiteral("DOCTYPE ignored: Cursor on Target has no DTD, so no entity is declared"));
        advanceTo(m_pos + 1);
        m_quote = 0;
        m_subset = 0;
        m_state = State::Doctype;
        return true;
    }
    if (startsName(c)) {
        m_nameEnd = -1;
        m_slash = false;
        m_state = State::StartTag;
        return true;
    }
    // A lone '<': inside an event the XML parser reports it; between events it is stray data.
    if (m_depth == 0 && !m_junk) {
        problem(problems, streamOffset(m_markupStart), m_line, QStringLiteral("data outside any <event> ignored"));
        m_junk = true;
    }
    m_markupStart = -1;
    m_state = State::Content;
    return true;
}

void CotStreamSplitter::endStartTag(bool selfClosing, std::vector<CotFrame> &frames, std::vector<CotStreamProblem> &problems)
{
    m_state = State::Content;
    m_markupStart = -1;
    m_nameEnd = -1;
    m_slash = false;
    if (selfClosing) {
        if (m_skipping && m_depth == m_skipDepth)
            m_skipping = false;
        else if (capturing() && !m_skipping && m_depth == m_captureDepth)
            emitEvent(m_pos, frames);
        if (m_depth == 0)
            m_declaration.clear();
        return;
    }
    ++m_depth;
    if (m_depth > m_limits.maxDepth && !m_skipping) {
        const QString why = QStringLiteral("elements nested deeper than %1 levels; skipped").arg(m_limits.maxDepth);
        if (capturing()) {
            startSkippingEvent(problems, why);
        } else {
            problem(problems, streamOffset(m_pos), m_line, why);
            m_skipping = true;
            m_skipDepth = m_depth - 1;
        }
    }
}

void CotStreamSplitter::endEndTag(std::vector<CotFrame> &frames, std::vector<CotStreamProblem> &problems)
{
    m_state = State::Content;
    m_markupStart = -1;
    if (m_depth == 0) {
        problem(problems, streamOffset(m_pos), m_line, QStringLiteral("end tag without a start tag ignored"));
        return;
    }
    --m_depth;
    if (m_skipping) {
        if (m_depth == m_skipDepth)
            m_skipping = false;
    } else if (capturing() && m_depth == m_captureDepth) {
        emitEvent(m_pos, frames);
    }
    if (m_depth == 0)
        m_declaration.clear(); // the document is over; the next one brings its own
}

bool CotStreamSplitter::stepTakHeader(std::vector<CotStreamProblem> &problems)
{
    const char *d = m_buf.constData();
    const qsizetype n = m_buf.size();
    const QString badVarint = QStringLiteral("TAK message header is not a valid varint; the rest of the stream is ignored");
    while (!m_varintDone && m_pos < n) {
        const auto b = static_cast<unsigned char>(d[m_pos]);
        if (m_varintBytes == 10 || (m_varintBytes == 9 && (b & 0x7f) > 1)) { // more than 64 bits
            problem(problems, m_takOffset, 0, badVarint);
            m_failed = true;
            return false;
        }
        m_varint |= static_cast<std::uint64_t>(b & 0x7f) << (7 * m_varintBytes);
        ++m_varintBytes;
        m_varintDone = !(b & 0x80);
        advanceTo(m_pos + 1);
    }
    if (!m_varintDone || m_pos >= n)
        return false; // the byte after the varint decides between a mesh and a stream message
    const std::uint64_t value = m_varint;
    if (d[m_pos] == kTakMagic) {
        // Mesh header 0xbf <version> 0xbf: a stream message cannot start its payload with 0xbf (no protobuf
        // field has wire type 7), so this reading is the only one.
        advanceTo(m_pos + 1);
        if (value != 1) {
            problem(problems, m_takOffset, 0, QStringLiteral("TAK protocol version %1 is not supported (only 1); message skipped").arg(value));
            m_state = State::MeshSkip;
            return true;
        }
        m_mesh = true;
        m_payloadStart = m_pos;
        m_state = State::TakPayload;
        return true;
    }
    m_mesh = false;
    if (value == 0) {
        problem(problems, m_takOffset, 0, QStringLiteral("empty TAK message ignored"));
        m_state = State::Content;
        return true;
    }
    if (value > static_cast<std::uint64_t>(m_limits.maxSkipBytes)) {
        problem(problems, m_takOffset, 0,
                QStringLiteral("TAK message claims %1 bytes; the stream cannot be followed and the rest is ignored").arg(value));
        m_failed = true;
        return false;
    }
    m_takLeft = static_cast<qint64>(value);
    if (m_takLeft > m_limits.maxMessageBytes) {
        problem(problems, m_takOffset, 0,
                QStringLiteral("TAK message of %1 bytes is larger than %2; skipped").arg(value).arg(m_limits.maxMessageBytes));
        m_state = State::TakSkip;
        return true;
    }
    m_payloadStart = m_pos;
    m_state = State::TakPayload;
    return true;
}

void CotStreamSplitter::emitEvent(qsizetype endIndex, std::vector<CotFrame> &frames)
{
    CotFrame f;
    f.kind = CotFrame::Kind::Xml;
    f.bytes.reserve(m_declaration.size() + endIndex - m_captureStart);
    f.bytes.append(m_declaration);
    f.bytes.append(m_buf.constData() + m_captureStart, endIndex - m_captureStart);
    f.offset = m_captureOffset;
    f.line = m_captureLine;
    f.lineBase = m_captureLine - 1;
    frames.push_back(std::move(f));
    m_captureStart = -1;
}

void CotStreamSplitter::emitTak(std::vector<CotFrame> &frames)
{
    CotFrame f;
    f.kind = CotFrame::Kind::TakProtobuf;
    f.bytes = QByteArray(m_buf.constData() + m_payloadStart, m_pos - m_payloadStart);
    f.offset = m_takOffset;
    frames.push_back(std::move(f));
    m_payloadStart = -1;
    m_mesh = false;
    m_state = State::Content;
}

void CotStreamSplitter::startSkippingEvent(std::vector<CotStreamProblem> &problems, const QString &why)
{
    problem(problems, m_captureOffset, m_captureLine, why);
    m_skipping = true;
    m_skipDepth = m_captureDepth;
    m_captureStart = -1;
}

void CotStreamSplitter::compact()
{
    // Keep what a later byte may still need: the event being collected, the TAK payload, the tag whose name
    // is not read yet, or an <?xml ...?> that may become the declaration. Everything before goes.
    qsizetype keep = m_pos;
    if (m_state == State::TakPayload && m_payloadStart >= 0)
        keep = std::min(keep, m_payloadStart);
    if (m_captureStart >= 0)
        keep = std::min(keep, m_captureStart);
    if (m_markupStart >= 0) {
        const bool nameNeeded = m_state == State::Markup || (m_state == State::StartTag && m_nameEnd < 0);
        const bool declaration = m_state == State::Pi && m_depth == 0 && m_pos - m_markupStart <= m_limits.maxDeclarationBytes;
        if (nameNeeded || declaration)
            keep = std::min(keep, m_markupStart);
        else if (m_markupStart < keep)
            m_markupStart = -1; // its bytes go; nothing needs them
    }
    if (keep <= 0)
        return;
    m_buf.remove(0, keep);
    m_base += keep;
    m_pos -= keep;
    if (m_captureStart >= 0)
        m_captureStart -= keep;
    if (m_payloadStart >= 0)
        m_payloadStart -= keep;
    if (m_markupStart >= 0)
        m_markupStart -= keep;
    if (m_nameEnd >= 0)
        m_nameEnd = std::max<qsizetype>(0, m_nameEnd - keep);
}

void CotStreamSplitter::finish(std::vector<CotFrame> &frames, std::vector<CotStreamProblem> &problems)
{
    if (!m_failed) {
        if (m_state == State::TakPayload && m_mesh) {
            m_pos = m_buf.size();
            emitTak(frames);
        } else if (m_state == State::TakPayload || m_state == State::TakSkip) {
            problem(problems, m_takOffset, 0, QStringLiteral("TAK message cut short by the end of the stream"));
        } else if (m_state == State::TakHeader) {
            problem(problems, m_takOffset, 0, QStringLiteral("TAK message header cut short by the end of the stream"));
        } else if (capturing() && !m_skipping) {
            problem(problems, m_captureOffset, m_captureLine, QStringLiteral("event cut short by the end of the stream; skipped"));
        } else if (m_depth > 0 && !m_skipping) {
            problem(problems, streamOffset(m_pos), m_line, QStringLiteral("the stream ended inside an element"));
        }
    }
    *this = CotStreamSplitter(m_limits);
}

} // namespace trilink::maps::cot
