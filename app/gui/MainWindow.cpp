// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/gui/MainWindow.h"

#include "app/gui/ApplicationTheme.h"
#include "app/gui/BriefingMode.h"
#include "app/gui/GroupPlayback.h"
#include "app/gui/LiveController.h"
#include "app/gui/PlaybackDriver.h"
#include "core/Geodesic.h"
#include "core/Playlist.h"
#include "core/Text.h"
#include "core/TrackReadout.h"
#include "core/Units.h"
#include "maps/DataPaths.h"
#include "maps/scene/SceneSettings.h"
#include "widgets/MapCanvas.h"
#include "widgets/SideView.h"
#include "widgets/StatisticsPanel.h"
#include "widgets/TimelinePanel.h"
#include "widgets/TrackInspector.h"
#include "widgets/TrackListPanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace trilink::app {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_canvas(new widgets::MapCanvas(this))
    , m_position(new QLabel(this))
    , m_range(new QLabel(this))
    , m_scale(new QLabel(this))
    , m_trackReadout(new QLabel(this))
    , m_driver(new PlaybackDriver(&m_clock, this))
    , m_referenceName(tr("Pyongyang"))
{
    setWindowTitle(tr("Trilink — North-East Asia missile-warning picture"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks);

    // The map between the two banner strips, which only briefing mode shows.
    auto *centre = new QWidget(this);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *top = new QLabel(centre), *bottom = new QLabel(centre);
    layout->addWidget(top);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(bottom);
    setCentralWidget(centre);
    m_briefing = new BriefingMode(this, m_canvas, top, bottom);

    statusBar()->addWidget(m_position);
    statusBar()->addWidget(m_range, 1);
    statusBar()->addWidget(m_trackReadout, 2);
    statusBar()->addPermanentWidget(m_scale);
    m_position->setMinimumWidth(200);

    buildDocks();
    buildMenusAndToolBar();
    buildScenarioMenu();

    connect(m_canvas, &widgets::MapCanvas::cursorMoved, this, &MainWindow::onCursorMoved);
    connect(m_canvas, &widgets::MapCanvas::referencePicked, this, [this](QPointF p) {
        m_reference = p;
        m_referenceName = text::coordinate(p.x(), p.y(), m_coordinates);
    });
    connect(m_canvas, &widgets::MapCanvas::viewChanged, this, [this](const maps::MapSettings &s) {
        m_scale->setText(tr("%1 · %2 across").arg(s.projection.name(), text::distance(s.metresPerPixel * s.size.width(), m_units)));
    });
    // The views follow the one selection (bound in buildDocks); the window follows it after them.
    m_canvas->setSelection(&m_selection);
    connect(&m_selection, &Selection::trackChanged, this, &MainWindow::onTrackChanged);
    connect(&m_selection, &Selection::viewAsChanged, this, &MainWindow::onViewAsChanged);
    connect(m_canvas, &widgets::MapCanvas::measureChanged, this, [this](std::optional<QLineF> m) {
        if (!m) {
            statusBar()->showMessage(tr("Measure: click the second point"), 4000);
            return;
        }
        const auto g = geodesic::inverse(m->x1(), m->y1(), m->x2(), m->y2());
        statusBar()->showMessage(tr("Measured %1, bearing %2°").arg(text::distance(g.distanceM, m_units))
                                     .arg(geodesic::compassBearing(g.azimuth1Deg), 0, 'f', 1));
    });
    connect(&m_clock, &PlaybackClock::timeChanged, this, &MainWindow::onTimeChanged);
    connect(&m_clock, &PlaybackClock::stateChanged, this, [this] {
        // The briefing loop: when a launch has played to its end, the next one starts after a pause.
        if (m_briefing->isActive() && m_briefing->loops() && !m_clock.isPlaying() && m_clock.timeMs() >= m_clock.endMs())
            QTimer::singleShot(2500, this, [this] {
                if (!m_briefing->isActive() || m_clock.isPlaying())
                    return;
                nextTrack(1);
                m_clock.play();
            });
    });

    restoreSettings();
    // The base map and the record load side by side on workers; the record does not wait for the map.
    loadBaseMap();
    loadCatalogue();
}

MainWindow::~MainWindow()
{
    if (m_filesCancel)
        m_filesCancel->store(true);
    m_files.waitForFinished();
    m_loader.waitForFinished();
    m_builder.waitForFinished();
}

void MainWindow::buildDocks()
{
    const auto dock = [this](const QString &title, const char *name, QWidget *view, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(QString::fromLatin1(name)); // the key of its place in the saved window state
        d->setWidget(view);
        addDockWidget(area, d);
        return d;
    };
    m_trackList = new widgets::TrackListPanel(this);
    m_trackList->setSelection(&m_selection);
    m_trackDock = dock(tr("Tracks"), "tracksDock", m_trackList, Qt::LeftDockWidgetArea);
    connect(m_trackList, &widgets::TrackListPanel::columnsChanged, this, [](const QStringList &hidden) {
        QSettings().setValue(QStringLiteral("trackList/hiddenColumns"), hidden);
    });

    m_timeline = new widgets::TimelinePanel(this);
    m_timeline->setClock(&m_clock);
    m_timeline->setSelection(&m_selection);
    m_timelineDock = dock(tr("Timeline"), "timelineDock", m_timeline, Qt::BottomDockWidgetArea);

    m_sideView = new widgets::SideView(this);
    m_sideView->setClock(&m_clock);
    m_sideView->setSelection(&m_selection);
    m_sideDock = dock(tr("Side view"), "sideViewDock", m_sideView, Qt::BottomDockWidgetArea);
    m_briefing->setStrip(m_timelineDock, [this](double scale) { m_timeline->setFontScale(scale); });
    splitDockWidget(m_timelineDock, m_sideDock, Qt::Horizontal);
    // The map is the main thing: the list starts at about a quarter of the screen, or at its table's
    // figures where they need more (the dock never goes narrower than they are).
    const int screenWidth = screen() ? screen()->availableGeometry().width() : 1920;
    resizeDocks({m_trackDock}, {static_cast<int>(0.22 * screenWidth)}, Qt::Horizontal);
    // The timeline and side view as tall as the strip needs (the side view's minimum on a laptop).
    const int screenHeight = screen() ? screen()->availableGeometry().height() : 1080;
    resizeDocks({m_timelineDock, m_sideDock}, {static_cast<int>(0.22 * screenHeight), static_cast<int>(0.22 * screenHeight)}, Qt::Vertical);
    resizeDocks({m_timelineDock, m_sideDock}, {900, 600}, Qt::Horizontal);
    buildRecordViews();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry"))) {
        // The first run: the whole screen (sized as well, for desktops whose window manager ignores it).
        if (const QScreen *s = screen())
            resize(s->availableGeometry().size());
        setWindowState(Qt::WindowMaximized);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const bool dark = settings.value(QStringLiteral("view/theme"), QStringLiteral("dark")).toString() == QLatin1String("dark");
    m_darkAction->setChecked(dark);
    applyTheme(dark);
    chooseProjection(settings.value(QStringLiteral("view/projection"), QStringLiteral("lcc")).toString());
    m_clock.setRate(settings.value(QStringLiteral("playback/rate"), 60.0).toDouble());
    m_clock.setLoop(settings.value(QStringLiteral("playback/loop"), false).toBool());
    m_briefing->setBannerText(settings.value(QStringLiteral("briefing/banner"), BriefingMode::defaultBanner()).toString());
    m_briefing->setLoop(settings.value(QStringLiteral("briefing/loop"), false).toBool());
    m_trackList->setHiddenColumns(settings.value(QStringLiteral("trackList/hiddenColumns"), widgets::TrackListPanel::defaultHiddenColumns()).toStringList());
    const double trail = settings.value(QStringLiteral("view/trailS"), 0.0).toDouble();
    m_canvas->modifySettings([trail](maps::MapSettings &s) { s.trailS = trail; });
    QString ignored;
    setUnits(text::parseUnitSystem(settings.value(QStringLiteral("view/units")).toString(), ignored).value_or(UnitSystem::metric()));
    setCoordinateFormat(text::parseCoordinateFormat(settings.value(QStringLiteral("view/coordinates")).toString(), ignored)
                            .value_or(CoordinateFormat::Degrees));
}

void MainWindow::setUnits(const UnitSystem &units)
{
    m_units = units;
    m_canvas->modifySettings([units](maps::MapSettings &s) { s.units = units; });
    DetailOptions o{m_units, m_coordinates};
    m_inspector->setOptions(o);
    m_timeline->setUnits(units);
    m_sideView->setUnits(units);
    m_trackList->setUnits(units);
    const QString name = text::unitSystemName(units);
    for (QAction *a : m_unitsGroup->actions())
        a->setChecked(a->data().toString() == name);
    updateReadouts();
}

void MainWindow::setCoordinateFormat(CoordinateFormat format)
{
    m_coordinates = format;
    m_canvas->setCoordinateFormat(format);
    m_inspector->setOptions(DetailOptions{m_units, m_coordinates});
    for (QAction *a : m_coordinatesGroup->actions())
        a->setChecked(a->data().toInt() == static_cast<int>(format));
    if (m_referenceName != tr("Pyongyang"))
        m_referenceName = text::coordinate(m_reference.x(), m_reference.y(), m_coordinates);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSaveScenario()) {
        event->ignore();
        return;
    }
    if (m_briefing->isActive())
        m_briefing->leave();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/theme"), m_canvas->settings().theme == maps::MapTheme::Dark ? "dark" : "light");
    settings.setValue(QStringLiteral("view/projection"), m_canvas->settings().projection.name());
    settings.setValue(QStringLiteral("view/trailS"), m_canvas->settings().trailS);
    settings.setValue(QStringLiteral("view/units"), text::unitSystemName(m_units));
    settings.setValue(QStringLiteral("view/coordinates"), text::coordinateFormatName(m_coordinates));
    settings.setValue(QStringLiteral("playback/rate"), m_clock.rate());
    settings.setValue(QStringLiteral("playback/loop"), m_clock.loops());
    settings.setValue(QStringLiteral("briefing/banner"), m_briefing->bannerText());
    settings.setValue(QStringLiteral("briefing/loop"), m_briefing->loops());
    event->accept();
}

