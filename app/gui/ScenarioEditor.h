// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"
#include "maps/scene/TrainingScenario.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointF>
#include <QUndoStack>

#include <functional>
#include <optional>

namespace trilink::widgets {
class MapCanvas;
}

namespace trilink::app {
class LaunchHandles;
struct LaunchHandle;

// Authoring a training scenario in the viewer (Scenario menu): the document (maps::TrainingScenario), its
// file, and every edit as one undoable step on a QUndoStack (a step keeps the document before and after, so
// undo and redo are exact). New Launch takes two clicks on the map, the site then the impact point; a launch's
// site or impact point is dragged with the mouse. Each change of the document is modelled (flown and
// attributed, maps::loadTrainingScenario) on Qt's pool, one job at a time, the latest document next: while
// the user drags, the view follows the newest model that has finished.
// Threads: GUI thread; the models run on workers and come back through `modelled`.
class ScenarioEditor : public QObject {
    Q_OBJECT
public:
    // `launchTime` gives the time a new launch takes (the playback clock's).
    ScenarioEditor(widgets::MapCanvas *canvas, std::function<double()> launchTime, QObject *parent = nullptr);
    ~ScenarioEditor() override;

    bool isActive() const { return m_active; } // a scenario is open (new or from a file)
    const maps::TrainingScenario &document() const { return m_doc; }
    QString path() const { return m_path; }
    bool isModified() const { return !m_undo.isClean(); }
    QUndoStack *undoStack() { return &m_undo; }
    bool isModelling() const { return m_watcher.isRunning() || m_next.has_value(); }

    void newScenario();
    // Reads and models the file on a worker; `opened` or `failed` when done (nothing of a bad file is used).
    void open(const QString &path);
    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);

    // The next two left clicks on the map place a launch (site, then impact); Escape cancels.
    void beginNewLaunch();
    // The next left click on the map moves this sensor there (a ship to a new station).
    void beginMoveSensor(const QString &id);
    // The next left click on the map adds a radar like this catalogue radar there (notional, one undo step).
    void beginAddRadar(const QString &likeId);
    // Takes a sensor out of the exercise: an added radar is deleted, a catalogue sensor switched off.
    void removeSensor(const QString &id);
    // The exercise's laydown: the catalogue with the document's sensor changes.
    SensorLaydown laydown() const;
    // The next left click on the map is given to `picked` (the New Launch dialog's "Pick on Map"); Escape gives
    // it nullopt.
    void beginPick(std::function<void(std::optional<QPointF> lonLat)> picked);
    bool isPlacing() const { return m_placing != Placing::None; }
    // One undoable edit of the document, named for the Edit menu ("Move JPN-DDG-SOJ").
    void edit(const QString &text, const std::function<void(maps::TrainingScenario &)> &change);

    // Where the window's current view comes from (projection, centre, zoom, view-as, layers, selection, time):
    // saving keeps it in the document, so the file opens on what the trainer was looking at.
    void setViewSource(std::function<maps::Scene()> view) { m_viewSource = std::move(view); }

    // The handles are drawn while authoring; briefing mode hides them (the class sees the picture alone).
    void setHandlesShown(bool shown);
    // The grab handles of the document's launches where the map shows them now (none when no scenario is open).
    std::vector<LaunchHandle> handles() const;

    static QStringList recentFiles();

signals:
    void modelled(trilink::Scenario::Ptr scenario); // the model of the newest document finished
    void opened(const QString &path);
    void failed(const QString &error);
    void stateChanged(); // path, modified or active changed: the title and the menus follow
    // A launch's site or impact point was double-clicked, or Edit Launch chosen on its context menu.
    void editLaunchRequested(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Placing { None, Site, Impact, Sensor, Pick };
    struct Drag {
        int launch = -1;
        bool impact = false;
        maps::TrainingScenario before;
    };
    struct Modelled {
        Scenario::Ptr scenario;
        std::optional<maps::TrainingScenario> document; // when a file was read
        QString path, error;
    };
    friend class DocumentStep;

    void setDocument(const maps::TrainingScenario &doc); // shows and models it; no undo step
    void model(std::optional<QString> path = std::nullopt);
    void onModelled();
    std::optional<QPointF> lonLatAt(QPointF pixel) const;
    std::optional<Drag> handleAt(QPointF pixel) const;
    QString sensorAt(QPointF pixel) const; // the exercise's radar drawn there, if any
    void hover(QPointF pixel); // the handle under the mouse: drawn larger, with an open hand
    static void remember(const QString &path);

    widgets::MapCanvas *m_canvas;
    std::function<double()> m_launchTime;
    std::function<maps::Scene()> m_viewSource;
    maps::TrainingScenario m_doc;
    QString m_path;
    QUndoStack m_undo;
    bool m_active = false;
    Placing m_placing = Placing::None;
    QPointF m_site;
    QString m_sensor; // the sensor to place
    std::function<void(std::optional<QPointF>)> m_picked;
    std::optional<Drag> m_drag;
    LaunchHandles *m_handles = nullptr;
    QFutureWatcher<Modelled> m_watcher;
    // The launches the last job flew, so a drag re-flies only the launch that moves; used by one job at a time.
    std::shared_ptr<maps::FlightCache> m_flights = std::make_shared<maps::FlightCache>();
    // The document to model once the running job is done, or the file to open.
    std::optional<maps::TrainingScenario> m_next;
    std::optional<QString> m_nextPath;
};

} // namespace trilink::app
