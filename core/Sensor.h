// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Partner.h"

#include <QString>

#include <optional>

namespace trilink {

// radar_fixed: a ground site. radar_ship: a shipborne radar whose station is a scenario setting (the
// catalogue row gives the default station). space_ir: a geostationary infrared satellite that sees the
// rocket plume during boost only; its lon is the orbital slot and altM the orbit altitude.
enum class SensorKind { RadarFixed, RadarShip, SpaceIr };

QString sensorKindName(SensorKind k); // "radar_fixed", "radar_ship", "space_ir"
std::optional<SensorKind> parseSensorKind(const QString &name);

// One partner sensor. Degrees, metres; the azimuth sector runs clockwise from azimuthMinDeg to
// azimuthMaxDeg in degrees true and may wrap through north (270 -> 30); 0 -> 360 is all round.
// For space_ir the range, sector and elevation fields are unused (zero).
struct Sensor {
    QString id; // unique in a laydown, e.g. "KOR-GREENPINE-C"
    Partner partner = Partner::USA;
    QString name;
    SensorKind kind = SensorKind::RadarFixed;
    double lon = 0;
    double lat = 0;
    double altM = 0;
    double maxRangeM = 0;
    double azimuthMinDeg = 0;
    double azimuthMaxDeg = 360;
    double minElevationDeg = 0;
    QString positionQuality; // as catalogued: which values are published, approximate or notional
    QString notes;           // notes_and_sources, kept with the row so every figure stays traceable

    bool isRadar() const { return kind != SensorKind::SpaceIr; }
    // True when the catalogue says the site or orbit is not public; a display using it must say
    // "notional sensor laydown".
    bool isNotional() const { return positionQuality.contains(QLatin1String("notional"), Qt::CaseInsensitive); }
};

} // namespace trilink
