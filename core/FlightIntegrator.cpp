// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/FlightIntegrator.h"

#include "core/Atmosphere.h"
#include "core/EarthModel.h"
#include "core/Units.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace trilink {
namespace {
using units::kDegToRad;
constexpr double kBoostStepS = 1.0;
constexpr double kHighStepS = 5.0;
constexpr double kVeryHighStepS = 10.0; // above kVeryHighAltitudeM: a Kepler arc, far from any air
constexpr double kVeryHighAltitudeM = 600e3;
constexpr double kLowStepS = 1.0;
constexpr double kLowDescentStepS = 1.0;
constexpr double kLowAltitudeM = 150e3;
constexpr double kUpperAirStepS = 2.0;      // 20-150 km: drag and lift change over tens of seconds
constexpr double kDenseAirAltitudeM = 20e3; // below: 1 s steps to the ground
constexpr double kAtmosphereCeilingM = 1000e3;
constexpr double kTumblingDragCoefficient = 2.0;

// Guidance of the lifting flight (docs/physics.md, "Pull-up and glide"): the lift engages smoothly over the
// first 2 km of descent after the ballistic apogee; in the glide the flight-path angle is driven (time
// constant kGammaTimeS) to a slope that leads to the equilibrium glide, where the best-L/D lift (n = 1)
// carries the vehicle: climbing gently when below that height, sinking above it, 2 degrees per e-fold of the
// lift ratio up to kGlideSlopeRad; the dive takes over within +-150 m/s of the airframe's dive speed and
// drives the path angle to kDiveAngleRad; bank follows the heading error to the planned path (see below).
constexpr double kEngageDescentM = 2000.0;
constexpr double kGammaTimeS = 20.0;
constexpr double kDiveAngleRad = -40.0 * kDegToRad;
constexpr double kGlideSlopeRad = 3.0 * kDegToRad;
constexpr double kGlideSlopePerLog = 2.0 * kDegToRad;
constexpr double kDiveBlendMps = 300.0;
constexpr double kPathTangentM = 5e3;
constexpr double kInterceptRad = 40.0 * kDegToRad;
constexpr double kCrossTrackScaleM = 20e3;
constexpr double kBankGain = 3.0;
constexpr double kMaxBankRad = 60.0 * kDegToRad;

// Rough height above the ellipsoid from the geocentric radius: good to ~100 m, enough to choose step
// sizes and air density (the exact geodetic height is used for impact and apogee).
double quickAltitudeM(const Vec3 &r)
{
    const double rn = r.norm();
    const double s2 = r.z * r.z / (rn * rn);
    return rn - earth::kEquatorialRadiusM * (1.0 - earth::kFlattening * s2);
}

Vec3 rotateZ(const Vec3 &v, double angleRad)
{
    const double c = std::cos(angleRad);
    const double s = std::sin(angleRad);
    return {c * v.x - s * v.y, s * v.x + c * v.y, v.z};
}

double smoothstep(double x)
{
    x = std::clamp(x, 0.0, 1.0);
    return x * x * (3.0 - 2.0 * x);
}
} // namespace

struct FlightIntegrator::State {
    Vec3 r;
    Vec3 v;
    double path = 0;
    double descent = 0;
};

struct FlightIntegrator::Forces {
    Vec3 accel;
    double pathRate = 0;
    double descentRate = 0;
    double liftMps2 = 0;
    double diveBlend = 1;
    double bankRad = 0;
};

FlightIntegrator::FlightIntegrator(double launchLon, double launchLat, double launchAltM, BoostProfile profile,
                                   FlightPlan plan, FlightOptions options)
    : m_profile(std::move(profile))
    , m_plan(std::move(plan))
    , m_options(options)
    , m_omega(options.withEarthRotation ? earth::kRotationRadPerS : 0.0)
    , m_launchLon(launchLon)
    , m_launchLat(launchLat)
    , m_launchEcefM(earth::geodeticToEcef(launchLon, launchLat, launchAltM))
{
    double t = 0;
    for (const auto &s : m_profile.stages) {
        m_stageStartS.push_back(t);
        const double zeta = 1.0 - 1.0 / s.massRatio;
        const double ve = s.deltaVMps / std::log(s.massRatio);
        m_stageAccelScale.push_back(ve * zeta / s.burnS);
        m_stageZetaPerS.push_back(zeta / s.burnS);
        t += s.burnS;
    }
    m_burnS = t;
    m_referenceAreaM2 = 0.25 * std::numbers::pi * m_profile.diameterM * m_profile.diameterM;
}

