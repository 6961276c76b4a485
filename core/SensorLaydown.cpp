// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/SensorLaydown.h"

#include "core/SensorCatalog.h"

#include <algorithm>

namespace trilink {

SensorLaydown::SensorLaydown(std::vector<Sensor> sensors)
    : m_sensors(std::move(sensors))
{
}

SensorLaydown SensorLaydown::builtin()
{
    return SensorLaydown(SensorCatalog::builtin().sensors());
}

const Sensor *SensorLaydown::find(const QString &id) const
{
    const auto it = std::find_if(m_sensors.begin(), m_sensors.end(), [&](const Sensor &s) { return s.id == id; });
    return it == m_sensors.end() ? nullptr : &*it;
}

Sensor *SensorLaydown::findMutable(const QString &id)
{
    return const_cast<Sensor *>(std::as_const(*this).find(id));
}

bool SensorLaydown::hasNotional() const
{
    return std::any_of(m_sensors.begin(), m_sensors.end(), [](const Sensor &s) { return s.isNotional(); });
}

bool SensorLaydown::add(const Sensor &sensor)
{
    if (sensor.id.isEmpty() || find(sensor.id))
        return false;
    m_sensors.push_back(sensor);
    return true;
}

bool SensorLaydown::move(const QString &id, double lon, double lat)
{
    Sensor *s = findMutable(id);
    return s && move(id, lon, lat, s->altM);
}

bool SensorLaydown::move(const QString &id, double lon, double lat, double altM)
{
    Sensor *s = findMutable(id);
    if (!s)
        return false;
    s->lon = lon;
    s->lat = lat;
    s->altM = altM;
    return true;
}

bool SensorLaydown::remove(const QString &id)
{
    const auto it = std::find_if(m_sensors.begin(), m_sensors.end(), [&](const Sensor &s) { return s.id == id; });
    if (it == m_sensors.end())
        return false;
    m_sensors.erase(it);
    return true;
}

} // namespace trilink
