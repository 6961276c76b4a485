// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/TrackLayer.h"

#include "core/ParallelFor.h"
#include "core/Text.h"
#include "core/VectorState.h"
#include "maps/PartnerStyle.h"
#include "maps/Simplify.h"
#include "maps/layers/Layers.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstring>

namespace trilink::maps {
namespace {
constexpr double kDegToM = 111'195.0; // a degree of latitude, for thinning before projecting
constexpr double kShownAfterImpactS = 600.0;
// Samples closer than this (in pixels, measured in degrees before projecting) are not projected at all, so
// detail below the pixel costs nothing; what is kept is then simplified to kSimplifyPx, under which the
// antialiased stroke covers the same pixels.
constexpr double kThinPx = 1.0;
constexpr double kSimplifyPx = 0.25;
// Track lines join bevelled, not rounded: Qt's stroker adds an arc at every vertex of a round join, which
// made stroking twice as slow for the same pixels at these widths (a few pixels, vertices a pixel or more
// apart after thinning). Mitred joins were as fast but spiked where a track turns back sharply.
constexpr Qt::PenJoinStyle kJoin = Qt::BevelJoin;
// From this many tracks drawn on, their flown parts are projected on two threads before the strokes, and
// the strokes drawn in two bands of rows at once (drawInBands).
constexpr std::size_t kProjectAheadTracks = 64;
constexpr int kMinBandRows = 64;
// Rows each band reaches into the other (drawInBands): pixels differed up to 46 rows from a band edge with
// 32 (1/255, a few dozen of them), none with 96 in the seven pictures compared.
constexpr int kBandOverlap = 96;
std::atomic_bool bandsOn{true}; // TrackLayer::setDrawInBands

// A stroke from a clean vector state: Qt 6.4's opaque fills leave the upper halves of the AVX registers
// dirty, which makes the stroker's arithmetic of the next path several times slower (core/VectorState.h).
void stroke(QPainter &p, const QPainterPath &path, const QPen &pen)
{
    clearUpperVectorState();
    p.strokePath(path, pen);
}

// The picture's rows where half the tracks' vertices lie above (sampled), kept within the middle half.
template <typename Flown> int balancedSplit(const std::vector<Flown> &flown, const QTransform &t, int height)
{
    std::vector<double> ys;
    std::size_t k = 0;
    for (const Flown &track : flown)
        for (const TrackLayer::Run &r : track.runs)
            for (const QPointF &p : r.pixels)
                if (k++ % 8 == 0)
                    ys.push_back(t.map(p).y());
    int split = height / 2;
    if (!ys.empty()) {
        const auto mid = ys.begin() + static_cast<std::ptrdiff_t>(ys.size() / 2);
        std::nth_element(ys.begin(), mid, ys.end());
        if (std::isfinite(*mid))
            split = static_cast<int>(std::lround(*mid));
    }
    return std::clamp(split, height / 4, height - height / 4);
}

// Calls draw(band) for two bands of the rows of the picture `c` paints, at once, each with a painter and a
// context of its own, when that picture is a raster image painted as the render paints it (a translation, no
// clip, drawn over); false, having drawn nothing, otherwise. Qt strokes only the part of a path over its
// device, so each band costs about its share, and each draws every track in the same order, so a pixel is
// blended as by one painter. As the geography's bands (MapRenderer::renderGeography): Qt draws the pixels
// within some rows of a device's edge a little differently (up to 4/255, 46 rows in, seen), so the upper band paints
// the picture's own rows and kBandOverlap past the split, the lower one a copy of its rows from
// kBandOverlap above the split, whose own rows are copied back last: the pixels of one painter.
template <typename Flown, typename Draw> bool drawInBands(LayerContext &c, const std::vector<Flown> &flown, Draw draw)
{
    QPainter &p = c.painter;
    QPaintDevice *device = p.device();
    const QTransform t = p.worldTransform();
    if (!device || device->devType() != QInternal::Image || !p.paintEngine() || p.paintEngine()->type() != QPaintEngine::Raster ||
        p.hasClipping() || t.type() > QTransform::TxTranslate || p.opacity() != 1.0 ||
        p.compositionMode() != QPainter::CompositionMode_SourceOver)
        return false;
    auto *image = static_cast<QImage *>(device);
    const int height = image->height();
    if (image->devicePixelRatio() != 1.0 || height < 2 * kMinBandRows + 2 * kBandOverlap)
        return false;
    const int split = balancedSplit(flown, t, height);
    const int upperRows = split + kBandOverlap, lowerTop = split - kBandOverlap;
    // The buffer the painter is painting: constBits, since bits() could detach it from under the painter.
    auto *bits = const_cast<uchar *>(image->constBits());
    const qsizetype stride = image->bytesPerLine();
    QImage lower(image->width(), height - lowerTop, image->format());
    for (int y = lowerTop; y < height; ++y)
        std::memcpy(lower.scanLine(y - lowerTop), bits + stride * y, static_cast<std::size_t>(stride));
    parallelFor(2, [&](std::size_t i) {
        QImage upper;
        if (i == 0)
            upper = QImage(bits, image->width(), upperRows, stride, image->format());
        QPainter painter(i == 0 ? &upper : &lower);
        painter.setRenderHints(p.renderHints());
        painter.setTransform(i == 0 ? t : t * QTransform::fromTranslate(0, -lowerTop));
        LayerContext context(painter, c.settings, c.base, c.data, c.cancelFlag());
        draw(context);
    });
    for (int y = split; y < height; ++y)
        std::memcpy(bits + stride * y, lower.constScanLine(y - lowerTop), static_cast<std::size_t>(stride));
    return true;
}

int partnerCount(PartnerMask m)
{
    return (m & 1) + ((m >> 1) & 1) + ((m >> 2) & 1);
}

// The polyline moved sideways by `offset` pixels (left of the direction of travel is positive), with
// mitred joins limited so sharp turns do not spike.
QPolygonF offsetLine(const QPolygonF &line, double offset)
{
    if (offset == 0.0 || line.size() < 2)
        return line;
    QPolygonF out;
    out.reserve(line.size());
    // Pixel vectors are far from overflow, so a plain square root does what std::hypot does, at a fraction
    // of its cost (glibc 2.35's hypot is correctly rounded, and slow); each segment's normal is made once.
    const auto normal = [](QPointF a, QPointF b) {
        const QPointF d = b - a;
        const double len = std::sqrt(QPointF::dotProduct(d, d));
        return len > 0 ? QPointF(d.y() / len, -d.x() / len) : QPointF(0, 0);
    };
    QPointF n1 = normal(line[0], line[1]); // the normal of the segment into line[i] (the first one's at i = 0)
    for (int i = 0; i < line.size(); ++i) {
        const QPointF n2 = i + 1 < line.size() ? normal(line[i], line[i + 1]) : n1;
        QPointF n = n1 + n2;
        const double len = std::sqrt(QPointF::dotProduct(n, n));
        n = len > 1e-9 ? n / len : n1;
        const double cosHalf = std::max(0.5, n.x() * n1.x() + n.y() * n1.y());
        out << line[i] + n * (offset / cosHalf);
        n1 = n2;
    }
    return out;
}

// Where a track is at the settings' time: seconds since launch (none in an overview), the first sample
// drawn and the last one flown.
struct Shown {
    std::optional<double> now;
    int first = 0;
    int flownLast = 0;
};

std::optional<Shown> shownAt(const TrackOverlay::Track &t, const MapSettings &settings, bool selected)
{
    const int n = t.groundTrack.size();
    if (n < 2)
        return std::nullopt;
    Shown shown{std::nullopt, 0, n - 1};
    if (!settings.timeMs)
        return shown;
    const double now = (*settings.timeMs - static_cast<double>(t.launchMsUtc)) / 1000.0;
    if (!selected && (now < 0 || now > t.flightTimeS + kShownAfterImpactS))
        return std::nullopt;
    shown.now = now;
    shown.flownLast = static_cast<int>(std::upper_bound(t.timesS.begin(), t.timesS.end(), static_cast<float>(now)) - t.timesS.begin()) - 1;
    shown.flownLast = std::clamp(shown.flownLast, 0, n - 1);
    if (settings.trailS > 0) {
        const float from = static_cast<float>(now - settings.trailS);
        shown.first = std::clamp(static_cast<int>(std::lower_bound(t.timesS.begin(), t.timesS.end(), from) - t.timesS.begin()), 0, shown.flownLast);
    }
    return shown;
}
} // namespace

std::optional<std::pair<int, int>> TrackLayer::drawnSamples(const TrackOverlay::Track &track, const MapSettings &settings, bool selected)
{
    const auto shown = shownAt(track, settings, selected);
    if (!shown)
        return std::nullopt;
    return std::pair(shown->first, static_cast<int>(track.groundTrack.size()) - 1);
}

std::vector<TrackLayer::Run> TrackLayer::runs(const LayerContext &c, const TrackOverlay::Track &track, int first, int last)
{
    return runs(c, c.projection, track, first, last);
}

std::vector<TrackLayer::Run> TrackLayer::runs(const LayerContext &c, const Projection &projection, const TrackOverlay::Track &track, int first,
                                              int last)
{
    std::vector<Run> out;
    const PartnerMask view = viewMask(c.settings.viewAs);
    const double thinDeg = kThinPx * c.settings.metresPerPixel / kDegToM;
    const double breakPx = std::max(c.settings.size.width(), c.settings.size.height()) * 0.5;
    const QTransform toPixel = c.settings.mapToPixel();
    QPointF lastKept(1e9, 1e9);
    for (int i = first; i <= last; ++i) {
        if ((i & 0xffff) == 0 && c.cancelled()) // a track of millions of samples is a long layer on its own
            return {};
        const PartnerMask mask = track.partners[i] & view;
        const QPointF g = track.groundTrack[i];
        const bool newRun = out.empty() || out.back().mask != mask;
        const bool keep = newRun || i == last || std::abs(g.x() - lastKept.x()) + std::abs(g.y() - lastKept.y()) > thinDeg;
        if (!keep)
            continue;
        const auto projected = projection.forward(g.x(), g.y());
        const auto px = projected ? std::optional(toPixel.map(*projected)) : std::nullopt;
        if (!px) {
            out.push_back({mask, {}}); // a gap: the next point starts a new piece
            continue;
        }
        lastKept = g;
        if (newRun) {
            // Runs share their boundary point, so the colours meet without a gap.
            QPolygonF start;
            if (!out.empty() && !out.back().pixels.isEmpty())
                start << out.back().pixels.back();
            start << *px;
            out.push_back({mask, start});
            continue;
        }
        QPolygonF &line = out.back().pixels;
        if (!line.isEmpty() && QPointF::dotProduct(*px - line.back(), *px - line.back()) > breakPx * breakPx) {
            out.push_back({mask, QPolygonF() << *px}); // the projection's seam
            continue;
        }
        line << *px;
    }
    for (Run &r : out)
        r.pixels = simplified(r.pixels, kSimplifyPx);
    return out;
}

std::vector<QRectF> TrackLayer::endBoxes(const LayerContext &c, const TrackOverlay::Track &t, bool selected)
{
    std::vector<QRectF> boxes;
    if (t.groundTrack.isEmpty())
        return boxes;
    const double r = (selected ? c.style.symbol.selectedTrackEnd : c.style.symbol.trackEnd) * c.scale;
    if (const auto a = c.pixel(t.groundTrack.front().x(), t.groundTrack.front().y()))
        boxes.push_back(QRectF(a->x() - r, a->y() - 1.2 * r, 2 * r, 2 * r));
    if (const auto b = c.pixel(t.groundTrack.back().x(), t.groundTrack.back().y()))
        boxes.push_back(QRectF(b->x() - 2.2 * r, b->y() - 2.2 * r, 4.4 * r, 4.4 * r));
    return boxes;
}

void TrackLayer::draw(LayerContext &c) const
{
    if (!c.settings.tracks)
        return;
    if (m_part == Part::Marks) {
        forEachTrack(c, [&c](const TrackOverlay::Track &t, bool selected, Weight w) {
            if (w != Weight::Faded)
                drawMarks(c, t, selected);
        });
        return;
    }
    const std::vector<Flown> flown = flownRuns(c);
    const TrackOverlay &overlay = *c.settings.tracks;
    const auto flownOf = [&](const TrackOverlay::Track &t) {
        const auto i = static_cast<std::size_t>(&t - overlay.tracks.data());
        return i < flown.size() && flown[i].done ? &flown[i].runs : nullptr;
    };
    const auto drawAll = [&](LayerContext &into) {
        forEachTrack(into, [&](const TrackOverlay::Track &t, bool selected, Weight w) {
            if (w == Weight::Faded)
                drawFaded(into, t, flownOf(t));
            else
                drawLines(into, t, selected, w, flownOf(t));
        });
    };
    if (flown.empty() || !bandsOn.load(std::memory_order_relaxed) || !drawInBands(c, flown, drawAll))
        drawAll(c);
}

template <typename DrawOne>
void TrackLayer::forEachTrack(LayerContext &c, DrawOne drawOne)
{
    const TrackOverlay &overlay = *c.settings.tracks;
    const QString &selectedId = c.settings.selectedTrack;
    const bool anySelected = !selectedId.isEmpty() && overlay.find(selectedId);
    const auto &emphasised = c.settings.emphasised;
    // Among a few tracks the others are dimmed while one is selected; among the hundreds of the record, dimmed
    // stripes would still bury it, so they fade to hairlines.
    const bool crowded = static_cast<int>(overlay.tracks.size()) > c.style.crowdedTracks;
    const auto weightOf = [&](const QString &id) {
        if (emphasised)
            return emphasised->contains(id) ? Weight::Full : Weight::Faded;
        if (!anySelected)
            return Weight::Full;
        return crowded ? Weight::Faded : Weight::Dimmed;
    };
    // Faded tracks first, under everything else, so the others stay legible over them.
    for (const auto &t : overlay.tracks) {
        if (c.cancelled())
            return;
        clearUpperVectorState(); // the last track's opaque strokes left it dirty: see stroke()
        if (t.id != selectedId && weightOf(t.id) == Weight::Faded)
            drawOne(t, false, Weight::Faded);
    }
    for (const auto &t : overlay.tracks) {
        if (c.cancelled())
            return;
        clearUpperVectorState();
        if (const Weight w = weightOf(t.id); t.id != selectedId && w != Weight::Faded)
            drawOne(t, false, w);
    }
    if (const auto *t = anySelected ? overlay.find(selectedId) : nullptr)
        drawOne(*t, true, Weight::Full);
}

void TrackLayer::setDrawInBands(bool on)
{
    bandsOn.store(on);
}

std::vector<TrackLayer::Flown> TrackLayer::flownRuns(const LayerContext &c)
{
    // Among a few tracks each is projected as it is drawn; among many (the record, a file of a thousand), the
    // flown part of every track is projected and simplified on two threads first, each with its own
    // projection, and only the strokes are left to the painter's thread. The same runs either way.
    const TrackOverlay &overlay = *c.settings.tracks;
    const QString &selectedId = c.settings.selectedTrack;
    std::vector<Flown> flown;
    // Counted among the tracks drawn at this time, not the overlay's: a playback frame of the record shows a
    // few, and is quicker without a second thread.
    const auto drawn = std::count_if(overlay.tracks.begin(), overlay.tracks.end(), [&](const TrackOverlay::Track &t) {
        const auto shown = shownAt(t, c.settings, t.id == selectedId);
        return shown && !(shown->now && *shown->now < 0);
    });
    if (static_cast<std::size_t>(drawn) < kProjectAheadTracks)
        return flown;
    flown.resize(overlay.tracks.size());
    parallelForWith(
        overlay.tracks.size(), [&c] { return Projection(c.settings.projection); },
        [&](const Projection &projection, std::size_t i) {
            const TrackOverlay::Track &t = overlay.tracks[i];
            const auto shown = shownAt(t, c.settings, t.id == selectedId);
            if (c.cancelled() || !shown || (shown->now && *shown->now < 0))
                return;
            flown[i].runs = runs(c, projection, t, shown->first, shown->flownLast);
            flown[i].done = true;
        });
    return flown;
}

void TrackLayer::drawFaded(LayerContext &c, const TrackOverlay::Track &t, const std::vector<Run> *flown)
{
    const auto shown = shownAt(t, c.settings, false);
    if (!shown)
        return;
    QColor grey = c.style.colour.unheld;
    grey.setAlpha(c.style.colour.faded);
    c.painter.setPen(QPen(grey, c.px(c.style.line.faded), Qt::SolidLine, Qt::RoundCap, kJoin));
    c.painter.setBrush(Qt::NoBrush);
    for (const Run &r : flown ? *flown : runs(c, t, shown->first, shown->flownLast))
        c.painter.drawPolyline(r.pixels);
}

void TrackLayer::drawLines(LayerContext &c, const TrackOverlay::Track &t, bool selected, Weight weight, const std::vector<Run> *flownRuns)
{
    const bool dimmed = weight == Weight::Dimmed;
    const auto shown = shownAt(t, c.settings, selected);
    if (!shown)
        return;
    const MapStyle &st = c.style;
    QPainter &p = c.painter;
    const int n = t.groundTrack.size();
    const double s = c.scale;
    const std::optional<double> now = shown->now; // seconds since launch
    const int shownFirst = shown->first, shownLast = shown->flownLast;
    const bool inFlight = now && *now < t.flightTimeS;
    if (now && *now < 0) {
        QPen future(st.colour.unheld, c.stroke(st.line.beforeLaunch), Qt::DashLine, Qt::RoundCap);
        p.setPen(future);
        p.setBrush(Qt::NoBrush);
        for (const Run &r : runs(c, t, 0, n - 1))
            p.drawPolyline(r.pixels);
        return;
    }
    const double stripe = (selected ? st.line.selectedStripe : st.line.stripe) * s;
    const int alpha = dimmed ? st.colour.dimmed : 255;

    // The path still to fly: faint and dashed, to the predicted impact.
    if (inFlight && shownLast < n - 1) {
        QColor faint = st.colour.unheld;
        faint.setAlpha(selected ? st.colour.selectedFuture : st.colour.future);
        p.setPen(QPen(faint, c.stroke(st.line.future), Qt::DashLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        for (const Run &r : runs(c, t, shownLast, n - 1))
            p.drawPolyline(r.pixels);
    }

    const std::vector<Run> flown = flownRuns ? *flownRuns : runs(c, t, shownFirst, shownLast);
    // Each pen strokes one path per track (the casings of a width, the grey runs, each partner's lane), not
    // one polyline per run: a stroke costs Qt a set-up and a hand-off of its fill to its thread pool, and a
    // track of many short partner runs paid that dozens of times. Stripes keep the partners' order, so where
    // two lanes touch the same colour lies on top as before.
    if (c.cancelled())
        return;
    std::array<QPainterPath, 4> casings; // by partner count: 0 is the unheld casing
    QPainterPath grey;
    std::array<QPainterPath, kAllPartners.size()> lanes;
    for (const Run &r : flown) {
        const int k = partnerCount(r.mask);
        casings[static_cast<std::size_t>(k)].addPolygon(r.pixels);
        if (!r.mask) {
            grey.addPolygon(r.pixels);
            continue;
        }
        int lane = 0;
        for (std::size_t i = 0; i < kAllPartners.size(); ++i) {
            if (!(r.mask & partnerBit(kAllPartners[i])))
                continue;
            lanes[i].addPolygon(offsetLine(r.pixels, (lane - (k - 1) / 2.0) * stripe));
            ++lane;
        }
    }
    p.setBrush(Qt::NoBrush);
    for (int k = 0; k < 4; ++k) {
        const double width = k ? k * stripe + c.px(st.line.casing) : c.px(st.line.unheldCasing);
        if (!casings[static_cast<std::size_t>(k)].isEmpty())
            stroke(p, casings[static_cast<std::size_t>(k)], QPen(st.textHalo, width, Qt::SolidLine, Qt::FlatCap, kJoin));
    }
    if (c.cancelled())
        return;
    if (!grey.isEmpty()) {
        QColor unheld = st.colour.unheld;
        unheld.setAlpha(alpha);
        stroke(p, grey, QPen(unheld, c.stroke(st.line.unheld), Qt::SolidLine, Qt::FlatCap, kJoin));
    }
    for (std::size_t i = 0; i < kAllPartners.size(); ++i) {
        if (lanes[i].isEmpty())
            continue;
        QColor colour = partnerColor(kAllPartners[i]);
        colour.setAlpha(alpha);
        stroke(p, lanes[i], QPen(colour, stripe, Qt::SolidLine, Qt::FlatCap, kJoin));
    }
}

void TrackLayer::drawMarks(LayerContext &c, const TrackOverlay::Track &t, bool selected)
{
    const auto shown = shownAt(t, c.settings, selected);
    if (!shown || (shown->now && *shown->now < 0) || c.cancelled())
        return;
    const MapStyle &st = c.style;
    QPainter &p = c.painter;
    const int n = t.groundTrack.size();
    const double s = c.scale;
    const std::optional<double> now = shown->now; // seconds since launch
    const int shownLast = shown->flownLast;
    const bool inFlight = now && *now < t.flightTimeS;

    // Launch site: a triangle; impact: a cross, solid once it has happened, a ringed cross while predicted.
    const QColor ink = st.colour.ink;
    const double r = (selected ? st.symbol.selectedTrackEnd : st.symbol.trackEnd) * s;
    if (const auto a = c.pixel(t.groundTrack.front().x(), t.groundTrack.front().y())) {
        QPolygonF tri;
        tri << *a + QPointF(0, -r * 1.2) << *a + QPointF(r, r * 0.8) << *a + QPointF(-r, r * 0.8);
        p.setPen(QPen(st.textHalo, c.px(st.line.symbolOutline)));
        p.setBrush(ink);
        p.drawPolygon(tri);
    }
    if (const auto b = c.pixel(t.groundTrack.back().x(), t.groundTrack.back().y())) {
        const bool predicted = inFlight;
        p.setBrush(Qt::NoBrush);
        for (const auto &[colour, width] : {std::pair{st.textHalo, c.px(st.line.impactCasing)}, std::pair{st.colour.impact, c.px(st.line.impact)}}) {
            p.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(*b + QPointF(-r, -r), *b + QPointF(r, r));
            p.drawLine(*b + QPointF(-r, r), *b + QPointF(r, -r));
        }
        if (predicted) {
            p.setPen(QPen(st.colour.impact, c.px(st.line.predictedImpact), Qt::DashLine));
            p.drawEllipse(*b, 2.2 * r, 2.2 * r);
        }
    }

    // The current position with its label while in flight; the selected track always has a label.
    if (!now || (!inFlight && !selected))
        return;
    const double shownT = std::min(*now, t.flightTimeS);
    const int i = shownLast;
    const int j = std::min(i + 1, n - 1);
    const double span = t.timesS[j] - t.timesS[i];
    const double f = span > 0 ? std::clamp((shownT - t.timesS[i]) / span, 0.0, 1.0) : 0.0;
    const QPointF g = t.groundTrack[i] + (t.groundTrack[j] - t.groundTrack[i]) * f;
    const auto at = c.pixel(g.x(), g.y());
    if (!at)
        return;
    const double altKm = (t.altM[i] + (t.altM[j] - t.altM[i]) * f) / 1000.0;
    const PartnerMask held = t.partners[i] & viewMask(c.settings.viewAs);
    QColor dot = ink;
    for (Partner partner : kAllPartners)
        if (held & partnerBit(partner)) {
            dot = partnerColor(partner);
            break;
        }
    const double mr = (selected ? st.symbol.selectedMarker : st.symbol.marker) * s;
    p.setPen(QPen(st.textHalo, c.px(st.line.markerOutline)));
    p.setBrush(dot);
    p.drawEllipse(*at, mr, mr);
    p.setPen(QPen(ink, c.px(st.line.markerRing)));
    p.setBrush(Qt::NoBrush);
    const double ring = mr + c.px(st.symbol.markerRingGap);
    p.drawEllipse(*at, ring, ring);

    const QString text = inFlight ? QStringLiteral("%1 · %2 alt · %3").arg(t.label, text::height(altKm * 1000.0, c.settings.units), text::missionTime(shownT))
                                  : QStringLiteral("%1 · impact %2").arg(t.label, text::missionTime(t.flightTimeS));
    const QFont labelFont = c.labels.font(selected ? st.type.selectedTrackLabel : st.type.trackLabel);
    const QFontMetricsF fm(labelFont);
    const double w = fm.horizontalAdvance(text) + 12 * s, h = fm.height() + 6 * s;
    // Try right, left, above, below; skip the label (not the marker) if all collide. The selected track's
    // label may lie over the others' (it is drawn last, on top), never over the legend or the clock.
    for (const QPointF off : {QPointF(mr + 8 * s, -h / 2), QPointF(-mr - 8 * s - w, -h / 2), QPointF(-w / 2, -mr - 8 * s - h),
                              QPointF(-w / 2, mr + 8 * s)}) {
        const QRectF box(*at + off, QSizeF(w, h));
        if (!c.frame.contains(box) || !c.labels.isFree(box, selected))
            continue;
        c.labels.take(box);
        QColor panel = st.panel;
        panel.setAlpha(selected ? st.colour.selectedLabelPanel : st.colour.labelPanel);
        c.labels.boxedText(box, text, labelFont, panel, QPen(selected ? dot : QColor(0, 0, 0, 0), c.px(st.line.labelOutline)), st.text);
        break;
    }
}

} // namespace trilink::maps
