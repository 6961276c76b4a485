// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/FlightIntegrator.h"
#include "core/TrajectoryRequest.h"

#include <array>
#include <optional>

namespace trilink {

// Where a request wants to go: the impact point with its geodesic range and bearing from the launch point
// (for glide legs, the end of the last leg and the bearing of that leg there), and the apogee.
struct FlightTarget {
    double lon = 0;
    double lat = 0;
    double rangeM = 0;
    double azimuthDeg = 0;
    double apogeeM = 0;
    double finalLegBearingDeg = 0; // glide legs: bearing of the last leg at its end
    double pathM = 0;              // glide legs: length of the planned path
};

// One request made ready for shooting: the target, the boost profile and the plan of what flies after it,
// and how the unknowns map onto the flight controls:
// - Ballistic (also pull-up and glide without legs): launch azimuth, final pitch, delta-v scale against
//   downrange, crossrange and apogee (metres);
// - Legs: the glide steers itself along the planned path, so the azimuth is fixed (launched along the
//   first leg) and final pitch and delta-v scale meet the distance along the last leg and the apogee;
// - Orbit: azimuth given; final pitch, delta-v scale and the pitch-program exponent meet the insertion
//   altitude, a zero flight-path angle and circular speed at burnout.
// Immutable; residual() is thread-safe.
class FlightProblem {
public:
    enum class Kind { Ballistic, Legs, Orbit };
    using Vector = std::array<double, 3>;

    // Null (with `error`) when the request's direction cannot be resolved.
    static std::optional<FlightProblem> make(const TrajectoryRequest &request, QString &error);

    const TrajectoryRequest &request() const { return m_request; }
    const FlightTarget &target() const { return m_target; }
    const FlightIntegrator &integrator() const { return m_integ; }
    Kind kind() const { return m_kind; }
    Maneuver maneuver() const { return m_maneuver; }
    int unknowns() const { return m_kind == Kind::Legs ? 2 : 3; }

    // The same problem with another apogee (continuation) or with the failure flown.
    FlightProblem withApogee(double apogeeM) const;
    FlightProblem withFailure() const;

    FlightControls initialGuess() const;
    Vector toUnknowns(const FlightControls &c) const;
    FlightControls toControls(const Vector &x) const; // clamped to the bounds
    Vector stepSizes() const;                         // for the finite-difference Jacobian
    // Residual of a flight with these controls, or nullopt when the flight does not come down (or for an
    // orbit, does not burn out).
    std::optional<Vector> residual(const FlightControls &c) const;
    double tolerance(int i) const; // converged when |residual[i]| < tolerance(i), for every component
    int checked() const { return m_kind == Kind::Legs ? 3 : unknowns(); } // components converged() looks at
    // True when the controls sit on a bound (the delta-v scale at its maximum, the pitch at a limit): the
    // shooting cannot go further, so the request is outside what this missile can fly.
    bool atBound(const FlightControls &c) const;
    double minFinalPitchDeg() const;

    // Planned ground path of glide legs (points on the unit sphere in ECEF, distances from launch).
    static void planPath(const TrajectoryRequest &r, std::vector<Vec3> &unitEcef, std::vector<double> &distanceM,
                         FlightTarget &target);

private:
    FlightProblem(TrajectoryRequest r, FlightTarget t, Kind k, Maneuver m, FlightIntegrator integ);

    TrajectoryRequest m_request;
    FlightTarget m_target;
    Kind m_kind = Kind::Ballistic;
    Maneuver m_maneuver = Maneuver::None;
    FlightIntegrator m_integ;
    double m_fixedAzimuthDeg = 0;
};

// The largest and smallest delta-v scales the solver may use: the nominal loading of the public estimates
// plus 20 % (a lighter payload or better propellant than assumed: the estimates are no better than that),
// down to a twentieth of it (a cut-off early in the first stage, for a very short shot). The upper one is
// what bounds a missile's reach and its depressed and lofted limits.
inline constexpr double kMaxDeltaVScale = 1.2;
inline constexpr double kMinDeltaVScale = 0.05;
inline constexpr double kMinFinalPitchDeg = -20.0;
inline constexpr double kMinOrbitFinalPitchDeg = -60.0;
inline constexpr double kMaxFinalPitchDeg = 89.5;

} // namespace trilink