double FlightIntegrator::cutOffS(double deltaVScale) const
{
    if (deltaVScale >= 1.0)
        return m_burnS;
    // The ideal delta-v delivered by time tau into stage i is -ve ln(1 - zeta tau / T); invert it for the
    // stage in which the cumulative total reaches the scaled budget.
    double wanted = std::max(0.0, deltaVScale) * m_profile.deltaVMps();
    for (std::size_t i = 0; i < m_profile.stages.size(); ++i) {
        const BoostStage &st = m_profile.stages[i];
        if (wanted < st.deltaVMps) {
            const double ve = st.deltaVMps / std::log(st.massRatio);
            const double zeta = 1.0 - 1.0 / st.massRatio;
            return m_stageStartS[i] + st.burnS * (1.0 - std::exp(-wanted / ve)) / zeta;
        }
        wanted -= st.deltaVMps;
    }
    return m_burnS;
}

double FlightIntegrator::thrustEndS(double deltaVScale) const
{
    const double cutOff = cutOffS(deltaVScale);
    return m_plan.failAtS ? std::min(*m_plan.failAtS, cutOff) : cutOff;
}

double FlightIntegrator::debrisBallisticCoefficient(double timeS) const
{
    if (m_referenceAreaM2 <= 0 || m_profile.launchMassKg <= 0)
        return 0.5 * m_profile.reentry.ballisticCoefficientKgM2;
    return m_profile.launchMassKg * m_profile.massFraction(std::min(timeS, m_burnS)) / (kTumblingDragCoefficient * m_referenceAreaM2);
}

Vec3 FlightIntegrator::toEcef(const Vec3 &posEciM, double timeS) const { return rotateZ(posEciM, -m_omega * timeS); }

Vec3 FlightIntegrator::velocityToEcef(const Vec3 &r, const Vec3 &v, double timeS) const
{
    const Vec3 corotation{-m_omega * r.y, m_omega * r.x, 0.0};
    return rotateZ(v - corotation, -m_omega * timeS);
}

double FlightIntegrator::altitudeM(const Vec3 &posEciM, double) const { return earth::ellipsoidHeightM(posEciM); }

