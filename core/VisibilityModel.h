// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Sensor.h"
#include "core/Trajectory.h"
#include "core/VisibilityGeometry.h"

#include <vector>

namespace trilink {

// Settings of the detection model; the defaults and their reasons are in docs/sensors.md.
struct VisibilitySettings {
    double refractionFactor = visibility::kStandardRefractionFactor; // effective Earth radius factor k
    // Space IR: the plume is taken to be visible once it clears low cloud, whose tops lie mostly below
    // 3 km over the region, and until the motor's afterglow fades, 10 s after the last burnout.
    double spaceIrMinAltM = 3000.0;
    double spaceIrAfterBurnoutS = 10.0;
};

// One target state prepared for evaluation against every sensor (its ECEF position and normal are computed
// once per sample, not once per sensor).
struct VisibilityTarget {
    double timeS = 0;
    double lon = 0;
    double lat = 0;
    double altM = 0;
    FlightPhase phase = FlightPhase::Boost;
    Vec3 positionM;
    Vec3 up;

    static VisibilityTarget fromSample(const TrajectorySample &sample);
};

// Whether each sensor of a laydown detects a target state:
//  - radars (fixed and ship): slant range <= max range, apparent elevation (4/3 Earth) >= the minimum,
//    azimuth in the sector. A target below the refracted horizon is never seen whatever its range.
//  - space IR (geostationary): boost only, from spaceIrMinAltM up to burnout + spaceIrAfterBurnoutS, never
//    in the terminal phase, and only where the point under the target is within the satellite's coverage
//    circle (Earth-central angle <= acos(R / (R + h))).
// Immutable after construction, so one instance may be shared by threads.
class VisibilityModel {
public:
    explicit VisibilityModel(std::vector<Sensor> sensors, VisibilitySettings settings = {});

    const std::vector<Sensor> &sensors() const { return m_sensors; }
    const VisibilitySettings &settings() const { return m_settings; }
    int sensorCount() const { return static_cast<int>(m_sensors.size()); }

    bool sees(int sensorIndex, const VisibilityTarget &target, double burnoutTimeS) const;
    bool sees(int sensorIndex, const TrajectorySample &sample, double burnoutTimeS) const
    {
        return sees(sensorIndex, VisibilityTarget::fromSample(sample), burnoutTimeS);
    }
    // Radar look angles (also defined for space IR, from the satellite, for display only).
    visibility::LookAngles look(int sensorIndex, const VisibilityTarget &target) const;

private:
    std::vector<Sensor> m_sensors;
    std::vector<visibility::SiteFrame> m_sites;
    std::vector<double> m_coverageAngleDeg; // space IR only
    VisibilitySettings m_settings;
};

} // namespace trilink