void MainWindow::loadBaseMap()
{
    connect(&m_loader, &QFutureWatcher<maps::BaseMapReadResult>::finished, this, &MainWindow::onBaseMapLoaded);
    statusBar()->showMessage(tr("Loading the base map…"));
    m_loader.setFuture(QtConcurrent::run([path = maps::baseMapPath()] { return maps::readBaseMap(path); }));
}

void MainWindow::onBaseMapLoaded()
{
    const auto result = m_loader.result();
    if (!result.data) {
        statusBar()->showMessage(result.error);
        QMessageBox::critical(this, tr("Base map"), tr("The base map could not be read:\n%1").arg(result.error));
        return;
    }
    statusBar()->clearMessage();
    m_baseCache = std::make_shared<maps::ProjectedBaseMapCache>(result.data);
    m_canvas->setBaseMap(m_baseCache);
}

void MainWindow::loadCatalogue()
{
    // The public record is the default scenario: read on a worker from the store the build modelled (or
    // modelled there if the store is stale), then handed to every view as one immutable scenario and overlay.
    connect(&m_builder, &QFutureWatcher<Built>::finished, this, [this] {
        const Built built = m_builder.result();
        setScenario(built.scenario, built.overlay);
    });
    statusBar()->showMessage(tr("Loading the public record…"));
    const double altM = m_coverageAltKm * 1000.0;
    m_builder.setFuture(QtConcurrent::run([altM] {
        auto scenario = std::make_shared<Scenario>(builtinScenario());
        auto overlay = maps::buildTrackOverlay(*scenario, altM);
        return Built{scenario, overlay};
    }));
}

