// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/Sensor.h"

namespace trilink {

QString sensorKindName(SensorKind k)
{
    switch (k) {
    case SensorKind::RadarFixed:
        return QStringLiteral("radar_fixed");
    case SensorKind::RadarShip:
        return QStringLiteral("radar_ship");
    case SensorKind::SpaceIr:
        return QStringLiteral("space_ir");
    }
    return {};
}

std::optional<SensorKind> parseSensorKind(const QString &name)
{
    for (SensorKind k : {SensorKind::RadarFixed, SensorKind::RadarShip, SensorKind::SpaceIr}) {
        if (name.trimmed() == sensorKindName(k))
            return k;
    }
    return std::nullopt;
}

} // namespace trilink
