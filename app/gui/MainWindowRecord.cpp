// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The main window's views of the whole record: playing an event, a day or a year as one, the track list's
// filters on the map, and the statistics dock.
#include "app/gui/GroupPlayback.h"
#include "app/gui/MainWindow.h"
#include "widgets/MapCanvas.h"
#include "widgets/StatisticsPanel.h"
#include "widgets/TrackInspector.h"
#include "widgets/TrackListPanel.h"

#include <QDockWidget>
#include <QPolygonF>
#include <QStatusBar>

#include <cmath>

namespace trilink::app {

void MainWindow::buildRecordViews()
{
    m_groupPlayback = new GroupPlayback(&m_clock, this);
    connect(m_groupPlayback, &GroupPlayback::changed, this, &MainWindow::updateEmphasis);
    connect(m_trackList, &widgets::TrackListPanel::playRequested, this, [this](TrackGroup::Kind kind, const QString &key) { playGroup(kind, key); });
    connect(m_trackList, &widgets::TrackListPanel::filterChanged, this, &MainWindow::applyTrackFilter);

    m_statistics = new widgets::StatisticsPanel(this);
    m_statisticsDock = new QDockWidget(tr("Statistics"), this);
    m_statisticsDock->setObjectName(QStringLiteral("statisticsDock"));
    m_statisticsDock->setWidget(m_statistics);
    addDockWidget(Qt::BottomDockWidgetArea, m_statisticsDock);
    tabifyDockWidget(m_sideDock, m_statisticsDock);
    // The inspector: the selected track's figures beside the reported ones, custody, events and sources.
    m_inspector = new widgets::TrackInspector(this);
    m_inspector->setSelection(&m_selection);
    m_inspectorDock = new QDockWidget(tr("Inspector"), this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::BottomDockWidgetArea, m_inspectorDock);
    tabifyDockWidget(m_statisticsDock, m_inspectorDock);
    m_sideDock->raise();
    // A click on a bar shows those tracks in the list and on the map.
    connect(m_statistics, &widgets::StatisticsPanel::filterRequested, this, [this](const TrackFilter &f) {
        m_trackList->setFilter(f);
        m_trackDock->raise();
    });
}

bool MainWindow::playGroup(TrackGroup::Kind kind, const QString &key)
{
    if (!m_scenario)
        return false;
    const std::optional<TrackGroup> g = m_groupPlayback->play(*m_scenario, kind, key);
    if (!g)
        return false;
    // Its first missile is the selected one (the side view and the timeline follow it); the clock keeps
    // the group's range (onTrackChanged knows the group).
    m_shownTrack.clear();
    selectTrack(g->trackIds.front());
    QPolygonF path;
    for (const QString &id : g->trackIds)
        if (const ScenarioTrack *t = m_scenario->find(id); t && !t->samples.empty()) {
            path << QPointF(t->samples.front().lon, t->samples.front().lat) << QPointF(t->samples.back().lon, t->samples.back().lat);
        }
    m_canvas->ensureVisible(path);
    m_clock.seek(g->spans.front().first);
    m_clock.play();
    // The label counts the missiles ("2 November 2022 (Korea) · 3 missiles").
    statusBar()->showMessage(tr("Playing the %1 %2 on one clock: %3 min of flight, the gaps between skipped")
                                 .arg(trackGroupKindName(kind), g->label)
                                 .arg(std::lround(g->playedMs() / 60000.0)),
                             15000);
    return true;
}

void MainWindow::playSelectedGroup(TrackGroup::Kind kind)
{
    if (!m_scenario)
        return;
    if (const auto g = trackgroups::containing(*m_scenario, kind, m_selection.track()))
        playGroup(kind, g->key);
}

void MainWindow::applyTrackFilter(const TrackFilter &filter)
{
    // The map keeps the whole record as context: what the filters leave out is faded, not removed.
    m_filterShown.reset();
    if (m_scenario && !filter.isEmpty()) {
        auto shown = std::make_shared<QSet<QString>>();
        for (const ScenarioTrack &t : m_scenario->tracks)
            if (filter.accepts(t, m_selection.viewAs()))
                shown->insert(t.id);
        m_filterShown = std::move(shown);
    }
    updateEmphasis();
}

void MainWindow::updateEmphasis()
{
    // A group being played is what matters; otherwise what the list's filters show.
    const auto emphasised = m_groupPlayback->group() ? m_groupPlayback->emphasised() : m_filterShown;
    m_canvas->modifySettings([&](maps::MapSettings &s) { s.emphasised = emphasised; });
}

} // namespace trilink::app
