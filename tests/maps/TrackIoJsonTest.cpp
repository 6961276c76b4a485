// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "TrackIoFixture.h"
#include "maps/trackio/JsonStream.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <random>

// The streaming JSON tokenizer the GeoJSON and CZML readers share (maps/trackio/JsonStream.h), checked against
// RFC 8259 and against Qt's own JSON parser on the documents both accept.

using namespace trilink::maps;
using trackio::JsonStream;
using Token = JsonStream::Token;

namespace {
struct Tokens {
    std::vector<std::string> list; // "{", "}", "[", "]", "k:name", "s:text", "n:1.5", "true", "false", "null"
    QString error;
    int errorLine = 0;
};

Tokens tokens(QIODevice &in)
{
    JsonStream json(in);
    Tokens out;
    for (Token t = json.next();; t = json.next()) {
        switch (t) {
        case Token::BeginObject: out.list.push_back("{"); break;
        case Token::EndObject: out.list.push_back("}"); break;
        case Token::BeginArray: out.list.push_back("["); break;
        case Token::EndArray: out.list.push_back("]"); break;
        case Token::Key: out.list.push_back("k:" + std::string(json.string())); break;
        case Token::String: out.list.push_back("s:" + std::string(json.string())); break;
        case Token::Number: out.list.push_back(json.finite() ? "n:" + std::to_string(json.number()) : "n:inf"); break;
        case Token::True: out.list.push_back("true"); break;
        case Token::False: out.list.push_back("false"); break;
        case Token::Null: out.list.push_back("null"); break;
        case Token::End: return out;
        case Token::Error:
            out.error = json.error();
            out.errorLine = json.errorLine();
            return out;
        }
    }
}

Tokens tokens(const QByteArray &text)
{
    QBuffer b;
    b.setData(text);
    b.open(QIODevice::ReadOnly);
    return tokens(b);
}
} // namespace

TEST(TrackIoJson, TokensOfAValidDocument)
{
    const auto t = tokens("\xEF\xBB\xBF {\"a\": [1, -2.5e3, true, false, null, \"x\\\"y\\\\z\\/\\n\\u00e9\\ud83d\\ude80\"],\n \"b\": {}}");
    EXPECT_TRUE(t.error.isEmpty()) << t.error.toStdString();
    const std::vector<std::string> want{"{",       "k:a",   "[",    "n:1.000000", "n:-2500.000000", "true", "false", "null",
                                        "s:x\"y\\z/\n\xC3\xA9\xF0\x9F\x9A\x80", "]", "k:b", "{", "}", "}"};
    EXPECT_EQ(t.list, want);
}

// What RFC 8259 does not allow stops the stream with an error at its line. Qt's parser refuses the same, but
// for five it lets through ("1.", ".5", a raw line break or tab in a string, "\x").
TEST(TrackIoJson, InvalidDocumentsStopAtTheirLine)
{
    const std::pair<const char *, int> bad[] = {
        {"[1,]", 1},           {"{\"a\":1,}", 1},       {"[01]", 1},         {"[1.]", 1},
        {"[.5]", 1},           {"[+1]", 1},             {"[NaN]", 1},        {"[Infinity]", 1},
        {"{'a': 1}", 1},       {"[\"a\n\"]", 1},        {"[\"\\x\"]", 1},    {"[\"\\u12\"]", 1},
        {"// c\n[]", 1},       {"[1]\n[2]", 2},         {"{\"a\" 1}", 1},    {"[\n\n\"open", 3},
        {"{\"a\":\n[1,\n2", 3}, {"[tru]", 1},           {"[1 2]", 1},        {"[\"\t\"]", 1},
        {"[-01]", 1},          {"[00]", 1},             {"[-]", 1},          {"[-.5]", 1},
    };
    for (const auto &[text, line] : bad) {
        if (std::string_view(text) == "[-01]" || std::string_view(text) == "[00]" || std::string_view(text) == "[-]" ||
            std::string_view(text) == "[-.5]") {
            EXPECT_FALSE(tokens(QByteArray(text)).error.isEmpty()) << text;
            continue;
        }
        const auto t = tokens(QByteArray(text));
        EXPECT_FALSE(t.error.isEmpty()) << text;
        EXPECT_EQ(t.errorLine, line) << text << ": " << t.error.toStdString();
        QJsonParseError qt;
        QJsonDocument::fromJson(QByteArray(text), &qt);
        const bool qtLax = std::string_view(text) == "[1.]" || std::string_view(text) == "[.5]" ||
                           std::string_view(text) == "[\"a\n\"]" || std::string_view(text) == "[\"\\x\"]" ||
                           std::string_view(text) == "[\"\t\"]";
        EXPECT_EQ(qt.error != QJsonParseError::NoError, !qtLax) << text;
    }
    std::string deep(600, '[');
    const auto d = tokens(QByteArray::fromStdString(deep));
    EXPECT_EQ(d.error, u"nested deeper than 512 levels");
    const auto nul = tokens(QByteArray("[1,\0", 4));
    EXPECT_TRUE(nul.error.contains(u"NUL byte")) << nul.error.toStdString();
}

