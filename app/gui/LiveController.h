// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// The viewer's live mode, composed by the main window: a LiveFeed (File → Connect) whose snapshots become the
// scenario every view shows (the track overlay built on a worker, the newest snapshot winning), the playback
// clock in a live session (following now; LIVE while it does), the latency of each track's last report for
// the readouts; and the Broadcast of what the viewer plays (LiveBroadcaster, driven by the clock). A live
// feed is not broadcast back out.
//
// Threads: GUI thread. The feed runs on its own thread, the overlay on Qt's pool; both hand results back here.

#include "core/PlaybackClock.h"
#include "core/Scenario.h"
#include "maps/TrackOverlay.h"
#include "maps/live/LiveBroadcaster.h"
#include "maps/live/LiveConnection.h"
#include "maps/live/LiveFeed.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace trilink::app {

class LiveController : public QObject {
    Q_OBJECT
public:
    explicit LiveController(PlaybackClock *clock, QObject *parent = nullptr);
    ~LiveController() override;

    // Starts listening as the connection says (and broadcasting, if it names where); false with *error and
    // nothing changed when an endpoint cannot be used.
    bool connectTo(const maps::live::LiveConnection &connection, QString *error);
    void disconnectFeed();
    bool isConnected() const { return m_feed.isRunning(); }
    const maps::live::LiveConnection &connection() const { return m_connection; }

    // Broadcast: starts sending what the viewer plays to `to`, or stops (nullopt).
    bool setBroadcast(const std::optional<maps::live::LiveEndpoint> &to, QString *error);
    bool isBroadcasting() const { return m_broadcaster.isRunning(); }
    std::optional<maps::live::LiveEndpoint> broadcastTarget() const { return m_broadcastTo; }
    // The scenario the viewer plays, for the broadcast (ignored while a live feed is shown); its playlist
    // is built when Broadcast starts, not before.
    void setPlayedScenario(const Scenario::Ptr &scenario);
    // The scenario whose playlist the broadcaster holds (null until Broadcast has been on).
    const Scenario *broadcastPlaylistScenario() const { return m_playlistOf.get(); }

    // The latest word on a live track (latency, last report, stale time), null for tracks not from the feed.
    const maps::live::LiveTrackStatus *status(const QString &trackId) const;
    // The wall clock (UTC ms) the live session follows; tests inject one.
    void setWallClock(std::function<std::int64_t()> nowMs) { m_now = std::move(nowMs); }
    std::int64_t nowMs() const { return m_now(); }
    // The target altitude of the coverage fans in the live picture (the window's choice; default 300 km).
    void setCoverageAltitude(double altM);
    // Back to now after looking back (Playback → Go Live).
    void goLive();
    qint64 sentEvents() const { return m_broadcaster.sentEvents(); }

signals:
    // A new live scenario, with its overlay: the window swaps them in (as it does after opening files).
    void scenarioReady(trilink::Scenario::Ptr scenario, trilink::maps::TrackOverlay::Ptr overlay);
    void connectedChanged(bool connected);
    void broadcastChanged(bool broadcasting);
    void statusChanged(const QString &text);
    void problem(const QString &text);

private:
    void onSnapshot(const maps::live::LiveSnapshotPtr &snapshot);
    void buildNext();
    void tick();
    void updatePlaylist();

    PlaybackClock *m_clock;
    maps::live::LiveFeed m_feed;
    maps::live::LiveBroadcaster m_broadcaster;
    maps::live::LiveConnection m_connection;
    std::optional<maps::live::LiveEndpoint> m_broadcastTo;
    maps::live::LiveSnapshotPtr m_shown;   // the snapshot whose overlay is being built or shown
    maps::live::LiveSnapshotPtr m_pending; // the newest, waiting for the build in hand
    QHash<QString, maps::live::LiveTrackStatus> m_status;
    QFutureWatcher<maps::TrackOverlay::Ptr> m_overlay;
    maps::TrackOverlay::Ptr m_lastOverlay; // its sensors are reused by the next build
    double m_coverageAltM = 300'000.0;
    QTimer m_tick;
    std::function<std::int64_t()> m_now;
    bool m_firstSnapshot = true;
    Scenario::Ptr m_played;     // what the viewer plays, for Broadcast
    Scenario::Ptr m_playlistOf; // the scenario the broadcaster's playlist was built from
};

} // namespace trilink::app
