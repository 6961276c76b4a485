// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/trackio/TrackParsing.h"

#include "maps/trackio/TextValues.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace trilink::maps::trackio {
namespace {

// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil).
constexpr std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

// The inverse: year, month, day of a day count (H. Hinnant's civil_from_days).
constexpr void civilFromDays(std::int64_t z, std::int64_t &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
}

constexpr bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

// Works on any sequence of code units (UTF-8 bytes or UTF-16): only ASCII matters.
template <typename Char> class Cursor {
public:
    Cursor(const Char *b, const Char *e) : m_p(b), m_e(e) {}
    bool atEnd() const { return m_p == m_e; }
    char peek() const { return atEnd() || *m_p > 127 ? '\0' : static_cast<char>(*m_p); }
    bool eat(char c)
    {
        if (peek() != c)
            return false;
        ++m_p;
        return true;
    }
    // Exactly n digits.
    bool digits(int n, int &out)
    {
        out = 0;
        for (int i = 0; i < n; ++i) {
            const char c = peek();
            if (c < '0' || c > '9')
                return false;
            out = out * 10 + (c - '0');
            ++m_p;
        }
        return true;
    }
    void skipSpaces()
    {
        while (peek() == ' ' || peek() == '\t')
            ++m_p;
    }

private:
    const Char *m_p;
    const Char *m_e;
};

template <typename Char> std::optional<std::int64_t> parseIso(const Char *b, const Char *e)
{
    Cursor<Char> c(b, e);
    c.skipSpaces();
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    // '-' as ISO 8601 writes it, or '/' as OGR writes a DateTime as text (QGIS's and ogr2ogr's CSV export:
    // "2022/10/03 22:22:00+00"); the same one twice.
    if (!c.digits(4, year))
        return std::nullopt;
    const char sep = c.peek();
    if ((sep != '-' && sep != '/') || !c.eat(sep) || !c.digits(2, month) || !c.eat(sep) || !c.digits(2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    if (!c.eat('T') && !c.eat('t') && !c.eat(' '))
        return std::nullopt;
    if (!c.digits(2, hour) || !c.eat(':') || !c.digits(2, minute) || hour > 23 || minute > 59)
        return std::nullopt;
    std::int64_t fracMs = 0;
    if (c.eat(':')) {
        if (!c.digits(2, second) || second > 59)
            return std::nullopt;
        if (c.eat('.') || c.eat(',')) {
            // Milliseconds from the first three digits, rounded half up by the fourth; any further digits
            // (files carry up to nanoseconds, fuzzers far more) are checked to be digits and otherwise ignored,
            // so no length of fraction can overflow.
            int n = 0;
            for (char d = c.peek(); d >= '0' && d <= '9'; d = c.peek()) {
                if (n < 3)
                    fracMs = fracMs * 10 + (d - '0');
                else if (n == 3 && d >= '5')
                    ++fracMs; // 999.5 ms becomes 1000: carried into the seconds by the sum below
                ++n;
                c.eat(d);
            }
            if (n == 0)
                return std::nullopt;
            for (; n < 3; ++n)
                fracMs *= 10;
        }
    }
    std::int64_t offsetMin = 0;
    if (c.eat('Z') || c.eat('z')) {
    } else if (c.peek() == '+' || c.peek() == '-') {
        const int sign = c.peek() == '-' ? -1 : 1;
        c.eat(c.peek());
        int oh = 0, om = 0;
        if (!c.digits(2, oh))
            return std::nullopt;
        if (c.eat(':')) {
            if (!c.digits(2, om))
                return std::nullopt;
        } else if (c.peek() >= '0' && c.peek() <= '9' && !c.digits(2, om)) {
            return std::nullopt;
        }
        if (oh > 23 || om > 59)
            return std::nullopt;
        offsetMin = sign * (oh * 60 + om);
    }
    c.skipSpaces();
    if (!c.atEnd())
        return std::nullopt;
    const std::int64_t days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    const std::int64_t secs = days * 86400 + hour * 3600 + minute * 60 + second - offsetMin * 60;
    return secs * 1000 + fracMs;
}

// "2023-01-01T00:00:00Z" and "2023-01-01T00:00:00.000Z", the forms nearly every track file writes, read at
// their fixed places, with the day count kept from the call before when the date is the same (a file's rows
// are mostly of one day); the same instant parseIso gives. Anything else is parseIso's.
std::optional<std::int64_t> commonIso(std::string_view s)
{
    if ((s.size() != 20 && s.size() != 24) || s.back() != 'Z' || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' ||
        s[16] != ':' || (s.size() == 24 && s[19] != '.'))
        return std::nullopt;
    const auto number = [&s](std::size_t at, std::size_t n, int &out) {
        out = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            const auto d = static_cast<unsigned>(s[i] - '0');
            if (d > 9)
                return false;
            out = out * 10 + static_cast<int>(d);
        }
        return true;
    };
    int hour = 0, minute = 0, second = 0, ms = 0;
    if (!number(11, 2, hour) || !number(14, 2, minute) || !number(17, 2, second) || hour > 23 || minute > 59 || second > 59 ||
        (s.size() == 24 && !number(20, 3, ms)))
        return std::nullopt;
    thread_local std::array<char, 10> lastDate{};
    thread_local std::int64_t lastDays = 0;
    thread_local bool haveDate = false;
    if (!haveDate || std::memcmp(lastDate.data(), s.data(), lastDate.size()) != 0) {
        int year = 0, month = 0, day = 0;
        if (!number(0, 4, year) || !number(5, 2, month) || !number(8, 2, day) || month < 1 || month > 12 || day < 1 ||
            day > daysInMonth(year, month))
            return std::nullopt;
        lastDays = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
        std::memcpy(lastDate.data(), s.data(), lastDate.size());
        haveDate = true;
    }
    return (lastDays * 86400 + hour * 3600 + minute * 60 + second) * 1000 + ms;
}
} // namespace

std::optional<std::int64_t> parseIsoTimeMsUtc(std::string_view utf8)
{
    if (const auto t = commonIso(utf8))
        return t;
    return parseIso(utf8.data(), utf8.data() + utf8.size());
}

std::optional<std::int64_t> parseIsoTimeMsUtc(QStringView text)
{
    return parseIso(text.utf16(), text.utf16() + text.size());
}

void appendIsoUtcMs(QByteArray &out, std::int64_t t)
{
    std::int64_t days = t / 86'400'000;
    std::int64_t msOfDay = t % 86'400'000;
    if (msOfDay < 0) {
        msOfDay += 86'400'000;
        --days;
    }
    std::int64_t y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, y, m, d);
    const auto ms = static_cast<unsigned>(msOfDay);
    char buf[24];
    auto put = [&buf](int at, unsigned v, int width) {
        for (int i = width - 1; i >= 0; --i, v /= 10)
            buf[at + i] = static_cast<char>('0' + v % 10);
    };
    int at = 0;
    if (y >= 0 && y <= 9999) {
        put(0, static_cast<unsigned>(y), 4);
        at = 4;
    } else {
        // ISO 8601's expanded years (+12345, -000001): shown as they are, never clamped into another instant.
        // No track file holds them (readers refuse them, writers too); this is for messages.
        out += y < 0 ? '-' : '+';
        out += QByteArray::number(static_cast<qlonglong>(y < 0 ? -y : y)).rightJustified(6, '0');
    }
    buf[at] = '-';
    put(at + 1, m, 2);
    buf[at + 3] = '-';
    put(at + 4, d, 2);
    buf[at + 6] = 'T';
    put(at + 7, ms / 3'600'000, 2);
    buf[at + 9] = ':';
    put(at + 10, ms / 60'000 % 60, 2);
    buf[at + 12] = ':';
    put(at + 13, ms / 1000 % 60, 2);
    buf[at + 15] = '.';
    put(at + 16, ms % 1000, 3);
    buf[at + 19] = 'Z';
    out.append(buf, at + 20);
}

QString isoUtcMsText(std::int64_t timeMsUtc)
{
    QByteArray b;
    appendIsoUtcMs(b, timeMsUtc);
    return QString::fromLatin1(b);
}

std::optional<double> plainDecimal(std::string_view s)
{
    if (s.empty())
        return std::nullopt;
    static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    std::size_t i = 0;
    const bool negative = s[0] == '-';
    i += negative ? 1 : 0;
    std::uint64_t m = 0;
    int digits = 0, fraction = 0;
    const std::size_t intStart = i;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i, ++digits)
        m = m * 10 + static_cast<unsigned>(s[i] - '0');
    if (i == intStart)
        return std::nullopt;
    if (i < s.size() && s[i] == '.') {
        const std::size_t fracStart = ++i;
        for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i, ++digits)
            m = m * 10 + static_cast<unsigned>(s[i] - '0');
        fraction = static_cast<int>(i - fracStart);
        if (fraction == 0)
            return std::nullopt;
    }
    if (i != s.size() || digits > 19 || m > (std::uint64_t{1} << 53) || fraction > 22)
        return std::nullopt;
    const double v = static_cast<double>(m) / kPow10[fraction];
    return negative ? -v : v;
}

