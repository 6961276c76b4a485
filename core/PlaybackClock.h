// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QObject>

#include <array>

namespace trilink {

// The scenario clock every view follows: a UTC instant (milliseconds since the epoch, fractional) inside a
// time range, with play/pause, direction, speed and loop. It has no timer of its own: the application calls
// advance() with the wall time that passed, so tests inject time and the GUI's timer stays in app/.
//
// Threads: GUI thread (it is a QObject whose signals drive the views).
class PlaybackClock : public QObject {
    Q_OBJECT
public:
    // The speeds offered (the speed buttons and the [ ] keys step through these).
    static constexpr std::array<double, 10> kRates{1, 2, 5, 10, 20, 30, 60, 120, 300, 600};

    explicit PlaybackClock(QObject *parent = nullptr);

    double timeMs() const { return m_timeMs; }
    double startMs() const { return m_startMs; }
    double endMs() const { return m_endMs; }
    bool isPlaying() const { return m_playing; }
    bool isReversed() const { return m_reversed; }
    bool loops() const { return m_loop; }
    double rate() const { return m_rate; } // 1..600, the direction is separate

    // The time range; the current time is clamped into it.
    void setRange(double startMs, double endMs);
    void seek(double timeMs); // clamped to the range
    // Moves by scenario seconds (negative: back), clamped, and pauses: a step is for looking closely.
    void step(double seconds);
    void play();
    void pause();
    void togglePlay();
    void setReversed(bool reversed);
    void setRate(double rate); // clamped to 1..600
    void faster();             // next of kRates
    void slower();
    void setLoop(bool loop);

    // Wall-clock seconds have passed: move the scenario by wallSeconds x rate in the playing direction. At an
    // end it wraps round when looping, else stops there and pauses. Nothing happens when paused.
    void advance(double wallSeconds);

    // Live: a feed is connected, so "now" keeps moving. In a live session the range's end follows the wall
    // clock (extendTo, called by whoever owns the feed, with the wall time) and the clock is live while it
    // shows now: playing forward at 1x, its time the wall time, the end moving with it. Pausing, stepping,
    // seeking, reversing or another rate leave live (the user looks back); goLive() returns to now, and so
    // does playing forward into the end of the range.
    void setLiveSession(bool on);
    bool isLiveSession() const { return m_liveSession; }
    bool isLive() const { return m_live; }
    void goLive(double nowMs);
    void extendTo(double nowMs);

signals:
    void timeChanged(double timeMs);
    void stateChanged(); // playing, direction, rate, loop or range

private:
    void setTime(double timeMs);
    void leaveLive();

    double m_startMs = 0;
    double m_endMs = 0;
    double m_timeMs = 0;
    double m_rate = 60;
    bool m_playing = false;
    bool m_reversed = false;
    bool m_loop = false;
    bool m_liveSession = false;
    bool m_live = false;
};

} // namespace trilink
