// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Sensor.h"

#include <QStringList>


#include <vector>

namespace trilink {

struct CsvDocument;

// The partner sensor catalogue as read from CSV (columns found by name, see resources/sensors/README.md).
// A malformed row (unknown partner or kind, bad number, out-of-range value, duplicate id, wrong field
// count) is reported as "file:line: message" and left out; the good rows are kept. Never throws.
class SensorCatalog {
public:
    static constexpr const char *kBuiltinPath = ":/sensors/sensors.csv";

    static SensorCatalog load(const QString &path);
    static SensorCatalog parse(const QString &text, const QString &fileName);
    static SensorCatalog builtin() { return load(QString::fromLatin1(kBuiltinPath)); }

    const std::vector<Sensor> &sensors() const { return m_sensors; }
    const QStringList &problems() const { return m_problems; }

private:
    static SensorCatalog fromDocument(const CsvDocument &doc, const QString &fileName);

    std::vector<Sensor> m_sensors;
    QStringList m_problems;
};

} // namespace trilink
