// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "widgets/TimelineWidget.h"

#include "core/PlaybackClock.h"
#include "core/Text.h"
#include "maps/PartnerStyle.h"
#include "maps/PhaseStyle.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace trilink::widgets {
namespace {

// Axis steps in seconds: round numbers a reader expects, from one second to a year.
constexpr std::array<double, 25> kAxisStepsS{1,     2,     5,     10,    15,     30,     60,      120,     300,
                                             600,   900,   1800,  3600,  7200,   10800,  21600,   43200,   86400,
                                             2 * 86400, 7 * 86400, 14 * 86400, 30 * 86400, 91 * 86400,
                                             182 * 86400, 365 * 86400};
constexpr double kMinWindowMs = 10'000.0;

QString utcText(double timeMs)
{
    return text::utcDateTime(timeMs);
}

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::ClickFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(QString()); // tooltips come from event(), per tick and lane
}

void TimelineWidget::setClock(PlaybackClock *clock)
{
    if (m_clock)
        disconnect(m_clock, nullptr, this, nullptr);
    m_clock = clock;
    if (m_clock) {
        connect(m_clock, &PlaybackClock::timeChanged, this, qOverload<>(&QWidget::update));
        connect(m_clock, &PlaybackClock::stateChanged, this, &TimelineWidget::onClockRangeOrState);
        m_lastClockStartMs = m_clock->startMs();
        m_lastClockEndMs = m_clock->endMs();
    }
    fitWindow();
}

void TimelineWidget::setScenario(Scenario::Ptr scenario)
{
    m_scenario = std::move(scenario);
    rebuild();
}

void TimelineWidget::setSelectedTrack(const QString &trackId)
{
    m_trackId = trackId;
    rebuild();
}

void TimelineWidget::setViewAs(ViewAs viewAs)
{
    m_viewAs = viewAs;
    // The window stays where the user put it; only what is shown in it changes.
    const double start = m_windowStartMs, end = m_windowEndMs;
    rebuild();
    m_windowStartMs = start;
    m_windowEndMs = end;
    update();
}

void TimelineWidget::setUnits(const UnitSystem &units)
{
    if (units == m_units)
        return;
    m_units = units;
    const double start = m_windowStartMs, end = m_windowEndMs;
    rebuild(); // the tick tooltips word the apogee in them
    m_windowStartMs = start;
    m_windowEndMs = end;
    update();
}

void TimelineWidget::setFontScale(double scale)
{
    m_fontScale = std::clamp(scale, 0.5, 4.0);
    updateGeometry();
    update();
}

void TimelineWidget::onClockRangeOrState()
{
    if (m_clock && (m_clock->startMs() != m_lastClockStartMs || m_clock->endMs() != m_lastClockEndMs)) {
        m_lastClockStartMs = m_clock->startMs();
        m_lastClockEndMs = m_clock->endMs();
        fitWindow();
    }
    update();
}

// The events of the new flight shapes that get a tick: its label and the phase it begins.
std::optional<std::pair<QString, FlightPhase>> TimelineWidget::phaseTick(TrajectoryEventKind kind)
{
    switch (kind) {
    case TrajectoryEventKind::PullUp:
        return std::pair{tr("Pull-up"), FlightPhase::PullUp};
    case TrajectoryEventKind::GlideStart:
        return std::pair{tr("Glide"), FlightPhase::Glide};
    case TrajectoryEventKind::Turn:
        return std::pair{tr("Turn"), FlightPhase::Glide};
    case TrajectoryEventKind::Dive:
        return std::pair{tr("Dive"), FlightPhase::Terminal};
    case TrajectoryEventKind::Failure:
        return std::pair{tr("Failure"), FlightPhase::Debris};
    case TrajectoryEventKind::OrbitInsertion:
        return std::pair{tr("Orbit"), FlightPhase::Orbit};
    default:
        return std::nullopt;
    }
}

