// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/LaunchRecord.h"

#include <QStringList>

#include <vector>

namespace trilink {

// The launch catalogue as read from CSV. A malformed row (bad number, bad date, wrong field count) is
// reported as "file:line: message" in problems() and left out of records(); reading never throws or
// aborts. Columns are found by name, so their order may change.
class LaunchCatalog {
public:
    static constexpr const char *kBuiltinPath = ":/catalog/launches.csv";

    static LaunchCatalog load(const QString &path);
    static LaunchCatalog parse(const QString &text, const QString &fileName);
    static LaunchCatalog builtin() { return load(QString::fromLatin1(kBuiltinPath)); }

    const std::vector<LaunchRecord> &records() const { return m_records; }
    const QStringList &problems() const { return m_problems; }
    // Rows seen in the file, including the ones skipped as malformed.
    int rowCount() const { return m_rowCount; }

private:
    std::vector<LaunchRecord> m_records;
    QStringList m_problems;
    int m_rowCount = 0;
};

} // namespace trilink
