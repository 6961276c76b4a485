// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The main window's menus, tool bar and keyboard shortcuts, and the Help dialogs.
#include "app/gui/BriefingMode.h"
#include "app/gui/MainWindow.h"

#include "core/Text.h"
#include "widgets/MapCanvas.h"
#include "widgets/PlaybackBar.h"
#include "widgets/TimelinePanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace trilink::app {
namespace {
QAction *menuAction(QMenu *menu, const QString &text, const QKeySequence &key, QObject *context, std::function<void()> slot)
{
    QAction *a = menu->addAction(text);
    a->setShortcut(key);
    QObject::connect(a, &QAction::triggered, context, std::move(slot));
    return a;
}
} // namespace

void MainWindow::buildMenusAndToolBar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    menuAction(file, tr("&Open Track Files…"), QKeySequence::Open, this, [this] { chooseFilesToOpen(); });
    file->addSeparator();
    menuAction(file, tr("&Export Picture…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), this, [this] { exportPictureDialog(); });
    menuAction(file, tr("Export What I &See…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, [this] { exportWhatISee(); });
    menuAction(file, tr("&Copy Picture"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this, [this] { copyPicture(); });
    menuAction(file, tr("Export &Brief (PDF)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this, [this] { exportBrief(); });
    menuAction(file, tr("Export &Animation…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this, [this] { exportAnimation(); });
    menuAction(file, tr("Export &Tracks…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] { exportTracks(); });
    file->addSeparator();
    buildLiveActions(file); // Connect, Disconnect, Broadcast; Go Live goes into Playback below
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *projection = view->addMenu(tr("&Projection"));
    m_projections = new QActionGroup(this);
    const std::pair<QString, QString> kinds[] = {
        {QStringLiteral("lcc"), tr("&Regional (Lambert conformal conic)")},
        {QStringLiteral("webmercator"), tr("&Web Mercator")},
        {QStringLiteral("aeqd"), tr("&Azimuthal equidistant from the view centre")},
        {QStringLiteral("ortho"), tr("&Globe (orthographic)")},
    };
    int n = 1;
    for (const auto &[name, title] : kinds) {
        QAction *a = projection->addAction(title);
        a->setCheckable(true);
        a->setData(name);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n++)));
        m_projections->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] { chooseProjection(name); });
    }
    QMenu *viewAs = view->addMenu(tr("View &As"));
    m_viewAsGroup = new QActionGroup(this);
    const std::pair<QString, ViewAs> viewers[] = {{tr("&Combined picture"), std::nullopt},
                                                  {tr("&USA alone"), Partner::USA},
                                                  {tr("&KOR alone"), Partner::KOR},
                                                  {tr("&JPN alone"), Partner::JPN}};
    n = 0;
    for (const auto &[title, who] : viewers) {
        QAction *a = menuAction(viewAs, title, QKeySequence(Qt::Key(Qt::Key_0 + n++)), this, [this, who] { setViewAs(who); });
        this->addAction(a);
        a->setCheckable(true);
        a->setChecked(!who);
        m_viewAsGroup->addAction(a);
    }
    view->addSeparator();
    QMenu *layers = view->addMenu(tr("&Layers"));
    for (Partner p : kAllPartners) {
        const PartnerMask bit = partnerBit(p);
        QAction *sensors = layers->addAction(tr("%1 sensors").arg(partnerCode(p)));
        sensors->setCheckable(true);
        sensors->setChecked(true);
        m_layerActions.push_back({sensors, [bit](const maps::MapLayers &l) { return (l.sensorPartners & bit) != 0; }});
        connect(sensors, &QAction::toggled, this, [this, bit](bool on) {
            m_canvas->modifySettings([bit, on](maps::MapSettings &s) { s.sensorPartners = on ? (s.sensorPartners | bit) : (s.sensorPartners & ~bit); });
        });
        QAction *coverage = layers->addAction(tr("%1 coverage").arg(partnerCode(p)));
        coverage->setCheckable(true);
        coverage->setChecked(true);
        m_layerActions.push_back({coverage, [bit](const maps::MapLayers &l) { return (l.coveragePartners & bit) != 0; }});
        connect(coverage, &QAction::toggled, this, [this, bit](bool on) {
            m_canvas->modifySettings([bit, on](maps::MapSettings &s) { s.coveragePartners = on ? (s.coveragePartners | bit) : (s.coveragePartners & ~bit); });
        });
    }
    // A briefer shows the fans of the radars that held the selected track; every fan at once hides the tracks.
    QAction *everyFan = layers->addAction(tr("Coverage of Every Radar (not only the selected track's)"));
    everyFan->setCheckable(true);
    everyFan->setChecked(!m_canvas->settings().coverageOfSelected);
    m_layerActions.push_back({everyFan, [](const maps::MapLayers &l) { return !l.coverageOfSelected; }});
    connect(everyFan, &QAction::toggled, this, [this](bool on) { m_canvas->modifySettings([on](maps::MapSettings &s) { s.coverageOfSelected = !on; }); });
    layers->addSeparator();
    QAction *eez = layers->addAction(tr("Japan EEZ (approximate)"));
    eez->setCheckable(true);
    eez->setChecked(true);
    m_layerActions.push_back({eez, [](const maps::MapLayers &l) { return l.showEez; }});
    connect(eez, &QAction::toggled, this, [this](bool on) { m_canvas->modifySettings([on](maps::MapSettings &s) { s.showEez = on; }); });
    QAction *legend = layers->addAction(tr("Legend and clock"));
    legend->setCheckable(true);
    legend->setChecked(true);
    m_layerActions.push_back({legend, [](const maps::MapLayers &l) { return l.showLegend; }});
    connect(legend, &QAction::toggled, this, [this](bool on) { m_canvas->modifySettings([on](maps::MapSettings &s) { s.showLegend = on; }); });
    QMenu *trail = view->addMenu(tr("&Trail Length"));
    auto *trailGroup = new QActionGroup(this);
    for (const auto &[title, seconds] : {std::pair{tr("Whole flight"), 0.0}, std::pair{tr("1 minute"), 60.0},
                                         std::pair{tr("3 minutes"), 180.0}, std::pair{tr("10 minutes"), 600.0}}) {
        QAction *a = trail->addAction(title);
        a->setCheckable(true);
        a->setChecked(m_canvas->settings().trailS == seconds);
        trailGroup->addAction(a);
        const double s = seconds;
        connect(a, &QAction::triggered, this, [this, s] { m_canvas->modifySettings([s](maps::MapSettings &m) { m.trailS = s; }); });
    }
    // Units and coordinates as the users of SIMDIS, STK and TAK read them.
    QMenu *units = view->addMenu(tr("&Units"));
    m_unitsGroup = new QActionGroup(this);
    for (const auto &[title, system] : {std::pair{tr("&Metric (km, m/s)"), UnitSystem::metric()},
                                        std::pair{tr("&Nautical (nm, kft, Mach)"), UnitSystem::nautical()},
                                        std::pair{tr("Nautical with &Knots (nm, kft, kn)"),
                                                  UnitSystem{UnitSystem::Distance::Nm, UnitSystem::Height::Kft, UnitSystem::Speed::Knots}},
                                        std::pair{tr("&Statute (mi, kft, kn)"),
                                                  UnitSystem{UnitSystem::Distance::Mi, UnitSystem::Height::Kft, UnitSystem::Speed::Knots}}}) {
        QAction *a = units->addAction(title);
        a->setCheckable(true);
        a->setData(text::unitSystemName(system));
        m_unitsGroup->addAction(a);
        const UnitSystem u = system;
        connect(a, &QAction::triggered, this, [this, u] { setUnits(u); });
    }
    QMenu *coordinates = view->addMenu(tr("&Coordinates"));
    m_coordinatesGroup = new QActionGroup(this);
    for (const auto &[title, format] : {std::pair{tr("&Degrees (39.0392°N 125.7625°E)"), CoordinateFormat::Degrees},
                                        std::pair{tr("Degrees, Minutes, &Seconds (39°02′21″N)"), CoordinateFormat::Dms},
                                        std::pair{tr("&MGRS (51S YD 39097 24758)"), CoordinateFormat::Mgrs}}) {
        QAction *a = coordinates->addAction(title);
        a->setCheckable(true);
        a->setData(static_cast<int>(format));
        m_coordinatesGroup->addAction(a);
        const CoordinateFormat f = format;
        connect(a, &QAction::triggered, this, [this, f] { setCoordinateFormat(f); });
    }
    view->addSeparator();
    m_darkAction = view->addAction(tr("&Dark Theme"));
    m_darkAction->setCheckable(true);
    m_darkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_darkAction, &QAction::toggled, this, &MainWindow::applyTheme);
    view->addSeparator();
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, this, [this] { m_canvas->zoomBy(1.5, m_canvas->rect().center()); });
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, [this] { m_canvas->zoomBy(1 / 1.5, m_canvas->rect().center()); });
    view->addAction(tr("&Reset View"), QKeySequence(Qt::Key_Home), m_canvas, &widgets::MapCanvas::resetView);
    view->addSeparator();
    for (QDockWidget *d : {m_trackDock, m_timelineDock, m_sideDock, m_statisticsDock, m_inspectorDock})
        view->addAction(d->toggleViewAction());
    // The inspector is tabbed behind the side view: Ctrl+I brings it to the front (the dock's own toggle would
    // close it when it is open behind another tab).
    view->addAction(tr("&Inspect the Selected Track"), QKeySequence(Qt::CTRL | Qt::Key_I), this, [this] {
        m_inspectorDock->show();
        m_inspectorDock->raise();
    });

    // Playback: the timeline's own controls, added to the window as well so their keys work with every
    // dock hidden (briefing mode). The arrows and Home pan and reset the map, so stepping and jumping use
    // other keys here.
    QMenu *play = menuBar()->addMenu(tr("&Playback"));
    widgets::PlaybackBar *playbackBar = m_timeline->playbackBar();
    const std::pair<const char *, QKeySequence> keys[] = {
        {"playPause", QKeySequence(Qt::Key_Space)},
        {"reverse", QKeySequence(Qt::Key_R)},
        {"stepBack", QKeySequence(Qt::Key_Comma)},
        {"stepForward", QKeySequence(Qt::Key_Period)},
        {"stepBack10", QKeySequence(Qt::SHIFT | Qt::Key_Comma)},
        {"stepForward10", QKeySequence(Qt::SHIFT | Qt::Key_Period)},
        {"slower", QKeySequence(Qt::Key_BracketLeft)},
        {"faster", QKeySequence(Qt::Key_BracketRight)},
        {"loop", QKeySequence(Qt::Key_L)},
        {"toLaunch", QKeySequence(Qt::CTRL | Qt::Key_Home)},
        {"toImpact", QKeySequence(Qt::CTRL | Qt::Key_End)},
    };
    for (const auto &[name, key] : keys) {
        QAction *a = playbackBar->action(QString::fromLatin1(name));
        if (!a)
            continue;
        a->setShortcut(key);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(a->text(), key.toString(QKeySequence::NativeText)));
        play->addAction(a);
        addAction(a);
    }
    // Play with nothing selected starts the first launch.
    connect(playbackBar->action(QStringLiteral("playPause")), &QAction::triggered, this, [this] {
        if (m_selection.track().isEmpty() && m_scenario && !m_scenario->tracks.empty()) {
            selectTrack(m_scenario->tracks.front().id);
            m_clock.seek(m_clock.startMs());
            m_clock.play();
        }
    });
    play->addAction(m_goLiveAction);
    play->addSeparator();
    this->addAction(menuAction(play, tr("&Next Launch"), QKeySequence(Qt::Key_N), this, [this] { nextTrack(1); }));
    this->addAction(menuAction(play, tr("P&revious Launch"), QKeySequence(Qt::Key_P), this, [this] { nextTrack(-1); }));
    play->addSeparator();
    // Several missiles on one clock: the selected one's salvo, its day in Korea, its year.
    this->addAction(menuAction(play, tr("Play the &Event"), QKeySequence(Qt::SHIFT | Qt::Key_E), this,
                               [this] { playSelectedGroup(TrackGroup::Kind::Event); }));
    this->addAction(menuAction(play, tr("Play the &Day (Korea)"), QKeySequence(Qt::SHIFT | Qt::Key_D), this,
                               [this] { playSelectedGroup(TrackGroup::Kind::Day); }));
    this->addAction(menuAction(play, tr("Play the &Year"), QKeySequence(Qt::SHIFT | Qt::Key_Y), this,
                               [this] { playSelectedGroup(TrackGroup::Kind::Year); }));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_measureAction = menuAction(tools, tr("&Measure Range and Bearing"), QKeySequence(Qt::Key_M), this, [] {});
    m_measureAction->setCheckable(true);
    connect(m_measureAction, &QAction::toggled, this, [this](bool on) {
        m_canvas->setMeasuring(on);
        if (!on)
            m_canvas->clearMeasure();
        statusBar()->showMessage(on ? tr("Measure: click two points on the map (M or Esc to stop)") : QString(), 6000);
    });

    QMenu *brief = menuBar()->addMenu(tr("&Briefing"));
    QAction *briefing = menuAction(brief, tr("&Briefing Mode"), QKeySequence(Qt::Key_F11), this, [this] { m_briefing->toggle(); });
    briefing->setCheckable(true);
    this->addAction(briefing);
    connect(m_briefing, &BriefingMode::activeChanged, briefing, &QAction::setChecked);
    this->addAction(menuAction(brief, tr("Leave Briefing Mode / Stop Measuring"), QKeySequence(Qt::Key_Escape), this, [this] {
        if (m_briefing->isActive())
            m_briefing->leave();
        else if (m_measureAction->isChecked())
            m_measureAction->setChecked(false);
    }));
    QMenu *screens = brief->addMenu(tr("Briefing on &Screen"));
    connect(screens, &QMenu::aboutToShow, this, [this, screens] {
        screens->clear();
        for (QScreen *s : QGuiApplication::screens()) {
            const QRect g = s->geometry();
            screens->addAction(tr("%1 (%2×%3)").arg(s->name()).arg(g.width()).arg(g.height()), this, [this, s] { m_briefing->enter(s); });
        }
    });
    QAction *briefLoop = brief->addAction(tr("&Loop Through Every Launch"));
    briefLoop->setCheckable(true);
    briefLoop->setChecked(m_briefing->loops());
    connect(briefLoop, &QAction::toggled, this, [this](bool on) { m_briefing->setLoop(on); });
    brief->addAction(tr("Banner &Text…"), this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Releasability banner"), tr("Text shown top and bottom in briefing mode:"),
                                                   QLineEdit::Normal, m_briefing->bannerText(), &ok);
        if (ok)
            m_briefing->setBannerText(text);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence::HelpContents, this, [this] { showShortcuts(); });
    help->addAction(tr("&About Trilink"), this, [this] { showAbout(); });

    // The tool bar: who is looking, what is drawn, measuring.
    QToolBar *bar = addToolBar(tr("Picture"));
    bar->setObjectName(QStringLiteral("pictureToolBar"));
    bar->addWidget(new QLabel(tr(" View as ")));
    m_viewAsBox = new QComboBox(bar);
    m_viewAsBox->addItems({tr("Combined picture"), tr("USA alone"), tr("KOR alone"), tr("JPN alone")});
    m_viewAsBox->setToolTip(tr("Redraw the map, list, timeline and side view as one partner's own sensors alone would have seen it (keys 0–3)"));
    bar->addWidget(m_viewAsBox);
    connect(m_viewAsBox, &QComboBox::activated, this, [this](int i) {
        setViewAs(i == 0 ? ViewAs() : ViewAs(kAllPartners[i - 1]));
    });
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Coverage for targets at ")));
    m_coverageAltBox = new QComboBox(bar);
    for (int km : {100, 300, 1000})
        m_coverageAltBox->addItem(tr("%1 km").arg(km), km);
    m_coverageAltBox->setCurrentIndex(1);
    m_coverageAltBox->setToolTip(tr("The coverage fans show where a target at this altitude is above each radar's horizon and within its range"));
    bar->addWidget(m_coverageAltBox);
    connect(m_coverageAltBox, &QComboBox::activated, this, [this](int i) {
        m_coverageAltKm = m_coverageAltBox->itemData(i).toDouble();
        rebuildOverlay();
    });
    bar->addSeparator();
    bar->addAction(m_measureAction);
    bar->addAction(briefing);
}

