// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/BoostProfile.h"
#include "core/Vec3.h"

#include <vector>

namespace trilink {

// The free parameters of one flight, which the solver adjusts by shooting.
struct FlightControls {
    double azimuthDeg = 90;    // of the trajectory plane at launch, clockwise from north
    double finalPitchDeg = 45; // thrust elevation above the local horizontal at burnout
    double deltaVScale = 1;    // multiplies every stage's nominal delta-v (loading and payload are unknown)
};

struct FlightOptions {
    bool withJ2 = true;
    bool withEarthRotation = true;
    bool withDrag = true; // after burnout only; the boost model is an effective vacuum profile
    double maxTimeS = 4 * 3600;
};

// One integration node in the inertial frame (ECI, equal to ECEF at the launch instant).
struct FlightNode {
    double timeS = 0;
    Vec3 posEciM;
    Vec3 velEciMps;
};

struct FlightRun {
    bool impacted = false;
    double impactTimeS = 0;
    double impactLon = 0;
    double impactLat = 0;
    double apogeeM = 0;
    double apogeeTimeS = 0;
    std::vector<double> stageEndS;
    FlightNode burnout;
    std::vector<FlightNode> nodes; // filled only when asked for; the last node is the impact state
};

// Integrates one flight, boost and free flight, with fixed-step RK4 in the inertial frame: 1 s steps in
// boost (aligned to staging), 5 s above 150 km, 0.5-1 s below. Gravity is WGS84 point mass + J2; the
// atmosphere (drag after burnout) co-rotates with the Earth. Impact is the root of geodetic altitude
// along the cubic Hermite interpolant of the last step, so the impact time and point are smooth functions
// of the controls, which the Newton solver needs. Immutable after construction; run() is thread-safe.
class FlightIntegrator {
public:
    FlightIntegrator(double launchLon, double launchLat, double launchAltM, BoostProfile profile,
                     FlightOptions options = {});

    FlightRun run(const FlightControls &controls, bool keepNodes) const;

    const BoostProfile &profile() const { return m_profile; }
    const FlightOptions &options() const { return m_options; }
    double rotationRadPerS() const { return m_omega; }

    // ECEF position and velocity of an inertial node at its time, under this integrator's Earth rotation.
    Vec3 toEcef(const Vec3 &posEciM, double timeS) const;
    Vec3 velocityToEcef(const Vec3 &posEciM, const Vec3 &velEciMps, double timeS) const;

    // Unpowered, drag-free two-body (+J2) flight from an inertial state: fixed RK4 steps, no ground.
    // For tests of the integrator itself (energy conservation, Kepler arcs).
    static std::vector<FlightNode> coast(const Vec3 &posEciM, const Vec3 &velEciMps, double durationS,
                                         double stepS, bool withJ2);

    // Cubic Hermite interpolation between two nodes (position and its derivative).
    static void interpolate(const FlightNode &a, const FlightNode &b, double timeS, Vec3 &posEciM, Vec3 &velEciMps);

private:
    Vec3 acceleration(int stage, double stageTimeS, double timeS, const Vec3 &r, const Vec3 &v,
                      const FlightControls &c, const Vec3 &planeNormal) const;
    double altitudeM(const Vec3 &posEciM, double timeS) const;

    BoostProfile m_profile;
    FlightOptions m_options;
    double m_omega = 0;
    double m_launchLon = 0;
    double m_launchLat = 0;
    Vec3 m_launchEcefM;
    std::vector<double> m_stageStartS;
    std::vector<double> m_stageAccelScale; // ve * zeta / T per stage (nominal)
    std::vector<double> m_stageZetaPerS;   // zeta / T per stage
    double m_burnS = 0;
};

} // namespace trilink