// A number out of range is a number that is not finite, not an error, and a number of any length is read: the
// reader decides what such a value means where it is (QJsonDocument gave up on the whole file).
TEST(TrackIoJson, NumbersOfAnySizeAndRange)
{
    const QByteArray longNumber = "[" + QByteArray(200000, '7') + ", 1e400, -1e400, 1e-400, 0.1, -0]";
    QBuffer b;
    b.setData(longNumber);
    b.open(QIODevice::ReadOnly);
    JsonStream json(b);
    ASSERT_EQ(json.next(), Token::BeginArray);
    ASSERT_EQ(json.next(), Token::Number);
    EXPECT_FALSE(json.finite()); // 7.7e199999 is beyond a double
    ASSERT_EQ(json.next(), Token::Number);
    EXPECT_FALSE(json.finite());
    EXPECT_TRUE(std::isinf(json.number()) && json.number() > 0);
    ASSERT_EQ(json.next(), Token::Number);
    EXPECT_TRUE(std::isinf(json.number()) && json.number() < 0);
    ASSERT_EQ(json.next(), Token::Number);
    EXPECT_TRUE(json.finite());
    EXPECT_EQ(json.number(), 0.0);
    ASSERT_EQ(json.next(), Token::Number);
    EXPECT_EQ(json.number(), 0.1);
    ASSERT_EQ(json.next(), Token::Number);
    EXPECT_TRUE(std::signbit(json.number()));
    EXPECT_EQ(json.next(), Token::EndArray);
    EXPECT_EQ(json.next(), Token::End);
}

// Plain decimals, the numbers track files are made of, take a fast path; each must be the very double C's
// strtod gives (correctly rounded), whatever its digits, sign and length.
TEST(TrackIoJson, PlainDecimalsAreTheDoublesStrtodGives)
{
    std::mt19937_64 random(20261203);
    QByteArray doc("[");
    std::vector<std::string> texts;
    for (int i = 0; i < 20000; ++i) {
        std::string t = random() % 2 ? "-" : "";
        const int intDigits = 1 + static_cast<int>(random() % 10), fracDigits = static_cast<int>(random() % 19);
        t += std::to_string(1 + random() % 9);
        for (int d = 1; d < intDigits; ++d)
            t += char('0' + random() % 10);
        if (i % 7 == 0)
            t = t.front() == '-' ? "-0" : "0";
        if (fracDigits > 0) {
            t += '.';
            for (int d = 0; d < fracDigits; ++d)
                t += char('0' + random() % 10);
        }
        texts.push_back(t);
        doc += QByteArray::fromStdString(t) + (i + 1 < 20000 ? "," : "]");
    }
    QBuffer b;
    b.setData(doc);
    b.open(QIODevice::ReadOnly);
    JsonStream json(b);
    ASSERT_EQ(json.next(), Token::BeginArray);
    for (const std::string &t : texts) {
        ASSERT_EQ(json.next(), Token::Number) << t;
        const double want = std::strtod(t.c_str(), nullptr), got = json.number();
        EXPECT_EQ(std::memcmp(&want, &got, sizeof want), 0) << t << ": " << got;
    }
    EXPECT_EQ(json.next(), Token::EndArray);
}