void TimelineWidget::rebuild()
{
    m_track = m_scenario && !m_trackId.isEmpty() ? m_scenario->find(m_trackId) : nullptr;
    m_ticks.clear();
    for (auto &spans : m_heldMs)
        spans.clear();
    if (m_track) {
        const ScenarioTrack &t = *m_track;
        const double launchMs = static_cast<double>(t.launchMsUtc);
        const auto add = [&](TimelineTick::Kind kind, double timeS, const QString &label, const QString &what,
                             std::optional<Partner> partner = std::nullopt, std::optional<FlightPhase> phase = std::nullopt) {
            const double ms = launchMs + timeS * 1000.0;
            const QString tip = QStringLiteral("%1\n%2  ·  KST/JST %3  ·  %4").arg(what, utcText(ms), text::koreaJapanTime(ms), text::missionTime(timeS));
            m_ticks.push_back({kind, label, tip, ms, partner, phase, 0});
        };
        add(TimelineTick::Kind::Launch, 0.0, tr("Launch"), tr("Launch of %1 (%2)").arg(t.label, t.id));
        const PartnerMask mask = viewMask(m_viewAs);
        for (Partner p : kAllPartners) {
            const PartnerCustody *c = t.attribution.custodyOf(p);
            if (!(mask & partnerBit(p)) || !c)
                continue;
            const QString sensors = c->sensorIds.isEmpty() ? QString() : tr(" by %1").arg(c->sensorIds.join(QStringLiteral(", ")));
            add(TimelineTick::Kind::FirstDetection, c->firstDetectionS, partnerCode(p),
                tr("First detection by %1%2").arg(partnerCode(p), sensors), p);
        }
        if (t.apogeeM > 0)
            add(TimelineTick::Kind::Apogee, t.apogeeTimeS, tr("Apogee"),
                tr("Apogee, %1").arg(text::height(t.apogeeM, m_units)));
        add(TimelineTick::Kind::Impact, t.flightTimeS, tr("Impact"), tr("Impact"));
        for (const TrajectoryEvent &e : t.events) {
            if (e.kind == TrajectoryEventKind::EnterJapanEez)
                add(TimelineTick::Kind::JapanEez, e.timeS, tr("EEZ"), tr("Enters Japan's EEZ (approximate)"));
            else if (e.kind == TrajectoryEventKind::EnterJapanTerritory)
                add(TimelineTick::Kind::JapanTerritory, e.timeS, tr("Overflight"),
                    tr("Over Japanese territory%1").arg(e.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.detail)));
            else if (const auto phase = phaseTick(e.kind))
                add(TimelineTick::Kind::Phase, e.timeS, phase->first,
                    e.detail.isEmpty() ? phase->first : QStringLiteral("%1: %2").arg(phase->first, e.detail), std::nullopt, phase->second);
        }
        std::stable_sort(m_ticks.begin(), m_ticks.end(), [](const auto &a, const auto &b) { return a.timeMs < b.timeMs; });

        const AttributionResult &a = t.attribution;
        for (Partner p : kAllPartners) {
            if (!(mask & partnerBit(p)))
                continue; // not in this picture: the lane stays empty
            auto &spans = m_heldMs[partnerIndex(p)];
            for (int i = 0; i + 1 < a.sampleCount(); ++i) {
                if (!(a.partnersAt[i] & partnerBit(p)))
                    continue;
                const double s = launchMs + a.sampleTimesS[i] * 1000.0, e = launchMs + a.sampleTimesS[i + 1] * 1000.0;
                if (!spans.empty() && spans.back().second >= s)
                    spans.back().second = e;
                else
                    spans.emplace_back(s, e);
            }
        }
    }
    fitWindow();
}

void TimelineWidget::fitWindow()
{
    const bool clockRange = m_clock && m_clock->endMs() > m_clock->startMs();
    if (m_track) {
        const double s = static_cast<double>(m_track->launchMsUtc), e = m_track->endMsUtc();
        const double pad = std::max((e - s) * 0.04, 5000.0);
        m_windowStartMs = s - pad;
        m_windowEndMs = e + pad;
        if (clockRange) {
            const double cs = std::max(m_windowStartMs, m_clock->startMs()), ce = std::min(m_windowEndMs, m_clock->endMs());
            if (ce - cs >= kMinWindowMs) { // else the track lies outside the clock's range: show it anyway
                m_windowStartMs = cs;
                m_windowEndMs = ce;
            }
        }
    } else if (clockRange) {
        m_windowStartMs = m_clock->startMs();
        m_windowEndMs = m_clock->endMs();
    } else {
        const double now = m_clock ? m_clock->timeMs() : 0.0;
        m_windowStartMs = now - 30'000.0;
        m_windowEndMs = now + 30'000.0;
    }
    update();
}

QFont TimelineWidget::scaledFont(double factor, bool bold) const
{
    QFont f = font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(std::max(6.0, f.pointSizeF() * m_fontScale * factor));
    else
        f.setPixelSize(std::max(8, static_cast<int>(std::lround(f.pixelSize() * m_fontScale * factor))));
    f.setBold(bold);
    return f;
}

