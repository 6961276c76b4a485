// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace trilink {

struct CsvRecord {
    int line = 0; // 1-based line where the record starts
    QStringList cells;
};

// A parsed CSV file. Problems are formatted "file:line: message" and never abort the parse: a broken
// record is reported and skipped, the rest is kept.
struct CsvDocument {
    QStringList header;
    std::vector<CsvRecord> records;
    QStringList problems;
    int skippedRecords = 0; // data records reported and left out (not the header)

    // Index of a header column, or -1.
    int column(const QString &name) const { return static_cast<int>(header.indexOf(name)); }
};

// RFC 4180 CSV: comma separated, fields may be double-quoted, "" inside quotes is a quote, quoted fields
// may span lines; CRLF or LF. Lines starting with '#' before the header or between records are comments
// (the bundled catalogues carry their provenance that way). The first non-comment record is the header;
// a record with a different number of cells is reported and skipped. Plain functions, no state.
class CsvReader {
public:
    static CsvDocument parse(const QString &text, const QString &fileName);
    // Reads a file (or a ":/" resource) as UTF-8; an unreadable file is a problem, not a crash.
    static CsvDocument readFile(const QString &path);
};

} // namespace trilink
