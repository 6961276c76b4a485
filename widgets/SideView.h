// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"

#include <QPointer>
#include <QWidget>

#include <array>
#include <cmath>
#include <vector>

class QToolButton;

namespace trilink {
class PlaybackClock;
}

namespace trilink::widgets {

// Where a radar's coverage cuts the selected trajectory: the instant the visibility model's answer for that
// sensor changes, refined between the 1 s samples by bisection on the interpolated state.
struct CoverageEdge {
    QString sensorId;
    Partner partner = Partner::USA;
    double timeS = 0; // since launch
    bool entering = true;
    double altM = 0;
    double groundRangeKm = 0; // along the ground track from the launch point
    bool notional = false;    // the sensor's position is notional
};

// The selected track in profile: altitude (km) against ground range along the track (km) or against time
// since launch, switchable by the button in the corner or setMode(). The curve is coloured by flight phase;
// apogee is marked and labelled; the clock's instant is a marker with its T+ time and altitude; under the
// plot one thin bar per partner shows who held the track (only the partners in the current view); the
// radars' coverage edges are short ticks on the curve in the partner's colour, labelled where room allows.
//
// Ground ranges (PROJ geodesics) and coverage edges (VisibilityModel per sample) are worked out when the
// scenario, track or view changes; paintEvent only maps them to pixels. Threads: GUI thread only.
class SideView : public QWidget {
    Q_OBJECT
public:
    enum class Mode { GroundRange, Time };
    static constexpr int kMaxEdgeLabels = 6;

    explicit SideView(QWidget *parent = nullptr);

    void setClock(PlaybackClock *clock);
    void setScenario(Scenario::Ptr scenario);
    void setSelectedTrack(const QString &trackId);
    void setViewAs(ViewAs viewAs);
    void setFontScale(double scale);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    // Widget pixel of the trajectory at timeS after launch (clamped to the flight); (0, 0) without a track.
    QPointF pointFor(double timeS) const;
    // The clock's time relative to the selected track's launch, in seconds (negative before launch).
    double currentTimeS() const;
    std::vector<CoverageEdge> coverageEdges() const { return m_edges; }
    QRect plotRect() const;

    QSize sizeHint() const override { return {640, 320}; }
    QSize minimumSizeHint() const override { return {320, 200}; }

signals:
    void modeChanged(trilink::widgets::SideView::Mode mode);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void findCoverageEdges();
    void placeModeButton();
    QFont scaledFont(double factor = 1.0, bool bold = false) const;
    int scaled(double px) const { return static_cast<int>(std::lround(px * m_fontScale)); }
    double groundRangeKmAt(double timeS) const;
    QPointF toPixel(double xValue, double altKm) const;
    double xValueAt(double timeS) const; // km or s, by mode
    double xMax() const { return m_mode == Mode::Time ? m_timeMaxS : m_rangeMaxKm; }
    QRect heldStripRect() const;
    int laneHeight() const { return QFontMetrics(scaledFont(0.7, true)).height() - scaled(3); }
    void paintAxes(QPainter &p, const QRect &plot) const;
    void paintCurve(QPainter &p) const;
    void paintHeldStrip(QPainter &p) const;
    void paintMarkers(QPainter &p, std::vector<QRectF> &used) const;
    void paintEdges(QPainter &p, std::vector<QRectF> &used) const;
    void paintHeader(QPainter &p) const;

    QPointer<PlaybackClock> m_clock;
    Scenario::Ptr m_scenario;
    QString m_trackId;
    const ScenarioTrack *m_track = nullptr; // into *m_scenario
    ViewAs m_viewAs;
    Mode m_mode = Mode::GroundRange;
    double m_fontScale = 1.0;
    QToolButton *m_modeButton = nullptr;

    // From rebuild().
    std::vector<double> m_rangeKm; // per sample, cumulative along the ground track
    // Axis extents, with room for the apogee label above the curve; the ticks are chosen when painting.
    double m_rangeMaxKm = 1, m_timeMaxS = 1, m_altMaxKm = 1;
    std::vector<CoverageEdge> m_edges;
    std::array<std::vector<std::pair<double, double>>, kPartnerCount> m_heldS; // per partner, [start, end) s
};

} // namespace trilink::widgets