TimelineWidget::Layout TimelineWidget::layout() const
{
    const QFontMetrics fm(scaledFont());
    const QFontMetrics bold(scaledFont(1.0, true));
    const int margin = scaled(6);
    Layout l;
    l.gutter = margin + bold.horizontalAdvance(QStringLiteral("USA")) + scaled(10);
    const int left = l.gutter;
    const int right = width() - std::max(margin, fm.horizontalAdvance(QStringLiteral("T+00:00")) / 2 + 2);
    const int w = std::max(1, right - left);
    const QFontMetrics small(scaledFont(0.9));
    l.axis = QRect(left, margin, w, fm.height() + scaled(6));
    // Two rows of tick labels above the marks, so neighbouring events can both be named.
    l.ticks = QRect(left, l.axis.bottom() + 1, w, 2 * small.height() + scaled(14));
    l.laneHeight = fm.height() + scaled(6);
    const int gap = std::max(2, static_cast<int>(scaled(3)));
    l.lanes = QRect(left, l.ticks.bottom() + scaled(4), w, 3 * l.laneHeight + 2 * gap);
    return l;
}

QSize TimelineWidget::sizeHint() const
{
    const Layout l = layout();
    return {800, l.lanes.bottom() + scaled(8)};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {300, sizeHint().height()};
}

QRect TimelineWidget::laneRect(Partner partner) const
{
    const Layout l = layout();
    const int gap = (l.lanes.height() - 3 * l.laneHeight) / 2;
    return {l.lanes.left(), l.lanes.top() + partnerIndex(partner) * (l.laneHeight + gap), l.lanes.width(), l.laneHeight};
}

bool TimelineWidget::laneFilledAt(Partner partner, double timeMs) const
{
    const auto &spans = m_heldMs[partnerIndex(partner)];
    return std::any_of(spans.begin(), spans.end(), [&](const auto &s) { return timeMs >= s.first && timeMs < s.second; });
}

double TimelineWidget::timeAtX(int x) const
{
    const QRect a = layout().axis;
    const double f = (x - a.left()) / static_cast<double>(std::max(1, a.width()));
    return m_windowStartMs + f * (m_windowEndMs - m_windowStartMs);
}

int TimelineWidget::xForTime(double timeMs) const
{
    const QRect a = layout().axis;
    const double span = std::max(1.0, m_windowEndMs - m_windowStartMs);
    const double x = a.left() + (timeMs - m_windowStartMs) / span * a.width();
    return static_cast<int>(std::lround(std::clamp(x, -1e6, 1e6)));
}

std::vector<TimelineTick> TimelineWidget::ticks() const
{
    std::vector<TimelineTick> out = m_ticks;
    for (auto &t : out)
        t.x = xForTime(t.timeMs);
    return out;
}

std::optional<TimelineTick> TimelineWidget::tickNear(int x) const
{
    std::optional<TimelineTick> best;
    for (const TimelineTick &t : ticks()) {
        const int d = std::abs(t.x - x);
        if (d <= kTickSnapPx && (!best || d < std::abs(best->x - x)))
            best = t;
    }
    return best;
}

void TimelineWidget::seekTo(double timeMs)
{
    if (m_clock)
        m_clock->seek(timeMs);
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    const int x = event->position().toPoint().x();
    if (const auto tick = tickNear(x)) {
        seekTo(tick->timeMs);
        emit tickClicked(*tick);
    } else {
        seekTo(timeAtX(x));
    }
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const int x = event->position().toPoint().x();
    if (m_dragging && (event->buttons() & Qt::LeftButton)) {
        const QRect a = layout().axis;
        seekTo(timeAtX(std::clamp(x, a.left(), a.right())));
        return;
    }
    setCursor(tickNear(x) ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_dragging = false;
    QWidget::mouseReleaseEvent(event);
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    // The press that precedes the double-click already seeks; the double-click only refits the window.
    if (event->button() == Qt::LeftButton)
        fitWindow();
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0)
        return;
    const double anchor = timeAtX(event->position().toPoint().x());
    const double factor = std::pow(1.25, -steps);
    double start = anchor - (anchor - m_windowStartMs) * factor;
    double end = anchor + (m_windowEndMs - anchor) * factor;
    if (end - start < kMinWindowMs)
        return;
    if (m_clock && m_clock->endMs() > m_clock->startMs()) {
        const double span = std::min(end - start, m_clock->endMs() - m_clock->startMs());
        start = std::clamp(start, m_clock->startMs(), m_clock->endMs() - span);
        end = start + span;
    }
    m_windowStartMs = start;
    m_windowEndMs = end;
    event->accept();
    update();
}

