// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/export/SideViewPainter.h"

#include "core/Geodesic.h"
#include "core/Text.h"
#include "core/VisibilityModel.h"
#include "maps/PartnerStyle.h"
#include "maps/PhaseStyle.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace trilink::maps {
namespace {

// The dock's translation context: the strings moved here from widgets/SideView.
QString tr(const char *text) { return QCoreApplication::translate("trilink::widgets::SideView", text); }

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

// 1, 2 or 5 times a power of ten, so that span / step is about `count`.
double niceStep(double span, double count)
{
    const double raw = span / std::max(1.0, count);
    const double mag = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-9))));
    const double n = raw / mag;
    return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * mag;
}

double niceTimeStep(double spanS, double count)
{
    static constexpr std::array<double, 12> kSteps{5, 10, 15, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600};
    for (double s : kSteps)
        if (spanS / s <= count)
            return s;
    return kSteps.back();
}

} // namespace

struct SideViewPainter::Frame {
    QRect area;
    const QPaintDevice *device = nullptr;
    QRect plot;
    QRect strip; // the held strip under the plot
    int laneH = 0;
};

QFont SideViewPainter::scaledFont(double factor, bool bold) const
{
    QFont f = m_style.font;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(std::max(6.0, f.pointSizeF() * m_style.fontScale * factor));
    else
        f.setPixelSize(std::max(8, static_cast<int>(std::lround(f.pixelSize() * m_style.fontScale * factor))));
    f.setBold(bold);
    return f;
}

void SideViewPainter::setTrack(const ScenarioTrack *track, const SensorLaydown &laydown, ViewAs viewAs)
{
    m_track = track && !track->samples.empty() ? track : nullptr;
    m_viewAs = viewAs;
    m_rangeKm.clear();
    m_edges.clear();
    for (auto &h : m_heldS)
        h.clear();
    if (!m_track)
        return;
    const auto &samples = m_track->samples;
    m_rangeKm.reserve(samples.size());
    double km = 0, maxAltM = 0;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        if (i > 0)
            km += geodesic::inverse(samples[i - 1].lon, samples[i - 1].lat, samples[i].lon, samples[i].lat).distanceM / 1000.0;
        m_rangeKm.push_back(km);
        maxAltM = std::max(maxAltM, samples[i].altM);
    }
    m_rangeMaxKm = std::max(1.0, km * 1.02);
    m_timeMaxS = std::max(1.0, samples.back().timeS * 1.02);
    m_altMaxKm = std::max(1.0, maxAltM / 1000.0 * 1.15);

    const PartnerMask mask = viewMask(viewAs);
    const AttributionResult &a = m_track->attribution;
    for (Partner p : kAllPartners) {
        if (!(mask & partnerBit(p)))
            continue;
        auto &spans = m_heldS[partnerIndex(p)];
        for (int i = 0; i + 1 < a.sampleCount(); ++i) {
            if (!(a.partnersAt[i] & partnerBit(p)))
                continue;
            if (!spans.empty() && spans.back().second >= a.sampleTimesS[i])
                spans.back().second = a.sampleTimesS[i + 1];
            else
                spans.emplace_back(a.sampleTimesS[i], a.sampleTimesS[i + 1]);
        }
    }
    findCoverageEdges(laydown, viewAs);
}

void SideViewPainter::findCoverageEdges(const SensorLaydown &laydown, ViewAs viewAs)
{
    const ScenarioTrack &t = *m_track;
    const std::vector<Sensor> &sensors = laydown.sensors();
    const VisibilityModel model(sensors);
    const PartnerMask mask = viewMask(viewAs);
    for (int s = 0; s < model.sensorCount(); ++s) {
        const Sensor &sensor = sensors[s];
        if (!sensor.isRadar() || !(mask & partnerBit(sensor.partner)))
            continue;
        const auto sees = [&](double timeS) { return model.sees(s, t.stateAt(timeS), t.burnoutTimeS); };
        bool before = model.sees(s, t.samples.front(), t.burnoutTimeS);
        for (std::size_t i = 1; i < t.samples.size(); ++i) {
            const bool now = model.sees(s, t.samples[i], t.burnoutTimeS);
            if (now == before)
                continue;
            // The answer flips between two samples: narrow it to a millisecond on the interpolated path.
            double lo = t.samples[i - 1].timeS, hi = t.samples[i].timeS;
            while (hi - lo > 1e-3) {
                const double mid = 0.5 * (lo + hi);
                (sees(mid) == before ? lo : hi) = mid;
            }
            const double at = 0.5 * (lo + hi);
            m_edges.push_back({sensor.id, sensor.partner, at, now, t.stateAt(at).altM, groundRangeKmAt(at), sensor.isNotional()});
            before = now;
        }
    }
    std::sort(m_edges.begin(), m_edges.end(), [](const auto &a, const auto &b) { return a.timeS < b.timeS; });
}