// stage >= 0: powered by that stage, stageTimeS into its burn. The forces are those of the thrust, gravity and
// the air; the lift law is the guidance described at the constants above.
FlightIntegrator::Forces FlightIntegrator::forcesAt(int stage, double stageTimeS, double timeS, const State &s,
                                                   const FlightControls &c, const Vec3 &planeNormal, double programEndS) const
{
    Forces f;
    const Vec3 &r = s.r;
    f.accel = earth::gravityMps2(r, m_options.withJ2);
    const double rn = r.norm();
    const Vec3 up = r / rn;
    const Vec3 vRel = s.v - Vec3{-m_omega * r.y, m_omega * r.x, 0.0};
    const double speed = vRel.norm();
    const double vUp = vRel.dot(up);
    const double h = quickAltitudeM(r);
    const Vec3 vHorizontal = vRel - up * vUp;
    f.pathRate = vHorizontal.norm() * (rn - h) / rn;
    f.descentRate = std::max(0.0, -vUp);

    if (stage >= 0) {
        const auto i = static_cast<std::size_t>(stage);
        // Above the nominal loading the stages burn harder (a lighter payload, more energetic propellant);
        // below it they burn as designed and the guidance cuts the thrust off early (cutOffS).
        const double thrust = std::max(1.0, c.deltaVScale) * m_stageAccelScale[i] / (1.0 - m_stageZetaPerS[i] * stageTimeS);
        const double rise = m_profile.verticalRiseS;
        const double exponent = c.pitchExponent > 0 ? c.pitchExponent : m_profile.pitchExponent;
        // The pitch program runs over the burn that is flown (programEndS: the cut-off), so the final pitch is
        // the pitch at cut-off.
        const double programEnd = std::max(programEndS, rise + 1.0);
        double pitchDeg = 90.0;
        if (timeS > rise) {
            const double sProgram = std::min(1.0, (timeS - rise) / (programEnd - rise));
            pitchDeg = 90.0 - (90.0 - c.finalPitchDeg) * (exponent == 0.5 ? std::sqrt(sProgram) : std::pow(sProgram, exponent));
        }
        const Vec3 downrange = planeNormal.cross(up).normalized();
        const double p = pitchDeg * kDegToRad;
        f.accel += (up * std::sin(p) + downrange * std::cos(p)) * thrust;
    }
    const bool liftable = stage < 0 && m_plan.lifting && m_options.withLift && m_plan.airframe.canLift();
    if ((!m_options.withDrag && !liftable) || h > kAtmosphereCeilingM || speed < 1e-3)
        return f;
    const AtmosphereState air = atmosphere::at(h);
    if (air.densityKgM3 <= 0)
        return f;
    const double q = 0.5 * air.densityKgM3 * speed * speed;
    const double machFactor = dragMachFactor(speed / air.speedOfSoundMps);
    const Vec3 along = vRel / speed;

    double beta = m_profile.reentry.ballisticCoefficientKgM2;
    bool lift = false;
    const bool failed = m_plan.failAtS && timeS >= *m_plan.failAtS;
    if (stage >= 0) {
        if (m_referenceAreaM2 <= 0 || m_profile.launchMassKg <= 0 || !m_options.withDrag)
            return f; // a profile without a size flies its boost in vacuum
        beta = m_profile.launchMassKg * m_profile.massFraction(timeS) / (BoostProfile::kBoostDragCoefficient * m_referenceAreaM2);
    } else if (failed) {
        beta = debrisBallisticCoefficient(*m_plan.failAtS);
    } else {
        beta = m_plan.airframe.ballisticCoefficientKgM2;
        lift = m_plan.lifting && m_options.withLift && m_plan.airframe.canLift();
    }

    double n = 0;
    if (lift) {
        const Airframe &a = m_plan.airframe;
        const double engaged = smoothstep(s.descent / kEngageDescentM);
        const double liftPerN = q * 2.0 * a.maxLiftToDrag / beta; // lift acceleration for n = 1
        const double gamma = std::asin(std::clamp(vUp / speed, -1.0, 1.0));
        const double gEff = -f.accel.dot(up) - (speed * std::cos(gamma)) * (speed * std::cos(gamma)) / rn;
        const auto holding = [&](double gammaRef) {
            return (gEff * std::cos(gamma) + speed * (gammaRef - gamma) / kGammaTimeS) / std::max(liftPerN, 1e-9);
        };
        f.diveBlend = smoothstep((speed - a.diveSpeedMps) / kDiveBlendMps + 0.5);
        // Equilibrium glide: the lift that would carry the vehicle level at best L/D is n = 1; below that
        // height (n_eq < 1) it climbs gently, above it sinks, at up to kGlideSlopeRad, and the path angle is
        // held there, so it pulls out of its entry dive without skipping and then flies at best L/D.
        const double nEquilibrium = gEff * std::cos(gamma) / std::max(liftPerN, 1e-9);
        const double glideSlope = std::clamp(kGlideSlopePerLog * std::log(1.0 / std::max(nEquilibrium, 1e-6)), -kGlideSlopeRad, kGlideSlopeRad);
        const double nGlide = holding(glideSlope);
        const double nDive = holding(kDiveAngleRad);
        n = engaged * std::clamp(f.diveBlend * nGlide + (1.0 - f.diveBlend) * nDive, -a.maxLiftFactor, a.maxLiftFactor);

        double bank = 0;
        if (!m_plan.pathUnitEcef.empty() && vHorizontal.norm() > 1.0) {
            // Path following by a vector field (Nelson et al., IEEE Trans. Robotics 23, 2007): the commanded
            // heading is the planned path's own direction at the distance flown, turned towards the path by
            // up to kInterceptDeg as the cross-track error grows; the bank follows the heading error.
            const auto at = [&](double distanceM) {
                const auto &d = m_plan.pathDistanceM;
                const auto it = std::upper_bound(d.begin(), d.end(), distanceM);
                const std::size_t k = std::clamp<std::size_t>(static_cast<std::size_t>(it - d.begin()), 1, d.size() - 1);
                const double w = std::clamp((distanceM - d[k - 1]) / std::max(d[k] - d[k - 1], 1.0), 0.0, 1.0);
                return rotateZ(m_plan.pathUnitEcef[k - 1] * (1.0 - w) + m_plan.pathUnitEcef[k] * w, m_omega * timeS);
            };
            const Vec3 here = at(s.path);
            Vec3 tangent = at(s.path + kPathTangentM) - at(std::max(0.0, s.path - kPathTangentM));
            tangent = tangent - up * tangent.dot(up);
            const Vec3 heading = vHorizontal / vHorizontal.norm();
            if (tangent.norm() > 1e-12) {
                tangent = tangent / tangent.norm();
                const Vec3 rightOfPath = tangent.cross(up);
                const double crossTrackM = (up - here / here.norm()).dot(rightOfPath) * rn;
                const double turn = -kInterceptRad * (2.0 / std::numbers::pi) * std::atan(crossTrackM / kCrossTrackScaleM);
                const Vec3 dir = tangent * std::cos(turn) + rightOfPath * std::sin(turn);
                const double errorRad = -std::atan2(up.dot(heading.cross(dir)), heading.dot(dir)); // clockwise +
                // With negative lift (the push-over of the dive) the same bank turns the other way. Turn only with
                // the lift left over from holding the glide: the vertical part n cos(bank) keeps n.
                const double sign = n < 0 ? -1.0 : 1.0;
                const double spare = n > 0 ? std::acos(std::clamp(n / a.maxLiftFactor, 0.0, 1.0)) : kMaxBankRad;
                const double limit = std::min(kMaxBankRad, spare);
                bank = sign * engaged * std::clamp(kBankGain * errorRad, -limit, limit);
            }
        }
        n = std::clamp(n / std::cos(bank), -a.maxLiftFactor, a.maxLiftFactor);
        Vec3 liftUp = up - along * along.dot(up);
        liftUp = liftUp / std::max(liftUp.norm(), 1e-12);
        const Vec3 right = along.cross(liftUp);
        const Vec3 liftDir = liftUp * std::cos(bank) + right * std::sin(bank);
        f.accel += liftDir * (liftPerN * n);
        f.liftMps2 = liftPerN * n;
        f.bankRad = bank;
    }
    if (m_options.withDrag)
        f.accel += along * (-q * machFactor * (1.0 + n * n) / beta);
    return f;
}

