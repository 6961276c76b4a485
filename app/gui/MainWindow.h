// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/PlaybackClock.h"
#include "core/Scenario.h"
#include "core/Selection.h"
#include "core/TrackFilter.h"
#include "core/TrackGroups.h"
#include "core/Units.h"
#include "maps/BaseMap.h"
#include "maps/ProjectedBaseMap.h"
#include "maps/TrackOverlay.h"
#include "maps/live/LiveConnection.h"
#include "maps/export/PictureWriter.h"
#include "maps/scene/PictureRequest.h"
#include "maps/scene/SceneLoader.h"
#include "maps/scene/TrainingScenario.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QSet>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QMenu;
class QProgressDialog;

namespace trilink::widgets {
class MapCanvas;
class StatisticsPanel;
class TrackInspector;
class TrackListPanel;
class TimelinePanel;
class SideView;
} // namespace trilink::widgets

namespace trilink::app {

class BriefingMode;
class GroupPlayback;
class LiveController;
class PlaybackDriver;
class ScenarioEditor;

// The main window: the map in the middle, the track list, timeline and side view in docks, menus, a tool
// bar and a status bar. Wiring only: loading happens on workers, drawing in the render job, and every view
// follows one PlaybackClock, one selected track and one view-as.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens track files alongside the catalogue (off the GUI thread, with progress and cancel).
    void openFiles(const QStringList &paths);
    // Shows a scene (the viewer's command line): its files open now; its launch, time, view-as and view
    // apply once the catalogue and the files are in.
    void showScene(const maps::Scene &scene);

    // For tests and scripted screenshots.
    widgets::MapCanvas *canvas() const { return m_canvas; }
    PlaybackClock *clock() { return &m_clock; }
    Scenario::Ptr scenario() const { return m_scenario; }
    QString selectedTrack() const { return m_selection.track(); }
    Selection *selection() { return &m_selection; }
    void selectTrack(const QString &id);
    void setViewAs(ViewAs viewAs);
    BriefingMode *briefing() const { return m_briefing; }
    LiveController *live() const { return m_live.get(); }
    // A live feed is connected: its tracks are the scenario and the clock is in a live session.
    bool isLive() const;
    // Listens as `connection` says (File → Connect without the dialog; the viewer's --connect); false with
    // *error, and the picture as it was, when an endpoint cannot be used.
    bool connectLive(const maps::live::LiveConnection &connection, QString *error);
    // File → Disconnect: the feed stops and the picture from before it comes back.
    void disconnectLive();
    // Plays several missiles as one (MainWindowRecord.cpp): an event, a day in Korea or a year of the record,
    // on one clock, the rest of the record faded on the map. False when the scenario has no such group.
    bool playGroup(TrackGroup::Kind kind, const QString &key);
    GroupPlayback *groupPlayback() const { return m_groupPlayback; }
    widgets::TrackListPanel *trackList() const { return m_trackList; }
    widgets::StatisticsPanel *statistics() const { return m_statistics; }
    ScenarioEditor *scenarioEditor() const { return m_editor; }
    widgets::TrackInspector *inspector() const { return m_inspector; }
    // The units of distances, heights and speeds, and the form of places, in every view of the window (the
    // map, the readouts, the inspector, the tooltips); View → Units and View → Coordinates; kept in the settings.
    void setUnits(const UnitSystem &units);
    void setCoordinateFormat(CoordinateFormat format);

    // Export (MainWindowExport.cpp). The scene of the current view at `size`, to be written to `path`: what
    // File → Export writes; "Copy Command Line" copies its arguments (exportArguments).
    maps::PictureRequest exportRequest(const QString &path, maps::PictureFormat format, QSize size) const;
    QStringList exportArguments(const QString &path, maps::PictureFormat format, QSize size) const;
    // Draws a request's scene from the open scenario on a worker, through the same sceneSettings and
    // renderer as `trilink export`, and writes it atomically. The future gives an error message, or nothing
    // on success. The arguments form parses a `trilink export` command line first, as the command does.
    QFuture<QString> exportPicture(const maps::PictureRequest &request);
    QFuture<QString> exportPicture(const QStringList &arguments);

signals:
    void scenarioReady();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // MainWindowMenus.cpp
    void buildMenusAndToolBar();
    void showShortcuts();
    void showAbout();
    // MainWindowLive.cpp
    void buildLiveActions(QMenu *file);
    void chooseLiveConnection();
    void restoreOffline();
    void onLiveScenario(Scenario::Ptr scenario, maps::TrackOverlay::Ptr overlay);
    void setBroadcasting(bool on);
    void updateLiveIndicator();
    QString liveReadout(const QString &trackId) const;
    // MainWindowFiles.cpp
    void chooseFilesToOpen();
    void onFilesRead();
    void exportTracks();
    // MainWindowExport.cpp
    void exportPictureDialog();
    void exportWhatISee();
    void copyPicture();
    void exportBrief();
    void exportAnimation();
    void startExport(const maps::PictureRequest &request);
    // Shows `busy` until `work` ends, then `done`, or its error message in a box titled `title`.
    void reportWhenDone(QFuture<QString> work, const QString &title, const QString &busy, const QString &done);
    maps::PictureRequest requestFor(const maps::MapSettings &view, const QString &path, maps::PictureFormat format, QSize size) const;
    std::optional<maps::MapSettings> sceneSettings(const maps::Scene &scene, QString &error) const;
    // MainWindowRecord.cpp: the record's groups, filters and statistics.
    void buildRecordViews();
    void applyTrackFilter(const TrackFilter &filter);
    void updateEmphasis();
    void playSelectedGroup(TrackGroup::Kind kind);
    // MainWindow.cpp
    void buildDocks();
    void loadBaseMap();
    void onBaseMapLoaded();
    void loadCatalogue();
    void setScenario(Scenario::Ptr scenario, maps::TrackOverlay::Ptr overlay);
    void applyPendingScene();
    void rebuildOverlay();
    void onCursorMoved(std::optional<QPointF> lonLat);
    void onTimeChanged(double timeMs);
    void onTrackChanged(const QString &id);
    void onViewAsChanged(ViewAs viewAs);
    void updateReadouts();
    void chooseProjection(const QString &name);
    void applyTheme(bool dark);
    void nextTrack(int step);
    void restoreSettings();

