// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"

#include "core/Geodesic.h"
#include "core/Text.h"

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
    struct Shown {
        const Place *place;
        QPointF at;
    };
    std::vector<Shown> shown;
    for (const auto &place : c.data.places) {
        if (place.rank > maxRank && place.kind != QLatin1String("territory"))
            continue;
        const auto xy = c.projection.forward(place.lon, place.lat);
        const QPointF px = xy ? c.settings.toPixel(*xy) : QPointF(-1e9, -1e9);
        if (!c.frame.contains(px)) {
            if (place.kind == QLatin1String("territory"))
                drawEdgeMarker(c, place);
            continue;
        }
        shown.push_back({&place, px});
    }
    // Capitals first, then by rank: a more important name is placed before a lesser one competes for room.
    std::stable_sort(shown.begin(), shown.end(), [](const Shown &a, const Shown &b) {
        const bool ca = a.place->kind == QLatin1String("capital"), cb = b.place->kind == QLatin1String("capital");
        return ca != cb ? ca : a.place->rank < b.place->rank;
    });
    for (const Shown &s : shown) {
        if (c.cancelled())
            return;
        const Place &place = *s.place;
        const bool capital = place.kind == QLatin1String("capital");
        const QFont f = c.labels.font(capital ? st.type.capital : (place.rank <= 2 ? st.type.majorPlace : st.type.place));
        const QFontMetricsF fm(f);
        const double r = (capital ? st.symbol.capital : st.symbol.place) * c.scale;
        const QRectF dot(s.at.x() - r, s.at.y() - r, 2 * r, 2 * r);
        const std::vector<QRectF> labelPlaces = LabelPainter::placesAround(dot, QSizeF(LabelPainter::advance(f, place.name), fm.height()), 3 * c.scale);
        // A capital keeps its square wherever it is; a lesser place is drawn only with its name, where both fit.
        if (!capital) {
            if (!c.labels.isFree(dot))
                continue;
            const auto fits = std::find_if(labelPlaces.begin(), labelPlaces.end(), [&](const QRectF &b) { return c.labels.isFree(b) && !b.intersects(dot); });
            if (fits == labelPlaces.end())
                continue;
        }
        c.labels.take(dot);
        const auto label = c.labels.claimFirst(labelPlaces);
        c.painter.setPen(QPen(st.textHalo, c.px(st.line.symbolOutline)));
        c.painter.setBrush(capital ? st.capitalDot : st.placeDot);
        if (capital)
            c.painter.drawRect(dot);
        else
            c.painter.drawEllipse(s.at, r, r);
        if (label)
            c.labels.haloText(QPointF(label->left(), label->bottom() - fm.descent()), place.name, f, st.text, LabelPainter::Fill::Glyphs);
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
    const QPointF ideal = centrePx + dir * std::min(tx, ty);
    // Along the edge the arrow stands on, so that it can make way for a label there.
    const QPointF along = tx < ty ? QPointF(0, 1) : QPointF(1, 0);
    const QPointF side(-dir.y(), dir.x());
    const double a = st.symbol.edgeArrow * s;
    const QString text = QStringLiteral("%1 %2").arg(place.name, text::distance(g.distanceM, c.settings.units));
    const QFont f = c.labels.font(st.type.edgeMarker);
    const QFontMetricsF fm(f);
    const double w = LabelPainter::advance(f, text);
    for (const double shift : {0.0, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 4.0, -4.0, 6.0, -6.0}) {
        QPointF tip = ideal + along * (shift * 24.0 * s);
        tip = QPointF(std::clamp(tip.x(), inner.left(), inner.right()), std::clamp(tip.y(), inner.top(), inner.bottom()));
        QPolygonF arrow;
        arrow << tip << tip - dir * a + side * a * 0.45 << tip - dir * a * 0.7 << tip - dir * a - side * a * 0.45;
        QPointF at = tip - dir * (a + 6 * s) - QPointF(dir.x() > 0 ? w : 0, 0);
        at.setY(std::clamp(at.y(), c.frame.top() + fm.height(), c.frame.bottom() - fm.height()));
        at.setX(std::clamp(at.x(), c.frame.left() + 4.0, c.frame.right() - w - 4.0));
        const QRectF textBox(at.x(), at.y() - fm.ascent(), w, fm.height());
        const QRectF arrowBox = arrow.boundingRect();
        if (!c.labels.isFree(arrowBox) || !c.labels.isFree(textBox))
            continue;
        c.labels.take(arrowBox);
        c.labels.take(textBox);
        c.painter.setPen(QPen(st.textHalo, c.px(st.line.symbolOutline)));
        c.painter.setBrush(st.accent);
        c.painter.drawPolygon(arrow);
        c.labels.haloText(at, text, f, st.accent, LabelPainter::Fill::Glyphs);
        return;
    }
}

} // namespace trilink::maps