void MainWindow::rebuildOverlay()
{
    if (isLive()) {
        m_live->setCoverageAltitude(m_coverageAltKm * 1000.0); // the feed's next picture has it
        return;
    }
    if (!m_scenario || m_builder.isRunning())
        return;
    const double altM = m_coverageAltKm * 1000.0;
    m_builder.setFuture(QtConcurrent::run([scenario = m_scenario, altM] {
        return Built{scenario, maps::buildTrackOverlay(*scenario, altM)};
    }));
}

void MainWindow::setScenario(Scenario::Ptr scenario, maps::TrackOverlay::Ptr overlay)
{
    const bool first = !m_scenario;
    m_scenario = std::move(scenario);
    m_overlay = std::move(overlay);
    m_canvas->setTracks(m_overlay);
    m_trackList->setScenario(m_scenario);
    m_timeline->setScenario(m_scenario);
    m_sideView->setScenario(m_scenario);
    m_statistics->setScenario(m_scenario);
    m_inspector->setScenario(m_scenario);
    applyTrackFilter(m_trackList->filter());
    int published = 0, recorded = 0;
    for (const auto &t : m_scenario->tracks) {
        published += t.origin == TrackOrigin::Published;
        recorded += t.origin == TrackOrigin::Recorded;
    }
    if (m_live && !isLive())
        m_live->setPlayedScenario(m_scenario); // what Broadcast sends
    if (!isLive()) { // a live feed's scenario comes every half second; the LIVE indicator says what it is
        const QString note = std::exchange(m_filesNote, QString());
        statusBar()->showMessage(tr("%1 tracks: %2 with published flight times, %3 modelled, %4 recorded")
                                         .arg(m_scenario->tracks.size())
                                         .arg(published)
                                         .arg(int(m_scenario->tracks.size()) - published - recorded)
                                         .arg(recorded) +
                                     (note.isEmpty() ? QString() : QStringLiteral(" · ") + note),
                                 note.isEmpty() ? 15000 : 30000);
    }
    // A track the new scenario brings (the first of the files just opened), or the one selected before.
    const QString wanted = std::exchange(m_pendingTrack, QString());
    selectTrack(!wanted.isEmpty() && m_scenario->find(wanted) ? wanted : m_selection.track());
    if (!m_scenario->find(m_selection.track()))
        if (const auto range = playlist::recordRange(*m_scenario)) {
            // The overview shows every track whole: the clock stands at the end of the record it spans.
            m_clock.setRange(range->first, range->second);
            m_clock.seek(range->second);
        }
    if (first) {
        emit scenarioReady();
        if (!m_pendingFiles.isEmpty())
            openFiles(std::exchange(m_pendingFiles, {}));
    }
    applyPendingScene();
}

