// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/CsvReader.h"

#include <QFile>
#include <QTextStream>

namespace trilink {

CsvDocument CsvReader::parse(const QString &text, const QString &fileName)
{
    CsvDocument doc;
    const auto problem = [&](int line, const QString &message) {
        doc.problems << QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message);
    };

    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool haveHeader = false;
    while (i < n) {
        // Record start: skip comment lines and blank lines.
        if (text[i] == u'#' || text[i] == u'\n' || text[i] == u'\r') {
            while (i < n && text[i] != u'\n')
                ++i;
            ++i;
            ++line;
            continue;
        }
        CsvRecord rec;
        rec.line = line;
        QString cell;
        bool inQuotes = false;
        bool broken = false;
        bool endOfRecord = false;
        bool cellWasQuoted = false;
        while (i < n && !endOfRecord) {
            const QChar c = text[i];
            if (inQuotes) {
                if (c == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        cell += u'"';
                        i += 2;
                        continue;
                    }
                    inQuotes = false;
                    ++i;
                    continue;
                }
                if (c == u'\n')
                    ++line;
                cell += c;
                ++i;
                continue;
            }
            if (c == u'"') {
                if (!cell.trimmed().isEmpty() || cellWasQuoted) {
                    if (!broken)
                        problem(line, QStringLiteral("stray quote inside an unquoted field"));
                    broken = true;
                }
                inQuotes = true;
                cellWasQuoted = true;
                ++i;
            } else if (c == u',') {
                rec.cells << cell;
                cell.clear();
                cellWasQuoted = false;
                ++i;
            } else if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') {
                ++i;
            } else if (c == u'\n') {
                endOfRecord = true;
                ++i;
                ++line;
            } else {
                if (cellWasQuoted && !c.isSpace() && !broken) {
                    problem(line, QStringLiteral("text after a closing quote"));
                    broken = true;
                }
                cell += c;
                ++i;
            }
        }
        if (inQuotes) {
            problem(rec.line, QStringLiteral("unterminated quoted field (runs to the end of the file)"));
            broken = true;
        }
        rec.cells << cell;
        if (broken) {
            doc.skippedRecords += haveHeader ? 1 : 0;
            continue;
        }
        if (!haveHeader) {
            for (auto &h : rec.cells)
                h = h.trimmed();
            doc.header = rec.cells;
            haveHeader = true;
            continue;
        }
        if (rec.cells.size() != doc.header.size()) {
            problem(rec.line, QStringLiteral("expected %1 fields, found %2; record skipped")
                                  .arg(doc.header.size())
                                  .arg(rec.cells.size()));
            ++doc.skippedRecords;
            continue;
        }
        doc.records.push_back(std::move(rec));
    }
    if (!haveHeader)
        problem(1, QStringLiteral("no header row"));
    return doc;
}

CsvDocument CsvReader::readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        CsvDocument doc;
        doc.problems << QStringLiteral("%1:0: cannot open: %2").arg(path, f.errorString());
        return doc;
    }
    QTextStream in(&f);
    in.setEncoding(QStringConverter::Utf8);
    return parse(in.readAll(), path);
}

} // namespace trilink
