// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// The viewer's Broadcast: what it plays goes out as Cursor on Target, driven by its playback clock rather
// than the wall. As the clock moves forward, the points it passes are sent (CotPlaylist's thinning: a report
// a track per wall second at the clock's rate, launch and impact always), stamped with the wall time they
// are sent at so TAK clients show them now. A jump of the clock (a seek, a step back, a loop) sends nothing
// for the skipped time: the next points after the new time go out as the clock plays on.
//
// Threads: a QObject (its sender has sockets) on the GUI thread; clockMoved() is cheap unless points are due.

#include "maps/cot/CotPlaylist.h"
#include "maps/live/LiveEndpoint.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace trilink::maps::live {

class CotSender;

class LiveBroadcaster : public QObject {
    Q_OBJECT
public:
    explicit LiveBroadcaster(QObject *parent = nullptr);
    ~LiveBroadcaster() override;

    bool start(const LiveEndpoint &to, QString *error);
    void stop();
    bool isRunning() const;
    // What is played; the clock's time now, so nothing before it is sent (a point at it is).
    void setTracks(std::vector<ScenarioTrack> tracks, double clockMs);
    // The playback clock is at timeMs, running at rate (1x..600x) when playing.
    void clockMoved(double timeMs, double rate, bool playing);
    void setClock(std::function<std::int64_t()> nowMs) { m_now = std::move(nowMs); }
    qint64 sentEvents() const { return m_sentEvents; }

signals:
    void statusChanged(const QString &text);

private:
    QPointer<CotSender> m_sender;
    std::optional<cot::CotPlaylist> m_playlist;
    double m_lastMs = 0;
    std::function<std::int64_t()> m_now;
    qint64 m_sentEvents = 0;
};

} // namespace trilink::maps::live
