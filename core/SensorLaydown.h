// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Sensor.h"

#include <vector>

namespace trilink {

// The sensors a scenario uses: the catalogue by default, then added, moved (ships to a new station) or
// removed by the scenario. A plain value type; copying it is how a worker gets its own snapshot.
class SensorLaydown {
public:
    SensorLaydown() = default;
    explicit SensorLaydown(std::vector<Sensor> sensors);
    // The bundled catalogue (":/sensors/sensors.csv"); its problems, if any, are dropped here because the
    // bundled file is tested to have none.
    static SensorLaydown builtin();

    const std::vector<Sensor> &sensors() const { return m_sensors; }
    const Sensor *find(const QString &id) const;
    bool isEmpty() const { return m_sensors.empty(); }
    int size() const { return static_cast<int>(m_sensors.size()); }
    // True when any sensor in use has a notional position: the display must then say so.
    bool hasNotional() const;

    // False (and nothing changes) when the id is empty or already used.
    bool add(const Sensor &sensor);
    // Moves a sensor to a new position (for a ship: its station); altM keeps its value unless given.
    // False when the id is unknown.
    bool move(const QString &id, double lon, double lat);
    bool move(const QString &id, double lon, double lat, double altM);
    // False when the id is unknown.
    bool remove(const QString &id);

private:
    Sensor *findMutable(const QString &id);

    std::vector<Sensor> m_sensors;
};

} // namespace trilink
