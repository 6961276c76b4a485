// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/PlaybackClock.h"

#include <algorithm>
#include <cmath>

namespace trilink {

PlaybackClock::PlaybackClock(QObject *parent)
    : QObject(parent)
{
}

void PlaybackClock::setRange(double startMs, double endMs)
{
    m_startMs = std::min(startMs, endMs);
    m_endMs = std::max(startMs, endMs);
    emit stateChanged();
    setTime(m_timeMs);
}

void PlaybackClock::setTime(double timeMs)
{
    const double t = std::clamp(timeMs, m_startMs, m_endMs);
    if (t == m_timeMs)
        return;
    m_timeMs = t;
    emit timeChanged(m_timeMs);
}

void PlaybackClock::seek(double timeMs)
{
    if (timeMs < m_endMs)
        leaveLive();
    setTime(timeMs);
}

void PlaybackClock::step(double seconds)
{
    pause();
    setTime(m_timeMs + seconds * 1000.0);
}

void PlaybackClock::leaveLive()
{
    if (!m_live)
        return;
    m_live = false;
    emit stateChanged();
}

void PlaybackClock::setLiveSession(bool on)
{
    if (on == m_liveSession)
        return;
    m_liveSession = on;
    if (!on)
        m_live = false;
    emit stateChanged();
}

void PlaybackClock::goLive(double nowMs)
{
    m_liveSession = true;
    m_live = true;
    m_playing = true;
    m_reversed = false;
    m_rate = 1;
    m_endMs = std::max(m_endMs, nowMs);
    m_startMs = std::min(m_startMs, nowMs);
    emit stateChanged();
    setTime(nowMs);
}

void PlaybackClock::extendTo(double nowMs)
{
    if (!m_liveSession || nowMs <= m_endMs)
        return;
    m_endMs = nowMs;
    emit stateChanged();
    if (m_live)
        setTime(nowMs); // the wall clock is the truth; advance() only fills in between
}

void PlaybackClock::play()
{
    if (m_playing)
        return;
    // Play at the end of the range starts again from the other end, as a media player does.
    if (!m_reversed && m_timeMs >= m_endMs)
        setTime(m_startMs);
    else if (m_reversed && m_timeMs <= m_startMs)
        setTime(m_endMs);
    m_playing = true;
    emit stateChanged();
}

void PlaybackClock::pause()
{
    if (!m_playing)
        return;
    m_playing = false;
    m_live = false;
    emit stateChanged();
}

void PlaybackClock::togglePlay()
{
    m_playing ? pause() : play();
}

void PlaybackClock::setReversed(bool reversed)
{
    if (reversed == m_reversed)
        return;
    m_reversed = reversed;
    m_live = m_live && !reversed;
    emit stateChanged();
}

void PlaybackClock::setRate(double rate)
{
    rate = std::clamp(rate, kRates.front(), kRates.back());
    if (rate == m_rate)
        return;
    m_rate = rate;
    m_live = m_live && rate == 1;
    emit stateChanged();
}

void PlaybackClock::faster()
{
    const auto next = std::upper_bound(kRates.begin(), kRates.end(), m_rate);
    if (next != kRates.end())
        setRate(*next);
}

void PlaybackClock::slower()
{
    const auto below = std::lower_bound(kRates.begin(), kRates.end(), m_rate);
    if (below != kRates.begin())
        setRate(*std::prev(below));
}

void PlaybackClock::setLoop(bool loop)
{
    if (loop == m_loop)
        return;
    m_loop = loop;
    emit stateChanged();
}

void PlaybackClock::advance(double wallSeconds)
{
    if (!m_playing || wallSeconds <= 0)
        return;
    const double span = m_endMs - m_startMs;
    double t = m_timeMs + (m_reversed ? -1.0 : 1.0) * wallSeconds * m_rate * 1000.0;
    if (m_live) {
        // Now moves on; the range grows with it (extendTo corrects it to the wall clock).
        m_endMs = std::max(m_endMs, t);
        setTime(t);
        return;
    }
    if (m_liveSession && !m_reversed && t >= m_endMs) {
        // Caught up with now: live again, at now's pace.
        m_live = true;
        m_rate = 1;
        setTime(m_endMs);
        emit stateChanged();
        return;
    }
    if (t > m_endMs || t < m_startMs) {
        if (m_loop && span > 0) {
            // Wrap round, keeping the overshoot, so a loop has no hitch at the seam.
            const double offset = std::fmod(t - m_startMs, span);
            t = m_startMs + (offset < 0 ? offset + span : offset);
        } else {
            setTime(t);
            pause();
            return;
        }
    }
    setTime(t);
}

} // namespace trilink
