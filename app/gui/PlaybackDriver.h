// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace trilink {
class PlaybackClock;
}

namespace trilink::app {

// The one timer of playback: while the clock plays, it tells the clock how much wall time has passed, about
// sixty times a second. Measured, not assumed, so a slow frame never slows the scenario down.
class PlaybackDriver : public QObject {
    Q_OBJECT
public:
    explicit PlaybackDriver(PlaybackClock *clock, QObject *parent = nullptr);

private:
    void onStateChanged();
    void onTick();

    PlaybackClock *m_clock;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
};

} // namespace trilink::app