void MainWindow::showScene(const maps::Scene &scene)
{
    m_pendingScene = scene;
    openFiles(scene.files);
    applyPendingScene();
}

void MainWindow::applyPendingScene()
{
    if (!m_pendingScene || !m_scenario || m_files.isRunning() || m_exerciseOpening || !m_pendingFiles.isEmpty() || m_builder.isRunning())
        return;
    const maps::Scene scene = *std::exchange(m_pendingScene, std::nullopt);
    if (std::exchange(m_pendingSceneWhole, false))
        applySceneLayers(scene);
    setViewAs(scene.layers.viewAs);
    if (!scene.launch.isEmpty()) {
        QString error;
        const ScenarioTrack *track = maps::findLaunch(m_scenario.get(), scene.launch, error);
        std::optional<double> timeMs;
        if (track) {
            selectTrack(track->id);
            if (maps::resolveSceneTime(scene.time, track, timeMs, error) && timeMs)
                m_clock.seek(*timeMs);
        }
        if (!error.isEmpty())
            statusBar()->showMessage(error, 15000);
    }
    if (scene.view.centre || scene.view.extentKm)
        m_canvas->showLonLat(scene.view.centre.value_or(m_canvas->centreLonLat().value_or(region::defaultCentre())), scene.view.extentKm);
}

void MainWindow::applySceneLayers(const maps::Scene &scene)
{
    chooseProjection(maps::ProjectionSpec::centred(scene.view.projection, 0, 0).name());
    if (scene.view.projectionCentre)
        m_canvas->setProjection(maps::ProjectionSpec::centred(scene.view.projection, scene.view.projectionCentre->x(), scene.view.projectionCentre->y()));
    m_darkAction->setChecked(scene.layers.theme == maps::MapTheme::Dark);
    // The layers the scene shows; units, range rings, banner and type size stay the user's and briefing mode's.
    const maps::MapLayers l = scene.layers;
    m_canvas->modifySettings([l](maps::MapSettings &s) {
        s.showGraticule = l.showGraticule;
        s.showPlaces = l.showPlaces;
        s.showAdmin1 = l.showAdmin1;
        s.showScaleBar = l.showScaleBar;
        s.showDecorations = l.showDecorations;
        s.showEez = l.showEez;
        s.showLegend = l.showLegend;
        s.sensorPartners = l.sensorPartners;
        s.coveragePartners = l.coveragePartners;
        s.coverageOfSelected = l.coverageOfSelected;
    });
    for (const auto &[action, shows] : m_layerActions) {
        const QSignalBlocker quiet(action);
        action->setChecked(shows(l));
    }
}

void MainWindow::selectTrack(const QString &someId)
{
    const ScenarioTrack *track = m_scenario ? m_scenario->find(someId) : nullptr;
    if (!track)
        return;
    const QString id = track->id; // an alias ("2017-11-28-HS15") selects the track under its own id
    if (id != m_selection.track())
        m_selection.selectTrack(id); // onTrackChanged follows
    else
        onTrackChanged(id);
}

