// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "widgets/TimelinePanel.h"

#include "widgets/PlaybackBar.h"
#include "widgets/SelectionBinding.h"

#include <QVBoxLayout>

namespace trilink::widgets {

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent)
    , m_bar(new PlaybackBar(this))
    , m_timeline(new TimelineWidget(this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_bar);
    column->addWidget(m_timeline);
    column->addStretch(1);
    connect(m_timeline, &TimelineWidget::tickClicked, this, &TimelinePanel::tickClicked);
}

void TimelinePanel::setClock(PlaybackClock *clock)
{
    m_bar->setClock(clock);
    m_timeline->setClock(clock);
}

void TimelinePanel::setScenario(Scenario::Ptr scenario)
{
    m_timeline->setScenario(std::move(scenario));
    updateFlight();
}

void TimelinePanel::setSelectedTrack(const QString &trackId)
{
    m_timeline->setSelectedTrack(trackId);
    updateFlight();
}

void TimelinePanel::setViewAs(ViewAs viewAs)
{
    m_timeline->setViewAs(viewAs);
}

void TimelinePanel::setFontScale(double scale)
{
    m_bar->setFontScale(scale);
    m_timeline->setFontScale(scale);
}

void TimelinePanel::setUnits(const UnitSystem &units)
{
    m_timeline->setUnits(units);
}

void TimelinePanel::updateFlight()
{
    // The timeline resolves the id against its scenario; the bar follows what it found.
    const ScenarioTrack *t = m_timeline->selectedTrack();
    m_bar->setFlight(t ? std::optional<double>(static_cast<double>(t->launchMsUtc)) : std::nullopt, t ? t->flightTimeS : 0.0);
}

void TimelinePanel::setSelection(Selection *selection)
{
    followSelection(this, selection);
}

} // namespace trilink::widgets
