// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// Plays a CotPlaylist out through a CotSender on the wall clock: the playlist's time runs `speed` times
// faster than the wall from start(), and each point goes out when its time comes, at most one a track every
// minIntervalMs of wall time (launch and impact always). Events carry the wall time they stand for (the
// track replayed as if now, so every TAK client shows it rather than dropping it as stale) with the
// track's own time in <trilink source_time>; with originalTimes they carry the track's own times instead.
// A lull longer than maxIdleMs of wall time (launches months apart) is cut to maxIdleMs, and said.
//
// Threads: a QObject with a timer, on one thread with an event loop.

#include "maps/cot/CotPlaylist.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace trilink::maps::live {

class CotSender;

class CotStreamer : public QObject {
    Q_OBJECT
public:
    struct Options {
        double speed = 1;
        std::int64_t minIntervalMs = 1000; // wall time between two reports of one track
        std::int64_t staleAfterMs = 60'000; // wall time a report stays valid
        bool originalTimes = false;
        std::int64_t maxIdleMs = 5000;     // wall time the stream may stay silent between two reports
    };

    CotStreamer(cot::CotPlaylist playlist, CotSender *sender, Options options, QObject *parent = nullptr);

    // The wall clock (UTC ms) events are stamped with; tests inject one.
    void setClock(std::function<std::int64_t()> nowMs) { m_now = std::move(nowMs); }
    void start();
    void stop();
    qint64 sentEvents() const { return m_sent; }
    const cot::CotPlaylist &playlist() const { return m_playlist; }

signals:
    void progress(std::int64_t trackTimeMs, qint64 sentEvents);
    void skipped(std::int64_t fromTrackMs, std::int64_t toTrackMs); // a lull cut short
    void finished();

private:
    void tick();

    cot::CotPlaylist m_playlist;
    CotSender *m_sender;
    Options m_options;
    std::function<std::int64_t()> m_now;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    std::int64_t m_wallStartMs = 0;
    std::int64_t m_skippedMs = 0; // track time jumped over in lulls
    qint64 m_sent = 0;
};

} // namespace trilink::maps::live