void FlightIntegrator::interpolate(const FlightNode &a, const FlightNode &b, double timeS, Vec3 &pos, Vec3 &vel)
{
    const double h = b.timeS - a.timeS;
    if (h <= 0) {
        pos = a.posEciM;
        vel = a.velEciMps;
        return;
    }
    const double s = (timeS - a.timeS) / h;
    const double s2 = s * s;
    const double s3 = s2 * s;
    pos = a.posEciM * (2 * s3 - 3 * s2 + 1) + a.velEciMps * (h * (s3 - 2 * s2 + s)) + b.posEciM * (-2 * s3 + 3 * s2) +
          b.velEciMps * (h * (s3 - s2));
    vel = (a.posEciM * (6 * s2 - 6 * s) + b.posEciM * (-6 * s2 + 6 * s)) / h + a.velEciMps * (3 * s2 - 4 * s + 1) +
          b.velEciMps * (3 * s2 - 2 * s);
}

FlightRun FlightIntegrator::run(const FlightControls &c, bool keepNodes) const { return integrate(c, keepNodes, nullptr); }

FlightRun FlightIntegrator::flyFrom(const FlightNode &start, bool keepNodes) const
{
    FlightControls c;
    c.deltaVScale = 0; // no thrust: the boost is over
    return integrate(c, keepNodes, &start);
}