void MainWindow::onTrackChanged(const QString &id)
{
    const ScenarioTrack *track = m_scenario ? m_scenario->find(id) : nullptr;
    if (!track)
        return;
    if (m_groupPlayback->contains(id)) {
        // A missile of the group being played: the clock keeps the group's range.
        m_shownTrack = id;
        onTimeChanged(m_clock.timeMs());
        return;
    }
    m_groupPlayback->stop();
    const bool changedTrack = id != m_shownTrack;
    m_shownTrack = id;
    // In a live session the clock's range is now's and the feed's (LiveController), not the track's.
    const bool live = m_clock.isLiveSession();
    if (!live) {
        const auto [from, to] = playlist::playRange(*m_scenario, *track);
        m_clock.setRange(from, to);
    }
    if (changedTrack) {
        QPolygonF path;
        for (std::size_t i = 0; i < track->samples.size(); i += 20)
            path << QPointF(track->samples[i].lon, track->samples[i].lat);
        if (!track->samples.empty())
            path << QPointF(track->samples.back().lon, track->samples.back().lat);
        m_canvas->ensureVisible(path);
        if (!live)
            m_clock.seek(playlist::selectedTimeMs(*track));
    }
    onTimeChanged(m_clock.timeMs());
}

void MainWindow::nextTrack(int step)
{
    if (!m_scenario)
        return;
    const QString next = playlist::nextTrack(*m_scenario, m_selection.track(), step);
    if (next.isEmpty())
        return;
    selectTrack(next);
    m_clock.seek(m_clock.startMs());
}

void MainWindow::setViewAs(ViewAs viewAs)
{
    m_selection.setViewAs(viewAs);
}

void MainWindow::onViewAsChanged(ViewAs viewAs)
{
    const int index = viewAs ? partnerIndex(*viewAs) + 1 : 0;
    if (m_viewAsBox)
        m_viewAsBox->setCurrentIndex(index);
    if (m_viewAsGroup)
        m_viewAsGroup->actions().at(index)->setChecked(true);
    updateReadouts();
}

void MainWindow::onTimeChanged(double timeMs)
{
    if (m_selection.track().isEmpty() && !m_clock.isLiveSession())
        return; // the overview: every track whole, no clock on the map
    m_canvas->setTime(timeMs);
    updateReadouts();
}

void MainWindow::updateReadouts()
{
    const ScenarioTrack *t = m_scenario ? m_scenario->find(m_selection.track()) : nullptr;
    const QString live = t ? liveReadout(t->id) : QString();
    double timeMs = m_clock.timeMs();
    if (t && !live.isEmpty()) // a live track's state is its last report's until the next one comes
        timeMs = std::min(timeMs, static_cast<double>(t->launchMsUtc) + t->flightTimeS * 1000.0);
    QString text = t ? trackReadout(*m_scenario, *t, timeMs, m_selection.viewAs()).text(m_units) : QString();
    if (!live.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("   ·   ")) + live;
    m_trackReadout->setText(text);
}

void MainWindow::onCursorMoved(std::optional<QPointF> lonLat)
{
    if (!lonLat) {
        m_position->clear();
        m_range->clear();
        return;
    }
    m_position->setText(text::coordinate(lonLat->x(), lonLat->y(), m_coordinates));
    const auto g = geodesic::inverse(m_reference.x(), m_reference.y(), lonLat->x(), lonLat->y());
    m_range->setText(tr("%1, bearing %2° from %3")
                         .arg(text::distance(g.distanceM, m_units))
                         .arg(geodesic::compassBearing(g.azimuth1Deg), 0, 'f', 1)
                         .arg(m_referenceName));
}

void MainWindow::chooseProjection(const QString &name)
{
    const auto kind = maps::ProjectionSpec::kindFromName(name).value_or(maps::ProjectionKind::RegionalLcc);
    const auto centre = m_canvas->centreLonLat().value_or(region::defaultCentre());
    const bool wasGlobe = m_canvas->settings().projection.kind == maps::ProjectionKind::Orthographic;
    const bool globe = kind == maps::ProjectionKind::Orthographic;
    m_canvas->setProjection(maps::ProjectionSpec::centred(kind, centre.x(), centre.y()));
    // The globe opens wide enough to look like one, and the region comes back at its own width.
    if (globe != wasGlobe)
        m_canvas->showLonLat(centre, globe ? region::kGlobeExtentKm : region::kDefaultExtentKm);
    for (QAction *a : m_projections->actions())
        a->setChecked(a->data().toString() == maps::ProjectionSpec::centred(kind, 0, 0).name());
}

void MainWindow::applyTheme(bool dark)
{
    applyApplicationTheme(dark);
    m_canvas->setTheme(dark ? maps::MapTheme::Dark : maps::MapTheme::Light);
    if (m_statistics)
        m_statistics->setDarkTheme(dark);
}

} // namespace trilink::app