std::optional<double> parseNumber(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    if (!s.empty() && s.front() == '+') // from_chars rejects a leading '+', files use it
        s.remove_prefix(1);
    if (s.empty())
        return std::nullopt;
    if (const auto plain = plainDecimal(s))
        return plain;
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<double> parseNumber(QStringView text)
{
    // Numbers are ASCII; anything longer than a double could need is not a number.
    if (text.size() > 64)
        return std::nullopt;
    char buf[64];
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t ch = text[i].unicode();
        if (ch > 127)
            return std::nullopt;
        buf[i] = static_cast<char>(ch);
    }
    return parseNumber(std::string_view(buf, static_cast<std::size_t>(text.size())));
}

QString checkPosition(TrackPoint &p)
{
    if (!std::isfinite(p.lon) || !std::isfinite(p.lat) || !std::isfinite(p.altM))
        return QStringLiteral("coordinate is not a finite number");
    if (p.lat < -90 || p.lat > 90)
        return QStringLiteral("latitude %1 outside -90..90").arg(p.lat);
    if (p.lon < -180 || p.lon > 360)
        return QStringLiteral("longitude %1 outside -180..180 (or 0..360)").arg(p.lon);
    if (p.lon > 180)
        p.lon -= 360;
    if (p.altM < kMinAltM || p.altM > kMaxAltM)
        return QStringLiteral("altitude %1 m outside -1 km..10,000 km").arg(p.altM, 0, 'f', 1);
    return {};
}

