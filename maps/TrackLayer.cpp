// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/TrackLayer.h"

#include "core/Geodesic.h"
#include "core/Text.h"
#include "maps/GeometryProjector.h"
#include "maps/PartnerStyle.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace trilink::maps {
namespace {
constexpr double kDegToM = 111'195.0;
constexpr double kShownAfterImpactS = 600.0;

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
    const auto normal = [](QPointF a, QPointF b) {
        const QPointF d = b - a;
        const double len = std::hypot(d.x(), d.y());
        return len > 0 ? QPointF(d.y() / len, -d.x() / len) : QPointF(0, 0);
    };
    for (int i = 0; i < line.size(); ++i) {
        const QPointF n1 = i > 0 ? normal(line[i - 1], line[i]) : normal(line[0], line[1]);
        const QPointF n2 = i + 1 < line.size() ? normal(line[i], line[i + 1]) : n1;
        QPointF n = n1 + n2;
        const double len = std::hypot(n.x(), n.y());
        n = len > 1e-9 ? n / len : n1;
        const double cosHalf = std::max(0.5, n.x() * n1.x() + n.y() * n1.y());
        out << line[i] + n * (offset / cosHalf);
    }
    return out;
}

QString thousands(double v)
{
    return QLocale(QLocale::English).toString(std::llround(v));
}
} // namespace

double bannerHeight(const MapSettings &settings)
{
    return settings.banner.isEmpty() ? 0.0 : std::round(26.0 * settings.uiScale());
}

QRectF bannerFreeFrame(const MapSettings &settings)
{
    const double h = bannerHeight(settings);
    return QRectF(0, h, settings.size.width(), settings.size.height() - 2 * h);
}

TrackLayer::TrackLayer(QPainter &painter, const MapSettings &settings, const Projection &projection, const MapStyle &style)
    : m_painter(painter)
    , m_settings(settings)
    , m_projection(projection)
    , m_style(style)
    , m_scale(settings.uiScale())
    , m_frame(bannerFreeFrame(settings))
{
}

QFont TrackLayer::font(double px, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(px * m_scale))));
    f.setBold(bold);
    return f;
}

