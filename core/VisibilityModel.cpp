// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/VisibilityModel.h"

#include "core/EarthModel.h"

namespace trilink {

VisibilityTarget VisibilityTarget::fromSample(const TrajectorySample &sample)
{
    VisibilityTarget t;
    t.timeS = sample.timeS;
    t.lon = sample.lon;
    t.lat = sample.lat;
    t.altM = sample.altM;
    t.phase = sample.phase;
    t.positionM = earth::geodeticToEcef(sample.lon, sample.lat, sample.altM);
    t.up = visibility::geodeticUp(sample.lon, sample.lat);
    return t;
}

VisibilityModel::VisibilityModel(std::vector<Sensor> sensors, VisibilitySettings settings)
    : m_sensors(std::move(sensors))
    , m_settings(settings)
{
    m_sites.reserve(m_sensors.size());
    m_coverageAngleDeg.reserve(m_sensors.size());
    for (const Sensor &s : m_sensors) {
        m_sites.push_back(visibility::siteFrame(s.lon, s.lat, s.altM));
        m_coverageAngleDeg.push_back(s.kind == SensorKind::SpaceIr ? visibility::satelliteCoverageAngleDeg(s.altM) : 0.0);
    }
}

visibility::LookAngles VisibilityModel::look(int sensorIndex, const VisibilityTarget &target) const
{
    return visibility::lookAngles(m_sites[sensorIndex], target.positionM, target.up, target.altM, m_settings.refractionFactor);
}

bool VisibilityModel::sees(int sensorIndex, const VisibilityTarget &target, double burnoutTimeS) const
{
    const Sensor &s = m_sensors[sensorIndex];
    if (s.kind == SensorKind::SpaceIr) {
        if (target.phase == FlightPhase::Terminal || target.altM < m_settings.spaceIrMinAltM
            || target.timeS > burnoutTimeS + m_settings.spaceIrAfterBurnoutS)
            return false;
        // The sub-satellite point is on the equator below the orbital slot (geostationary).
        return visibility::centralAngleDeg(s.lon, 0.0, target.lon, target.lat) <= m_coverageAngleDeg[sensorIndex];
    }
    // Cheapest test first: most rejections over a whole catalogue are by range.
    const visibility::SiteFrame &site = m_sites[sensorIndex];
    const Vec3 los = target.positionM - site.positionM;
    if (los.dot(los) > s.maxRangeM * s.maxRangeM)
        return false;
    const visibility::LookAngles a = look(sensorIndex, target);
    return a.apparentElevationDeg >= s.minElevationDeg && visibility::inAzimuthSector(a.azimuthDeg, s.azimuthMinDeg, s.azimuthMaxDeg);
}

} // namespace trilink
