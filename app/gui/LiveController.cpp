// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/gui/LiveController.h"

#include <QDateTime>
#include <QtConcurrent>

namespace trilink::app {
namespace {

bool sameSocket(const maps::live::LiveEndpoint &listen, const maps::live::LiveEndpoint &send)
{
    return listen.port == send.port && (listen.host == send.host || listen.host == u"0.0.0.0");
}

} // namespace

LiveController::LiveController(PlaybackClock *clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    connect(&m_feed, &maps::live::LiveFeed::snapshotReady, this, &LiveController::onSnapshot);
    connect(&m_feed, &maps::live::LiveFeed::problem, this, &LiveController::problem);
    connect(&m_feed, &maps::live::LiveFeed::statusChanged, this, &LiveController::statusChanged);
    connect(&m_broadcaster, &maps::live::LiveBroadcaster::statusChanged, this, &LiveController::statusChanged);
    connect(&m_overlay, &QFutureWatcher<maps::TrackOverlay::Ptr>::finished, this, [this] {
        m_lastOverlay = m_overlay.result();
        if (isConnected() && m_shown)
            emit scenarioReady(m_shown->scenario, m_lastOverlay);
        buildNext();
    });
    // Now moves on whether or not the clock plays: the range grows with it, once a second.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &LiveController::tick);
    connect(m_clock, &PlaybackClock::timeChanged, this, [this](double timeMs) {
        if (m_broadcaster.isRunning() && !isConnected())
            m_broadcaster.clockMoved(timeMs, m_clock->rate(), m_clock->isPlaying());
    });
}

LiveController::~LiveController()
{
    blockSignals(true);
    m_overlay.waitForFinished();
}

bool LiveController::connectTo(const maps::live::LiveConnection &connection, QString *error)
{
    if (connection.broadcast)
        for (const auto &l : connection.listen)
            if (sameSocket(l, *connection.broadcast)) {
                if (error)
                    *error = tr("Broadcasting to %1 would send the feed back to where it comes from.").arg(connection.broadcast->text());
                return false;
            }
    maps::live::LiveFeed::Options options;
    options.endpoints = connection.listen;
    options.partnerRules = connection.partnerRules;
    if (!m_feed.start(options, error))
        return false;
    m_connection = connection;
    m_playlistOf.reset(); // the feed's picture replaces it: built again, at the clock's time, afterwards
    m_status.clear();
    m_shown.reset();
    m_pending.reset();
    m_firstSnapshot = true;
    const auto now = static_cast<double>(m_now());
    m_clock->setRange(now - 60'000, now); // a minute back to start with; the feed's tracks widen it
    m_clock->goLive(now);
    m_tick.start();
    emit connectedChanged(true);
    if (connection.broadcast)
        return setBroadcast(connection.broadcast, error);
    return true;
}

void LiveController::disconnectFeed()
{
    if (!isConnected())
        return;
    m_feed.stop();
    m_tick.stop();
    m_clock->setLiveSession(false);
    m_clock->pause();
    m_status.clear();
    m_pending.reset();
    emit connectedChanged(false);
}

bool LiveController::setBroadcast(const std::optional<maps::live::LiveEndpoint> &to, QString *error)
{
    if (!to) {
        m_broadcaster.stop();
        m_broadcastTo.reset();
        emit broadcastChanged(false);
        return true;
    }
    if (!m_broadcaster.start(*to, error))
        return false;
    m_broadcastTo = to;
    updatePlaylist();
    emit broadcastChanged(true);
    return true;
}

void LiveController::setPlayedScenario(const Scenario::Ptr &scenario)
{
    if (isConnected() || !scenario)
        return;
    m_played = scenario;
    if (m_broadcaster.isRunning())
        updatePlaylist();
}

void LiveController::updatePlaylist()
{
    // The playlist of every track is only built once Broadcast is on, and again only for a new scenario:
    // the window hands over each scenario it shows, start-up's included, and most sessions never broadcast.
    if (isConnected() || !m_played || m_played == m_playlistOf)
        return;
    m_broadcaster.setTracks(m_played->tracks, m_clock->timeMs());
    m_playlistOf = m_played;
}

const maps::live::LiveTrackStatus *LiveController::status(const QString &trackId) const
{
    const auto it = m_status.constFind(trackId);
    return it == m_status.cend() ? nullptr : &*it;
}

void LiveController::onSnapshot(const maps::live::LiveSnapshotPtr &snapshot)
{
    if (!isConnected())
        return;
    m_status.clear();
    for (const auto &s : snapshot->tracks)
        m_status.insert(s.id, s);
    // The range reaches back to the first report heard, and on to now.
    const double first = snapshot->scenario->tracks.empty() ? m_clock->endMs() : snapshot->scenario->startMs();
    if (first < m_clock->startMs() || m_firstSnapshot)
        m_clock->setRange(std::min(first, m_clock->startMs()), m_clock->endMs());
    m_firstSnapshot = false;
    m_pending = snapshot;
    if (!m_overlay.isRunning())
        buildNext();
}

void LiveController::buildNext()
{
    if (!m_pending || !isConnected())
        return;
    m_shown = std::exchange(m_pending, nullptr);
    const Scenario::Ptr scenario = m_shown->scenario;
    // The sensors and their coverage stand still: built once, then only the tracks are.
    m_overlay.setFuture(QtConcurrent::run([scenario, previous = m_lastOverlay, altM = m_coverageAltM] {
        return maps::buildTrackOverlay(*scenario, altM, previous.get());
    }));
}

void LiveController::setCoverageAltitude(double altM)
{
    if (altM == m_coverageAltM)
        return;
    m_coverageAltM = altM;
    if (isConnected() && m_shown && !m_pending) {
        m_pending = m_shown; // the picture again, with the new coverage
        if (!m_overlay.isRunning())
            buildNext();
    }
}

void LiveController::goLive()
{
    if (isConnected())
        m_clock->goLive(static_cast<double>(m_now()));
}

void LiveController::tick()
{
    m_clock->extendTo(static_cast<double>(m_now()));
}

} // namespace trilink::app
