// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"

#include "core/Geodesic.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace trilink::maps {

void PlaceLayer::draw(LayerContext &c) const
{
    if (!c.settings.showPlaces)
        return;
    const MapStyle &st = c.style;
    const double mpp = c.settings.metresPerPixel;
    const int maxRank = mpp > st.place.capitalsOnlyAboveMetresPerPixel ? 1 : mpp > st.place.mainCitiesAboveMetresPerPixel ? 2 : 3;
    for (const auto &place : c.data.places) {
        if (c.cancelled())
            return;
        if (place.rank > maxRank && place.kind != QLatin1String("territory"))
            continue;
        const auto xy = c.projection.forward(place.lon, place.lat);
        const QPointF px = xy ? c.settings.toPixel(*xy) : QPointF(-1e9, -1e9);
        if (!c.frame.contains(px)) {
            if (place.kind == QLatin1String("territory"))
                drawEdgeMarker(c, place);
            continue;
        }
        const bool capital = place.kind == QLatin1String("capital");
        const QFont f = c.labels.font(capital ? st.type.capital : (place.rank <= 2 ? st.type.majorPlace : st.type.place));
        const QFontMetricsF fm(f);
        const double r = (capital ? st.symbol.capital : st.symbol.place) * c.scale;
        if (!c.labels.claim(QRectF(px.x() - r, px.y() - r, 2 * r, 2 * r)))
            continue; // a more important place is drawn there already
        c.painter.setPen(QPen(st.textHalo, c.px(st.line.symbolOutline)));
        c.painter.setBrush(capital ? st.capitalDot : st.placeDot);
        if (capital)
            c.painter.drawRect(QRectF(px.x() - r, px.y() - r, 2 * r, 2 * r));
        else
            c.painter.drawEllipse(px, r, r);
        const double w = fm.horizontalAdvance(place.name);
        const double gap = r + 3 * c.scale;
        for (const QRectF rect : {QRectF(px.x() + gap, px.y() - fm.height() / 2, w, fm.height()),
                                  QRectF(px.x() - gap - w, px.y() - fm.height() / 2, w, fm.height()),
                                  QRectF(px.x() - w / 2, px.y() - gap - fm.height(), w, fm.height())}) {
            if (c.frame.contains(rect) && c.labels.claim(rect)) {
                c.labels.haloText(QPointF(rect.left(), rect.bottom() - fm.descent()), place.name, f, st.text, LabelPainter::Fill::Glyphs);
                break;
            }
        }
    }
}

void PlaceLayer::drawEdgeMarker(LayerContext &c, const Place &place)
{
    const MapStyle &st = c.style;
    const double s = c.scale;
    const QPointF centrePx = c.frame.center();
    const QPointF centreMap = c.settings.toMap(centrePx);
    const auto centreGeo = c.projection.inverse(centreMap.x(), centreMap.y());
    if (!centreGeo)
        return;
    const auto g = geodesic::inverse(centreGeo->x(), centreGeo->y(), place.lon, place.lat);
    // Direction on screen: project a point a little way along the geodesic, so it is right in any projection.
    const auto step = geodesic::direct(centreGeo->x(), centreGeo->y(), g.azimuth1Deg, std::min(g.distanceM, 200'000.0));
    const auto stepMap = c.projection.forward(step.lon, step.lat);
    if (!stepMap)
        return;
    QPointF dir = c.settings.toPixel(*stepMap) - centrePx;
    const double len = std::hypot(dir.x(), dir.y());
    if (len < 1e-6)
        return;
    dir /= len;
    const double inset = st.place.edgeMarkerInset * s;
    const QRectF inner = c.frame.adjusted(inset, inset, -inset, -st.place.edgeMarkerBottom * s);
    const double tx = dir.x() > 0 ? (inner.right() - centrePx.x()) / dir.x() : dir.x() < 0 ? (inner.left() - centrePx.x()) / dir.x() : 1e9;
    const double ty = dir.y() > 0 ? (inner.bottom() - centrePx.y()) / dir.y() : dir.y() < 0 ? (inner.top() - centrePx.y()) / dir.y() : 1e9;
    const QPointF tip = centrePx + dir * std::min(tx, ty);
    const QPointF side(-dir.y(), dir.x());
    const double a = st.symbol.edgeArrow * s;
    QPolygonF arrow;
    arrow << tip << tip - dir * a + side * a * 0.45 << tip - dir * a * 0.7 << tip - dir * a - side * a * 0.45;
    c.painter.setPen(QPen(st.textHalo, c.px(st.line.symbolOutline)));
    c.painter.setBrush(st.accent);
    c.painter.drawPolygon(arrow);
    const QString text = QStringLiteral("%1 %2 km").arg(place.name).arg(std::lround(g.distanceM / 1000.0));
    const QFont f = c.labels.font(st.type.edgeMarker);
    const QFontMetricsF fm(f);
    const double w = fm.horizontalAdvance(text);
    QPointF at = tip - dir * (a + 6 * s) - QPointF(dir.x() > 0 ? w : 0, 0);
    at.setY(std::clamp(at.y(), c.frame.top() + fm.height(), c.frame.bottom() - fm.height()));
    at.setX(std::clamp(at.x(), 4.0, c.frame.width() - w - 4.0));
    if (c.labels.claim(QRectF(at.x(), at.y() - fm.ascent(), w, fm.height())))
        c.labels.haloText(at, text, f, st.accent, LabelPainter::Fill::Glyphs);
}

} // namespace trilink::maps