    widgets::MapCanvas *m_canvas;
    widgets::TrackListPanel *m_trackList = nullptr;
    widgets::TimelinePanel *m_timeline = nullptr;
    widgets::SideView *m_sideView = nullptr;
    QDockWidget *m_trackDock = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_sideDock = nullptr;
    widgets::StatisticsPanel *m_statistics = nullptr;
    QDockWidget *m_statisticsDock = nullptr;
    widgets::TrackInspector *m_inspector = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    UnitSystem m_units;
    CoordinateFormat m_coordinates = CoordinateFormat::Degrees;
    QActionGroup *m_unitsGroup = nullptr;
    QActionGroup *m_coordinatesGroup = nullptr;
    GroupPlayback *m_groupPlayback = nullptr;
    std::shared_ptr<const QSet<QString>> m_filterShown; // the tracks the list's filters show; null: no filter
    QLabel *m_position;
    QLabel *m_range;
    QLabel *m_scale;
    QLabel *m_trackReadout;
    QComboBox *m_viewAsBox = nullptr;
    QComboBox *m_coverageAltBox = nullptr;
    QActionGroup *m_projections = nullptr;
    QActionGroup *m_viewAsGroup = nullptr;
    QAction *m_darkAction = nullptr;
    QAction *m_measureAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_broadcastAction = nullptr;
    QAction *m_goLiveAction = nullptr;
    QLabel *m_liveIndicator = nullptr;

    PlaybackClock m_clock;
    std::unique_ptr<LiveController> m_live; // after the clock: destroyed before it
    struct Offline {                        // what the window showed before a live feed, shown again after
        Scenario::Ptr scenario;
        maps::TrackOverlay::Ptr overlay;
        QString track;
    } m_offline;
    PlaybackDriver *m_driver;
    BriefingMode *m_briefing;
    Scenario::Ptr m_scenario;
    maps::TrackOverlay::Ptr m_overlay;
    Selection m_selection;
    QString m_shownTrack;   // the track the clock and the view were last set up for
    QString m_pendingTrack; // to select once the scenario that has it is in (the first of the files opened)
    QString m_filesNote;    // said with the track count once the files just opened are in (CoT tracks joined)
    double m_coverageAltKm = 300;

    QFutureWatcher<maps::BaseMapReadResult> m_loader;
    std::shared_ptr<maps::ProjectedBaseMapCache> m_baseCache;
    struct Built {
        Scenario::Ptr scenario;
        maps::TrackOverlay::Ptr overlay;
    };
    QFutureWatcher<Built> m_builder;
    QFutureWatcher<maps::TracksRead> m_files;
    std::shared_ptr<std::atomic<bool>> m_filesCancel;
    QProgressDialog *m_filesProgress = nullptr;
    QStringList m_pendingFiles; // asked for before the catalogue was ready
    QStringList m_openedFiles;  // the track files in the scenario, in the order they were added
    std::optional<maps::Scene> m_pendingScene; // shown once the scenario holds its files
    bool m_pendingSceneWhole = false;          // a scenario file's view: its projection and layers apply too
    // The View → Layers switches, each with the layer it shows, so a scenario's layers check them.
    std::vector<std::pair<QAction *, std::function<bool(const maps::MapLayers &)>>> m_layerActions;
    void applySceneLayers(const maps::Scene &scene);
    // Training scenarios (MainWindowScenario.cpp): the Scenario menu, the editor, a modelled exercise shown.
    ScenarioEditor *m_editor = nullptr;
    bool m_exerciseOpening = false; // a scenario file is being read; its view applies once it is shown
    void buildScenarioMenu();
    // Scenario → New Launch… (empty `editId`) and Edit Launch… (the launch of that id): the LaunchDialog.
    void openLaunchDialog(const QString &editId = QString());
    void showExercise(Scenario::Ptr scenario);
    bool maybeSaveScenario(); // the unsaved-changes prompt: false when the user cancels
    void updateScenarioTitle();
    // The exercise's cues (bookmarks, pauses at first detections and impacts): playing forward over a pausing
    // cue stops the clock there and says what happened.
    std::vector<maps::Cue> m_cues;
    double m_cueCheckedMs = 0;
    bool m_cueSeeking = false;
    void onClockForCues(double timeMs);

    QPointF m_reference{125.7625, 39.0392}; // Pyongyang until the user picks a point
    QString m_referenceName;
};

} // namespace trilink::app