PartnerMask parsePartnerList(QStringView text, QStringList *unknown)
{
    PartnerMask mask = 0;
    qsizetype start = 0;
    auto isSep = [](QChar c) { return c == u';' || c == u'+' || c == u'|' || c == u',' || c.isSpace(); };
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isSep(text[i]))
            continue;
        const QStringView code = text.mid(start, i - start);
        start = i + 1;
        if (code.isEmpty() || code.compare(u"none", Qt::CaseInsensitive) == 0)
            continue;
        if (const auto p = parsePartner(code.toString()))
            mask |= partnerBit(*p);
        else if (unknown)
            unknown->push_back(code.toString());
    }
    return mask;
}

QString unknownPartnerProblem(const QStringList &codes)
{
    QStringList shown;
    for (qsizetype i = 0; i < std::min<qsizetype>(codes.size(), 5); ++i)
        shown << shortText(codes[i], 20);
    if (codes.size() > 5)
        shown << QStringLiteral("...");
    return QStringLiteral("unknown partner code %1 (known: USA, KOR, JPN); point kept without it").arg(shown.join(u", "));
}

QString partnerListText(PartnerMask mask)
{
    QString s;
    for (auto p : kAllPartners) {
        if (!(mask & partnerBit(p)))
            continue;
        if (!s.isEmpty())
            s += u';';
        s += partnerCode(p);
    }
    return s;
}

void appendJsonString(QByteArray &out, QStringView s)
{
    const QByteArray utf8 = s.toUtf8();
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[u >> 4];
            out += kHex[u & 15];
        } else {
            out += c;
        }
    }
    out += '"';
}

QString shortestNumber(double v)
{
    QByteArray b;
    appendShortestNumber(b, v);
    return QString::fromLatin1(b);
}

void appendShortestNumber(QByteArray &out, double v)
{
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr - buf);
}

} // namespace trilink::maps::trackio