void TrackLayer::haloText(QPointF baseline, const QString &text, const QFont &f, const QColor &colour)
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
        m_painter.setPen(colour);
        m_painter.drawText(baseline, text);
        return;
    }
    QPainterPath path;
    path.addText(baseline, f, text);
    m_painter.setPen(QPen(m_style.textHalo, 3.0 * m_scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawPath(path);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(colour);
    m_painter.drawPath(path);
}

std::optional<QPointF> TrackLayer::pixel(double lon, double lat) const
{
    const auto p = m_projection.forward(lon, lat);
    if (!p)
        return std::nullopt;
    return m_settings.toPixel(*p);
}

QPainterPath TrackLayer::pathOf(const QPolygonF &lonLat, bool closed) const
{
    QPainterPath path;
    const GeometryProjector projector(m_projection);
    if (closed)
        projector.addRing(path, lonLat);
    else
        projector.addLine(path, lonLat);
    return m_settings.mapToPixel().map(path);
}

std::vector<TrackLayer::Run> TrackLayer::runs(const TrackOverlay::Track &track, int first, int last) const
{
    std::vector<Run> out;
    const PartnerMask view = viewMask(m_settings.viewAs);
    const double thinDeg = 1.2 * m_settings.metresPerPixel / kDegToM;
    const double breakPx = std::max(m_settings.size.width(), m_settings.size.height()) * 0.5;
    QPointF lastKept(1e9, 1e9);
    for (int i = first; i <= last; ++i) {
        const PartnerMask mask = track.partners[i] & view;
        const QPointF g = track.groundTrack[i];
        const bool newRun = out.empty() || out.back().mask != mask;
        const bool keep = newRun || i == last || std::abs(g.x() - lastKept.x()) + std::abs(g.y() - lastKept.y()) > thinDeg;
        if (!keep)
            continue;
        const auto px = pixel(g.x(), g.y());
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
        if (!line.isEmpty() && QLineF(line.back(), *px).length() > breakPx) {
            out.push_back({mask, QPolygonF() << *px}); // the projection's seam
            continue;
        }
        line << *px;
    }
    return out;
}

void TrackLayer::drawAreas(const TrackOverlay &overlay)
{
    if (m_settings.showEez) {
        QColor fill = m_style.accent;
        fill.setAlpha(m_settings.theme == MapTheme::Dark ? 14 : 20);
        QColor edge = m_style.accent;
        edge.setAlpha(150);
        QPen pen(edge, 1.2 * m_scale, Qt::DashDotLine);
        for (const QPolygonF &ring : overlay.eez) {
            m_painter.setPen(Qt::NoPen);
            m_painter.setBrush(fill);
            m_painter.drawPath(pathOf(ring, true));
            m_painter.setBrush(Qt::NoBrush);
            m_painter.setPen(pen);
            m_painter.drawPath(pathOf(ring, false));
        }
        if (!overlay.eez.empty())
            if (const auto at = pixel(141.2, 29.6); at && m_frame.contains(*at))
                haloText(*at, QStringLiteral("JAPAN EEZ (APPROX.)"), font(11, true), edge);
    }
    for (const auto &s : overlay.sensors) {
        if (!(m_settings.coveragePartners & partnerBit(s.partner)) || s.coverage.isEmpty())
            continue;
        QColor c = partnerColor(s.partner);
        QColor fill = c;
        // Faint fills: where fans overlap (most of the region) they must not wash the map out.
        fill.setAlpha(m_settings.theme == MapTheme::Dark ? 12 : 16);
        c.setAlpha(170);
        m_painter.setPen(QPen(c, 1.0 * m_scale));
        m_painter.setBrush(fill);
        m_painter.drawPath(pathOf(s.coverage, true));
        c.setAlpha(90);
        m_painter.setPen(QPen(c, 1.0 * m_scale, Qt::DotLine));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawPath(pathOf(s.rangeArc, false));
    }
}

void TrackLayer::drawTracks(const TrackOverlay &overlay)
{
    // Labels keep clear of the legend and the clock, which are drawn over the tracks.
    if (m_settings.showLegend) {
        m_reserved.push_back(legendBox(overlay));
        m_reserved.push_back(clockBox(&overlay));
    }
    const bool anySelected = !m_settings.selectedTrack.isEmpty() && overlay.find(m_settings.selectedTrack);
    for (const auto &t : overlay.tracks)
        if (t.id != m_settings.selectedTrack)
            drawTrack(t, false, anySelected);
    if (const auto *t = anySelected ? overlay.find(m_settings.selectedTrack) : nullptr)
        drawTrack(*t, true, false);
}

void TrackLayer::drawTrack(const TrackOverlay::Track &t, bool selected, bool dimmed)
{
    const int n = t.groundTrack.size();
    if (n < 2)
        return;
    const double s = m_scale;
    const bool dark = m_settings.theme == MapTheme::Dark;
    int shownLast = n - 1;
    int shownFirst = 0;
    std::optional<double> now; // seconds since launch
    if (m_settings.timeMs) {
        now = (*m_settings.timeMs - static_cast<double>(t.launchMsUtc)) / 1000.0;
        // A playback shows what is happening: tracks not launched yet, or down more than ten minutes ago,
        // stay off the map unless selected (the selected one shows its whole predicted path before launch).
        if (!selected && (*now < 0 || *now > t.flightTimeS + kShownAfterImpactS))
            return;
        shownLast = static_cast<int>(std::upper_bound(t.timesS.begin(), t.timesS.end(), static_cast<float>(*now)) - t.timesS.begin()) - 1;
        shownLast = std::clamp(shownLast, 0, n - 1);
        if (m_settings.trailS > 0) {
            const float from = static_cast<float>(*now - m_settings.trailS);
            shownFirst = std::clamp(static_cast<int>(std::lower_bound(t.timesS.begin(), t.timesS.end(), from) - t.timesS.begin()), 0, shownLast);
        }
    }
    const bool inFlight = now && *now < t.flightTimeS;
    if (now && *now < 0) {
        QPen future(unheldColor(dark), 1.6 * s, Qt::DashLine, Qt::RoundCap);
        m_painter.setPen(future);
        m_painter.setBrush(Qt::NoBrush);
        for (const Run &r : runs(t, 0, n - 1))
            m_painter.drawPolyline(r.pixels);
        return;
    }
    const double stripe = (selected ? 3.6 : 2.6) * s;
    const int alpha = dimmed ? 150 : 255;

    // The path still to fly: faint and dashed, to the predicted impact.
    if (inFlight && shownLast < n - 1) {
        QPen future(unheldColor(dark), 1.2 * s, Qt::DashLine, Qt::RoundCap);
        future.setColor(QColor(future.color().red(), future.color().green(), future.color().blue(), selected ? 170 : 90));
        m_painter.setPen(future);
        m_painter.setBrush(Qt::NoBrush);
        for (const Run &r : runs(t, shownLast, n - 1))
            m_painter.drawPolyline(r.pixels);
    }

    const std::vector<Run> flown = runs(t, shownFirst, shownLast);
    // A dark casing under the stripes keeps them legible over land, sea and coverage.
    for (const Run &r : flown) {
        const int k = std::max(1, partnerCount(r.mask));
        const double width = r.mask ? k * stripe + 2.0 * s : 2.4 * s;
        m_painter.setPen(QPen(m_style.textHalo, width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
        m_painter.drawPolyline(r.pixels);
    }
    for (const Run &r : flown) {
        if (!r.mask) {
            QColor grey = unheldColor(dark);
            grey.setAlpha(alpha);
            m_painter.setPen(QPen(grey, 1.4 * s, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
            m_painter.drawPolyline(r.pixels);
            continue;
        }
        const int k = partnerCount(r.mask);
        int lane = 0;
        for (Partner p : kAllPartners) {
            if (!(r.mask & partnerBit(p)))
                continue;
            const double offset = (lane - (k - 1) / 2.0) * stripe;
            QColor c = partnerColor(p);
            c.setAlpha(alpha);
            m_painter.setPen(QPen(c, stripe, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
            m_painter.drawPolyline(offsetLine(r.pixels, offset));
            ++lane;
        }
    }

    // Launch site: a triangle; impact: a cross, solid once it has happened, a ringed cross while predicted.
    const QColor ink = dark ? QColor(0xF2, 0xF4, 0xF7) : QColor(0x1B, 0x1F, 0x24);
    const double r = (selected ? 6.0 : 4.5) * s;
    if (const auto a = pixel(t.groundTrack.front().x(), t.groundTrack.front().y())) {
        QPolygonF tri;
        tri << *a + QPointF(0, -r * 1.2) << *a + QPointF(r, r * 0.8) << *a + QPointF(-r, r * 0.8);
        m_painter.setPen(QPen(m_style.textHalo, 1.5 * s));
        m_painter.setBrush(ink);
        m_painter.drawPolygon(tri);
    }
    if (const auto b = pixel(t.groundTrack.back().x(), t.groundTrack.back().y())) {
        const bool predicted = inFlight;
        m_painter.setBrush(Qt::NoBrush);
        for (const auto &[colour, width] : {std::pair{m_style.textHalo, 4.0 * s}, std::pair{QColor(0xFF, 0x5A, 0x4E), 2.0 * s}}) {
            m_painter.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap));
            m_painter.drawLine(*b + QPointF(-r, -r), *b + QPointF(r, r));
            m_painter.drawLine(*b + QPointF(-r, r), *b + QPointF(r, -r));
        }
        if (predicted) {
            m_painter.setPen(QPen(QColor(0xFF, 0x5A, 0x4E), 1.4 * s, Qt::DashLine));
            m_painter.drawEllipse(*b, 2.2 * r, 2.2 * r);
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
    const auto at = pixel(g.x(), g.y());
    if (!at)
        return;
    const double altKm = (t.altM[i] + (t.altM[j] - t.altM[i]) * f) / 1000.0;
    const PartnerMask held = t.partners[i] & viewMask(m_settings.viewAs);
    QColor dot = ink;
    for (Partner p : kAllPartners)
        if (held & partnerBit(p)) {
            dot = partnerColor(p);
            break;
        }
    const double mr = (selected ? 7.5 : 5.5) * s;
    m_painter.setPen(QPen(m_style.textHalo, 2.5 * s));
    m_painter.setBrush(dot);
    m_painter.drawEllipse(*at, mr, mr);
    m_painter.setPen(QPen(ink, 1.5 * s));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawEllipse(*at, mr + 3 * s, mr + 3 * s);

    const QString text = inFlight ? QStringLiteral("%1 · %2 km alt · %3").arg(t.label, thousands(altKm), text::missionTime(shownT))
                                  : QStringLiteral("%1 · impact %2").arg(t.label, text::missionTime(t.flightTimeS));
    const QFont f1 = font(selected ? 14 : 12, selected);
    const QFontMetricsF fm(f1);
    const double w = fm.horizontalAdvance(text) + 12 * s, h = fm.height() + 6 * s;
    // Try right, left, above, below; skip the label (not the marker) if all collide.
    for (const QPointF off : {QPointF(mr + 8 * s, -h / 2), QPointF(-mr - 8 * s - w, -h / 2), QPointF(-w / 2, -mr - 8 * s - h),
                              QPointF(-w / 2, mr + 8 * s)}) {
        const QRectF box(*at + off, QSizeF(w, h));
        if (!m_frame.contains(box) || std::any_of(m_reserved.begin(), m_reserved.end(), [&](const QRectF &o) { return o.intersects(box); }))
            continue;
        if (!selected && std::any_of(m_labels.begin(), m_labels.end(), [&](const QRectF &o) { return o.intersects(box); }))
            continue;
        m_labels.push_back(box);
        QColor panel = m_style.panel;
        panel.setAlpha(selected ? 235 : 200);
        m_painter.setPen(QPen(selected ? dot : QColor(0, 0, 0, 0), 1.5 * s));
        m_painter.setBrush(panel);
        m_painter.drawRoundedRect(box, 4 * s, 4 * s);
        m_painter.setPen(m_style.text);
        m_painter.setFont(f1);
        m_painter.drawText(box, Qt::AlignCenter, text);
        break;
    }
}

void TrackLayer::drawSensors(const TrackOverlay &overlay)
{
    const double s = m_scale;
    const bool labels = m_settings.metresPerPixel < 2600;
    for (const auto &m : overlay.sensors) {
        if (!(m_settings.sensorPartners & partnerBit(m.partner)) || m.kind == SensorKind::SpaceIr)
            continue;
        const auto at = pixel(m.lonLat.x(), m.lonLat.y());
        if (!at || !m_frame.contains(*at))
            continue;
        const QColor c = partnerColor(m.partner);
        const double r = 6.0 * s;
        m_painter.setPen(QPen(m_style.textHalo, 1.8 * s));
        m_painter.setBrush(c);
        if (m.kind == SensorKind::RadarShip) {
            QPolygonF hull; // a ship seen from above
            hull << *at + QPointF(-r * 1.3, -r * 0.45) << *at + QPointF(r * 0.7, -r * 0.45) << *at + QPointF(r * 1.4, 0)
                 << *at + QPointF(r * 0.7, r * 0.45) << *at + QPointF(-r * 1.3, r * 0.45);
            m_painter.drawPolygon(hull);
        } else {
            QPolygonF diamond; // a ground radar
            diamond << *at + QPointF(0, -r) << *at + QPointF(r, 0) << *at + QPointF(0, r) << *at + QPointF(-r, 0);
            m_painter.drawPolygon(diamond);
        }
        if (labels) {
            const QString text = m.notional ? m.id + QStringLiteral("*") : m.id;
            haloText(*at + QPointF(r + 4 * s, r + 6 * s), text, font(10), c);
        }
    }
}

void TrackLayer::drawMeasure(const QLineF &m)
{
    const double s = m_scale;
    const auto g = geodesic::inverse(m.x1(), m.y1(), m.x2(), m.y2());
    QPolygonF line;
    for (int i = 0; i <= 64; ++i) {
        const auto p = geodesic::direct(m.x1(), m.y1(), g.azimuth1Deg, g.distanceM * i / 64.0);
        line << QPointF(p.lon, p.lat);
    }
    const QColor c(0xFF, 0xFF, 0xFF);
    const QPainterPath path = pathOf(line, false);
    m_painter.setBrush(Qt::NoBrush);
    m_painter.setPen(QPen(QColor(0, 0, 0, 200), 4 * s, Qt::SolidLine, Qt::RoundCap));
    m_painter.drawPath(path);
    m_painter.setPen(QPen(c, 2 * s, Qt::DashLine, Qt::RoundCap));
    m_painter.drawPath(path);
    for (const QPointF &end : {m.p1(), m.p2()})
        if (const auto p = pixel(end.x(), end.y())) {
            m_painter.setPen(QPen(QColor(0, 0, 0, 200), 2 * s));
            m_painter.setBrush(c);
            m_painter.drawEllipse(*p, 4.5 * s, 4.5 * s);
        }
    const auto mid = geodesic::direct(m.x1(), m.y1(), g.azimuth1Deg, g.distanceM / 2);
    if (const auto p = pixel(mid.lon, mid.lat)) {
        const double bearing = std::fmod(g.azimuth1Deg + 360.0, 360.0);
        const QString text = QStringLiteral("%1 km · %2°").arg(QLocale(QLocale::English).toString(g.distanceM / 1000.0, 'f', 1))
                                 .arg(bearing, 5, 'f', 1, QLatin1Char('0'));
        haloText(*p + QPointF(8 * s, -8 * s), text, font(14, true), c);
    }
}

QStringList TrackLayer::legendNotes(const TrackOverlay &overlay) const
{
    QStringList notes;
    notes << QStringLiteral("View: ") + text::viewAsDescription(m_settings.viewAs);
    if (!overlay.sensors.empty())
        notes << QStringLiteral("Coverage: targets at %1 km").arg(thousands(overlay.coverageAltM / 1000.0));
    return notes;
}

QRectF TrackLayer::legendBox(const TrackOverlay &overlay) const
{
    const double s = m_scale;
    const QFontMetricsF ft(font(11, true)), fb(font(12));
    const double pad = 10 * s, row = fb.height() + 5 * s, swatch = 26 * s;
    const QStringList notes = legendNotes(overlay);
    const int rows = kPartnerCount + 2 + static_cast<int>(notes.size()) + (overlay.notionalLaydown ? 1 : 0);
    double w = 0;
    for (const QString &n : notes)
        w = std::max(w, fb.horizontalAdvance(n));
    w = std::max({w, swatch + 8 * s + fb.horizontalAdvance(QStringLiteral("Republic of Korea (KOR)")),
                  fb.horizontalAdvance(QStringLiteral("NOTIONAL SENSOR LAYDOWN*"))});
    return QRectF(m_frame.left() + 12 * s, m_frame.top() + 12 * s, w + 2 * pad, ft.height() + rows * row + 2 * pad);
}

std::pair<QString, QString> TrackLayer::clockLines(const TrackOverlay *overlay) const
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::floor(*m_settings.timeMs)), QTimeZone::utc());
    const QDateTime kst = utc.toTimeZone(QTimeZone(9 * 3600));
    QString line1 = utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
    QString line2 = QStringLiteral("KST %1  ·  JST %1").arg(kst.toString(QStringLiteral("HH:mm:ss")));
    if (overlay && !m_settings.selectedTrack.isEmpty())
        if (const auto *t = overlay->find(m_settings.selectedTrack)) {
            const double since = (*m_settings.timeMs - static_cast<double>(t->launchMsUtc)) / 1000.0;
            line1 += QStringLiteral("   ") + text::missionTime(since);
            line2 += QStringLiteral("  ·  ") + t->label;
        }
    return {line1, line2};
}

QRectF TrackLayer::clockBox(const TrackOverlay *overlay) const
{
    if (!m_settings.timeMs)
        return {};
    const double s = m_scale;
    const auto [line1, line2] = clockLines(overlay);
    const QFontMetricsF fc(font(17, true)), fs(font(11));
    const double w = std::max(fc.horizontalAdvance(line1), fs.horizontalAdvance(line2)) + 28 * s;
    const double h = fc.height() + fs.height() + 16 * s;
    return QRectF(m_frame.center().x() - w / 2, m_frame.top() + 12 * s, w, h);
}

void TrackLayer::drawLegend(const TrackOverlay *overlay)
{
    const double s = m_scale;
    const QFont title = font(11, true), body = font(12);
    const QFontMetricsF ft(title), fb(body);
    QColor panel = m_style.panel;
    panel.setAlpha(225);

    if (overlay) {
        // Legend, top left: partner stripes, not held, markers, the view and the laydown's status.
        const double pad = 10 * s, row = fb.height() + 5 * s, swatch = 26 * s;
        const QStringList notes = legendNotes(*overlay);
        const QRectF box = legendBox(*overlay);
        m_painter.setPen(QPen(m_style.graticuleLabel, 1 * s));
        m_painter.setBrush(panel);
        m_painter.drawRoundedRect(box, 6 * s, 6 * s);
        double y = box.top() + pad + ft.ascent();
        m_painter.setPen(m_style.graticuleLabel);
        m_painter.setFont(title);
        m_painter.drawText(QPointF(box.left() + pad, y), QStringLiteral("TRACK HELD BY"));
        y += ft.descent() + 4 * s;
        m_painter.setFont(body);
        const auto swatchRow = [&](const QColor &c, double width, const QString &text, bool dashed) {
            const double cy = y + row / 2;
            m_painter.setPen(QPen(m_style.textHalo, width + 2 * s, Qt::SolidLine, Qt::FlatCap));
            m_painter.drawLine(QPointF(box.left() + pad, cy), QPointF(box.left() + pad + swatch, cy));
            m_painter.setPen(QPen(c, width, dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap));
            m_painter.drawLine(QPointF(box.left() + pad, cy), QPointF(box.left() + pad + swatch, cy));
            m_painter.setPen(m_style.text);
            m_painter.drawText(QPointF(box.left() + pad + swatch + 8 * s, cy + fb.ascent() / 2 - 1 * s), text);
            y += row;
        };
        for (Partner p : kAllPartners)
            swatchRow(partnerColor(p), 4 * s, QStringLiteral("%1 (%2)").arg(partnerDisplayName(p), partnerCode(p)), false);
        swatchRow(unheldColor(m_settings.theme == MapTheme::Dark), 1.6 * s, QStringLiteral("not held"), false);
        swatchRow(unheldColor(m_settings.theme == MapTheme::Dark), 1.4 * s, QStringLiteral("still to fly (predicted)"), true);
        for (const QString &n : notes) {
            m_painter.setPen(m_style.text);
            m_painter.drawText(QPointF(box.left() + pad, y + fb.ascent()), n);
            y += row;
        }
        if (overlay->notionalLaydown) {
            m_painter.setPen(QColor(0xFF, 0xB0, 0x20));
            m_painter.setFont(font(12, true));
            m_painter.drawText(QPointF(box.left() + pad, y + fb.ascent()), QStringLiteral("NOTIONAL SENSOR LAYDOWN*"));
        }
    }

}

void TrackLayer::drawClock(const TrackOverlay *overlay)
{
    if (!m_settings.timeMs)
        return;
    const double s = m_scale;
    const QFont clockFont = font(17, true), small = font(11);
    QColor panel = m_style.panel;
    panel.setAlpha(225);
    // The clock, top centre: UTC with KST and JST, and T+ of the selected track.
    const auto [line1, line2] = clockLines(overlay);
    const QFontMetricsF fc(clockFont), fs(small);
    const QRectF box = clockBox(overlay);
    const double w = box.width();
    m_painter.setPen(QPen(m_style.graticuleLabel, 1 * s));
    m_painter.setBrush(panel);
    m_painter.drawRoundedRect(box, 6 * s, 6 * s);
    m_painter.setPen(m_style.text);
    m_painter.setFont(clockFont);
    m_painter.drawText(QRectF(box.left(), box.top() + 6 * s, w, fc.height()), Qt::AlignCenter, line1);
    m_painter.setPen(m_style.graticuleLabel);
    m_painter.setFont(small);
    m_painter.drawText(QRectF(box.left(), box.top() + 8 * s + fc.height(), w, fs.height()), Qt::AlignCenter, line2);
}

void TrackLayer::drawBanner(const QString &text)
{
    const double h = bannerHeight(m_settings);
    const QFont f = font(14, true);
    const QColor green(0x00, 0x7A, 0x33); // the usual colour of an unclassified marking
    for (const QRectF strip : {QRectF(0, 0, m_settings.size.width(), h), QRectF(0, m_settings.size.height() - h, m_settings.size.width(), h)}) {
        m_painter.fillRect(strip, green);
        m_painter.setPen(Qt::white);
        m_painter.setFont(f);
        m_painter.drawText(strip, Qt::AlignCenter, text);
    }
}

} // namespace trilink::maps
