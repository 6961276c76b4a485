// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/GeoPolygon.h"
#include "core/Trajectory.h"

#include <QStringList>

#include <vector>

namespace trilink {

// Approximate outlines for Japan-related events: the claimed EEZ and a coarse land outline of the five
// main islands. APPROXIMATE, NOT LEGAL BOUNDARIES (see the headers of resources/catalog/japan_*_approx.csv).
// Immutable after loading; builtin() is a thread-safe static.
class JapanZones {
public:
    static constexpr const char *kEezResource = ":/catalog/japan_eez_approx.csv";
    static constexpr const char *kLandResource = ":/catalog/japan_land_approx.csv";

    // Loads the two CSV files (columns name,lon,lat; consecutive rows with one name form a ring).
    static JapanZones fromFiles(const QString &eezPath, const QString &landPath, QStringList *problems = nullptr);
    // The bundled outlines from the Qt resource.
    static const JapanZones &builtin();

    const std::vector<GeoPolygon> &eez() const { return m_eez; }
    const std::vector<GeoPolygon> &land() const { return m_land; }
    bool isInEez(double lon, double lat) const;
    // Name of the island under the point ("Hokkaido"), or empty.
    QString landAt(double lon, double lat) const;

    // Adds enter/leave events for the EEZ and for overflight of land along the ground track (at the
    // sample resolution), marks the impact event "inside approx. Japan EEZ" where it is, and keeps the
    // event list in time order.
    void annotate(Trajectory &trajectory) const;

private:
    std::vector<GeoPolygon> m_eez;
    std::vector<GeoPolygon> m_land;
};

} // namespace trilink
