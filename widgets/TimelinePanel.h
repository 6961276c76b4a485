// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"
#include "core/Selection.h"
#include "widgets/TimelineWidget.h"

#include <QWidget>

namespace trilink {
class PlaybackClock;
}

namespace trilink::widgets {

class PlaybackBar;

// The timeline dock's content: the playback controls above the timeline, fed the same clock, scenario,
// selection and view. Thin by design; the parts are reachable for shortcuts and tests.
// Threads: GUI thread only.
class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(QWidget *parent = nullptr);

    void setClock(PlaybackClock *clock);
    void setScenario(Scenario::Ptr scenario);
    void setSelectedTrack(const QString &trackId);
    void setViewAs(ViewAs viewAs);
    // Follows the selection's track and view-as from now on.
    void setSelection(Selection *selection);
    void setFontScale(double scale);
    void setUnits(const UnitSystem &units);

    PlaybackBar *playbackBar() const { return m_bar; }
    TimelineWidget *timeline() const { return m_timeline; }

signals:
    void tickClicked(const trilink::widgets::TimelineTick &tick);

private:
    void updateFlight();

    PlaybackBar *m_bar = nullptr;
    TimelineWidget *m_timeline = nullptr;
};

} // namespace trilink::widgets
