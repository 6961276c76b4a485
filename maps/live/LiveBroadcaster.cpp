// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/live/LiveBroadcaster.h"

#include "maps/live/CotSender.h"

#include <QDateTime>

#include <cmath>
#include <limits>

namespace trilink::maps::live {
namespace {
// Forward moves bigger than a frame at 600x are seeks, not playback.
constexpr double kMaxPlayedStepMs = 600.0 * 1000.0;
constexpr std::int64_t kStaleAfterMs = 60'000;
} // namespace

LiveBroadcaster::LiveBroadcaster(QObject *parent) : QObject(parent), m_now([] { return QDateTime::currentMSecsSinceEpoch(); }) {}

LiveBroadcaster::~LiveBroadcaster()
{
    blockSignals(true);
    stop();
}

bool LiveBroadcaster::start(const LiveEndpoint &to, QString *error)
{
    stop();
    auto *sender = new CotSender(to, this);
    connect(sender, &CotSender::ready, this, [this, to] { emit statusChanged(QStringLiteral("broadcasting to %1").arg(to.text())); });
    connect(sender, &CotSender::lost, this, [this, to](const QString &why) { emit statusChanged(QStringLiteral("%1: %2").arg(to.text(), why)); });
    if (!sender->start(error)) {
        delete sender;
        return false;
    }
    m_sender = sender;
    return true;
}

void LiveBroadcaster::stop()
{
    delete m_sender;
    emit statusChanged(QString());
}

bool LiveBroadcaster::isRunning() const
{
    return !m_sender.isNull();
}

void LiveBroadcaster::setTracks(std::vector<ScenarioTrack> tracks, double clockMs)
{
    m_playlist.emplace(std::move(tracks), std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max());
    m_playlist->seek(static_cast<std::int64_t>(std::floor(clockMs)));
    m_lastMs = clockMs;
}

void LiveBroadcaster::clockMoved(double timeMs, double rate, bool playing)
{
    if (!m_playlist)
        return;
    const double step = timeMs - m_lastMs;
    m_lastMs = timeMs;
    if (!playing || step <= 0 || step > kMaxPlayedStepMs) {
        m_playlist->seek(static_cast<std::int64_t>(std::floor(timeMs)));
        return;
    }
    if (!m_sender)
        return;
    const std::int64_t now = m_now();
    const auto minGap = static_cast<std::int64_t>(std::llround(1000.0 * std::max(1.0, rate)));
    for (const auto &e : m_playlist->take(static_cast<std::int64_t>(std::floor(timeMs)), minGap)) {
        m_sender->send(m_playlist->event(e, now, kStaleAfterMs));
        ++m_sentEvents;
    }
}

} // namespace trilink::maps::live
