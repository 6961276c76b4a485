// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/trackio/XmlGuard.h"

#include <QXmlStreamEntityDeclaration>

#include <algorithm>
#include <string_view>
#include <type_traits>

namespace trilink::maps::trackio::xml {
namespace {

constexpr qsizetype kMaxReferenceName = 256;
constexpr std::size_t kMaxPendingNames = 65536;
constexpr int kMaxEntityDepth = 64;

bool isPredefined(QStringView name)
{
    return name == u"lt" || name == u"gt" || name == u"amp" || name == u"quot" || name == u"apos";
}

// Encodings whose text keeps every ASCII character as its own byte, so that the scan can read the markup.
// Multi-byte encodings whose later bytes start at 0x40 (Shift_JIS, Big5, GBK) qualify: '<', '&', '=' and the
// quotes are below it.
bool byteScannable(QString encoding)
{
    encoding = encoding.toLower();
    static const char *const prefixes[] = {"utf-8", "utf8", "us-ascii", "ascii", "iso-8859-", "iso8859-", "iso_8859-",
                                           "latin", "windows-125", "cp125", "shift_jis", "shift-jis", "sjis", "euc-",
                                           "gb2312", "gbk", "gb18030", "big5", "koi8-", "tis-620", "utf-16"};
    return std::any_of(std::begin(prefixes), std::end(prefixes),
                       [&](const char *p) { return encoding.startsWith(QLatin1StringView(p)); });
}

// Bytes at which the scan of each state must look closer; every other byte leaves the state as it is.
struct Stops {
    bool table[256] = {};
    constexpr Stops(std::string_view bytes)
    {
        table[0] = table[static_cast<unsigned char>('\n')] = true;
        for (const char b : bytes)
            table[static_cast<unsigned char>(b)] = true;
    }
    constexpr bool operator[](unsigned char b) const { return table[b]; }
};
constexpr Stops kTextStops("<&");
constexpr Stops kTagStops("\"'=><");
constexpr Stops kValueStops("\"'&<");

} // namespace

XmlGuard::XmlGuard(QIODevice &source) : m_source(source)
{
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 XmlGuard::readData(char *data, qint64 maxSize)
{
    if (!m_stop.isEmpty())
        return 0;
    if (!m_started) {
        m_started = true;
        if (!checkEncoding(m_source.peek(512)))
            return 0;
    }
    const qint64 got = m_source.read(data, maxSize);
    if (got <= 0)
        return got;
    return scan(data, got);
}

bool XmlGuard::checkEncoding(QByteArrayView head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith(QByteArrayView("<\0", 2)))
        m_utf16 = 1;
    else if (head.startsWith("\xFE\xFF") || head.startsWith(QByteArrayView("\0<", 2)))
        m_utf16 = 2;
    if (m_utf16)
        return true;
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    if (!head.startsWith("<?xml"))
        return true; // no declaration: UTF-8
    const qsizetype end = head.indexOf("?>");
    const QByteArrayView decl = head.first(end < 0 ? head.size() : end);
    const qsizetype at = decl.indexOf("encoding");
    if (at < 0)
        return true;
    qsizetype i = at + 8;
    while (i < decl.size() && (decl[i] == ' ' || decl[i] == '=' || decl[i] == '\t'))
        ++i;
    if (i >= decl.size() || (decl[i] != '"' && decl[i] != '\''))
        return true; // malformed: the parser says so
    const char quote = decl[i];
    const qsizetype close = decl.indexOf(quote, i + 1);
    const QString name = QString::fromLatin1(decl.sliced(i + 1, (close < 0 ? decl.size() : close) - i - 1));
    if (byteScannable(name))
        return true;
    return stop(QStringLiteral("XML in the encoding \"%1\" is not read (UTF-8, UTF-16, ASCII, ISO-8859, Windows and "
                               "the ASCII-based Asian encodings are)")
                    .arg(name.left(40)));
}

qint64 XmlGuard::scan(const char *data, qint64 n)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    for (qint64 i = 0; i < n; ++i) {
        char16_t c = p[i];
        if (!m_utf16 && (m_state == State::Text || m_state == State::Tag || m_state == State::Value)) {
            // Most of a document is text between tags and names inside them: skip those bytes without the
            // state machine, up to the next byte that can change the state (or a line break, or NUL).
            const auto &interesting = m_state == State::Text ? kTextStops : m_state == State::Tag ? kTagStops : kValueStops;
            qint64 j = i;
            while (j < n && !interesting[p[j]])
                ++j;
            m_run += j - i;
            if (m_run > kMaxTokenUnits) {
                stop(QStringLiteral("more than %1 MiB of text or markup without a tag; reading stopped").arg(kMaxTokenUnits >> 20));
                return i;
            }
            if (j == n)
                return n;
            i = j;
            c = p[i];
        }
        if (m_utf16) {
            if (!m_oddByte) {
                m_oddByte = p[i];
                continue;
            }
            c = m_utf16 == 1 ? char16_t(*m_oddByte | (p[i] << 8)) : char16_t((*m_oddByte << 8) | p[i]);
            m_oddByte.reset();
        }
        if (!unit(c))
            return std::max<qint64>(0, i - (m_utf16 ? 1 : 0));
    }
    return n;
}

