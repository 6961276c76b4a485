// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QStringList>

namespace trilink::cli {

// trilink simulate --lat LAT --lon LON (--azimuth DEG --range-km KM | --impact-lat LAT --impact-lon LON)
//                  [--apogee-km KM | --min-energy | --loft FACTOR] [--class srbm|mrbm|irbm|icbm]
//                  [--json] [--samples FILE.csv] [--out FILE.csv|.geojson|.kml|.czml|.gpkg|.cot|.gpx] [--launch-time T]
// `arguments` starts with "simulate". Headless.
int runSimulate(const QStringList &arguments);

} // namespace trilink::cli
