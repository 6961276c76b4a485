// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"
#include "core/Selection.h"
#include "maps/export/SideViewPainter.h"

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

// Where a radar's coverage cuts the selected trajectory (worked out by maps::SideViewPainter).
using CoverageEdge = maps::CoverageEdge;

// The selected track in profile: altitude (km) against ground range along the track (km) or against time
// since launch, switchable by the button in the corner or setMode(). The curve is coloured by flight phase;
// apogee is marked and labelled; the clock's instant is a marker with its T+ time and altitude; under the
// plot one thin bar per partner shows who held the track (only the partners in the current view); the
// radars' coverage edges are short ticks on the curve in the partner's colour, labelled where room allows.
//
// A thin shell around maps::SideViewPainter, which the one-page brief draws with too: ground ranges (PROJ
// geodesics) and coverage edges (VisibilityModel per sample) are worked out when the scenario, track or view
// changes; paintEvent only maps them to pixels. Threads: GUI thread only.
class SideView : public QWidget {
    Q_OBJECT
public:
    enum class Mode { GroundRange, Time };
    static constexpr int kMaxEdgeLabels = maps::SideViewPainter::kMaxEdgeLabels;

    explicit SideView(QWidget *parent = nullptr);

    void setClock(PlaybackClock *clock);
    void setScenario(Scenario::Ptr scenario);
    void setSelectedTrack(const QString &trackId);
    void setViewAs(ViewAs viewAs);
    // Follows the selection's track and view-as from now on.
    void setSelection(Selection *selection);
    void setFontScale(double scale);
    // Altitude and ground range (axes, labels, tooltips) in these units (View → Units).
    void setUnits(const UnitSystem &units);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    // Widget pixel of the trajectory at timeS after launch (clamped to the flight); (0, 0) without a track.
    QPointF pointFor(double timeS) const;
    // The clock's time relative to the selected track's launch, in seconds (negative before launch).
    double currentTimeS() const;
    std::vector<CoverageEdge> coverageEdges() const { return m_painter.coverageEdges(); }
    QRect plotRect() const;
    // The axes' labels as drawn (the painter's, in this widget's pixels).
    std::vector<maps::SideViewPainter::AxisTick> altitudeTicks() const { return painter().altitudeTicks(rect(), this); }
    std::vector<maps::SideViewPainter::AxisTick> alongTicks() const { return painter().alongTicks(rect(), this); }
    // What a hover at `pos` says: a coverage edge near it, else the flight at the cursor's place along the
    // axis (T+, phase, altitude and ground range in the chosen units); empty outside the plot or without a track.
    QString toolTipAt(QPointF pos) const;

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
    void placeModeButton();
    QFont scaledFont(double factor = 1.0) const;
    int scaled(double px) const { return static_cast<int>(std::lround(px * m_fontScale)); }
    // The painter's style from the palette, font, scale and the mode button; set before every use, since
    // any of them may have changed.
    const maps::SideViewPainter &painter() const;

    QPointer<PlaybackClock> m_clock;
    Scenario::Ptr m_scenario;
    QString m_trackId;
    ViewAs m_viewAs;
    Mode m_mode = Mode::GroundRange;
    double m_fontScale = 1.0;
    QToolButton *m_modeButton = nullptr;
    mutable maps::SideViewPainter m_painter; // the profile of the selected track, into *m_scenario
};

} // namespace trilink::widgets