bool XmlGuard::stop(const QString &reason)
{
    m_stop = reason;
    m_stopLine = m_line;
    return false;
}

bool XmlGuard::unit(char16_t c)
{
    if (c == 0)
        return stop(QStringLiteral("NUL character: binary data, not XML text, from here on"));
    if (c == u'\n')
        ++m_line;
    if (++m_run > kMaxTokenUnits)
        return stop(QStringLiteral("more than %1 MiB of text or markup without a tag; reading stopped")
                        .arg(kMaxTokenUnits >> 20));
    if (m_state == State::TagOpen || m_state == State::Bang || m_state == State::Comment || m_state == State::CData ||
        m_state == State::Pi || m_state == State::Doctype)
        remember(c);

    switch (m_state) {
    case State::Start:
    case State::Text:
        if (c == u'<') {
            m_run = 0;
            m_state = State::TagOpen;
            m_recent[0] = u'<';
            m_recentSize = 1;
        } else if (c == u'&') {
            m_afterReference = State::Text;
            m_reference.clear();
            m_state = State::Reference;
        }
        return true;
    case State::TagOpen:
        if (c == u'!')
            m_state = State::Bang;
        else if (c == u'?')
            m_state = State::Pi;
        else {
            m_state = State::Tag;
            m_attributes = 0;
        }
        return true;
    case State::Bang:
        if (recentIs(u"<!--")) {
            m_state = State::Comment;
        } else if (recentIs(u"<![CDATA[")) {
            m_state = State::CData;
        } else if (recentIs(u"<!DOCTYPE")) {
            m_state = State::Doctype;
            m_inSubset = false;
            m_quote = QChar();
        } else if (!recentStarts(u"<!--") && !recentStarts(u"<![CDATA[") && !recentStarts(u"<!DOCTYPE")) {
            m_state = State::Tag; // another declaration: the parser reports it
            m_attributes = 0;
        }
        return true;
    case State::Tag:
        if (c == u'"' || c == u'\'') {
            m_quote = QChar(c);
            m_state = State::Value;
        } else if (c == u'=') {
            if (++m_attributes > kMaxAttributes)
                return stop(QStringLiteral("an element with more than %1 attributes; reading stopped").arg(kMaxAttributes));
        } else if (c == u'>') {
            m_state = State::Text;
        }
        return true;
    case State::Value:
        if (QChar(c) == m_quote) {
            m_state = State::Tag;
        } else if (c == u'&') {
            m_afterReference = State::Value;
            m_reference.clear();
            m_state = State::Reference;
        }
        return true;
    case State::Comment:
        if (recentEndsWith(u"-->"))
            m_state = m_inSubset ? State::Doctype : State::Text;
        return true;
    case State::CData:
        if (recentEndsWith(u"]]>"))
            m_state = State::Text;
        return true;
    case State::Pi:
        if (recentEndsWith(u"?>"))
            m_state = m_inSubset ? State::Doctype : State::Text;
        return true;
    case State::Doctype:
        if (!m_quote.isNull()) {
            if (QChar(c) == m_quote)
                m_quote = QChar();
        } else if (m_inSubset && recentEndsWith(u"<!--")) {
            m_state = State::Comment;
        } else if (m_inSubset && recentEndsWith(u"<?")) {
            m_state = State::Pi;
        } else if (c == u'"' || c == u'\'') {
            m_quote = QChar(c);
        } else if (c == u'[') {
            m_inSubset = true;
        } else if (c == u']') {
            m_inSubset = false;
        } else if (c == u'>' && !m_inSubset) {
            m_state = State::Text;
        }
        return true;
    case State::Reference:
        if (c == u';') {
            m_state = m_afterReference;
            return endReference();
        }
        if (c == u'<' || c == u'&' || c == u'"' || c == u'\'' || c == u' ' || c == u'\n' || c == u'\t' ||
            m_reference.size() >= kMaxReferenceName) {
            // Not a reference the parser would expand (it reports the error): go on as outside it.
            m_state = m_afterReference;
            --m_run;
            if (c == u'\n')
                --m_line;
            return unit(c);
        }
        m_reference += QChar(c);
        return true;
    }
    return true;
}

