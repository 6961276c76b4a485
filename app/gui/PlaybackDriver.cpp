// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/gui/PlaybackDriver.h"

#include "core/PlaybackClock.h"

#include <algorithm>

namespace trilink::app {

PlaybackDriver::PlaybackDriver(PlaybackClock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(16);
    connect(&m_timer, &QTimer::timeout, this, &PlaybackDriver::onTick);
    connect(m_clock, &PlaybackClock::stateChanged, this, &PlaybackDriver::onStateChanged);
    onStateChanged();
}

void PlaybackDriver::onStateChanged()
{
    if (m_clock->isPlaying() && !m_timer.isActive()) {
        m_elapsed.start();
        m_timer.start();
    } else if (!m_clock->isPlaying() && m_timer.isActive()) {
        m_timer.stop();
    }
}

void PlaybackDriver::onTick()
{
    const double seconds = m_elapsed.nsecsElapsed() / 1e9;
    m_elapsed.restart();
    // A stall (a modal dialog, a suspended laptop) must not jump the scenario: cap one step at 0.25 s.
    m_clock->advance(std::min(seconds, 0.25));
}

} // namespace trilink::app
