// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/MapDecorations.h"

#include "core/Units.h"
#include "maps/TrackLayer.h"

#include "core/Geodesic.h"
#include "maps/GeometryProjector.h"
#include "maps/ScaleBar.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace trilink::maps {
namespace {
QString degreeLabel(double value, bool meridian)
{
    const double v = meridian ? std::remainder(value, 360.0) : value;
    const QChar hemi = meridian ? (v < 0 ? QChar('W') : QChar('E')) : (v < 0 ? QChar('S') : QChar('N'));
    if (v == 0)
        return meridian ? QStringLiteral("0°") : QStringLiteral("Eq.");
    if (meridian && std::abs(v) == 180)
        return QStringLiteral("180°");
    return QStringLiteral("%1°%2").arg(std::abs(v)).arg(hemi);
}

// Where a pixel-space path first crosses the horizontal (or vertical) line at `edge`.
std::optional<QPointF> firstCrossing(const QPainterPath &path, bool horizontal, double edge, double lo, double hi)
{
    for (int i = 1; i < path.elementCount(); ++i) {
        const auto e0 = path.elementAt(i - 1), e1 = path.elementAt(i);
        if (e1.isMoveTo())
            continue;
        const double a = horizontal ? e0.y : e0.x, b = horizontal ? e1.y : e1.x;
        if ((a - edge) * (b - edge) > 0 || a == b)
            continue;
        const double t = (edge - a) / (b - a);
        const QPointF p(e0.x + (e1.x - e0.x) * t, e0.y + (e1.y - e0.y) * t);
        const double along = horizontal ? p.x() : p.y();
        if (along >= lo && along <= hi)
            return p;
    }
    return std::nullopt;
}
} // namespace

MapDecorations::MapDecorations(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base,
                               const MapStyle &style)
    : m_painter(painter)
    , m_settings(settings)
    , m_base(base)
    , m_style(style)
    , m_projection(settings.projection)
    , m_scale(settings.uiScale())
    , m_frame(bannerFreeFrame(settings))
{
}

QFont MapDecorations::font(double pixelSize, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, int(std::lround(pixelSize * m_scale))));
    f.setBold(bold);
    return f;
}

