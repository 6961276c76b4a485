// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/MapRenderer.h"

#include "core/ParallelFor.h"
#include "core/Units.h"
#include "core/VectorState.h"
#include "maps/MapStyle.h"
#include "maps/layers/Layers.h"
#include "maps/layers/TrackLayer.h"

#include <QPaintEngine>
#include <QPainter>

#include <array>
#include <cstring>
#include <cmath>
#include <vector>

namespace trilink::maps {
namespace {
// Above this many metres per pixel the 1 km-thinned layers look the same and draw several times faster.
constexpr double kCoarseAboveMetresPerPixel = 1200.0;
// From this many rows on, the geography is drawn in two bands on two threads, each reaching this many rows
// into the other.
constexpr int kBandedRowsFrom = 400;
constexpr int kBandOverlap = 32;

// Web Mercator repeats the world east and west, as web maps do, so a Pacific view never ends at 180°.
// `area` is the part of the picture drawn, in its pixels (it may reach beyond the picture).
std::vector<double> worldCopies(const MapSettings &settings, const QRect &area)
{
    if (settings.projection.kind != ProjectionKind::WebMercator)
        return {0.0};
    constexpr double kWorldWidthM = 2.0 * M_PI * wgs84::kSemiMajorAxisM; // EPSG:3857 is a sphere of radius a
    const double west = settings.toMap(QPointF(area.left(), 0)).x(), east = settings.toMap(QPointF(area.left() + area.width(), 0)).x();
    std::vector<double> shifts;
    for (int k = -2; k <= 2; ++k) {
        const double lo = -kWorldWidthM / 2 + k * kWorldWidthM, hi = kWorldWidthM / 2 + k * kWorldWidthM;
        if (hi > west && lo < east)
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

// Strokes a base-map path. Qt's raster engine has a fast stroker only for cosmetic pens up to one pixel;
// wider pens outline every segment and fill the outline, which made a 4K frame of the 10m coast take
// seconds. On a raster target a wide line is drawn instead as one-pixel passes offset around a circle of
// the extra radius (same look, fast path); vector targets get the true wide pen, in pixels.
void strokeBase(QPainter &painter, const QPainterPath &path, const QColor &colour, double width,
                Qt::PenStyle style = Qt::SolidLine)
{
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    if (!raster) {
        // A vector file gets the path in picture pixels and a plain pen of the true width: a cosmetic pen
        // would be written as SVG's vector-effect="non-scaling-stroke" inside the tiny map-to-pixel scale,
        // which librsvg, ImageMagick and GNOME's viewer ignore, scaling the line away to nothing.
        const QTransform base = painter.transform();
        QPen pen = cosmeticPen(colour, width, style);
        pen.setCosmetic(false);
        painter.setPen(pen);
        painter.resetTransform();
        painter.drawPath(base.map(path));
        painter.setTransform(base);
        return;
    }
    // Each pass from a clean vector state: Qt's opaque fills leave it dirty (core/VectorState.h).
    if (width <= 1.0) {
        painter.setPen(cosmeticPen(colour, width, style));
        clearUpperVectorState();
        painter.drawPath(path);
        return;
    }
    painter.setPen(cosmeticPen(colour, 1.0, style));
    const double r = (width - 1.0) / 2.0;
    const QTransform base = painter.transform();
    const int passes = r < 0.3 ? 1 : 5;
    for (int i = 0; i < passes; ++i) {
        const double a = i == 0 ? 0.0 : (i - 1) * M_PI / 2.0;
        const double d = i == 0 ? 0.0 : r;
        painter.setTransform(base * QTransform::fromTranslate(d * std::cos(a), d * std::sin(a)));
        clearUpperVectorState();
        painter.drawPath(path);
    }
    painter.setTransform(base);
}

// What is drawn over the geography, in order. The still part first: areas under everything; then, with
// the furniture's boxes already reserved (LayerContext), the one collision pass in order of importance:
// the space of the tracks' end symbols, the sensors (symbols, then names), the places (capitals, the pointer
// to Guam, cities), the zone's name, the rings, the grid; then the furniture in its boxes.
const ZoneLayer kZones;
const CoverageLayer kCoverage;
const TrackEndSpaceLayer kTrackEnds;
const SensorLayer kSensors;
const PlaceLayer kPlaces;
const ZoneLabelLayer kZoneLabel;
const RangeRingLayer kRangeRings;
const GraticuleLabelLayer kGraticuleLabels;
const ScaleBarLayer kScaleBar;
const CreditsLayer kCredits;
const NorthArrowLayer kNorthArrow;
const LegendLayer kLegend;
const GainLayer kGain;
const std::array<const MapLayer *, 13> kStillLayers{&kZones,      &kCoverage,        &kTrackEnds, &kSensors, &kPlaces,     &kZoneLabel, &kRangeRings,
                                                    &kGraticuleLabels, &kScaleBar, &kCredits,   &kNorthArrow, &kLegend, &kGain};
// Then what moves: the tracks' lines, their marks over all of them, the measured line, the clock and the
// banner over everything. A pan of the viewer may have the lines from its layer cache instead.
const TrackLayer kTrackLines(TrackLayer::Part::Lines);
const TrackLayer kTrackMarks(TrackLayer::Part::Marks);
const MeasureLayer kMeasure;
const ClockLayer kClock;
const BannerLayer kBanner;
const std::array<const MapLayer *, 5> kMovingLayers{&kTrackLines, &kTrackMarks, &kMeasure, &kClock, &kBanner};
const std::array<const MapLayer *, 4> kMovingLayersOverLines{&kTrackMarks, &kMeasure, &kClock, &kBanner};
const std::array<const MapLayer *, 3> kMovingLayersOverTracks{&kMeasure, &kClock, &kBanner};
const std::array<const MapLayer *, 1> kTrackLinesLayer{&kTrackLines};
const std::array<const MapLayer *, 2> kTrackLayers{&kTrackLines, &kTrackMarks};

template <std::size_t N>
bool drawLayers(const std::array<const MapLayer *, N> &layers, QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base,
                const BaseMapData &data, const std::atomic_bool *cancel, MapRenderer::Collisions *collisions = nullptr)
{
    const QTransform device = painter.worldTransform();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setTransform(device);
    LayerContext context(painter, settings, base, data, cancel);
    for (const MapLayer *layer : layers) {
        if (context.cancelled())
            break;
        clearUpperVectorState(); // the last layer's text may have hashed strings: see VectorState.h
        layer->draw(context);
    }
    if (collisions)
        *collisions = {context.labels.claimed(), context.labels.taken(), context.furniture.boxes()};
    painter.restore();
    return !context.cancelled();
}
} // namespace

bool MapRenderer::render(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base,
                         const BaseMapData &data, const std::atomic_bool *cancel)
{
    return renderGeography(painter, settings, base, cancel) && renderStill(painter, settings, base, data, cancel) &&
           renderMoving(painter, settings, base, data, cancel);
}

bool MapRenderer::renderGeography(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base,
                                  const std::atomic_bool *cancel)
{
    return renderGeography(painter, settings, base, QRect(QPoint(0, 0), settings.size), cancel);
}

bool MapRenderer::renderGeography(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base, const QRect &area,
                                  const std::atomic_bool *cancel)
{
    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    const MapStyle style = MapStyle::forTheme(settings.theme);
    const double s = settings.uiScale();

    // The painter's transform at entry places the area (a brief puts the map inside a page): every
    // transform below composes with it.
    const QTransform device = QTransform::fromTranslate(-area.left(), -area.top()) * painter.worldTransform();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const bool azimuthal = !base.earthOutline.isEmpty();
    painter.setTransform(device);
    painter.fillRect(QRectF(area), azimuthal ? style.space : style.sea);

    const bool coarse = settings.metresPerPixel > kCoarseAboveMetresPerPixel;
    const double step = GraticuleLabelLayer::stepDeg(settings.metresPerPixel);
    for (double shift : worldCopies(settings, area)) {
        painter.setTransform(QTransform::fromTranslate(shift, 0) * settings.mapToPixel() * device);
        if (azimuthal) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(style.sea);
            painter.drawPath(base.earthOutline);
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.land);
        clearUpperVectorState(); // after the opaque sea: see strokeBase
        painter.drawPath(coarse ? base.landCoarse : base.land);
        if (cancelled())
            return painter.restore(), false;

        painter.setBrush(Qt::NoBrush);
        if (settings.showGraticule) {
            QPainterPath lines;
            for (const auto &g : base.graticule)
                if (std::fmod(std::abs(g.valueDeg), step) == 0.0)
                    lines.addPath(g.path);
            strokeBase(painter, lines, style.graticule, style.line.graticule); // a hairline at every size: it is translucent
        }
        if (settings.showAdmin1 && !coarse)
            strokeBase(painter, base.admin1, style.admin1, style.line.admin1 * s, Qt::DashLine);
        strokeBase(painter, coarse ? base.coastCoarse : base.coast, style.coast, style.line.coast * s);
        strokeBase(painter, coarse ? base.bordersCoarse : base.borders, style.border, style.line.border * s);
        if (azimuthal)
            strokeBase(painter, base.earthOutline, style.coast, style.line.globeLimb * s);
        if (cancelled())
            return painter.restore(), false;
    }
    painter.restore();
    return true;
}

bool MapRenderer::renderGeography(QImage &image, const MapSettings &settings, const ProjectedBaseMap &base, const QRect &area,
                                  const std::atomic_bool *cancel)
{
    // The upper half of the rows is drawn into the image, the lower half into an image of its own, each with
    // its own copy of the paths (a path keeps its paint-engine conversion in place as it is drawn). Qt draws
    // the pixels within a few rows of a clipped edge a little differently (up to 4/255 seen), so each half
    // reaches kBandOverlap rows into the other and the lower half's own rows are copied in last: the same
    // pixels as one picture. Worth the copy for a picture of some size.
    if (image.height() < kBandedRowsFrom) {
        QPainter painter(&image);
        return renderGeography(painter, settings, base, area, cancel);
    }
    const ProjectedBaseMap copy = base.deepCopy();
    const int split = image.height() / 2;
    const int upperRows = split + kBandOverlap, lowerTop = split - kBandOverlap;
    QImage lower(image.width(), image.height() - lowerTop, image.format());
    uchar *const bits = image.bits(); // before the threads: it may detach
    std::array<bool, 2> done{};
    parallelFor(2, [&](std::size_t i) {
        if (i == 0) {
            QImage upper(bits, image.width(), upperRows, image.bytesPerLine(), image.format());
            QPainter painter(&upper);
            done[0] = renderGeography(painter, settings, base, QRect(area.left(), area.top(), area.width(), upperRows), cancel);
        } else {
            QPainter painter(&lower);
            done[1] = renderGeography(painter, settings, copy, QRect(area.left(), area.top() + lowerTop, area.width(), lower.height()), cancel);
        }
    });
    if (!done[0] || !done[1])
        return false;
    for (int y = split; y < image.height(); ++y)
        std::memcpy(image.scanLine(y), lower.constScanLine(y - lowerTop), static_cast<std::size_t>(image.bytesPerLine()));
    return true;
}

bool MapRenderer::renderStill(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base, const BaseMapData &data,
                              const std::atomic_bool *cancel)
{
    return drawLayers(kStillLayers, painter, settings, base, data, cancel);
}

bool MapRenderer::renderMoving(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base, const BaseMapData &data,
                               const std::atomic_bool *cancel, TracksDrawn drawn)
{
    switch (drawn) {
    case TracksDrawn::None:
        return drawLayers(kMovingLayers, painter, settings, base, data, cancel);
    case TracksDrawn::Lines:
        return drawLayers(kMovingLayersOverLines, painter, settings, base, data, cancel);
    case TracksDrawn::LinesAndMarks:
        break;
    }
    return drawLayers(kMovingLayersOverTracks, painter, settings, base, data, cancel);
}

bool MapRenderer::renderTracks(QPainter &painter, const MapSettings &settings, const ProjectedBaseMap &base, const BaseMapData &data,
                               TracksDrawn what, const std::atomic_bool *cancel)
{
    if (what == TracksDrawn::Lines)
        return drawLayers(kTrackLinesLayer, painter, settings, base, data, cancel);
    return what == TracksDrawn::None || drawLayers(kTrackLayers, painter, settings, base, data, cancel);
}

QImage MapRenderer::renderImage(const MapSettings &settings, ProjectedBaseMapCache &cache, const std::atomic_bool *cancel,
                                BaseLayerCache *layers)
{
    const auto base = cache.get(settings.projection, cancel);
    if (!base || settings.size.isEmpty())
        return {};
    QImage image = layers ? layers->find(settings) : QImage();
    if (image.isNull()) {
        image = QImage(settings.size, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        const bool geography = layers ? layers->drawGeography(painter, settings, *base, cancel) : renderGeography(painter, settings, *base, cancel);
        const bool done = geography && renderStill(painter, settings, *base, *cache.data(), cancel);
        painter.end();
        if (!done)
            return {};
        if (layers)
            layers->store(settings, image);
    }
    image.detach(); // the cached copy stays clean
    QPainter painter(&image);
    const TracksDrawn drawn = layers ? layers->drawTracks(painter, settings, *base, *cache.data(), cancel) : TracksDrawn::None;
    renderMoving(painter, settings, *base, *cache.data(), cancel, drawn);
    painter.end();
    if (cancel && cancel->load(std::memory_order_relaxed))
        return {};
    return image;
}

MapRenderer::Collisions MapRenderer::stillCollisions(const MapSettings &settings, const ProjectedBaseMap &base, const BaseMapData &data)
{
    QImage image(settings.size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    Collisions collisions;
    drawLayers(kStillLayers, painter, settings, base, data, nullptr, &collisions);
    return collisions;
}

} // namespace trilink::maps
