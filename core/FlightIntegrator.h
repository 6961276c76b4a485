// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/BoostProfile.h"
#include "core/Vec3.h"

#include <optional>
#include <vector>

namespace trilink {

// The free parameters of one flight, which the solver adjusts by shooting.
struct FlightControls {
    double azimuthDeg = 90;    // of the trajectory plane at launch, clockwise from north
    double finalPitchDeg = 45; // thrust elevation above the local horizontal at burnout
    // Fraction of the stages' nominal ideal delta-v flown: below 1 the guidance cuts the thrust off early, as
    // real missiles control their energy; above 1 every stage burns harder (payload and loading are unknown).
    double deltaVScale = 1;
    double pitchExponent = 0;  // of the pitch program; 0: the profile's own (the space-launch solver varies it)
};

struct FlightOptions {
    bool withJ2 = true;
    bool withEarthRotation = true;
    bool withDrag = true; // on the stack in the boost and on what flies after it
    bool withLift = true; // only for a lifting plan
    double maxTimeS = 4 * 3600;
};

// What is flown after the boost, and how it ends.
struct FlightPlan {
    Airframe airframe;             // the unpowered vehicle; lift only if lifting and airframe.canLift()
    bool lifting = false;          // pull-up or glide guidance after apogee
    // Lateral guidance (glide legs): a planned ground path, points on the unit sphere in ECEF with their
    // distance from launch over the ground, every few kilometres; empty: lift stays in the vertical plane.
    std::vector<Vec3> pathUnitEcef;
    std::vector<double> pathDistanceM;
    double pathEndM = 0;           // where the planned path ends (the target); the points go on beyond it
    std::optional<double> failAtS; // thrust ends here; what is left tumbles down
    bool toOrbit = false;          // space launch: no impact, the flight stops orbitCoastS after burnout
    double orbitCoastS = 600;
};

// One integration node in the inertial frame (ECI, equal to ECEF at the launch instant), with the two
// integrated guidance states and what the aerodynamics did at the node (for phases and events).
struct FlightNode {
    double timeS = 0;
    Vec3 posEciM;
    Vec3 velEciMps;
    double pathM = 0;      // ground distance flown (integrated ground speed)
    double descentM = 0;   // descent accumulated since the last climb began (engages the lift, smoothly)
    double liftMps2 = 0;   // aerodynamic lift acceleration at the node
    double diveBlend = 1;  // 1 in the glide / pull-up, 0 in the terminal dive
    double bankDeg = 0;
};

struct FlightRun {
    bool impacted = false;
    bool inOrbit = false;          // space launch reached the end of its coast without coming down
    double impactTimeS = 0;        // or the end of the flight for an orbit
    double impactLon = 0;
    double impactLat = 0;
    double apogeeM = 0;            // first maximum of altitude (the ballistic peak, before any pull-up)
    double apogeeTimeS = 0;
    double burnoutFlightPathAngleRad = 0; // inertial, at burnout (the space-launch solver's target)
    std::vector<double> stageEndS; // stages burned to their end
    double cutOffS = 0;            // when the guidance ends the thrust (the full burn, or earlier)
    FlightNode burnout;            // end of thrust: the cut-off, or the failure if earlier
    std::vector<FlightNode> nodes; // filled only when asked for; the last node is the impact state
};

// Integrates one flight, boost and free flight, with fixed-step RK4 in the inertial frame: 1 s steps in
// boost (aligned to staging, the cut-off and the failure time), 5 s above 150 km, 1 s in a lifting flight and the
// ascent, 0.5 s in a ballistic descent. Gravity is WGS84 point mass + J2; the atmosphere (US76, co-rotating
// with the Earth) gives drag on the stack in the boost and on the vehicle after it, with the Mach-dependent
// zero-lift drag and, for a lifting plan, induced drag and lift. Every control law is a continuous function
// of the state, so the impact point is a smooth function of the controls, which the Newton solver needs.
// Impact is the root of geodetic altitude along the cubic Hermite interpolant of the last step.
// Immutable after construction; run() is thread-safe.
class FlightIntegrator {
public:
    FlightIntegrator(double launchLon, double launchLat, double launchAltM, BoostProfile profile, FlightPlan plan = {},
                     FlightOptions options = {});

    FlightRun run(const FlightControls &controls, bool keepNodes) const;
    // Unpowered flight under this plan from an inertial state at its time (a vehicle released from its
    // booster, a glide already under way with its descentM engaging the lift, debris); start is the first node.
    FlightRun flyFrom(const FlightNode &start, bool keepNodes) const;

    const BoostProfile &profile() const { return m_profile; }
    const FlightPlan &plan() const { return m_plan; }
    const FlightOptions &options() const { return m_options; }
    double rotationRadPerS() const { return m_omega; }
    // Ballistic coefficient of what falls after a failure at timeS: the stack tumbling (CD 2 on its
    // frontal area, end-on and broadside averaged).
    double debrisBallisticCoefficient(double timeS) const;

    // ECEF position and velocity of an inertial node at its time, under this integrator's Earth rotation.
    Vec3 toEcef(const Vec3 &posEciM, double timeS) const;
    Vec3 velocityToEcef(const Vec3 &posEciM, const Vec3 &velEciMps, double timeS) const;

    // Unpowered, drag-free two-body (+J2) flight from an inertial state: fixed RK4 steps, no ground.
    // For tests of the integrator itself (energy conservation, Kepler arcs).
    static std::vector<FlightNode> coast(const Vec3 &posEciM, const Vec3 &velEciMps, double durationS,
                                         double stepS, bool withJ2);

    // Cubic Hermite interpolation between two nodes (position and its derivative).
    static void interpolate(const FlightNode &a, const FlightNode &b, double timeS, Vec3 &posEciM, Vec3 &velEciMps);

    struct State; // integrated state (position, velocity, path, descent)
    struct Forces;

private:
    FlightRun integrate(const FlightControls &c, bool keepNodes, const FlightNode *start) const;
    Forces forcesAt(int stage, double stageTimeS, double timeS, const State &s, const FlightControls &c,
                    const Vec3 &planeNormal, double programEndS) const;
    double altitudeM(const Vec3 &posEciM, double timeS) const;
    // When the thrust ends for a delta-v scale: the full burn at 1 and above, an early cut-off below 1 (the
    // time the stages, burning as designed, have delivered that fraction of their ideal delta-v).
    double cutOffS(double deltaVScale) const;
    double thrustEndS(double deltaVScale) const;

    BoostProfile m_profile;
    FlightPlan m_plan;
    FlightOptions m_options;
    double m_omega = 0;
    double m_launchLon = 0;
    double m_launchLat = 0;
    Vec3 m_launchEcefM;
    std::vector<double> m_stageStartS;
    std::vector<double> m_stageAccelScale; // ve * zeta / T per stage (nominal)
    std::vector<double> m_stageZetaPerS;   // zeta / T per stage
    double m_burnS = 0;
    double m_referenceAreaM2 = 0;
};

} // namespace trilink
