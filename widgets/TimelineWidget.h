// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"
#include "core/Units.h"

#include <QPointer>
#include <QWidget>

#include <array>
#include <cmath>
#include <optional>
#include <vector>

namespace trilink {
class PlaybackClock;
}

namespace trilink::widgets {

// One event mark on the timeline, with where it is drawn (x is recomputed from the current geometry).
struct TimelineTick {
    // Phase: where a flight of the new shapes changes what it does (pull-up, glide, turn, dive, failure,
    // orbit insertion), drawn in the colour of the phase that starts there.
    enum class Kind { Launch, FirstDetection, Apogee, Impact, JapanEez, JapanTerritory, Phase };
    Kind kind = Kind::Launch;
    QString label;   // short text drawn beside the mark: "Launch", "KOR", "Apogee", ...
    QString toolTip; // the full sentence, with UTC and T+ time
    double timeMs = 0;
    std::optional<Partner> partner; // FirstDetection only
    std::optional<FlightPhase> phase; // Phase only: the phase that starts at the tick
    int x = 0;
};

// The timeline: an axis over a time window, the playhead, event ticks of the selected track and under them
// the contribution strip (one lane per partner, filled where that partner held the track in the current
// view). Press or drag anywhere seeks the clock; a press within kTickSnapPx of a tick seeks exactly to it.
// The window is the selected track's flight, padded and clamped to the clock's range, or the clock's whole
// range without a track; the wheel zooms it about the cursor and a double-click fits it again.
//
// Everything that depends on the track or the view is worked out in rebuild(), not in paintEvent.
// Threads: GUI thread only.
class TimelineWidget : public QWidget {
    Q_OBJECT
public:
    static constexpr int kTickSnapPx = 6;

    explicit TimelineWidget(QWidget *parent = nullptr);

    void setClock(PlaybackClock *clock);
    void setScenario(Scenario::Ptr scenario);
    void setSelectedTrack(const QString &trackId); // empty: none
    void setViewAs(ViewAs viewAs);
    void setFontScale(double scale); // 1 = the widget font; briefing mode uses ~1.6
    void setUnits(const UnitSystem &units); // the apogee's height in the tooltips
    void fitWindow();                // back to the track's flight (or the clock's range)

    std::vector<TimelineTick> ticks() const;
    QRect laneRect(Partner partner) const;
    // What the strip shows: the partner's lane is filled at that instant.
    bool laneFilledAt(Partner partner, double timeMs) const;
    double timeAtX(int x) const;
    int xForTime(double timeMs) const;
    double windowStartMs() const { return m_windowStartMs; }
    double windowEndMs() const { return m_windowEndMs; }
    const ScenarioTrack *selectedTrack() const { return m_track; }
    // What a hover at `pos` says: the event under it (else the instant under it) in UTC, KST/JST and T+,
    // and who holds the track then; over a partner's lane, that partner's held spans. Empty: nothing there.
    QString toolTipAt(QPoint pos) const;
    // The time axis's labels where they are drawn, and its unit's ("UTC" before a track is selected; empty
    // with a track, whose labels say T+): the unit sits in the gutter, clear of every label.
    struct AxisLabel {
        QRect box;
        QString text;
        int x = 0; // the tick's
    };
    std::vector<AxisLabel> axisLabels() const;
    QRect axisUnitRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void tickClicked(const trilink::widgets::TimelineTick &tick);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static std::optional<std::pair<QString, FlightPhase>> phaseTick(TrajectoryEventKind kind);
    struct Layout {
        QRect axis;   // time labels
        QRect ticks;  // event marks
        QRect lanes;  // the strip, three lanes
        int laneHeight = 0;
        int gutter = 0; // partner codes at the left
    };
    Layout layout() const;
    QFont scaledFont(double factor = 1.0, bool bold = false) const;
    int scaled(double px) const { return static_cast<int>(std::lround(px * m_fontScale)); }
    void rebuild();
    void onClockRangeOrState();
    std::optional<TimelineTick> tickNear(int x) const;
    QString laneToolTip(Partner partner) const;
    void seekTo(double timeMs);
    void paintAxis(QPainter &p, const Layout &l) const;
    void paintTicks(QPainter &p, const Layout &l) const;
    void paintLanes(QPainter &p, const Layout &l) const;

    QPointer<PlaybackClock> m_clock;
    Scenario::Ptr m_scenario;
    QString m_trackId;
    const ScenarioTrack *m_track = nullptr; // into *m_scenario
    ViewAs m_viewAs;
    UnitSystem m_units;
    double m_fontScale = 1.0;
    double m_windowStartMs = 0;
    double m_windowEndMs = 1;
    bool m_dragging = false;
    double m_lastClockStartMs = 0;
    double m_lastClockEndMs = 0;

    // From rebuild(): the events (x filled on request) and per partner the held spans in UTC ms, half open,
    // each sample standing for the time up to the next one, as the attribution counts it.
    std::vector<TimelineTick> m_ticks;
    std::array<std::vector<std::pair<double, double>>, kPartnerCount> m_heldMs;
};

} // namespace trilink::widgets