void MainWindow::showShortcuts()
{
    // Every action with a shortcut, read from the menus themselves so the list cannot go stale.
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(&dialog);
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Menu"), tr("Command"), tr("Keys")});
    for (QAction *menuAction : menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        std::function<void(QMenu *)> walk = [&](QMenu *m) {
            for (QAction *a : m->actions()) {
                if (a->menu())
                    walk(a->menu());
                else if (!a->shortcut().isEmpty()) {
                    const int row = table->rowCount();
                    table->insertRow(row);
                    table->setItem(row, 0, new QTableWidgetItem(menuAction->text().remove(QLatin1Char('&'))));
                    table->setItem(row, 1, new QTableWidgetItem(a->text().remove(QLatin1Char('&'))));
                    table->setItem(row, 2, new QTableWidgetItem(a->shortcut().toString(QKeySequence::NativeText)));
                }
            }
        };
        walk(menu);
    }
    const QStringList map = {tr("Drag"), tr("Pan the map"), tr("Wheel, + / −"), tr("Zoom about the cursor"), tr("Arrow keys"),
                             tr("Pan the map"), tr("Click a track"), tr("Select it everywhere"), tr("Right click"),
                             tr("Range rings, centre here")};
    for (int i = 0; i < map.size(); i += 2) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(tr("Map")));
        table->setItem(row, 1, new QTableWidgetItem(map[i + 1]));
        table->setItem(row, 2, new QTableWidgetItem(map[i]));
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(620, 640);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Trilink"),
        tr("<h3>Trilink %1</h3><p>A common operating picture of ballistic-missile warning in North-East Asia, from "
           "public data only.</p>"
           "<p><b>Launch record:</b> every launch since 2016 from the <b>CNS North Korea Missile Test Database, James "
           "Martin Center for Nonproliferation Studies / NTI</b>, as kept by <b>nk-missile-tests by Akihiko Kusanagi "
           "(nagix), Apache-2.0</b> (which adds bearings from Japan Ministry of Defense statements and others); 27 "
           "launches hand-checked against Japan MOD press releases, ROK Joint Chiefs of Staff statements, KCNA and "
           "press reports. Every figure keeps its source (trilink catalog --json).</p>"
           "<p><b>Sensors:</b> public reporting on the partners' radars and satellites; positions and performance "
           "that are not public are <b>notional</b> and marked so on the map.</p>"
           "<p><b>Base map:</b> Natural Earth 1:10m and 1:50m v4.1.0 (public domain), via world-atlas 2.0.2 (ISC) "
           "and QGIS's world_map.gpkg. Japan EEZ outline: approximate, not a legal boundary.</p>"
           "<p><b>Software:</b> Qt 6 (LGPL-3.0), PROJ (MIT), GDAL/OGR (MIT). Trilink itself: MIT licence.</p>")
            .arg(QStringLiteral(TRILINK_VERSION)));
}

} // namespace trilink::app