FlightRun FlightIntegrator::integrate(const FlightControls &c, bool keepNodes, const FlightNode *start) const
{
    FlightRun out;
    Vec3 east, north, up;
    earth::enuBasis(m_launchLon, m_launchLat, east, north, up);
    const double az = c.azimuthDeg * kDegToRad;
    const Vec3 heading = north * std::cos(az) + east * std::sin(az);
    const Vec3 planeNormal = up.cross(heading).normalized();
    const double thrustEnd = start ? 0.0 : thrustEndS(c.deltaVScale);
    out.cutOffS = start ? 0.0 : cutOffS(c.deltaVScale);
    const double stopS = m_plan.toOrbit ? std::min(m_options.maxTimeS, thrustEnd + m_plan.orbitCoastS) : m_options.maxTimeS;

    const auto toNode = [](double t, const State &s) { return FlightNode{t, s.r, s.v, s.path, s.descent, 0, 1, 0}; };
    const auto annotate = [&](FlightNode &node, int stage, double stageT) {
        const Forces f = forcesAt(stage, stageT, node.timeS, State{node.posEciM, node.velEciMps, node.pathM, node.descentM}, c,
                                  planeNormal, out.cutOffS);
        node.liftMps2 = f.liftMps2;
        node.diveBlend = f.diveBlend;
        node.bankDeg = f.bankRad / kDegToRad;
    };
    State cur{m_launchEcefM, Vec3{-m_omega * m_launchEcefM.y, m_omega * m_launchEcefM.x, 0.0}, 0, 0};
    double t = 0;
    if (start) {
        cur = State{start->posEciM, start->velEciMps, start->pathM, start->descentM};
        t = start->timeS;
        out.burnout = *start;
    }
    if (keepNodes)
        out.nodes.push_back(toNode(t, cur));
    std::vector<double> times{t};
    std::vector<double> alts{earth::ellipsoidHeightM(cur.r)};
    const double launchAltM = alts.front();

    const auto step = [&](const State &s, double t0, double dt, int stage, double stageT0) {
        const auto deriv = [&](double tau, const State &x) {
            return forcesAt(stage, stageT0 + tau, t0 + tau, x, c, planeNormal, out.cutOffS);
        };
        const auto add = [](const State &x, const Vec3 &dr, const Forces &k, double h) {
            return State{x.r + dr * h, x.v + k.accel * h, x.path + k.pathRate * h, x.descent + k.descentRate * h};
        };
        const Forces k1 = deriv(0, s);
        const State s2 = add(s, s.v, k1, dt / 2);
        const Forces k2 = deriv(dt / 2, s2);
        const State s3 = add(s, s2.v, k2, dt / 2);
        const Forces k3 = deriv(dt / 2, s3);
        const State s4 = add(s, s3.v, k3, dt);
        const Forces k4 = deriv(dt, s4);
        return State{s.r + (s.v + s2.v * 2 + s3.v * 2 + s4.v) * (dt / 6),
                     s.v + (k1.accel + k2.accel * 2 + k3.accel * 2 + k4.accel) * (dt / 6),
                     s.path + (k1.pathRate + 2 * k2.pathRate + 2 * k3.pathRate + k4.pathRate) * (dt / 6),
                     s.descent + (k1.descentRate + 2 * k2.descentRate + 2 * k3.descentRate + k4.descentRate) * (dt / 6)};
    };

    std::size_t stage = 0;
    bool thrusting = !start && thrustEnd > 0;
    while (t < stopS - 1e-9) {
        double dt = 0;
        int stageIndex = -1;
        double stageT0 = 0;
        if (thrusting) {
            const double end = std::min(m_stageStartS[stage] + m_profile.stages[stage].burnS, thrustEnd);
            dt = std::min(kBoostStepS, end - t);
            stageIndex = static_cast<int>(stage);
            stageT0 = t - m_stageStartS[stage];
        } else {
            const double h = quickAltitudeM(cur.r);
            const bool descending = cur.r.dot(cur.v) < 0;
            const bool lifting = m_plan.lifting && cur.descent > 0;
            dt = h > kVeryHighAltitudeM ? kVeryHighStepS
                 : h > kLowAltitudeM    ? kHighStepS
                 : h > kDenseAirAltitudeM ? kUpperAirStepS
                                          : (descending && !lifting ? kLowDescentStepS : kLowStepS);
        }
        dt = std::min(dt, stopS - t);
        const State next = step(cur, t, dt, stageIndex, stageT0);
        const double tNext = t + dt;
        const double alt = altitudeM(next.r, tNext);

        const bool poweredCrash = stageIndex >= 0 && alt < launchAltM - 1.0;
        if (poweredCrash || (stageIndex < 0 && alt < 0.0)) {
            // Root of altitude (sea level, or just below the pad for a rocket too weak to climb).
            const double ground = poweredCrash ? launchAltM - 1.0 : 0.0;
            const FlightNode a = toNode(t, cur);
            const FlightNode b = toNode(tNext, next);
            double lo = t;
            double hi = tNext;
            Vec3 p, v;
            for (int i = 0; i < 40 && hi - lo > 1e-4; ++i) {
                const double mid = 0.5 * (lo + hi);
                interpolate(a, b, mid, p, v);
                (altitudeM(p, mid) > ground ? lo : hi) = mid;
            }
            const double tImpact = 0.5 * (lo + hi);
            interpolate(a, b, tImpact, p, v);
            out.impacted = stageIndex < 0; // hitting the ground under power is a failed run
            out.impactTimeS = tImpact;
            const GeodeticPosition g = earth::ecefToGeodetic(toEcef(p, tImpact));
            out.impactLon = g.lon;
            out.impactLat = g.lat;
            if (keepNodes) {
                const double w = (tImpact - t) / dt;
                FlightNode last{tImpact, p, v, cur.path + w * (next.path - cur.path), cur.descent + w * (next.descent - cur.descent), 0, 1, 0};
                annotate(last, -1, 0);
                out.nodes.push_back(last);
            }
            break;
        }
        cur = next;
        t = tNext;
        times.push_back(t);
        alts.push_back(alt);
        if (keepNodes) {
            out.nodes.push_back(toNode(t, cur));
            if (!thrusting)
                annotate(out.nodes.back(), -1, 0);
        }
        if (thrusting) {
            const double stageEnd = m_stageStartS[stage] + m_profile.stages[stage].burnS;
            if (t >= std::min(stageEnd, thrustEnd) - 1e-9) {
                if (t >= stageEnd - 1e-9) {
                    out.stageEndS.push_back(t);
                    ++stage;
                }
                if (stage == m_profile.stages.size() || t >= thrustEnd - 1e-9) {
                    thrusting = false;
                    out.burnout = toNode(t, cur);
                    out.burnoutFlightPathAngleRad = std::asin(std::clamp(cur.r.normalized().dot(cur.v.normalized()), -1.0, 1.0));
                }
            }
        }
        // Escape (or orbit-level energy) never comes back inside a sensible time; stop early.
        if (!thrusting && !m_plan.toOrbit && 0.5 * cur.v.dot(cur.v) - earth::kMuM3PerS2 / cur.r.norm() >= 0)
            break;
    }
    if (m_plan.toOrbit && !out.impacted && !thrusting && t >= stopS - 1e-6) {
        out.inOrbit = true;
        out.impactTimeS = t;
        const GeodeticPosition g = earth::ecefToGeodetic(toEcef(cur.r, t));
        out.impactLon = g.lon;
        out.impactLat = g.lat;
    }

    // Apogee: the first maximum of altitude, refined by the vertex of the parabola through the three nodes
    // around it (smooth in the controls). The first, so that a pull-up's second, lower hump never counts.
    std::size_t i = 0;
    while (i + 1 < alts.size() && alts[i + 1] >= alts[i])
        ++i;
    out.apogeeM = alts[i];
    out.apogeeTimeS = times[i];
    if (i > 0 && i + 1 < alts.size()) {
        const double t0 = times[i - 1], t1 = times[i], t2 = times[i + 1];
        const double h0 = alts[i - 1], h1 = alts[i], h2 = alts[i + 1];
        const double d01 = (h1 - h0) / (t1 - t0);
        const double d12 = (h2 - h1) / (t2 - t1);
        const double curvature = (d12 - d01) / (t2 - t0); // half the second derivative
        if (curvature < 0) {
            const double tv = 0.5 * (t0 + t1) - d01 / (2 * curvature);
            out.apogeeTimeS = tv;
            out.apogeeM = h0 + d01 * (tv - t0) + curvature * (tv - t0) * (tv - t1);
        }
    }
    return out;
}

