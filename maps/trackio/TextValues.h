// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// Text from a file, made safe for where it goes (docs/formats.md, "Security"):
//   - a value Trilink keeps (a track id, label or sensor name) is one line of valid Unicode that every format
//     it writes can hold: cleanTextValue() turns tab and line breaks into spaces and other control characters
//     (C0, DEL, C1), unpaired surrogates and the noncharacters U+FFFE/U+FFFF into U+FFFD;
//   - text shown on a terminal (tables, problems, file names) shows what could move the cursor, clear the
//     screen or reorder the line as escapes instead: printableText() ("\x1b", "\u202e");
//   - text written as JSON is valid Unicode: validUnicode() replaces unpaired surrogates, which JSON can only
//     write as "\ud800" escapes that strict parsers refuse.
// Plain functions, thread-safe.

#include <QString>
#include <QStringView>

namespace trilink::maps::trackio {

// s as a kept value; *changed (if given) says whether anything was replaced.
QString cleanTextValue(const QString &s, bool *changed = nullptr);
// True when cleanTextValue would leave s as it is.
bool isCleanTextValue(QStringView s);

// s with control characters (C0, DEL, C1), line and paragraph separators, bidirectional embeddings, overrides
// and isolates, and unpaired surrogates written as \xNN or \uNNNN.
QString printableText(QStringView s);

// s with unpaired surrogates replaced by U+FFFD.
QString validUnicode(const QString &s);

// A value for a problem message: at most maxChars characters (then "..."), as printableText.
QString shortText(QStringView s, qsizetype maxChars = 40);
// A value quoted for a problem message: at most maxChars characters (then "..."), as printableText.
QString quotedValue(QStringView s, qsizetype maxChars = 40);

} // namespace trilink::maps::trackio
