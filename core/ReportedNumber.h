// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QChar>
#include <QString>

#include <optional>

namespace trilink {

// A figure as public reporting gives it: "2802 (MOD >2500)", "~800 (MOD; JCS 770)", "950-1000", "45-47",
// ">6000 (nagix 6518)", "unknown (<6000 per JCS)". The leading number is the value; a "a-b" span gives
// high; a leading ~, > or < is the qualifier; everything after is kept verbatim as the note.
struct ReportedNumber {
    std::optional<double> value;
    std::optional<double> high; // upper end of a span "a-b"
    QChar qualifier;            // '~', '>', '<' or null
    QString note;               // e.g. "(MOD >2500)"
    bool unknown = false;       // the cell says "unknown"
    QString text;               // the cell as written (trimmed)

    bool hasValue() const { return value.has_value(); }
    // Middle of a span, else the value.
    double central() const { return high ? 0.5 * (*value + *high) : value.value_or(0.0); }

    // An empty cell is "no value" without error; text with no leading number (other than "unknown") sets
    // *error and returns no value.
    static ReportedNumber parse(const QString &cell, QString *error = nullptr);
};

} // namespace trilink