std::vector<FlightNode> FlightIntegrator::coast(const Vec3 &pos, const Vec3 &vel, double durationS, double stepS,
                                                bool withJ2)
{
    std::vector<FlightNode> nodes{FlightNode{0.0, pos, vel}};
    const auto acc = [withJ2](const Vec3 &r) { return earth::gravityMps2(r, withJ2); };
    const int n = static_cast<int>(std::ceil(durationS / stepS));
    for (int i = 0; i < n; ++i) {
        const FlightNode &c = nodes.back();
        const double dt = std::min(stepS, durationS - c.timeS);
        const Vec3 k1v = acc(c.posEciM);
        const Vec3 k1r = c.velEciMps;
        const Vec3 k2v = acc(c.posEciM + k1r * (dt / 2));
        const Vec3 k2r = c.velEciMps + k1v * (dt / 2);
        const Vec3 k3v = acc(c.posEciM + k2r * (dt / 2));
        const Vec3 k3r = c.velEciMps + k2v * (dt / 2);
        const Vec3 k4v = acc(c.posEciM + k3r * dt);
        const Vec3 k4r = c.velEciMps + k3v * dt;
        nodes.push_back(FlightNode{c.timeS + dt, c.posEciM + (k1r + k2r * 2 + k3r * 2 + k4r) * (dt / 6),
                                   c.velEciMps + (k1v + k2v * 2 + k3v * 2 + k4v) * (dt / 6)});
    }
    return nodes;
}

} // namespace trilink