QString TimelineWidget::laneToolTip(Partner p) const
{
    if (!(viewMask(m_viewAs) & partnerBit(p)))
        return tr("%1: not in %2's picture").arg(partnerCode(p), text::viewAsName(m_viewAs));
    const auto &spans = m_heldMs[partnerIndex(p)];
    if (spans.empty())
        return tr("%1 never held this track").arg(partnerCode(p));
    const double launchMs = static_cast<double>(m_track->launchMsUtc);
    QStringList parts;
    for (const auto &[s, e] : spans)
        parts << QStringLiteral("%1 – %2").arg(text::missionTime((s - launchMs) / 1000.0), text::missionTime((e - launchMs) / 1000.0));
    return tr("%1 held the track\n%2").arg(partnerCode(p), parts.join(QLatin1Char('\n')));
}

QString TimelineWidget::toolTipAt(QPoint pos) const
{
    const Layout l = layout();
    if (m_track)
        for (Partner p : kAllPartners)
            if (laneRect(p).adjusted(-l.gutter, 0, 0, 0).contains(pos))
                return laneToolTip(p);
    if (pos.x() < l.axis.left() - kTickSnapPx || pos.x() > l.axis.right() + kTickSnapPx || pos.y() > l.lanes.bottom())
        return {};
    // The event under the cursor, else the instant under it; then who holds the track at that instant.
    const std::optional<TimelineTick> tick = pos.y() < l.lanes.top() ? tickNear(pos.x()) : std::nullopt;
    const double ms = tick ? tick->timeMs : timeAtX(pos.x());
    QStringList lines;
    if (tick)
        lines << tick->toolTip;
    else if (m_track)
        lines << QStringLiteral("%1  ·  KST/JST %2  ·  %3")
                     .arg(utcText(ms), text::koreaJapanTime(ms), text::missionTime((ms - static_cast<double>(m_track->launchMsUtc)) / 1000.0));
    else
        lines << QStringLiteral("%1  ·  KST/JST %2").arg(utcText(ms), text::koreaJapanTime(ms));
    if (m_track) {
        const double launchMs = static_cast<double>(m_track->launchMsUtc);
        if (ms < launchMs)
            lines << tr("Before the launch");
        else if (ms > m_track->endMsUtc())
            lines << tr("After the end of the track");
        else {
            PartnerMask held = 0;
            for (Partner p : kAllPartners)
                if (laneFilledAt(p, ms))
                    held |= partnerBit(p);
            QStringList codes;
            for (Partner p : kAllPartners)
                if (held & partnerBit(p))
                    codes << partnerCode(p);
            lines << (codes.isEmpty() ? tr("Held by no one in %1").arg(text::viewAsName(m_viewAs))
                                      : tr("Held by %1").arg(codes.join(QStringLiteral(", "))));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QString text = toolTipAt(help->pos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, this);
    return true;
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Layout l = layout();
    p.fillRect(rect(), palette().color(QPalette::Base));

    // The selected flight, behind everything.
    if (m_track) {
        const int x0 = xForTime(static_cast<double>(m_track->launchMsUtc)), x1 = xForTime(m_track->endMsUtc());
        const QRect band = QRect(QPoint(x0, l.axis.top()), QPoint(x1, l.lanes.bottom())).intersected(l.axis.united(l.lanes));
        p.fillRect(band, withAlpha(palette().color(QPalette::Highlight), isDark(palette()) ? 70 : 40));
    }
    paintAxis(p, l);
    paintLanes(p, l);
    paintTicks(p, l);

    if (m_clock) {
        const double t = m_clock->timeMs();
        if (t >= m_windowStartMs && t <= m_windowEndMs) {
            const int x = xForTime(t);
            const QColor c = palette().color(QPalette::WindowText);
            p.setPen(QPen(c, std::max(2.0, 2.0 * m_fontScale)));
            p.drawLine(QPointF(x, l.axis.top()), QPointF(x, l.lanes.bottom() + 2));
            const double h = 7 * m_fontScale;
            QPainterPath head;
            head.moveTo(x - h, l.axis.top());
            head.lineTo(x + h, l.axis.top());
            head.lineTo(x, l.axis.top() + h * 1.2);
            head.closeSubpath();
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawPath(head);
        }
    }
}

QRect TimelineWidget::axisUnitRect() const
{
    const Layout l = layout();
    return {0, l.axis.top(), l.gutter - scaled(6), l.axis.height()};
}

std::vector<TimelineWidget::AxisLabel> TimelineWidget::axisLabels() const
{
    const Layout l = layout();
    const QFontMetrics fm(scaledFont());
    const double spanS = (m_windowEndMs - m_windowStartMs) / 1000.0;
    const double pxPerS = l.axis.width() / std::max(1e-3, spanS);
    const int minGap = fm.horizontalAdvance(QStringLiteral("T+00:00:00")) + scaled(16);
    double step = kAxisStepsS.back();
    for (double s : kAxisStepsS)
        if (s * pxPerS >= minGap) {
            step = s;
            break;
        }
    // Relative to launch with a track, else on UTC multiples of the step.
    const double originMs = m_track ? static_cast<double>(m_track->launchMsUtc) : 0.0;
    const double first = std::ceil((m_windowStartMs - originMs) / 1000.0 / step) * step;
    std::vector<AxisLabel> out;
    for (double s = first; originMs + s * 1000.0 <= m_windowEndMs && step > 0; s += step) {
        const double ms = originMs + s * 1000.0;
        const int x = xForTime(ms);
        QString label;
        if (m_track) {
            label = text::missionTime(s);
        } else {
            const QDateTime utc = text::utcSecond(ms);
            label = utc.toString(step < 60 ? QStringLiteral("HH:mm:ss") : step < 86400 ? QStringLiteral("HH:mm") : QStringLiteral("yyyy-MM-dd"));
        }
        const int w = fm.horizontalAdvance(label) + 4;
        // Centred on its tick, but kept over the axis: a label at the window's first tick would otherwise
        // reach into the gutter, over the axis's unit.
        QRect box(x - w / 2, l.axis.top(), w, l.axis.height() - scaled(4));
        box.moveLeft(std::clamp(box.left(), l.axis.left(), std::max(l.axis.left(), width() - w)));
        if (!out.empty() && out.back().box.right() + scaled(4) >= box.left())
            continue;
        out.push_back({box, label, x});
    }
    return out;
}

void TimelineWidget::paintAxis(QPainter &p, const Layout &l) const
{
    const QFont f = scaledFont();
    p.setFont(f);
    const QColor text = palette().color(QPalette::Text);
    p.setPen(withAlpha(text, 170));
    p.drawText(axisUnitRect(), Qt::AlignRight | Qt::AlignVCenter, m_track ? QString() : tr("UTC"));
    for (const AxisLabel &a : axisLabels()) {
        p.setPen(withAlpha(text, 35));
        p.drawLine(a.x, l.axis.bottom(), a.x, l.lanes.bottom());
        p.setPen(withAlpha(text, 150));
        p.drawLine(a.x, l.axis.bottom() - scaled(4), a.x, l.axis.bottom());
        p.setPen(withAlpha(text, 220));
        p.drawText(a.box, Qt::AlignCenter, a.text);
    }
    p.setPen(withAlpha(text, 110));
    p.drawLine(l.axis.left(), l.axis.bottom(), l.axis.right(), l.axis.bottom());
}

void TimelineWidget::paintTicks(QPainter &p, const Layout &l) const
{
    const QFont f = scaledFont(0.9);
    const QFontMetrics fm(f);
    p.setFont(f);
    const QColor text = palette().color(QPalette::Text);
    const double r = 5 * m_fontScale;
    const double markY = l.ticks.bottom() - r - 2;
    std::array<std::vector<QRect>, 2> used; // label rows: 0 next to the marks, 1 above
    for (const TimelineTick &t : ticks()) {
        if (t.x < l.axis.left() - r || t.x > l.axis.right() + r)
            continue;
        const QColor c = t.partner ? maps::partnerColor(*t.partner)
                         : t.phase ? maps::phaseColor(*t.phase, text)
                                   : (t.kind == TimelineTick::Kind::JapanEez || t.kind == TimelineTick::Kind::JapanTerritory)
                                         ? maps::partnerColor(Partner::JPN).darker(isDark(palette()) ? 100 : 130)
                                         : text;
        p.setPen(QPen(withAlpha(c, 140), 1.0, Qt::DashLine));
        p.drawLine(QPointF(t.x, markY), QPointF(t.x, l.lanes.bottom()));
        p.setPen(QPen(palette().color(QPalette::Base), 1.2));
        p.setBrush(c);
        const QPointF m(t.x, markY);
        switch (t.kind) {
        case TimelineTick::Kind::Launch:
            p.drawPolygon(QPolygonF{{m.x() - r, m.y() + r}, {m.x() + r, m.y() + r}, {m.x(), m.y() - r}});
            break;
        case TimelineTick::Kind::Impact: {
            p.setPen(QPen(c, 2.2 * m_fontScale));
            p.drawLine(m + QPointF(-r, -r), m + QPointF(r, r));
            p.drawLine(m + QPointF(-r, r), m + QPointF(r, -r));
            break;
        }
        case TimelineTick::Kind::Apogee:
            p.drawPolygon(QPolygonF{{m.x(), m.y() - r}, {m.x() + r, m.y()}, {m.x(), m.y() + r}, {m.x() - r, m.y()}});
            break;
        case TimelineTick::Kind::FirstDetection:
            p.drawEllipse(m, r, r);
            break;
        case TimelineTick::Kind::JapanEez:
        case TimelineTick::Kind::JapanTerritory:
            p.drawRect(QRectF(m.x() - r * 0.8, m.y() - r * 0.8, 1.6 * r, 1.6 * r));
            break;
        case TimelineTick::Kind::Phase: // a bar: where the flight changes what it does
            p.drawRect(QRectF(m.x() - r * 0.35, m.y() - r, 0.7 * r, 2 * r));
            break;
        }
        // The label goes in the lower row if it fits, else the upper one, else it is left to the tooltip.
        const int w = fm.horizontalAdvance(t.label) + 4;
        const int rowH = fm.height();
        for (int row = 0; row < 2; ++row) {
            const int y = static_cast<int>(markY - r - 2) - (row + 1) * rowH;
            QRect box(t.x - w / 2, y, w, rowH);
            box.moveLeft(std::clamp(box.left(), 0, width() - w));
            const QRect pad = box.adjusted(-3, 0, 3, 0);
            if (std::any_of(used[row].begin(), used[row].end(), [&](const QRect &u) { return u.intersects(pad); }))
                continue;
            used[row].push_back(pad);
            p.setPen(t.partner ? c : withAlpha(text, 230));
            p.drawText(box, Qt::AlignCenter, t.label);
            break;
        }
    }
}

void TimelineWidget::paintLanes(QPainter &p, const Layout &l) const
{
    const QColor text = palette().color(QPalette::Text);
    const PartnerMask mask = viewMask(m_viewAs);
    const QFont code = scaledFont(1.0, true);
    const QFont note = scaledFont(0.85);
    for (Partner partner : kAllPartners) {
        const QRect lane = laneRect(partner);
        const QColor c = maps::partnerColor(partner);
        const bool inView = mask & partnerBit(partner);
        p.setFont(code);
        p.setPen(inView ? c : withAlpha(text, 110));
        p.drawText(QRect(0, lane.top(), l.gutter - scaled(6), lane.height()),
                   Qt::AlignRight | Qt::AlignVCenter, partnerCode(partner));
        p.setPen(Qt::NoPen);
        p.setBrush(withAlpha(text, isDark(palette()) ? 22 : 14));
        p.drawRect(lane);
        if (!inView) {
            p.setBrush(QBrush(withAlpha(text, 60), Qt::BDiagPattern));
            p.drawRect(lane);
            if (m_track) {
                p.setFont(note);
                p.setPen(withAlpha(text, 170));
                const QString msg = tr("not in %1's picture").arg(text::viewAsName(m_viewAs));
                const int w = QFontMetrics(note).horizontalAdvance(msg) + 12;
                const QRect box(lane.center().x() - w / 2, lane.top() + 1, w, lane.height() - 2);
                p.fillRect(box, palette().color(QPalette::Base));
                p.drawText(box, Qt::AlignCenter, msg);
            }
            continue;
        }
        p.setBrush(c);
        for (const auto &[s, e] : m_heldMs[partnerIndex(partner)]) {
            if (e < m_windowStartMs || s > m_windowEndMs)
                continue;
            const int x0 = std::max(lane.left(), xForTime(s)), x1 = std::min(lane.right() + 1, xForTime(e));
            p.drawRect(QRect(x0, lane.top() + 1, std::max(1, x1 - x0), lane.height() - 2));
        }
    }
    if (!m_track) {
        p.setFont(note);
        p.setPen(withAlpha(text, 170));
        p.drawText(l.lanes, Qt::AlignCenter, tr("Select a track to see who held it"));
    }
}

} // namespace trilink::widgets
