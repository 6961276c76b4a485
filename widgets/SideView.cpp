// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "widgets/SideView.h"

#include "core/PlaybackClock.h"
#include "core/Text.h"
#include "widgets/SelectionBinding.h"
#include "widgets/TimelineWidget.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolButton>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace trilink::widgets {

SideView::SideView(QWidget *parent)
    : QWidget(parent)
    , m_modeButton(new QToolButton(this))
{
    setMouseTracking(true);
    m_modeButton->setCheckable(true);
    m_modeButton->setAutoRaise(false);
    m_modeButton->setFocusPolicy(Qt::NoFocus);
    m_modeButton->setToolTip(tr("Altitude against ground range or against time since launch"));
    connect(m_modeButton, &QToolButton::toggled, this, [this](bool time) { setMode(time ? Mode::Time : Mode::GroundRange); });
    setMode(Mode::GroundRange);
    setFontScale(1.0);
}

void SideView::setClock(PlaybackClock *clock)
{
    if (m_clock)
        disconnect(m_clock, nullptr, this, nullptr);
    m_clock = clock;
    if (m_clock)
        connect(m_clock, &PlaybackClock::timeChanged, this, qOverload<>(&QWidget::update));
    update();
}

void SideView::setScenario(Scenario::Ptr scenario)
{
    m_scenario = std::move(scenario);
    rebuild();
}

void SideView::setSelectedTrack(const QString &trackId)
{
    m_trackId = trackId;
    rebuild();
}

void SideView::setViewAs(ViewAs viewAs)
{
    m_viewAs = viewAs;
    rebuild();
}

void SideView::setFontScale(double scale)
{
    m_fontScale = std::clamp(scale, 0.5, 4.0);
    m_modeButton->setFont(scaledFont(0.9));
    placeModeButton();
    update();
}

void SideView::setUnits(const UnitSystem &units)
{
    m_painter.setUnits(units);
    update();
}

void SideView::setMode(Mode mode)
{
    const bool changed = mode != m_mode;
    m_mode = mode;
    m_painter.setMode(mode == Mode::Time ? maps::SideViewPainter::Mode::Time : maps::SideViewPainter::Mode::GroundRange);
    {
        const QSignalBlocker block(m_modeButton);
        m_modeButton->setChecked(mode == Mode::Time);
    }
    m_modeButton->setText(mode == Mode::Time ? tr("x: time") : tr("x: range"));
    placeModeButton();
    update();
    if (changed)
        emit modeChanged(mode);
}

QFont SideView::scaledFont(double factor) const
{
    QFont f = font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(std::max(6.0, f.pointSizeF() * m_fontScale * factor));
    else
        f.setPixelSize(std::max(8, static_cast<int>(std::lround(f.pixelSize() * m_fontScale * factor))));
    return f;
}

void SideView::rebuild()
{
    const ScenarioTrack *track = m_scenario && !m_trackId.isEmpty() ? m_scenario->find(m_trackId) : nullptr;
    m_painter.setTrack(track, m_scenario ? m_scenario->laydown : SensorLaydown(), m_viewAs);
    update();
}

const maps::SideViewPainter &SideView::painter() const
{
    maps::SideViewPainter::Style style;
    style.font = font();
    style.fontScale = m_fontScale;
    style.lengthScale = m_fontScale;
    style.lineScale = 1.0;
    style.text = palette().color(QPalette::Text);
    style.base = palette().color(QPalette::Base);
    style.headerMinHeight = m_modeButton->sizeHint().height();
    style.headerReserveRight = width() - m_modeButton->geometry().left();
    m_painter.setStyle(style);
    return m_painter;
}

QPointF SideView::pointFor(double timeS) const
{
    return painter().pointFor(rect(), this, timeS);
}

QRect SideView::plotRect() const
{
    return painter().plotRect(rect(), this);
}

double SideView::currentTimeS() const
{
    const ScenarioTrack *track = m_painter.track();
    if (!m_clock || !track)
        return 0;
    return (m_clock->timeMs() - static_cast<double>(track->launchMsUtc)) / 1000.0;
}

void SideView::placeModeButton()
{
    const QSize s = m_modeButton->sizeHint();
    m_modeButton->setGeometry(width() - s.width() - scaled(8), scaled(6), s.width(), s.height());
}

void SideView::resizeEvent(QResizeEvent *event)
{
    placeModeButton();
    QWidget::resizeEvent(event);
}

QString SideView::toolTipAt(QPointF pos) const
{
    const ScenarioTrack *track = m_painter.track();
    if (!track)
        return {};
    const UnitSystem &units = m_painter.units();
    const CoverageEdge *best = nullptr;
    double bestD = scaled(8);
    for (const CoverageEdge &e : m_painter.coverageEdges()) {
        const double d = QLineF(pointFor(e.timeS), pos).length();
        if (d < bestD) {
            bestD = d;
            best = &e;
        }
    }
    if (best)
        return tr("%1 (%2): %3 coverage at %4\n%5 altitude, %6 down range%7")
            .arg(best->sensorId, partnerCode(best->partner), best->entering ? tr("enters") : tr("leaves"), text::missionTime(best->timeS),
                 text::height(best->altM, units), text::distance(best->groundRangeKm * 1000.0, units),
                 best->notional ? tr("\nnotional sensor position") : QString());
    const QRect plot = plotRect();
    if (pos.y() < plot.top() || pos.y() > plot.bottom())
        return {};
    const std::optional<double> t = painter().timeAtX(rect(), this, pos.x());
    if (!t)
        return {};
    const TrajectorySample s = track->stateAt(*t);
    return tr("%1 · %2\n%3 altitude, %4 down range")
        .arg(text::missionTime(*t), flightPhaseName(s.phase), text::height(s.altM, units),
             text::distance(m_painter.groundRangeKmAt(*t) * 1000.0, units));
}

bool SideView::event(QEvent *event)
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

void SideView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    std::optional<double> now;
    if (m_clock && m_painter.track())
        now = currentTimeS();
    painter().paint(p, rect(), now, tr("Select a track to see its altitude profile"));
}

void SideView::setSelection(Selection *selection)
{
    followSelection(this, selection);
}

} // namespace trilink::widgets
