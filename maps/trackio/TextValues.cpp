// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/trackio/TextValues.h"

namespace trilink::maps::trackio {
namespace {

constexpr char16_t kReplacement = 0xFFFD;

bool isControl(char16_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

// Characters that change how the text around them is shown: line and paragraph separators, and the
// bidirectional marks, embeddings, overrides and isolates (a file name could otherwise show "exe.txt" for
// "txt.exe").
bool reordersText(char16_t c)
{
    return c == 0x2028 || c == 0x2029 || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x061C;
}

// The unit at i is a surrogate without its other half.
bool unpairedSurrogate(QStringView s, qsizetype i)
{
    const char16_t c = s[i].unicode();
    if (c >= 0xD800 && c <= 0xDBFF)
        return i + 1 >= s.size() || !(s[i + 1].unicode() >= 0xDC00 && s[i + 1].unicode() <= 0xDFFF);
    if (c >= 0xDC00 && c <= 0xDFFF)
        return i == 0 || !(s[i - 1].unicode() >= 0xD800 && s[i - 1].unicode() <= 0xDBFF);
    return false;
}

// What cleanTextValue puts instead of the unit at i, or the unit itself.
char16_t cleanUnit(QStringView s, qsizetype i)
{
    const char16_t c = s[i].unicode();
    if (c == u'\t' || c == u'\n' || c == u'\r')
        return u' ';
    if (isControl(c) || c == 0xFFFE || c == 0xFFFF || unpairedSurrogate(s, i))
        return kReplacement;
    return c;
}

} // namespace

bool isCleanTextValue(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i)
        if (cleanUnit(s, i) != s[i].unicode())
            return false;
    return true;
}

QString cleanTextValue(const QString &s, bool *changed)
{
    if (changed)
        *changed = false;
    if (isCleanTextValue(s))
        return s; // shared, no copy: the usual case
    QString out = s;
    for (qsizetype i = 0; i < s.size(); ++i)
        out[i] = QChar(cleanUnit(s, i));
    if (changed)
        *changed = true;
    return out;
}

QString printableText(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (isControl(c))
            out += QStringLiteral("\\x%1").arg(static_cast<unsigned>(c), 2, 16, QLatin1Char('0'));
        else if (reordersText(c) || unpairedSurrogate(s, i))
            out += QStringLiteral("\\u%1").arg(static_cast<unsigned>(c), 4, 16, QLatin1Char('0'));
        else
            out += QChar(c);
    }
    return out;
}

QString validUnicode(const QString &s)
{
    if (s.isValidUtf16())
        return s;
    QString out = s;
    for (qsizetype i = 0; i < s.size(); ++i)
        if (unpairedSurrogate(s, i))
            out[i] = QChar(kReplacement);
    return out;
}

QString shortText(QStringView s, qsizetype maxChars)
{
    const bool cut = s.size() > maxChars;
    return printableText(s.first(std::min(s.size(), maxChars))) + (cut ? QStringLiteral("...") : QString());
}

QString quotedValue(QStringView s, qsizetype maxChars)
{
    return u'"' + shortText(s, maxChars) + u'"';
}

} // namespace trilink::maps::trackio