double SideViewPainter::groundRangeKmAt(double timeS) const
{
    if (!m_track || m_rangeKm.empty())
        return 0;
    const auto &samples = m_track->samples;
    if (timeS <= samples.front().timeS)
        return m_rangeKm.front();
    if (timeS >= samples.back().timeS)
        return m_rangeKm.back();
    const int i = m_track->sampleIndexAt(timeS);
    const int j = std::min<int>(i + 1, static_cast<int>(samples.size()) - 1);
    const double span = samples[j].timeS - samples[i].timeS;
    const double f = span > 0 ? (timeS - samples[i].timeS) / span : 0.0;
    return m_rangeKm[i] + f * (m_rangeKm[j] - m_rangeKm[i]);
}

double SideViewPainter::xValueAt(double timeS) const
{
    return m_mode == Mode::Time ? std::clamp(timeS, 0.0, m_track ? m_track->samples.back().timeS : 0.0) : groundRangeKmAt(timeS);
}

SideViewPainter::Frame SideViewPainter::frame(const QRect &area, const QPaintDevice *device) const
{
    Frame f;
    f.area = area;
    f.device = device;
    const QFontMetrics fm(scaledFont(), device);
    const QFontMetrics title(scaledFont(1.0, true), device);
    f.laneH = QFontMetrics(scaledFont(0.7, true), device).height() - scaled(3);
    const int m = scaled(8);
    const int top = m + std::max(title.height(), m_style.headerMinHeight) + scaled(10);
    const int left = m + fm.height() + scaled(8) + fm.horizontalAdvance(QStringLiteral("10,000")) + scaled(8);
    const int laneBlock = 3 * f.laneH + 2 * scaled(2);
    const int bottom = m + fm.height() + scaled(4) + fm.height() + scaled(8) + laneBlock + scaled(8);
    const int right = m + fm.horizontalAdvance(QStringLiteral("0000")) / 2;
    f.plot = QRect(QPoint(area.left() + left, area.top() + top),
                   QPoint(area.left() + area.width() - right, area.top() + area.height() - bottom));
    f.strip = QRect(f.plot.left(), f.plot.bottom() + scaled(8), f.plot.width(), laneBlock);
    return f;
}

QRect SideViewPainter::plotRect(const QRect &area, const QPaintDevice *device) const
{
    return frame(area, device).plot;
}

QPointF SideViewPainter::toPixel(const Frame &f, double xValue, double altKm) const
{
    // QRect's right() and bottom() are its last pixels: the axes end there.
    const QRect &plot = f.plot;
    return {plot.left() + xValue / xMax() * (plot.width() - 1), plot.bottom() - altKm / m_altMaxKm * (plot.height() - 1)};
}

QPointF SideViewPainter::pointAt(const Frame &f, double timeS) const
{
    if (!m_track)
        return {};
    const double t = std::clamp(timeS, 0.0, m_track->samples.back().timeS);
    return toPixel(f, xValueAt(t), m_track->stateAt(t).altM / 1000.0);
}

QPointF SideViewPainter::pointFor(const QRect &area, const QPaintDevice *device, double timeS) const
{
    return m_track ? pointAt(frame(area, device), timeS) : QPointF();
}

void SideViewPainter::paint(QPainter &p, const QRect &area, std::optional<double> currentTimeS, const QString &emptyText) const
{
    const Frame f = frame(area, p.device());
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(area, m_style.base);
    paintHeader(p, f);
    if (!m_track) {
        p.setFont(scaledFont());
        p.setPen(withAlpha(m_style.text, 170));
        p.drawText(area, Qt::AlignCenter, emptyText);
        p.restore();
        return;
    }
    paintAxes(p, f);
    paintHeldStrip(p, f);
    p.save();
    const int l = static_cast<int>(std::lround(2 * m_style.lineScale));
    p.setClipRect(f.plot.adjusted(-l, -scaled(40), l, l), Qt::IntersectClip);
    paintCurve(p, f);
    std::vector<QRectF> used; // label boxes already placed, so later labels keep clear of them
    paintMarkers(p, f, currentTimeS, used);
    paintEdges(p, f, used);
    p.restore();
    p.restore();
}

