// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace trilink {

// The modelled catalogue as a file: every track (samples, events, summary figures, facts, the raw sensor
// detections) and every row left out, behind a header with a magic, the format version, the byte order and
// the key of what it was modelled from. Reading rebuilds the attribution from the detections and the
// laydown it is given (the one the key covers), so nothing is evaluated again.
//
// A damaged, truncated or hostile file is an error message, never a crash or a large allocation: every
// count is checked against the bytes left, every enum and index against its range, and times must rise.
class ScenarioStore {
public:
    // Bump when the layout changes; a file of another version is refused (and then modelled afresh).
    static constexpr std::uint32_t kFormatVersion = 3; // 3: the flight shapes' phases and events

    static QByteArray write(const Scenario &scenario, const QByteArray &key);
    // The key a file was written with, or empty when the header is not a store's.
    static QByteArray keyOf(const QByteArray &bytes);
    // The scenario, when the header is right and the key is expectedKey (any key when expectedKey is empty).
    static std::optional<Scenario> read(const QByteArray &bytes, const QByteArray &expectedKey, const SensorLaydown &laydown,
                                        QString *error);
};

} // namespace trilink
