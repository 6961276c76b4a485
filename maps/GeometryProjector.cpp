// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/GeometryProjector.h"

#include "core/Units.h"

#include <cmath>
#include <numbers>

namespace trilink::maps {
namespace {
constexpr double kSeamEps = 1e-7; // degrees kept between a split edge and the seam itself
constexpr double kDeg = units::kDegToRad;

double relativeLon(double lon, double centralMeridian)
{
    // Keep +180 and -180 apart: data split on the antimeridian must stay on its own side of the seam.
    double r = lon - centralMeridian;
    while (r > 180.0)
        r -= 360.0;
    while (r < -180.0)
        r += 360.0;
    return r;
}

// Sutherland-Hodgman against one axis-aligned half-plane: keep points where sign*(coord - edge) >= 0.
QPolygonF clipHalfPlane(const QPolygonF &in, bool onX, double edge, double sign, bool closed)
{
    QPolygonF out;
    const int n = in.size();
    if (n == 0)
        return out;
    auto value = [&](const QPointF &p) { return sign * ((onX ? p.x() : p.y()) - edge); };
    auto cross = [&](const QPointF &a, const QPointF &b) {
        const double t = value(a) / (value(a) - value(b));
        QPointF c = a + (b - a) * t;
        (onX ? c.rx() : c.ry()) = edge;
        return c;
    };
    const int edges = closed ? n : n - 1;
    if (!closed && value(in[0]) >= 0)
        out << in[0];
    for (int i = 0; i < edges; ++i) {
        const QPointF &a = in[i];
        const QPointF &b = in[(i + 1) % n];
        const bool ain = value(a) >= 0, bin = value(b) >= 0;
        if (ain && bin)
            out << b;
        else if (ain && !bin)
            out << cross(a, b);
        else if (!ain && bin)
            out << cross(a, b) << b;
    }
    return out;
}

// Open-line clipping against a latitude band keeps separate runs (a ring is clipped as one polygon).
std::vector<QPolygonF> clipLineToBand(const QPolygonF &line, double minLat, double maxLat)
{
    std::vector<QPolygonF> runs;
    QPolygonF cur;
    auto inside = [&](const QPointF &p) { return p.y() >= minLat && p.y() <= maxLat; };
    auto crossing = [&](const QPointF &a, const QPointF &b) {
        const double edge = (a.y() > maxLat || b.y() > maxLat) ? maxLat : minLat;
        const double t = (edge - a.y()) / (b.y() - a.y());
        return QPointF(a.x() + (b.x() - a.x()) * t, edge);
    };
    for (int i = 0; i < line.size(); ++i) {
        const QPointF &p = line[i];
        if (i > 0 && inside(p) != inside(line[i - 1])) {
            cur << crossing(line[i - 1], p);
            if (!inside(p)) {
                runs.push_back(cur);
                cur.clear();
            }
        }
        if (inside(p))
            cur << p;
    }
    if (cur.size() >= 2)
        runs.push_back(cur);
    return runs;
}
} // namespace

GeometryProjector::GeometryProjector(const Projection &projection)
    : m_projection(projection)
    , m_hasCap(projection.spec().capRadiusDeg() < 180.0)
{
}

bool GeometryProjector::inCap(const QPointF &p) const
{
    return m_projection.angularDistanceFromCentreDeg(p.x(), p.y()) <= m_projection.spec().capRadiusDeg();
}

QPointF GeometryProjector::alongGreatCircle(double lon0, double lat0, double azimuthRad, double distanceDeg)
{
    const double p0 = lat0 * kDeg, d = distanceDeg * kDeg;
    const double lat = std::asin(std::sin(p0) * std::cos(d) + std::cos(p0) * std::sin(d) * std::cos(azimuthRad));
    const double lon = lon0 * kDeg + std::atan2(std::sin(azimuthRad) * std::sin(d) * std::cos(p0),
                                                std::cos(d) - std::sin(p0) * std::sin(lat));
    return {std::remainder(lon / kDeg, 360.0), lat / kDeg};
}

QPointF GeometryProjector::capEdgeToward(const QPointF &p) const
{
    // The point on the cap's edge along the great circle from the centre towards p (sphere; it only has to
    // lie on the edge, not be geodetically exact).
    const auto &s = m_projection.spec();
    const double p0 = s.centreLat * kDeg, p1 = p.y() * kDeg, dl = (p.x() - s.centreLon) * kDeg;
    const double az = std::atan2(std::sin(dl) * std::cos(p1),
                                 std::cos(p0) * std::sin(p1) - std::sin(p0) * std::cos(p1) * std::cos(dl));
    return alongGreatCircle(s.centreLon, s.centreLat, az, s.capRadiusDeg());
}

QPointF GeometryProjector::capCrossing(QPointF inside, QPointF outside) const
{
    // Bisection along the edge as drawn in lon/lat (the data's own interpolation), shortest way round.
    outside.rx() = inside.x() + std::remainder(outside.x() - inside.x(), 360.0);
    for (int i = 0; i < 30; ++i) {
        const QPointF mid = (inside + outside) / 2.0;
        (inCap(mid) ? inside : outside) = mid;
    }
    return inside;
}

std::vector<QPolygonF> GeometryProjector::splitAtSeam(const QPolygonF &line, bool closed) const
{
    const auto &s = m_projection.spec();
    const double cm = s.centralMeridian();
    if (!s.hasCutMeridian() || line.size() < 2)
        return {line};
    // Unwrap to relative longitude u, continuous along the line; an edge jumping by more than 180 degrees
    // crosses the seam, unless both of its ends lie on the seam (the data's own antimeridian cut or a pole edge).
    QPolygonF u(line.size());
    bool crosses = false;
    for (int i = 0; i < line.size(); ++i) {
        const double r = relativeLon(line[i].x(), cm);
        u[i] = QPointF(r, line[i].y());
        if (i > 0) {
            const double prevR = relativeLon(line[i - 1].x(), cm);
            const bool bothOnSeam = std::abs(std::abs(r) - 180.0) < 1e-9 && std::abs(std::abs(prevR) - 180.0) < 1e-9;
            if (std::abs(r - prevR) > 180.0 && !bothOnSeam)
                crosses = true;
        }
    }
    auto toLon = [cm](QPolygonF p, double shift) {
        for (auto &q : p)
            q.rx() = q.x() + shift + cm;
        return p;
    };
    if (!crosses)
        return {toLon(u, 0)};
    for (int i = 1; i < u.size(); ++i) {
        const double d = u[i].x() - u[i - 1].x();
        if (std::abs(d) > 180.0)
            u[i].rx() -= 360.0 * std::round(d / 360.0);
    }
    if (closed && std::abs(u.back().x() - u.front().x()) > 180.0)
        return {}; // a ring around a pole that the seam cuts: no sensible fill in this projection
    std::vector<QPolygonF> pieces;
    for (int k = -1; k <= 1; ++k) {
        // The window [-180, 180] shifted by k turns: what lies there belongs k turns round.
        const double lo = -180.0 + 360.0 * k + kSeamEps, hi = 180.0 + 360.0 * k - kSeamEps;
        if (closed) {
            QPolygonF p = clipHalfPlane(clipHalfPlane(u, true, lo, 1, true), true, hi, -1, true);
            if (p.size() >= 3)
                pieces.push_back(toLon(p, -360.0 * k));
        } else {
            // Lines: the same windows, as runs.
            QPolygonF cur;
            for (int i = 0; i < u.size(); ++i) {
                const bool in = u[i].x() >= lo && u[i].x() <= hi;
                if (i > 0) {
                    const bool prevIn = u[i - 1].x() >= lo && u[i - 1].x() <= hi;
                    if (in != prevIn) {
                        const double edge = (u[i].x() > hi || u[i - 1].x() > hi) ? hi : lo;
                        const double t = (edge - u[i - 1].x()) / (u[i].x() - u[i - 1].x());
                        cur << QPointF(edge, u[i - 1].y() + (u[i].y() - u[i - 1].y()) * t);
                        if (!in) {
                            if (cur.size() >= 2)
                                pieces.push_back(toLon(cur, -360.0 * k));
                            cur.clear();
                        }
                    }
                }
                if (in)
                    cur << u[i];
            }
            if (cur.size() >= 2)
                pieces.push_back(toLon(cur, -360.0 * k));
        }
    }
    return pieces;
}

std::vector<QPolygonF> GeometryProjector::clipRing(const QPolygonF &ring) const
{
    const auto &s = m_projection.spec();
    std::vector<QPolygonF> out;
    QPolygonF r = ring;
    if (r.size() > 1 && r.front() == r.back())
        r.removeLast();
    if (s.minLat() > -90.0)
        r = clipHalfPlane(r, false, s.minLat(), 1, true);
    if (s.maxLat() < 90.0)
        r = clipHalfPlane(r, false, s.maxLat(), -1, true);
    if (r.size() < 3)
        return out;
    if (!m_hasCap)
        return splitAtSeam(r, true);
    // Cap: crossing points exactly on the edge, hidden vertices pulled onto the edge along their bearing
    // from the centre, so the ring follows the limb between its exit and re-entry.
    QPolygonF c;
    int visible = 0;
    for (int i = 0; i < r.size(); ++i) {
        const QPointF &a = r[i];
        const QPointF &b = r[(i + 1) % r.size()];
        const bool ain = inCap(a), bin = inCap(b);
        c << (ain ? a : capEdgeToward(a));
        visible += ain;
        if (ain != bin)
            c << (ain ? capCrossing(a, b) : capCrossing(b, a));
    }
    if (visible > 0)
        out.push_back(c);
    return out;
}

std::vector<QPolygonF> GeometryProjector::clipLine(const QPolygonF &line) const
{
    const auto &s = m_projection.spec();
    std::vector<QPolygonF> runs = (s.minLat() > -90.0 || s.maxLat() < 90.0)
                                      ? clipLineToBand(line, s.minLat(), s.maxLat())
                                      : std::vector<QPolygonF>{line};
    std::vector<QPolygonF> out;
    for (const auto &run : runs) {
        if (!m_hasCap) {
            for (auto &p : splitAtSeam(run, false))
                out.push_back(std::move(p));
            continue;
        }
        QPolygonF cur;
        for (int i = 0; i < run.size(); ++i) {
            const bool in = inCap(run[i]);
            if (i > 0 && in != inCap(run[i - 1])) {
                cur << (in ? capCrossing(run[i], run[i - 1]) : capCrossing(run[i - 1], run[i]));
                if (!in) {
                    out.push_back(cur);
                    cur.clear();
                }
            }
            if (in)
                cur << run[i];
        }
        if (cur.size() >= 2)
            out.push_back(cur);
    }
    return out;
}

void GeometryProjector::addRing(QPainterPath &out, const QPolygonF &ring) const
{
    for (const QPolygonF &piece : clipRing(ring)) {
        QPolygonF projected;
        projected.reserve(piece.size());
        for (const QPointF &p : piece)
            if (auto xy = m_projection.forward(p.x(), p.y()))
                projected << *xy;
        if (projected.size() >= 3)
            out.addPolygon(projected), out.closeSubpath();
    }
}

void GeometryProjector::addLine(QPainterPath &out, const QPolygonF &line) const
{
    for (const QPolygonF &piece : clipLine(line)) {
        bool pen = false;
        for (const QPointF &p : piece) {
            if (auto xy = m_projection.forward(p.x(), p.y())) {
                pen ? out.lineTo(*xy) : out.moveTo(*xy);
                pen = true;
            } else {
                pen = false;
            }
        }
    }
}

} // namespace trilink::maps