void MapDecorations::drawHaloText(QPointF baseline, const QString &text, const QFont &f, const QColor &color)
{
    // SVG and PDF keep text as text: the halo is the text drawn in a ring of offsets underneath.
    const QPaintEngine *engine = m_painter.paintEngine();
    if (engine && (engine->type() == QPaintEngine::SVG || engine->type() == QPaintEngine::Pdf)) {
        const double r = 1.5 * m_scale;
        m_painter.setFont(f);
        m_painter.setPen(m_style.textHalo);
        for (int i = 0; i < 8; ++i) {
            const double a = i * std::numbers::pi / 4;
            m_painter.drawText(baseline + QPointF(r * std::cos(a), r * std::sin(a)), text);
        }
        m_painter.setPen(color);
        m_painter.drawText(baseline, text);
        return;
    }
    QPainterPath path;
    path.addText(baseline, f, text);
    m_painter.setBrush(Qt::NoBrush);
    m_painter.setPen(QPen(m_style.textHalo, 3.0 * m_scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    m_painter.drawPath(path);
    m_painter.setPen(color);
    m_painter.setFont(f);
    m_painter.drawText(baseline, text);
}

bool MapDecorations::claim(const QRectF &rect)
{
    for (const auto &r : m_taken)
        if (r.intersects(rect))
            return false;
    m_taken.push_back(rect);
    return true;
}

void MapDecorations::drawReference(QPointF lonLat)
{
    const auto centre = m_projection.forward(lonLat.x(), lonLat.y());
    // Range rings every 250/500/1000 km, so that 3 to 8 rings fit the view.
    const double viewKm = m_settings.metresPerPixel * std::min(m_settings.size.width(), m_settings.size.height()) / 1000.0;
    double stepKm = 250;
    for (double s : {250.0, 500.0, 1000.0, 2000.0})
        if (viewKm / s <= 8)
            break;
        else
            stepKm = s * 2;
    const GeometryProjector projector(m_projection);
    QPen ring(m_style.accent, 1.0 * m_scale, Qt::DashLine);
    ring.setCosmetic(true);
    const QFont labelFont = font(11);
    for (int k = 1; k <= 12; ++k) {
        const double rM = k * stepKm * 1000.0;
        if (rM > 15'000'000.0)
            break;
        QPolygonF circle;
        for (int az = 0; az <= 360; az += 2) {
            const auto d = geodesic::direct(lonLat.x(), lonLat.y(), az, rM);
            circle << QPointF(d.lon, d.lat);
        }
        QPainterPath path;
        projector.addLine(path, circle);
        m_painter.setPen(ring);
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawPath(m_settings.mapToPixel().map(path));
        const auto north = geodesic::direct(lonLat.x(), lonLat.y(), 0, rM);
        if (auto p = m_projection.forward(north.lon, north.lat)) {
            const QPointF px = m_settings.toPixel(*p);
            if (m_frame.contains(px))
                drawHaloText(px + QPointF(4 * m_scale, -3 * m_scale), QStringLiteral("%1 km").arg(k * stepKm), labelFont,
                             m_style.accent);
        }
    }
    if (centre) {
        const QPointF c = m_settings.toPixel(*centre);
        const double r = 7 * m_scale;
        m_painter.setPen(QPen(m_style.accent, 2 * m_scale));
        m_painter.drawLine(c - QPointF(r, 0), c + QPointF(r, 0));
        m_painter.drawLine(c - QPointF(0, r), c + QPointF(0, r));
        m_painter.drawEllipse(c, r * 0.6, r * 0.6);
    }
}

void MapDecorations::drawGraticuleLabels(double stepDeg)
{
    const QFont f = font(11);
    const QFontMetricsF fm(f);
    const double margin = 4 * m_scale;
    const QTransform t = m_settings.mapToPixel();
    for (const auto &g : m_base.graticule) {
        if (std::fmod(std::abs(g.valueDeg), stepDeg) != 0.0)
            continue;
        const QPainterPath px = t.map(g.path);
        const QString text = degreeLabel(g.valueDeg, g.meridian);
        const double w = fm.horizontalAdvance(text);
        if (g.meridian) {
            const double y = m_frame.bottom() - 1;
            if (auto p = firstCrossing(px, true, y, w, m_frame.width() - w)) {
                const QRectF r(p->x() - w / 2, y - fm.height() - margin, w, fm.height());
                if (claim(r))
                    drawHaloText(QPointF(r.left(), r.bottom() - fm.descent()), text, f, m_style.graticuleLabel);
            }
        } else if (auto p = firstCrossing(px, false, 1, fm.height(), m_frame.height() - 3 * fm.height())) {
            const QRectF r(margin, p->y() - fm.height() / 2, w, fm.height());
            if (claim(r))
                drawHaloText(QPointF(r.left(), r.bottom() - fm.descent()), text, f, m_style.graticuleLabel);
        }
    }
}

void MapDecorations::drawPlaces(const std::vector<Place> &places)
{
    // Fewer names as the map zooms out: capitals always, the main cities from the regional scale in, the
    // rest closer still.
    const int maxRank = m_settings.metresPerPixel > 6000 ? 1 : m_settings.metresPerPixel > 2500 ? 2 : 3;
    for (const auto &place : places) {
        if (place.rank > maxRank && place.kind != QLatin1String("territory"))
            continue;
        const auto xy = m_projection.forward(place.lon, place.lat);
        const QPointF px = xy ? m_settings.toPixel(*xy) : QPointF(-1e9, -1e9);
        if (!m_frame.contains(px)) {
            if (place.kind == QLatin1String("territory"))
                drawEdgeMarker(place);
            continue;
        }
        const bool capital = place.kind == QLatin1String("capital");
        const QFont f = font(capital ? 14 : (place.rank <= 2 ? 13 : 12), capital);
        const QFontMetricsF fm(f);
        const double r = (capital ? 4.5 : 3.5) * m_scale;
        if (!claim(QRectF(px.x() - r, px.y() - r, 2 * r, 2 * r)))
            continue; // a more important place is drawn there already
        m_painter.setPen(QPen(m_style.textHalo, 1.5 * m_scale));
        m_painter.setBrush(capital ? m_style.capitalDot : m_style.placeDot);
        if (capital) {
            m_painter.drawRect(QRectF(px.x() - r, px.y() - r, 2 * r, 2 * r));
        } else {
            m_painter.drawEllipse(px, r, r);
        }
        const double w = fm.horizontalAdvance(place.name);
        const double gap = r + 3 * m_scale;
        for (const QRectF rect : {QRectF(px.x() + gap, px.y() - fm.height() / 2, w, fm.height()),
                                  QRectF(px.x() - gap - w, px.y() - fm.height() / 2, w, fm.height()),
                                  QRectF(px.x() - w / 2, px.y() - gap - fm.height(), w, fm.height())}) {
            if (m_frame.contains(rect) && claim(rect)) {
                drawHaloText(QPointF(rect.left(), rect.bottom() - fm.descent()), place.name, f, m_style.text);
                break;
            }
        }
    }
}

void MapDecorations::drawEdgeMarker(const Place &place)
{
    // A place beyond the view (Guam, from the regional map) gets an arrow at the edge, pointing along the
    // geodesic bearing from the view's centre, with its distance.
    const QPointF centrePx = m_frame.center();
    const QPointF centreMap = m_settings.toMap(centrePx);
    const auto centreGeo = m_projection.inverse(centreMap.x(), centreMap.y());
    if (!centreGeo)
        return;
    const auto g = geodesic::inverse(centreGeo->x(), centreGeo->y(), place.lon, place.lat);
    // Direction on screen: project a point a little way along the geodesic, so it is right in any projection.
    const auto step = geodesic::direct(centreGeo->x(), centreGeo->y(), g.azimuth1Deg, std::min(g.distanceM, 200'000.0));
    const auto stepMap = m_projection.forward(step.lon, step.lat);
    if (!stepMap)
        return;
    QPointF dir = m_settings.toPixel(*stepMap) - centrePx;
    const double len = std::hypot(dir.x(), dir.y());
    if (len < 1e-6)
        return;
    dir /= len;
    const QRectF inner = m_frame.adjusted(40 * m_scale, 40 * m_scale, -40 * m_scale, -70 * m_scale);
    const double tx = dir.x() > 0 ? (inner.right() - centrePx.x()) / dir.x() : dir.x() < 0 ? (inner.left() - centrePx.x()) / dir.x() : 1e9;
    const double ty = dir.y() > 0 ? (inner.bottom() - centrePx.y()) / dir.y() : dir.y() < 0 ? (inner.top() - centrePx.y()) / dir.y() : 1e9;
    const QPointF tip = centrePx + dir * std::min(tx, ty);
    const QPointF side(-dir.y(), dir.x());
    const double a = 18 * m_scale;
    QPolygonF arrow;
    arrow << tip << tip - dir * a + side * a * 0.45 << tip - dir * a * 0.7 << tip - dir * a - side * a * 0.45;
    m_painter.setPen(QPen(m_style.textHalo, 1.5 * m_scale));
    m_painter.setBrush(m_style.accent);
    m_painter.drawPolygon(arrow);
    const QString text = QStringLiteral("%1 %2 km").arg(place.name).arg(std::lround(g.distanceM / 1000.0));
    const QFont f = font(12, true);
    const QFontMetricsF fm(f);
    const double w = fm.horizontalAdvance(text);
    QPointF at = tip - dir * (a + 6 * m_scale) - QPointF(dir.x() > 0 ? w : 0, 0);
    at.setY(std::clamp(at.y(), m_frame.top() + fm.height(), m_frame.bottom() - fm.height()));
    at.setX(std::clamp(at.x(), 4.0, m_frame.width() - w - 4.0));
    if (claim(QRectF(at.x(), at.y() - fm.ascent(), w, fm.height())))
        drawHaloText(at, text, f, m_style.accent);
}

void MapDecorations::drawScaleBar()
{
    const auto bar = ScaleBar::compute(m_settings, m_projection, 220 * m_scale);
    if (!bar)
        return;
    const double h = 7 * m_scale;
    const QPointF origin(20 * m_scale, m_frame.bottom() - 30 * m_scale);
    const QFont f = font(12, true);
    m_painter.setPen(QPen(m_style.textHalo, 1 * m_scale));
    for (int i = 0; i < 4; ++i) {
        const QRectF seg(origin.x() + bar->lengthPx * i / 4.0, origin.y() - h, bar->lengthPx / 4.0, h);
        m_painter.setBrush(i % 2 ? m_style.textHalo : m_style.text);
        m_painter.drawRect(seg);
    }
    m_painter.setBrush(Qt::NoBrush);
    m_painter.setPen(QPen(m_style.text, 1 * m_scale));
    m_painter.drawRect(QRectF(origin.x(), origin.y() - h, bar->lengthPx, h));
    drawHaloText(origin + QPointF(0, -h - 6 * m_scale), QStringLiteral("0"), f, m_style.text);
    const double w = QFontMetricsF(f).horizontalAdvance(bar->label);
    drawHaloText(origin + QPointF(bar->lengthPx - w / 2, -h - 6 * m_scale), bar->label, f, m_style.text);
    m_taken.push_back(QRectF(origin.x(), origin.y() - h - 30 * m_scale, bar->lengthPx + w, h + 40 * m_scale));
}

void MapDecorations::drawNorthArrowAndCredits()
{
    const QFont small = font(10);
    const QFontMetricsF fm(small);
    // The sources of what is drawn: the base map always, the launch facts when the scenario is on the map;
    // on two lines, right-aligned, when one would take more than half the picture's width.
    QStringList parts{m_settings.projection.title(), QStringLiteral("Base map: Natural Earth (public domain)")};
    if (m_settings.tracks)
        parts << QStringLiteral("Launches: public reporting (CNS/NTI, Japan MOD, ROK JCS, KCNA), sources in 'trilink catalog'");
    const QString sep = QStringLiteral("  ·  ");
    QStringList lines{parts.join(sep)};
    if (parts.size() > 2 && fm.horizontalAdvance(lines.front()) > m_frame.width() / 2)
        lines = {parts.mid(0, 2).join(sep), parts.last()};
    double y = m_frame.bottom() - 10 * m_scale;
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        const double w = fm.horizontalAdvance(*line);
        const QPointF at(m_frame.width() - w - 10 * m_scale, y);
        drawHaloText(at, *line, small, m_style.graticuleLabel);
        m_taken.push_back(QRectF(at.x(), at.y() - fm.height(), w, fm.height() + 10 * m_scale));
        y -= fm.lineSpacing();
    }

    // North is up only on the central meridian of the cone and everywhere on Mercator; show an arrow
    // whenever true north at the centre leans by more than half a degree.
    const QPointF c = m_settings.toMap(m_frame.center());
    const auto g = m_projection.inverse(c.x(), c.y());
    if (!g)
        return;
    const auto north = m_projection.forward(g->x(), std::min(89.9, g->y() + 0.05));
    if (!north)
        return;
    const QPointF d = m_settings.toPixel(*north) - m_frame.center();
    const double angleDeg = units::degrees(std::atan2(d.x(), -d.y()));
    if (std::abs(angleDeg) < 0.5)
        return;
    const QPointF o(m_frame.width() - 40 * m_scale, m_frame.top() + 48 * m_scale);
    m_painter.save();
    m_painter.translate(o);
    m_painter.rotate(angleDeg);
    const double L = 20 * m_scale;
    QPolygonF left, right;
    left << QPointF(0, -L) << QPointF(-L * 0.4, L * 0.6) << QPointF(0, L * 0.25);
    right << QPointF(0, -L) << QPointF(L * 0.4, L * 0.6) << QPointF(0, L * 0.25);
    m_painter.setPen(QPen(m_style.textHalo, 1.2 * m_scale));
    m_painter.setBrush(m_style.text);
    m_painter.drawPolygon(left);
    m_painter.setBrush(m_style.graticuleLabel);
    m_painter.drawPolygon(right);
    m_painter.restore();
    const QFont nf = font(12, true);
    const double nw = QFontMetricsF(nf).horizontalAdvance(QStringLiteral("N"));
    const double dx = std::sin(units::radians(angleDeg)) * 30 * m_scale, dy = -std::cos(units::radians(angleDeg)) * 30 * m_scale;
    drawHaloText(o + QPointF(dx - nw / 2, dy + 5 * m_scale), QStringLiteral("N"), nf, m_style.text);
    m_taken.push_back(QRectF(o.x() - 40 * m_scale, o.y() - 40 * m_scale, 80 * m_scale, 80 * m_scale));
}

} // namespace trilink::maps
