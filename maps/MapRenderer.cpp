// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/MapRenderer.h"

#include "maps/MapDecorations.h"
#include "maps/MapStyle.h"

#include <QPainter>

#include <cmath>
#include <vector>

namespace trilink::maps {
namespace {
// Above this many metres per pixel the 1 km-thinned layers look the same and draw several times faster.
constexpr double kCoarseAboveMetresPerPixel = 1200.0;

// Web Mercator repeats the world east and west, as web maps do, so a Pacific view never ends at 180°.
std::vector<double> worldCopies(const MapSettings &settings)
{
    if (settings.projection.kind != ProjectionKind::WebMercator)
        return {0.0};
    constexpr double kWorldWidthM = 2.0 * M_PI * 6378137.0;
    const double halfView = settings.size.width() / 2.0 * settings.metresPerPixel;
    std::vector<double> shifts;
    for (int k = -2; k <= 2; ++k) {
        const double lo = -kWorldWidthM / 2 + k * kWorldWidthM, hi = kWorldWidthM / 2 + k * kWorldWidthM;
        if (hi > settings.center.x() - halfView && lo < settings.center.x() + halfView)
            shifts.push_back(k * kWorldWidthM);
    }
    return shifts;
}

QPen cosmeticPen(const QColor &c, double width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(c, width, style, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(true);
    return pen;
}
} // namespace

double MapRenderer::graticuleStepDeg(double metresPerPixel)
{
    const double pxPerDegree = 111'000.0 / metresPerPixel;
    for (double step : {1.0, 2.0, 5.0, 10.0, 15.0, 30.0})
        if (step * pxPerDegree >= 100.0)
            return step;
    return 30.0;
}

bool MapRenderer::render(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base,
                         const BaseMapData &data, const std::atomic_bool *cancel)
{
    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    const MapStyle style = MapStyle::forTheme(settings.theme);
    const double s = settings.uiScale();
    const QRectF frame(QPointF(0, 0), QSizeF(settings.size));

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const bool azimuthal = !base.earthOutline.isEmpty();
    painter.fillRect(frame, azimuthal ? style.space : style.sea);

    const bool coarse = settings.metresPerPixel > kCoarseAboveMetresPerPixel;
    const double step = graticuleStepDeg(settings.metresPerPixel);
    for (double shift : worldCopies(settings)) {
        painter.setTransform(QTransform::fromTranslate(shift, 0) * settings.mapToPixel());
        if (azimuthal) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(style.sea);
            painter.drawPath(base.earthOutline);
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.land);
        painter.drawPath(coarse ? base.landCoarse : base.land);
        if (cancelled())
            return painter.restore(), false;

        painter.setBrush(Qt::NoBrush);
        if (settings.showGraticule) {
            painter.setPen(cosmeticPen(style.graticule, 1.0 * s));
            for (const auto &g : base.graticule)
                if (std::fmod(std::abs(g.valueDeg), step) == 0.0)
                    painter.drawPath(g.path);
        }
        if (settings.showAdmin1 && !coarse) {
            painter.setPen(cosmeticPen(style.admin1, 0.8 * s, Qt::DashLine));
            painter.drawPath(base.admin1);
        }
        painter.setPen(cosmeticPen(style.coast, 1.0 * s));
        painter.drawPath(coarse ? base.coastCoarse : base.coast);
        painter.setPen(cosmeticPen(style.border, 1.3 * s));
        painter.drawPath(coarse ? base.bordersCoarse : base.borders);
        if (azimuthal) {
            painter.setPen(cosmeticPen(style.coast, 1.5 * s));
            painter.drawPath(base.earthOutline);
        }
        if (cancelled())
            return painter.restore(), false;
    }

    painter.resetTransform();
    // Fixed furniture first, so labels make way for it rather than the other way round.
    MapDecorations decorations(painter, settings, base, style);
    if (settings.showScaleBar)
        decorations.drawScaleBar();
    if (settings.showDecorations)
        decorations.drawNorthArrowAndCredits();
    if (settings.reference)
        decorations.drawReference(*settings.reference);
    if (settings.tracks)
        decorations.drawTracks(*settings.tracks);
    if (settings.showPlaces)
        decorations.drawPlaces(data.places);
    if (settings.showGraticule)
        decorations.drawGraticuleLabels(step);
    painter.restore();
    return !cancelled();
}

QImage MapRenderer::renderImage(const MapSettings &settings, ProjectedBaseMapCache &cache, const std::atomic_bool *cancel)
{
    const auto base = cache.get(settings.projection, cancel);
    if (!base || settings.size.isEmpty())
        return {};
    QImage image(settings.size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const bool done = render(painter, settings, *base, *cache.data(), cancel);
    painter.end();
    return done ? image : QImage();
}

} // namespace trilink::maps