void XmlGuard::remember(char16_t c)
{
    constexpr int kSize = static_cast<int>(std::extent_v<decltype(m_recent)>);
    if (m_recentSize == kSize) {
        std::copy(m_recent + 1, m_recent + kSize, m_recent);
        --m_recentSize;
    }
    m_recent[m_recentSize++] = c;
}

bool XmlGuard::recentIs(std::u16string_view s) const
{
    return std::u16string_view(m_recent, static_cast<std::size_t>(m_recentSize)) == s;
}

bool XmlGuard::recentEndsWith(std::u16string_view s) const
{
    return std::u16string_view(m_recent, static_cast<std::size_t>(m_recentSize)).ends_with(s);
}

bool XmlGuard::recentStarts(std::u16string_view s) const
{
    return s.starts_with(std::u16string_view(m_recent, static_cast<std::size_t>(m_recentSize)));
}

bool XmlGuard::endReference()
{
    if (m_reference.isEmpty() || m_reference.startsWith(u'#') || isPredefined(m_reference))
        return true; // a character reference or one of the five XML defines: one character
    if (m_entitiesKnown)
        return cost(1, expandedLength(m_reference, 0));
    // Before the DTD has been parsed nothing is expanded: kept now, costed once the declarations are known.
    if (m_pending.size() >= kMaxPendingNames)
        return cost(1, kMaxEntityChars);
    m_pending.push_back({m_reference, m_line});
    return true;
}

bool XmlGuard::cost(std::int64_t references, std::int64_t charsEach)
{
    // One reference expands to at most kMaxEntityChars characters: the parser refuses more.
    m_expansion += references * std::min<std::int64_t>(charsEach, kMaxEntityChars);
    if (m_expansion > kMaxEntityExpansion)
        return stop(QStringLiteral("entity references expand to more than %1 characters in all; reading stopped")
                        .arg(kMaxEntityExpansion));
    return true;
}

void XmlGuard::setEntities(const QList<QXmlStreamEntityDeclaration> &declarations)
{
    for (const auto &d : declarations)
        m_entityValues.insert(d.name().toString(), d.value().toString());
    m_entitiesKnown = true;
    const int line = m_line;
    for (const Pending &p : m_pending) {
        m_line = p.line; // a stop is reported at the reference that crossed the budget
        if (!cost(1, expandedLength(p.name, 0)))
            break;
    }
    m_line = line;
    m_pending.clear();
}

// The characters an entity stands for once every reference inside it is expanded, capped just above what the
// parser allows one reference (it refuses more). Undeclared names cost nothing: the parser refuses them.
std::int64_t XmlGuard::expandedLength(const QString &name, int depth)
{
    if (const auto it = m_entityLength.constFind(name); it != m_entityLength.cend())
        return *it;
    const auto value = m_entityValues.constFind(name);
    if (value == m_entityValues.cend())
        return 0;
    constexpr std::int64_t kOver = kMaxEntityChars + 1;
    if (depth > kMaxEntityDepth)
        return kOver;
    m_entityLength.insert(name, kOver); // a reference back to itself (the parser refuses the recursion)
    std::int64_t length = 0;
    const QString &v = *value;
    for (qsizetype i = 0; i < v.size() && length < kOver; ++i) {
        const qsizetype semi = v[i] == u'&' ? v.indexOf(u';', i + 1) : -1;
        if (semi < 0) {
            ++length;
            continue;
        }
        const QString ref = v.mid(i + 1, semi - i - 1);
        length += ref.startsWith(u'#') || isPredefined(ref) ? 1 : expandedLength(ref, depth + 1);
        i = semi;
    }
    length = std::min(length, kOver);
    m_entityLength.insert(name, length);
    return length;
}

} // namespace trilink::maps::trackio::xml
