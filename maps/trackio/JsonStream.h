// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// A strict, streaming JSON tokenizer (RFC 8259) for the GeoJSON and CZML readers. QJsonDocument holds a whole
// document in memory (760 bytes per point of a GeoJSON track) and gives up on the whole file for one number out
// of range; this reads a device through one buffer and hands out one token at a time, so memory is the buffer,
// the current string and the nesting stack, and time is linear in the bytes.
//   - Strings come as UTF-8 bytes with escapes resolved; invalid UTF-8 and unpaired surrogate escapes
//     (\ud800) are replaced by U+FFFD and flagged (replaced()), so nothing invalid ever leaves it. A string is
//     kept up to kMaxString bytes (cut() says it was longer); the rest is read past.
//   - Numbers come as doubles with their validity: 1e400 is a number out of range (finite() false), not an
//     error; a number of any length is read (a 200,000-digit one is fine; past kMaxNumber characters it is
//     only checked, and counts as not finite).
//   - Anything else that is not JSON (a trailing comma, a comment, NaN, a control character in a string, a NUL,
//     nesting deeper than kMaxDepth) stops it with an error at its line.
// Not thread-safe: one document, one thread.

#include <QIODevice>
#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace trilink::maps::trackio {

class JsonStream {
public:
    enum class Token { BeginObject, EndObject, BeginArray, EndArray, Key, String, Number, True, False, Null, End, Error };

    static constexpr int kMaxDepth = 512;
    static constexpr std::size_t kMaxString = 1 << 20;
    static constexpr std::size_t kMaxNumber = 1 << 20;

    explicit JsonStream(QIODevice &in);

    // The next token. A Key is always followed by its value's first token. After End or Error, the same again.
    Token next();
    Token token() const { return m_token; }

    // The current Key or String, decoded.
    std::string_view string() const { return m_string; }
    QString qstring() const { return QString::fromUtf8(m_string.data(), static_cast<qsizetype>(m_string.size())); }
    bool replaced() const { return m_replaced; }
    bool cut() const { return m_cut; }
    // The current Number: its value (infinite or zero when out of range) and whether it is a finite double.
    double number() const { return m_number; }
    bool finite() const { return m_finite; }

    // Line where the current token starts (1-based).
    int line() const { return m_tokenLine; }
    // Nesting depth after the current token: 1 inside the top-level object or array.
    int depth() const { return static_cast<int>(m_stack.size()); }
    // Bytes read so far (for progress).
    qint64 consumed() const { return m_consumed; }

    // The error after Token::Error: "expected ',' or '}' after an object member", and its line.
    const QString &error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

    // When the current token opens an object or array, reads to its end (nothing kept); for any other value
    // token, does nothing. False on an error.
    bool skip();

private:
    enum class Expect : std::uint8_t { Value, FirstKey, Key, Colon, CommaOrEnd, FirstValue, Done };

    bool fill();                 // more bytes into the buffer; false at the end of the device
    bool peekByte(char &c);      // the next byte without taking it; false at the end
    Token fail(const QString &message);
    Token value(char c);         // a value starting with c
    Token readString(Token as);
    Token readNumber();
    bool setNumber(std::string_view text);
    Token readLiteral(std::string_view word, Token as);
    void afterValue();
    bool skipSpace();            // false at the end
    void appendUtf8(std::uint32_t codePoint);

    QIODevice &m_in;
    std::unique_ptr<char[]> m_buf;
    std::size_t m_begin = 0, m_end = 0;
    bool m_eof = false;
    qint64 m_consumed = 0;
    int m_line = 1, m_tokenLine = 1;
    std::vector<char> m_stack; // '{' or '['
    Expect m_expect = Expect::Value;
    Token m_token = Token::End;
    std::string m_string;
    bool m_replaced = false, m_cut = false;
    std::string m_numberText; // a number cut by the end of the buffer, gathered
    double m_number = 0;
    bool m_finite = true;
    QString m_error;
    int m_errorLine = 0;
    bool m_bomChecked = false;
};

} // namespace trilink::maps::trackio