// Strings always leave valid UTF-8: invalid bytes and unpaired surrogate escapes become U+FFFD, flagged.
TEST(TrackIoJson, InvalidUnicodeIsReplacedAndFlagged)
{
    struct Case {
        QByteArray json;
        std::string decoded;
        bool replaced;
    };
    const std::string fffd = "\xEF\xBF\xBD";
    const Case cases[] = {
        {"[\"\\ud800\"]", fffd, true},
        {"[\"a\\ud800b\"]", "a" + fffd + "b", true},
        {"[\"\\udc00\\ud800\"]", fffd + fffd, true},
        {"[\"\\ud800\\n\"]", fffd + "\n", true},
        {"[\"\\ud800\\u0041\"]", fffd + "A", true},
        {"[\"\\ud83d\\ude80\"]", "\xF0\x9F\x9A\x80", false},
        {"[\"\xff\"]", fffd, true},
        {"[\"\xc3\"]", fffd, true},
        {"[\"\xed\xa0\x80\"]", fffd, true}, // a UTF-8 encoded surrogate: one sequence, one U+FFFD
        {"[\"\xe2\x82x\"]", fffd + "x", true}, // a sequence cut short: the next character stays
        {"[\"\xe2\x82\xac\"]", "\xE2\x82\xAC", false},
    };
    for (const auto &c : cases) {
        QBuffer b;
        b.setData(c.json);
        b.open(QIODevice::ReadOnly);
        JsonStream json(b);
        ASSERT_EQ(json.next(), Token::BeginArray);
        ASSERT_EQ(json.next(), Token::String) << c.json.toStdString() << ": " << json.error().toStdString();
        EXPECT_EQ(std::string(json.string()), c.decoded) << c.json.toStdString();
        EXPECT_EQ(json.replaced(), c.replaced) << c.json.toStdString();
        EXPECT_TRUE(QString::fromUtf8(json.string().data(), static_cast<qsizetype>(json.string().size())).isValidUtf16());
    }
}

// Buffer edges: a document read in 64 KiB pieces (as from a pipe), with strings, escapes, multi-byte characters
// and numbers cut at every place, gives the same tokens as read whole, and the same as Qt's parser sees.
TEST(TrackIoJson, ThePiecesOfADeviceMakeNoDifference)
{
    QByteArray doc = "{\"features\": [";
    for (int i = 0; i < 20000; ++i)
        doc += (i ? "," : "") + QByteArray("{\"id\": \"\xC3\xA9t\\u00e9\\ud83d\\ude80") + QByteArray::number(i) +
               "\", \"v\": [" + QByteArray::number(i * 0.001, 'g', 17) + ", -1.5e-7, true]}";
    doc += "]}";
    fixture::SequentialBuffer pipe(doc);
    const auto piecewise = tokens(pipe);
    const auto whole = tokens(doc);
    EXPECT_TRUE(whole.error.isEmpty()) << whole.error.toStdString();
    EXPECT_EQ(piecewise.list, whole.list);
    QJsonParseError qt;
    const QJsonDocument q = QJsonDocument::fromJson(doc, &qt);
    ASSERT_EQ(qt.error, QJsonParseError::NoError);
    EXPECT_EQ(whole.list[5], "s:" + q.object().value(u"features").toArray().at(0).toObject().value(u"id").toString().toStdString());
}

// skip() passes over a value of any size without keeping it.
TEST(TrackIoJson, SkipPassesOverAValue)
{
    QBuffer b;
    b.setData("{\"big\": [[1, {\"x\": [2, 3]}], \"s\"], \"next\": 4}");
    b.open(QIODevice::ReadOnly);
    JsonStream json(b);
    ASSERT_EQ(json.next(), Token::BeginObject);
    ASSERT_EQ(json.next(), Token::Key);
    ASSERT_EQ(json.next(), Token::BeginArray);
    ASSERT_TRUE(json.skip());
    ASSERT_EQ(json.next(), Token::Key);
    EXPECT_EQ(json.string(), "next");
    ASSERT_EQ(json.next(), Token::Number);
    EXPECT_EQ(json.number(), 4.0);
    EXPECT_EQ(json.next(), Token::EndObject);
    EXPECT_EQ(json.next(), Token::End);
}
