// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/trackio/JsonStream.h"
#include "maps/trackio/TrackParsing.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace trilink::maps::trackio {
namespace {

constexpr std::size_t kBufBytes = 1 << 20;

bool isNumberChar(unsigned char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// A number's text against JSON's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(std::string_view s)
{
    std::size_t i = 0;
    auto digits = [&] {
        const std::size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        return i > start;
    };
    if (i < s.size() && s[i] == '-')
        ++i;
    if (i < s.size() && s[i] == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == s.size();
}

int hexValue(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

JsonStream::JsonStream(QIODevice &in) : m_in(in), m_buf(std::make_unique_for_overwrite<char[]>(kBufBytes))
{
    m_stack.reserve(64);
}

bool JsonStream::fill()
{
    if (m_eof)
        return false;
    m_begin = m_end = 0;
    const qint64 got = m_in.read(m_buf.get(), static_cast<qint64>(kBufBytes));
    if (got <= 0) {
        m_eof = true;
        return false;
    }
    m_end = static_cast<std::size_t>(got);
    m_consumed += got;
    if (!m_bomChecked) {
        m_bomChecked = true;
        if (m_end >= 3 && std::memcmp(m_buf.get(), "\xEF\xBB\xBF", 3) == 0)
            m_begin = 3;
    }
    return m_begin < m_end || fill();
}

bool JsonStream::peekByte(char &c)
{
    if (m_begin == m_end && !fill())
        return false;
    c = m_buf[m_begin];
    return true;
}

JsonStream::Token JsonStream::fail(const QString &message)
{
    if (m_token != Token::Error) {
        m_error = message;
        m_errorLine = m_line;
    }
    m_token = Token::Error;
    return m_token;
}

bool JsonStream::skipSpace()
{
    for (;;) {
        if (m_begin == m_end && !fill())
            return false;
        const char *p = m_buf.get() + m_begin, *e = m_buf.get() + m_end;
        while (p < e && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) {
            if (*p == '\n')
                ++m_line;
            ++p;
        }
        m_begin = static_cast<std::size_t>(p - m_buf.get());
        if (p < e)
            return true;
    }
}

JsonStream::Token JsonStream::next()
{
    if (m_token == Token::Error || (m_token == Token::End && m_expect == Expect::Done))
        return m_token;
    for (;;) {
        if (!skipSpace()) {
            if (m_expect == Expect::Done || (m_expect == Expect::Value && m_stack.empty()))
                return m_token = Token::End;
            return fail(QStringLiteral("the document ends before its %1 is closed")
                            .arg(m_stack.empty() || m_stack.back() == '[' ? QStringLiteral("array") : QStringLiteral("object")));
        }
        const char c = m_buf[m_begin];
        m_tokenLine = m_line;
        switch (m_expect) {
        case Expect::Done:
            return fail(QStringLiteral("more text after the end of the document"));
        case Expect::Colon:
            if (c != ':')
                return fail(QStringLiteral("expected ':' after a member name"));
            ++m_begin;
            m_expect = Expect::Value;
            continue;
        case Expect::CommaOrEnd:
            if (c == ',') {
                ++m_begin;
                m_expect = m_stack.back() == '{' ? Expect::Key : Expect::Value;
                continue;
            }
            if ((c == '}' && m_stack.back() == '{') || (c == ']' && m_stack.back() == '[')) {
                ++m_begin;
                m_stack.pop_back();
                afterValue();
                return m_token = c == '}' ? Token::EndObject : Token::EndArray;
            }
            return fail(m_stack.back() == '{' ? QStringLiteral("expected ',' or '}' after an object member")
                                              : QStringLiteral("expected ',' or ']' after an array element"));
        case Expect::FirstKey:
            if (c == '}') {
                ++m_begin;
                m_stack.pop_back();
                afterValue();
                return m_token = Token::EndObject;
            }
            [[fallthrough]];
        case Expect::Key:
            if (c == '}' && m_expect == Expect::Key)
                return fail(QStringLiteral("a ',' followed by no member (a trailing comma is not JSON)"));
            if (c != '"')
                return fail(QStringLiteral("expected a member name in double quotes"));
            ++m_begin;
            if (readString(Token::Key) == Token::Error)
                return m_token;
            m_expect = Expect::Colon;
            return m_token = Token::Key;
        case Expect::FirstValue:
            if (c == ']') {
                ++m_begin;
                m_stack.pop_back();
                afterValue();
                return m_token = Token::EndArray;
            }
            [[fallthrough]];
        case Expect::Value:
            if (c == ']' && !m_stack.empty() && m_stack.back() == '[')
                return fail(QStringLiteral("a ',' followed by no value (a trailing comma is not JSON)"));
            return value(c);
        }
    }
}

void JsonStream::afterValue()
{
    m_expect = m_stack.empty() ? Expect::Done : Expect::CommaOrEnd;
}

JsonStream::Token JsonStream::value(char c)
{
    switch (c) {
    case '{':
    case '[':
        if (static_cast<int>(m_stack.size()) >= kMaxDepth)
            return fail(QStringLiteral("nested deeper than %1 levels").arg(kMaxDepth));
        ++m_begin;
        m_stack.push_back(c);
        m_expect = c == '{' ? Expect::FirstKey : Expect::FirstValue;
        return m_token = c == '{' ? Token::BeginObject : Token::BeginArray;
    case '"':
        ++m_begin;
        if (readString(Token::String) == Token::Error)
            return m_token;
        afterValue();
        return m_token = Token::String;
    case 't':
        return readLiteral("true", Token::True);
    case 'f':
        return readLiteral("false", Token::False);
    case 'n':
        return readLiteral("null", Token::Null);
    case '\0':
        return fail(QStringLiteral("NUL byte: binary data, not JSON text"));
    default:
        if (c == '-' || (c >= '0' && c <= '9'))
            return readNumber();
        return fail(QStringLiteral("unexpected character '%1'").arg(QChar::fromLatin1(c)));
    }
}

JsonStream::Token JsonStream::readLiteral(std::string_view word, Token as)
{
    for (const char w : word) {
        char c = 0;
        if (!peekByte(c) || c != w)
            return fail(QStringLiteral("unexpected character (not %1)").arg(QLatin1StringView(word.data(), word.size())));
        ++m_begin;
    }
    afterValue();
    return m_token = as;
}

// Parses a number's text into m_number / m_finite; false when it is not a JSON number. A plain decimal
// without leading zeros is JSON and exact by the fast path; the rest is checked against JSON's grammar first.
bool JsonStream::setNumber(std::string_view text)
{
    const std::size_t digit = !text.empty() && text.front() == '-' ? 1 : 0;
    const bool leadingZero = text.size() > digit + 1 && text[digit] == '0' && text[digit + 1] >= '0' && text[digit + 1] <= '9';
    if (!leadingZero) {
        if (const auto plain = plainDecimal(text)) {
            m_number = *plain;
            m_finite = true;
            return true;
        }
    }
    if (!isJsonNumber(text))
        return false;
    m_finite = false;
    m_number = std::numeric_limits<double>::quiet_NaN();
    double v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec == std::errc() && end == text.data() + text.size()) {
        m_number = v;
        m_finite = std::isfinite(v);
    } else if (ec == std::errc::result_out_of_range) {
        // Too large or too small for a double: infinite, or zero when tiny (JSON has no other meaning).
        const bool negative = text.front() == '-';
        const auto e = text.find_first_of("eE");
        const bool tiny = e != std::string_view::npos && text.find('-', e) != std::string_view::npos;
        m_number = tiny ? (negative ? -0.0 : 0.0) : negative ? -HUGE_VAL : HUGE_VAL;
        m_finite = tiny;
    }
    return true;
}

JsonStream::Token JsonStream::readNumber()
{
    // The usual case: the whole number is in the buffer, followed by something else; parsed where it lies.
    {
        const char *p = m_buf.get() + m_begin, *e = m_buf.get() + m_end, *q = p;
        while (q < e && isNumberChar(static_cast<unsigned char>(*q)))
            ++q;
        if (q < e) {
            const std::string_view text(p, static_cast<std::size_t>(q - p));
            if (!setNumber(text))
                return fail(QStringLiteral("\"%1\" is not a JSON number")
                                .arg(QString::fromLatin1(text.data(), static_cast<qsizetype>(std::min<std::size_t>(text.size(), 40)))));
            m_begin += text.size();
            afterValue();
            return m_token = Token::Number;
        }
    }
    // Cut by the end of the buffer (or of any length): gathered first.
    m_numberText.clear();
    bool tooLong = false;
    for (;;) {
        if (m_begin == m_end && !fill())
            break;
        const char *p = m_buf.get() + m_begin, *e = m_buf.get() + m_end, *q = p;
        while (q < e && isNumberChar(static_cast<unsigned char>(*q)))
            ++q;
        const auto n = static_cast<std::size_t>(q - p);
        if (m_numberText.size() + n <= kMaxNumber)
            m_numberText.append(p, n);
        else
            tooLong = true;
        m_begin += n;
        if (q < e)
            break;
    }
    if (!tooLong && !setNumber(m_numberText))
        return fail(QStringLiteral("\"%1\" is not a JSON number")
                        .arg(QString::fromLatin1(m_numberText.data(), static_cast<qsizetype>(std::min<std::size_t>(m_numberText.size(), 40)))));
    if (tooLong) {
        m_finite = false;
        m_number = std::numeric_limits<double>::quiet_NaN();
    }
    afterValue();
    return m_token = Token::Number;
}

void JsonStream::appendUtf8(std::uint32_t cp)
{
    char out[4];
    std::size_t n = 0;
    if (cp < 0x80) {
        out[n++] = static_cast<char>(cp);
    } else if (cp < 0x800) {
        out[n++] = static_cast<char>(0xC0 | (cp >> 6));
        out[n++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out[n++] = static_cast<char>(0xE0 | (cp >> 12));
        out[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[n++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out[n++] = static_cast<char>(0xF0 | (cp >> 18));
        out[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[n++] = static_cast<char>(0x80 | (cp & 0x3F));
    }
    if (m_string.size() + n <= kMaxString)
        m_string.append(out, n);
    else
        m_cut = true;
}

JsonStream::Token JsonStream::readString(Token as)
{
    (void)as;
    m_string.clear();
    m_replaced = m_cut = false;
    constexpr std::uint32_t kReplacement = 0xFFFD;
    auto take = [this](unsigned char &c) {
        if (m_begin == m_end && !fill())
            return false;
        c = static_cast<unsigned char>(m_buf[m_begin++]);
        return true;
    };
    auto peek = [this](unsigned char &c) {
        char ch = 0;
        if (!peekByte(ch))
            return false;
        c = static_cast<unsigned char>(ch);
        return true;
    };
    auto hex4 = [&](std::uint32_t &v) {
        v = 0;
        for (int i = 0; i < 4; ++i) {
            unsigned char h = 0;
            if (!take(h) || hexValue(h) < 0)
                return false;
            v = (v << 4) | static_cast<std::uint32_t>(hexValue(h));
        }
        return true;
    };
    // A high surrogate escape waiting for its low half; anything else after it leaves it alone: U+FFFD.
    std::uint32_t high = 0;
    auto flushHigh = [&] {
        if (high) {
            appendUtf8(kReplacement);
            m_replaced = true;
            high = 0;
        }
    };
    for (;;) {
        if (m_begin == m_end && !fill())
            return fail(QStringLiteral("a string is not closed before the end of the file"));
        if (high && m_buf[m_begin] != '\\')
            flushHigh();
        // The common case: a run of plain ASCII, copied at once.
        const char *p = m_buf.get() + m_begin, *e = m_buf.get() + m_end, *q = p;
        while (q < e) {
            const auto c = static_cast<unsigned char>(*q);
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                break;
            ++q;
        }
        const auto n = static_cast<std::size_t>(q - p);
        if (m_string.size() + n <= kMaxString)
            m_string.append(p, n);
        else
            m_cut = true;
        m_begin += n;
        if (q == e)
            continue;
        unsigned char c = 0;
        take(c);
        if (c == '"') {
            flushHigh();
            return as;
        }
        if (c < 0x20)
            return fail(c == '\n' ? QStringLiteral("a line break inside a string")
                        : c == 0  ? QStringLiteral("NUL byte inside a string: binary data, not JSON text")
                                  : QStringLiteral("a control character inside a string (JSON needs it escaped)"));
        if (c == '\\') {
            unsigned char x = 0;
            if (!take(x))
                return fail(QStringLiteral("a string is not closed before the end of the file"));
            if (x != 'u')
                flushHigh();
            std::uint32_t cp = 0;
            switch (x) {
            case '"': cp = '"'; break;
            case '\\': cp = '\\'; break;
            case '/': cp = '/'; break;
            case 'b': cp = '\b'; break;
            case 'f': cp = '\f'; break;
            case 'n': cp = '\n'; break;
            case 'r': cp = '\r'; break;
            case 't': cp = '\t'; break;
            case 'u':
                if (!hex4(cp))
                    return fail(QStringLiteral("\\u is not followed by four hexadecimal digits"));
                if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    if (high) {
                        cp = 0x10000 + ((high - 0xD800) << 10) + (cp - 0xDC00);
                        high = 0;
                    } else {
                        cp = kReplacement; // a low half alone
                        m_replaced = true;
                    }
                } else {
                    flushHigh();
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        high = cp; // its low half must be the very next escape
                        continue;
                    }
                }
                break;
            default:
                return fail(QStringLiteral("\\%1 is not an escape JSON knows").arg(QChar::fromLatin1(static_cast<char>(x))));
            }
            appendUtf8(cp);
            continue;
        }
        // A UTF-8 sequence: its lead byte says how many continuation bytes follow.
        int more = 0;
        std::uint32_t cp = 0, min = 0;
        if ((c & 0xE0) == 0xC0) {
            more = 1, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            more = 2, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
            more = 3, cp = c & 0x07, min = 0x10000;
        } else {
            appendUtf8(kReplacement);
            m_replaced = true;
            continue;
        }
        bool ok = true;
        for (int k = 0; k < more; ++k) {
            unsigned char b = 0;
            if (!peek(b) || (b & 0xC0) != 0x80) {
                ok = false; // the byte is not taken: it starts the next character
                break;
            }
            ++m_begin;
            cp = (cp << 6) | (b & 0x3F);
        }
        if (!ok || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            cp = kReplacement;
            m_replaced = true;
        }
        appendUtf8(cp);
    }
}

bool JsonStream::skip()
{
    if (m_token != Token::BeginObject && m_token != Token::BeginArray)
        return m_token != Token::Error;
    const int target = depth() - 1;
    while (depth() > target) {
        const Token t = next();
        if (t == Token::Error || t == Token::End)
            return false;
    }
    return true;
}

} // namespace trilink::maps::trackio
