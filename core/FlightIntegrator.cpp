// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/FlightIntegrator.h"

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
constexpr double kLowAscentStepS = 1.0;
constexpr double kLowDescentStepS = 0.5;
constexpr double kLowAltitudeM = 150e3;
constexpr double kDragCeilingM = 180e3;

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

struct Deriv {
    Vec3 dr;
    Vec3 dv;
};
} // namespace

FlightIntegrator::FlightIntegrator(double launchLon, double launchLat, double launchAltM, BoostProfile profile,
                                   FlightOptions options)
    : m_profile(std::move(profile))
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
}

Vec3 FlightIntegrator::toEcef(const Vec3 &posEciM, double timeS) const { return rotateZ(posEciM, -m_omega * timeS); }

Vec3 FlightIntegrator::velocityToEcef(const Vec3 &r, const Vec3 &v, double timeS) const
{
    const Vec3 corotation{-m_omega * r.y, m_omega * r.x, 0.0};
    return rotateZ(v - corotation, -m_omega * timeS);
}

double FlightIntegrator::altitudeM(const Vec3 &posEciM, double timeS) const
{
    return earth::ecefToGeodetic(toEcef(posEciM, timeS)).altM;
}

Vec3 FlightIntegrator::acceleration(int stage, double stageTimeS, double timeS, const Vec3 &r, const Vec3 &v,
                                    const FlightControls &c, const Vec3 &planeNormal) const
{
    Vec3 a = earth::gravityMps2(r, m_options.withJ2);
    if (stage >= 0) {
        const auto i = static_cast<std::size_t>(stage);
        const double thrust = c.deltaVScale * m_stageAccelScale[i] / (1.0 - m_stageZetaPerS[i] * stageTimeS);
        const double rise = m_profile.verticalRiseS;
        double pitchDeg = 90.0;
        if (timeS > rise)
            pitchDeg = 90.0 - (90.0 - c.finalPitchDeg) *
                                     std::pow(std::min(1.0, (timeS - rise) / (m_burnS - rise)), m_profile.pitchExponent);
        const Vec3 up = r.normalized();
        const Vec3 downrange = planeNormal.cross(up).normalized();
        const double p = pitchDeg * kDegToRad;
        a += (up * std::sin(p) + downrange * std::cos(p)) * thrust;
    } else if (m_options.withDrag) {
        const double h = quickAltitudeM(r);
        if (h < kDragCeilingM) {
            const Vec3 rel = v - Vec3{-m_omega * r.y, m_omega * r.x, 0.0};
            const double rho = earth::airDensityKgM3(h);
            a += rel * (-0.5 * rho * rel.norm() / m_profile.ballisticCoefficientKgM2);
        }
    }
    return a;
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

FlightRun FlightIntegrator::run(const FlightControls &c, bool keepNodes) const
{
    FlightRun out;
    Vec3 east, north, up;
    earth::enuBasis(m_launchLon, m_launchLat, east, north, up);
    const double az = c.azimuthDeg * kDegToRad;
    const Vec3 heading = north * std::cos(az) + east * std::sin(az);
    const Vec3 planeNormal = up.cross(heading).normalized();

    FlightNode cur{0.0, m_launchEcefM, Vec3{-m_omega * m_launchEcefM.y, m_omega * m_launchEcefM.x, 0.0}};
    if (keepNodes)
        out.nodes.push_back(cur);
    std::vector<double> times{0.0};
    std::vector<double> alts{earth::ecefToGeodetic(m_launchEcefM).altM};
    const double launchAltM = alts.front();

    const auto step = [&](const FlightNode &n, double dt, int stage, double stageT0) {
        const auto f = [&](double tau, const Vec3 &r, const Vec3 &v) {
            return Deriv{v, acceleration(stage, stageT0 + tau, n.timeS + tau, r, v, c, planeNormal)};
        };
        const Deriv k1 = f(0, n.posEciM, n.velEciMps);
        const Deriv k2 = f(dt / 2, n.posEciM + k1.dr * (dt / 2), n.velEciMps + k1.dv * (dt / 2));
        const Deriv k3 = f(dt / 2, n.posEciM + k2.dr * (dt / 2), n.velEciMps + k2.dv * (dt / 2));
        const Deriv k4 = f(dt, n.posEciM + k3.dr * dt, n.velEciMps + k3.dv * dt);
        return FlightNode{n.timeS + dt, n.posEciM + (k1.dr + k2.dr * 2 + k3.dr * 2 + k4.dr) * (dt / 6),
                          n.velEciMps + (k1.dv + k2.dv * 2 + k3.dv * 2 + k4.dv) * (dt / 6)};
    };

    std::size_t stage = 0;
    while (cur.timeS < m_options.maxTimeS) {
        double dt = 0;
        int stageIndex = -1;
        double stageT0 = 0;
        if (stage < m_profile.stages.size()) {
            const double end = m_stageStartS[stage] + m_profile.stages[stage].burnS;
            dt = std::min(kBoostStepS, end - cur.timeS);
            stageIndex = static_cast<int>(stage);
            stageT0 = cur.timeS - m_stageStartS[stage];
        } else {
            const double h = quickAltitudeM(cur.posEciM);
            const bool descending = cur.posEciM.dot(cur.velEciMps) < 0;
            dt = h > kLowAltitudeM ? kHighStepS : (descending ? kLowDescentStepS : kLowAscentStepS);
        }
        const FlightNode next = step(cur, dt, stageIndex, stageT0);
        const double alt = altitudeM(next.posEciM, next.timeS);

        const bool poweredCrash = stageIndex >= 0 && alt < launchAltM - 1.0;
        if (poweredCrash || (stageIndex < 0 && alt < 0.0)) {
            // Root of altitude (sea level, or just below the pad for a rocket too weak to climb).
            const double ground = poweredCrash ? launchAltM - 1.0 : 0.0;
            double lo = cur.timeS;
            double hi = next.timeS;
            Vec3 p, v;
            for (int i = 0; i < 40 && hi - lo > 1e-4; ++i) {
                const double mid = 0.5 * (lo + hi);
                interpolate(cur, next, mid, p, v);
                (altitudeM(p, mid) > ground ? lo : hi) = mid;
            }
            const double tImpact = 0.5 * (lo + hi);
            interpolate(cur, next, tImpact, p, v);
            out.impacted = stageIndex < 0; // hitting the ground under power is a failed run
            out.impactTimeS = tImpact;
            const GeodeticPosition g = earth::ecefToGeodetic(toEcef(p, tImpact));
            out.impactLon = g.lon;
            out.impactLat = g.lat;
            if (keepNodes)
                out.nodes.push_back(FlightNode{tImpact, p, v});
            break;
        }
        cur = next;
        times.push_back(cur.timeS);
        alts.push_back(alt);
        if (keepNodes)
            out.nodes.push_back(cur);
        if (stageIndex >= 0 && cur.timeS >= m_stageStartS[stage] + m_profile.stages[stage].burnS - 1e-9) {
            out.stageEndS.push_back(cur.timeS);
            ++stage;
            if (stage == m_profile.stages.size())
                out.burnout = cur;
        }
        // Escape (or orbit-level energy) never comes back inside a sensible time; stop early.
        if (stageIndex < 0 && 0.5 * cur.velEciMps.dot(cur.velEciMps) - earth::kMuM3PerS2 / cur.posEciM.norm() >= 0)
            break;
    }

    const auto top = std::max_element(alts.begin(), alts.end());
    const auto i = static_cast<std::size_t>(top - alts.begin());
    out.apogeeM = *top;
    out.apogeeTimeS = times[i];
    if (i > 0 && i + 1 < alts.size()) {
        // Vertex of the parabola through the three nodes around the highest one: smooth in the controls.
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
