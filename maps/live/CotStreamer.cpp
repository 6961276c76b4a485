// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/live/CotStreamer.h"

#include "maps/live/CotSender.h"

#include <QDateTime>

#include <cmath>

namespace trilink::maps::live {

CotStreamer::CotStreamer(cot::CotPlaylist playlist, CotSender *sender, Options options, QObject *parent)
    : QObject(parent), m_playlist(std::move(playlist)), m_sender(sender), m_options(options),
      m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_options.speed = std::max(m_options.speed, 1e-3);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(10);
    connect(&m_timer, &QTimer::timeout, this, &CotStreamer::tick);
}

void CotStreamer::start()
{
    m_wallStartMs = m_now();
    m_elapsed.start();
    m_timer.start();
    tick();
}

void CotStreamer::stop()
{
    m_timer.stop();
}

void CotStreamer::tick()
{
    // Track time from the monotonic timer, so a wall-clock step (NTP) neither skips nor repeats points.
    const double elapsedMs = static_cast<double>(m_elapsed.nsecsElapsed()) / 1e6;
    std::int64_t trackNow = m_playlist.startMs() + m_skippedMs + std::llround(elapsedMs * m_options.speed);
    const auto idleTrackMs = std::llround(static_cast<double>(m_options.maxIdleMs) * m_options.speed);
    if (!m_playlist.atEnd() && m_playlist.nextMs() - trackNow > idleTrackMs) {
        // Nothing for longer than maxIdleMs: come up to it, leaving maxIdleMs of quiet.
        const std::int64_t jump = m_playlist.nextMs() - trackNow - idleTrackMs;
        emit skipped(trackNow, trackNow + jump);
        m_skippedMs += jump;
        trackNow += jump;
    }
    const auto minGap = static_cast<std::int64_t>(std::llround(static_cast<double>(m_options.minIntervalMs) * m_options.speed));
    for (const auto &e : m_playlist.take(trackNow, minGap)) {
        const std::int64_t eventTime =
            m_options.originalTimes
                ? e.timeMs
                : m_wallStartMs + std::llround(static_cast<double>(e.timeMs - m_playlist.startMs() - m_skippedMs) / m_options.speed);
        m_sender->send(m_playlist.event(e, eventTime, m_options.staleAfterMs));
        ++m_sent;
    }
    emit progress(trackNow, m_sent);
    if (m_playlist.atEnd()) {
        m_timer.stop();
        emit finished();
    }
}

} // namespace trilink::maps::live