void SideViewPainter::paintHeader(QPainter &p, const Frame &f) const
{
    const QColor text = m_style.text;
    const int m = scaled(8);
    const QFont bold = scaledFont(1.0, true);
    const QFontMetrics bm(bold, f.device);
    const int rowH = std::max(bm.height(), m_style.headerMinHeight);
    const int top = f.area.top() + scaled(6);
    // Legend, right-aligned against the reserved corner (the dock's mode button); the title takes the room
    // left of it, elided when the missile's name is long.
    const QFont lf = scaledFont(0.9);
    const QFontMetrics fm(lf, f.device);
    static const std::vector<TrajectorySample> kNone;
    const std::vector<FlightPhase> phases = legendPhases(m_track ? m_track->samples : kNone);
    const int swatch = scaled(16), gap = scaled(12);
    int w = 0;
    for (FlightPhase ph : phases)
        w += swatch + scaled(4) + fm.horizontalAdvance(flightPhaseName(ph)) + gap;
    const int legendX = f.area.left() + f.area.width() - m_style.headerReserveRight - gap - w;
    int x = f.area.left() + m;
    if (m_track && m_style.showTitle) {
        QString title = QStringLiteral("%1 · %2").arg(m_track->id, m_track->label);
        if (m_viewAs)
            title += tr(" · as %1 alone sees it").arg(partnerCode(*m_viewAs));
        p.setFont(bold);
        p.setPen(text);
        const int room = std::max(0, legendX - x - gap);
        p.drawText(QRect(x, top, room, rowH), Qt::AlignLeft | Qt::AlignVCenter, bm.elidedText(title, Qt::ElideRight, room));
    }
    p.setFont(lf);
    x = legendX;
    const int cy = top + rowH / 2;
    for (FlightPhase ph : phases) {
        p.setPen(QPen(phaseColor(ph, text), scaled(3), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(x, cy, x + swatch, cy);
        x += swatch + scaled(4);
        p.setPen(text);
        const QString name = flightPhaseName(ph);
        p.drawText(QRect(x, cy - fm.height() / 2, fm.horizontalAdvance(name) + scaled(2), fm.height()), Qt::AlignVCenter, name);
        x += fm.horizontalAdvance(name) + gap;
    }
}

std::optional<double> SideViewPainter::timeAtX(const QRect &area, const QPaintDevice *device, double x) const
{
    if (!m_track)
        return std::nullopt;
    const Frame f = frame(area, device);
    if (x < f.plot.left() || x > f.plot.right())
        return std::nullopt;
    const double value = (x - f.plot.left()) / std::max(1, f.plot.width() - 1) * xMax();
    const auto &samples = m_track->samples;
    if (m_mode == Mode::Time)
        return std::clamp(value, 0.0, samples.back().timeS);
    // Ground range grows along the flight: the first sample at or past it, interpolated from the one before.
    const auto it = std::lower_bound(m_rangeKm.begin(), m_rangeKm.end(), value);
    if (it == m_rangeKm.begin())
        return samples.front().timeS;
    if (it == m_rangeKm.end())
        return samples.back().timeS;
    const std::size_t j = static_cast<std::size_t>(it - m_rangeKm.begin()), i = j - 1;
    const double span = m_rangeKm[j] - m_rangeKm[i];
    const double f2 = span > 0 ? (value - m_rangeKm[i]) / span : 0.0;
    return samples[i].timeS + f2 * (samples[j].timeS - samples[i].timeS);
}

std::vector<SideViewPainter::AxisTick> SideViewPainter::altitudeTicks(const QRect &area, const QPaintDevice *device) const
{
    return m_track ? altitudeTicks(frame(area, device)) : std::vector<AxisTick>{};
}

std::vector<SideViewPainter::AxisTick> SideViewPainter::alongTicks(const QRect &area, const QPaintDevice *device) const
{
    return m_track ? alongTicks(frame(area, device)) : std::vector<AxisTick>{};
}

std::vector<SideViewPainter::AxisTick> SideViewPainter::altitudeTicks(const Frame &f) const
{
    // Round values in the user's height unit (km or kft), about one gridline per 45 px.
    const double unitKm = m_units.heightUnitM() / 1000.0;
    const double maxU = m_altMaxKm / unitKm;
    const double step = niceStep(maxU, std::max(2, f.plot.height() / scaled(45)));
    std::vector<AxisTick> out;
    for (double v = 0; v <= maxU + 1e-9; v += step)
        out.push_back({v, QPointF(f.plot.left(), toPixel(f, 0, v * unitKm).y()), text::thousands(v)});
    return out;
}

std::vector<SideViewPainter::AxisTick> SideViewPainter::alongTicks(const Frame &f) const
{
    // Along the track: round values of the distance unit (km, nm, mi) or of T+, at least a label's width apart.
    const bool time = m_mode == Mode::Time;
    const QFontMetrics fm(scaledFont(), f.device);
    const int labelW = fm.horizontalAdvance(time ? QStringLiteral("T+00:00") : QStringLiteral("10,000")) + scaled(24);
    const double count = std::max(2.0, f.plot.width() / static_cast<double>(labelW));
    const double unit = time ? 1.0 : m_units.distanceUnitM() / 1000.0; // x values are s or km
    const double maxU = xMax() / unit;
    const double step = time ? niceTimeStep(maxU, count) : niceStep(maxU, count);
    std::vector<AxisTick> out;
    for (double v = 0; v <= maxU + 1e-9; v += step)
        out.push_back({v, QPointF(toPixel(f, v * unit, 0).x(), f.strip.bottom()), time ? text::missionTime(v) : text::thousands(v)});
    return out;
}

void SideViewPainter::paintAxes(QPainter &p, const Frame &f) const
{
    const QColor text = m_style.text;
    const QRect &plot = f.plot;
    const QFont font = scaledFont();
    const QFontMetrics fm(font, f.device);
    p.setFont(font);
    const int lane = f.strip.bottom();
    const double hair = m_style.lineScale;

    for (const AxisTick &t : altitudeTicks(f)) {
        const int y = static_cast<int>(std::lround(t.at.y()));
        p.setPen(QPen(withAlpha(text, t.value == 0 ? 140 : 32), (t.value == 0 ? 1.5 : 1.0) * hair));
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(withAlpha(text, 210));
        p.drawText(QRect(f.area.left(), y - fm.height() / 2, plot.left() - scaled(6) - f.area.left(), fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, t.text);
    }
    p.save();
    p.translate(f.area.left() + scaled(8) + fm.height() / 2.0, plot.center().y());
    p.rotate(-90);
    p.setPen(withAlpha(text, 200));
    p.drawText(QRect(-plot.height() / 2, -fm.height() / 2, plot.height(), fm.height()), Qt::AlignCenter,
               tr("altitude (%1)").arg(text::heightUnit(m_units)));
    p.restore();

    const bool time = m_mode == Mode::Time;
    const int labelW = fm.horizontalAdvance(time ? QStringLiteral("T+00:00") : QStringLiteral("10,000")) + scaled(24);
    for (const AxisTick &t : alongTicks(f)) {
        const int x = static_cast<int>(std::lround(t.at.x()));
        p.setPen(QPen(withAlpha(text, t.value == 0 ? 140 : 32), hair));
        p.drawLine(x, plot.top(), x, plot.bottom());
        p.setPen(QPen(withAlpha(text, 140), hair));
        p.drawLine(x, lane + scaled(2), x, lane + scaled(5));
        p.setPen(withAlpha(text, 210));
        p.drawText(QRect(x - labelW / 2, lane + scaled(5), labelW, fm.height()), Qt::AlignCenter, t.text);
    }
    p.setPen(withAlpha(text, 200));
    p.drawText(QRect(plot.left(), lane + scaled(5) + fm.height() + scaled(2), plot.width(), fm.height()), Qt::AlignCenter,
               time ? tr("time since launch") : tr("ground range along the track (%1)").arg(text::distanceUnit(m_units)));
}

void SideViewPainter::paintCurve(QPainter &p, const Frame &f) const
{
    const auto &samples = m_track->samples;
    // One polyline per run of the same phase, each ending at the first point of the next run so the
    // curve has no gaps.
    std::size_t i = 0;
    while (i + 1 < samples.size()) {
        const FlightPhase phase = samples[i].phase;
        QPolygonF run;
        std::size_t j = i;
        for (; j < samples.size(); ++j) {
            run << toPixel(f, m_mode == Mode::Time ? samples[j].timeS : m_rangeKm[j], samples[j].altM / 1000.0);
            if (samples[j].phase != phase)
                break;
        }
        const double width = (phase == FlightPhase::Midcourse ? 2.2 : 3.2) * m_style.lengthScale;
        p.setPen(QPen(phaseColor(phase, m_style.text), std::lround(width), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(run);
        i = std::max(i + 1, j);
    }
}

void SideViewPainter::paintHeldStrip(QPainter &p, const Frame &f) const
{
    const QRect &strip = f.strip;
    const QColor text = m_style.text;
    const PartnerMask mask = viewMask(m_viewAs);
    const int h = f.laneH, gap = scaled(2);
    p.setFont(scaledFont(0.7, true));
    for (Partner partner : kAllPartners) {
        const QRect lane(strip.left(), strip.top() + partnerIndex(partner) * (h + gap), strip.width(), h);
        const bool inView = mask & partnerBit(partner);
        p.setPen(inView ? partnerColor(partner) : withAlpha(text, 90));
        p.drawText(QRect(f.area.left(), lane.top() - gap, strip.left() - scaled(6) - f.area.left(), lane.height() + 2 * gap),
                   Qt::AlignRight | Qt::AlignVCenter, partnerCode(partner));
        p.fillRect(lane, withAlpha(text, 20));
        for (const auto &[s, e] : m_heldS[partnerIndex(partner)]) {
            const double x0 = pointAt(f, s).x(), x1 = pointAt(f, e).x();
            p.fillRect(QRectF(x0, lane.top(), std::max(m_style.lineScale, x1 - x0), lane.height()), partnerColor(partner));
        }
    }
}

void SideViewPainter::paintMarkers(QPainter &p, const Frame &f, std::optional<double> currentTimeS, std::vector<QRectF> &used) const
{
    const QColor text = m_style.text;
    const QColor base = m_style.base;
    const double hair = m_style.lineScale;
    const QFont font = scaledFont(0.9);
    const QFontMetrics fm(font, f.device);
    p.setFont(font);
    const auto label = [&](const QString &s, QPointF anchor, bool above) {
        QRectF box(0, 0, fm.horizontalAdvance(s) + scaled(10), fm.height() + scaled(4));
        box.moveCenter(anchor + QPointF(0, (above ? -1 : 1) * (box.height() / 2 + scaled(8))));
        box.moveLeft(std::clamp(box.left(), f.area.left() + 2 * hair, f.area.left() + f.area.width() - box.width() - 2 * hair));
        p.setPen(Qt::NoPen);
        p.setBrush(withAlpha(base, 215));
        p.drawRoundedRect(box, 3 * hair, 3 * hair);
        p.setPen(text);
        p.drawText(box, Qt::AlignCenter, s);
        used.push_back(box);
    };

    // Launch and impact on the ground line.
    const double r = 5 * m_style.lengthScale;
    const QPointF launch = pointAt(f, 0), impact = pointAt(f, m_track->samples.back().timeS);
    p.setPen(QPen(base, 1.2 * hair));
    p.setBrush(text);
    p.drawPolygon(QPolygonF{{launch.x() - r, launch.y()}, {launch.x() + r, launch.y()}, {launch.x(), launch.y() - 1.6 * r}});
    p.setPen(QPen(text, 2.2 * m_style.lengthScale));
    p.drawLine(impact + QPointF(-r, -r), impact + QPointF(r, r));
    p.drawLine(impact + QPointF(-r, r), impact + QPointF(r, -r));

    if (m_track->apogeeM > 0) {
        const QPointF a = pointAt(f, m_track->apogeeTimeS);
        p.setPen(QPen(text, 1.5 * hair));
        p.setBrush(base);
        p.drawPolygon(QPolygonF{{a.x(), a.y() - r}, {a.x() + r, a.y()}, {a.x(), a.y() + r}, {a.x() - r, a.y()}});
        label(tr("apogee %1").arg(text::height(m_track->apogeeM, m_units)), a, true);
    }

    if (!currentTimeS || *currentTimeS < 0 || *currentTimeS > m_track->samples.back().timeS)
        return;
    const double t = *currentTimeS;
    const QPointF c = pointAt(f, t);
    const QRect &plot = f.plot;
    p.setPen(QPen(withAlpha(text, 120), hair, Qt::DashLine));
    p.drawLine(QPointF(c.x(), c.y()), QPointF(c.x(), f.strip.bottom()));
    p.setPen(QPen(base, 2.0 * hair));
    p.setBrush(text);
    p.drawEllipse(c, r * 1.3, r * 1.3);
    const QString s = QStringLiteral("%1 · %2").arg(text::missionTime(t), text::height(m_track->stateAt(t).altM, m_units));
    // Beside the marker, on the side with room, and kept inside the plot.
    QRectF box(0, 0, fm.horizontalAdvance(s) + scaled(10), fm.height() + scaled(4));
    const bool right = c.x() + scaled(12) + box.width() < plot.right();
    box.moveCenter(QPointF(right ? c.x() + scaled(12) + box.width() / 2 : c.x() - scaled(12) - box.width() / 2, c.y()));
    box.moveTop(std::clamp(box.top(), static_cast<double>(plot.top()), plot.bottom() - box.height()));
    if (std::any_of(used.begin(), used.end(), [&](const QRectF &u) { return u.intersects(box); }))
        box.moveTop(std::min(box.bottom() + scaled(6), plot.bottom() - box.height()));
    p.setPen(QPen(text, hair));
    p.setBrush(withAlpha(base, 230));
    p.drawRoundedRect(box, 3 * hair, 3 * hair);
    p.drawText(box, Qt::AlignCenter, s);
    used.push_back(box);
}

void SideViewPainter::paintEdges(QPainter &p, const Frame &f, std::vector<QRectF> &used) const
{
    const QColor text = m_style.text;
    const QColor base = m_style.base;
    const double hair = m_style.lineScale;
    const QFont font = scaledFont(0.8);
    const QFontMetrics fm(font, f.device);
    p.setFont(font);
    const double h = 8 * m_style.lengthScale;
    const QRect &plot = f.plot;
    if (std::any_of(m_edges.begin(), m_edges.end(), [](const auto &e) { return e.notional; })) {
        // Top left: a ballistic profile starts low on the left, so this corner stays clear.
        const QString note = tr("coverage edges: notional sensor laydown");
        const QRect box(plot.left() + scaled(8), plot.top() + scaled(4), fm.horizontalAdvance(note) + scaled(2), fm.height());
        p.setPen(withAlpha(text, 170));
        p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, note);
        used.push_back(box);
    }
    int labels = 0;
    // Entries first: where a sensor picks the track up is what a briefing asks about.
    std::vector<const CoverageEdge *> order;
    for (const auto &e : m_edges)
        order.push_back(&e);
    std::stable_sort(order.begin(), order.end(), [](const auto *a, const auto *b) { return a->entering > b->entering; });
    for (const CoverageEdge *e : order) {
        const QPointF at = pointAt(f, e->timeS);
        const QColor c = partnerColor(e->partner);
        // Entering solid, leaving half-tone: where a sensor picks the track up is what matters most.
        p.setPen(QPen(e->entering ? c : withAlpha(c, 130), 2.4 * m_style.lengthScale, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(at + QPointF(0, -h), at + QPointF(0, h));
        const double dir = e->entering ? 1.0 : -1.0;
        if (labels >= kMaxEdgeLabels)
            continue;
        const QString s = e->entering ? e->sensorId : tr("%1 ends").arg(e->sensorId);
        QRectF box(0, 0, fm.horizontalAdvance(s) + scaled(8), fm.height() + scaled(2));
        bool placed = false;
        for (const QPointF offset : {QPointF(0, -h - box.height() / 2 - 2 * hair), QPointF(0, h + box.height() / 2 + 2 * hair),
                                     QPointF(dir * (box.width() / 2 + h), -h), QPointF(-dir * (box.width() / 2 + h), h)}) {
            box.moveCenter(at + offset);
            if (!plot.contains(box.toAlignedRect()) ||
                std::any_of(used.begin(), used.end(), [&](const QRectF &u) { return u.intersects(box); }))
                continue;
            placed = true;
            break;
        }
        if (!placed)
            continue;
        ++labels;
        used.push_back(box);
        p.setPen(QPen(c, 1.2 * hair));
        p.setBrush(withAlpha(base, 220));
        p.drawRoundedRect(box, 3 * hair, 3 * hair);
        p.setPen(text);
        p.drawText(box, Qt::AlignCenter, s);
    }
}

} // namespace trilink::maps
