// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The Scenario menu: authoring a training scenario (ScenarioEditor) and showing its modelled exercise.
#include "app/gui/MainWindow.h"
#include "app/gui/BriefingMode.h"
#include "app/gui/LaunchDialog.h"
#include "app/gui/ScenarioEditor.h"
#include "core/Units.h"
#include "maps/scene/ScenarioFile.h"
#include "maps/scene/SceneSettings.h"
#include "widgets/MapCanvas.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QUndoStack>

namespace trilink::app {

void MainWindow::buildScenarioMenu()
{
    m_editor = new ScenarioEditor(m_canvas, [this] { return m_clock.timeMs(); }, this);
    setProperty("plainTitle", windowTitle()); // the window's title when no scenario is open
    m_editor->setViewSource([this] {
        return maps::sceneOfView(m_canvas->settings(), m_canvas->centreLonLat().value_or(region::defaultCentre()), m_canvas->size(),
                                 m_coverageAltKm, {});
    });
    connect(m_editor, &ScenarioEditor::modelled, this, &MainWindow::showExercise);
    connect(m_briefing, &BriefingMode::activeChanged, m_editor, [this](bool briefing) { m_editor->setHandlesShown(!briefing); });
    connect(m_editor, &ScenarioEditor::failed, this, [this](const QString &error) {
        m_exerciseOpening = false;
        // Nothing of a bad scenario is used: the picture stays as it was.
        QMessageBox::warning(this, tr("Scenario"), error);
    });
    connect(m_editor, &ScenarioEditor::opened, this, [this](const QString &) {
        if (!m_pendingScene) { // the exercise's view, unless the command line gave one
            maps::Scene scene = m_editor->document().scene;
            scene.files.clear();
            m_pendingScene = scene;
            m_pendingSceneWhole = true;
        }
    });
    connect(m_editor, &ScenarioEditor::stateChanged, this, &MainWindow::updateScenarioTitle);
    connect(&m_clock, &PlaybackClock::timeChanged, this, &MainWindow::onClockForCues);

    QMenu *menu = new QMenu(tr("&Scenario"), this);
    QAction *help = menuBar()->actions().isEmpty() ? nullptr : menuBar()->actions().last();
    menuBar()->insertMenu(help, menu);
    menu->addAction(tr("&New Scenario"), this, [this] {
        if (maybeSaveScenario())
            m_editor->newScenario();
    });
    menu->addAction(tr("&Open Scenario…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario"), QString(), tr("Scenario files (*.trilink.json)"));
        if (!path.isEmpty())
            openFiles({path});
    });
    QMenu *recent = menu->addMenu(tr("Open &Recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        for (const QString &path : ScenarioEditor::recentFiles())
            recent->addAction(QFileInfo(path).fileName(), this, [this, path] { openFiles({path}); })->setToolTip(path);
        if (recent->isEmpty())
            recent->addAction(tr("(none)"))->setEnabled(false);
    });
    const auto saveAs = [this] {
        QString path = QFileDialog::getSaveFileName(this, tr("Save Scenario As"), m_editor->path(), tr("Scenario files (*.trilink.json)"));
        if (path.isEmpty())
            return false;
        if (!maps::isScenarioFileName(path))
            path += QStringLiteral(".trilink.json");
        QString error;
        if (!m_editor->saveAs(path, &error)) {
            QMessageBox::warning(this, tr("Save Scenario"), error);
            return false;
        }
        return true;
    };
    menu->addAction(tr("&Save Scenario"), QKeySequence::Save, this, [this, saveAs] {
        QString error;
        if (m_editor->path().isEmpty())
            saveAs();
        else if (!m_editor->save(&error))
            QMessageBox::warning(this, tr("Save Scenario"), error);
    });
    menu->addAction(tr("Save Scenario &As…"), QKeySequence::SaveAs, this, saveAs);
    menu->addSeparator();
    QAction *undo = m_editor->undoStack()->createUndoAction(menu, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_editor->undoStack()->createRedoAction(menu, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    menu->addAction(undo);
    menu->addAction(redo);
    menu->addSeparator();
    menu->addAction(tr("New &Launch…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, [this] { openLaunchDialog(); });
    menu->addAction(tr("&Edit Launch…"), this, [this] {
        QStringList ids;
        for (const auto &l : m_editor->document().launches)
            ids << l.id;
        bool ok = false;
        const QString id = ids.isEmpty() ? QString() : QInputDialog::getItem(this, tr("Edit Launch"), tr("Launch:"), ids, 0, false, &ok);
        if (ok && !id.isEmpty())
            openLaunchDialog(id);
    });
    connect(m_editor, &ScenarioEditor::editLaunchRequested, this, [this](const QString &id) { openLaunchDialog(id); });
    menu->addAction(tr("&Place Launch on Map (click the site, then the impact)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this, [this] {
        m_editor->beginNewLaunch();
        statusBar()->showMessage(tr("Click the launch site, then the impact point (Esc cancels)"), 15000);
    });
    menu->addAction(tr("&Delete Launch…"), this, [this] {
        QStringList ids;
        for (const auto &l : m_editor->document().launches)
            ids << l.id;
        bool ok = false;
        const QString id = ids.isEmpty() ? QString() : QInputDialog::getItem(this, tr("Delete Launch"), tr("Launch:"), ids, 0, false, &ok);
        if (ok && !id.isEmpty())
            m_editor->edit(tr("Delete %1").arg(id), [id](maps::TrainingScenario &doc) {
                std::erase_if(doc.launches, [&](const maps::ScenarioLaunch &l) { return l.id == id; });
            });
    });
    const auto sensorIds = [this] { // the catalogue's and the exercise's own, switched off or not
        QStringList ids;
        const SensorLaydown laydown = SensorLaydown::builtin();
        for (const Sensor &s : laydown.sensors())
            ids << s.id;
        for (const maps::SensorAdd &a : m_editor->document().sensors.added)
            ids << a.id;
        return ids;
    };
    menu->addAction(tr("&Move Sensor…"), this, [this, sensorIds] {
        bool ok = false;
        const QString id = QInputDialog::getItem(this, tr("Move Sensor"), tr("Sensor (then click its new place):"), sensorIds(), 0, false, &ok);
        if (ok) {
            m_editor->beginMoveSensor(id);
            statusBar()->showMessage(tr("Click where %1 goes (Esc cancels)").arg(id), 15000);
        }
    });
    menu->addAction(tr("&Add Radar…"), this, [this] {
        QStringList kinds;
        const SensorLaydown catalogue = SensorLaydown::builtin();
        for (const Sensor &s : catalogue.sensors())
            if (s.isRadar())
                kinds << QStringLiteral("%1 — %2").arg(s.id, s.name);
        bool ok = false;
        const QString kind = QInputDialog::getItem(this, tr("Add Radar"), tr("A radar like (then click where it goes; it is marked notional):"),
                                                   kinds, 0, false, &ok);
        if (ok) {
            m_editor->beginAddRadar(kind.section(QStringLiteral(" — "), 0, 0));
            statusBar()->showMessage(tr("Click where the new radar goes (Esc cancels)"), 15000);
        }
    });
    menu->addAction(tr("&Remove Sensor…"), this, [this] {
        QStringList ids;
        const SensorLaydown laydown = m_editor->laydown();
        for (const Sensor &s : laydown.sensors())
            ids << s.id;
        bool ok = false;
        const QString id = QInputDialog::getItem(this, tr("Remove Sensor"), tr("Sensor:"), ids, 0, false, &ok);
        if (ok)
            m_editor->removeSensor(id);
    });
    menu->addAction(tr("Switch Sensor &Off or On…"), this, [this, sensorIds] {
        bool ok = false;
        const QString id = QInputDialog::getItem(this, tr("Switch Sensor"), tr("Sensor:"), sensorIds(), 0, false, &ok);
        if (!ok)
            return;
        const bool off = !m_editor->document().sensors.disabled.contains(id);
        m_editor->edit(off ? tr("%1 off").arg(id) : tr("%1 on").arg(id), [id, off](maps::TrainingScenario &doc) {
            doc.sensors.disabled.removeAll(id);
            if (off)
                doc.sensors.disabled << id;
        });
    });
    menu->addAction(tr("Link &Latencies…"), this, [this] {
        const SharingSettings now = m_editor->document().sharing;
        bool ok = false;
        const double kor = QInputDialog::getDouble(this, tr("Link Latencies"), tr("ROK–US link latency (s):"), now.korUsaLatencyS, 0, 3600, 1, &ok);
        if (!ok)
            return;
        const double jpn = QInputDialog::getDouble(this, tr("Link Latencies"), tr("Japan–US link latency (s):"), now.jpnUsaLatencyS, 0, 3600, 1, &ok);
        if (ok)
            m_editor->edit(tr("Link latencies"), [kor, jpn](maps::TrainingScenario &doc) {
                doc.sharing.korUsaLatencyS = kor;
                doc.sharing.jpnUsaLatencyS = jpn;
            });
    });
    QMenu *marks = menu->addMenu(tr("&Go to Bookmark"));
    connect(marks, &QMenu::aboutToShow, this, [this, marks] {
        marks->clear();
        for (const maps::Cue &c : m_cues)
            if (!c.pause)
                marks->addAction(QStringLiteral("%1  %2").arg(maps::scenarioTimeText(static_cast<std::int64_t>(c.timeMs)), c.text), this,
                                 [this, t = c.timeMs] { m_clock.seek(t); });
        if (marks->isEmpty())
            marks->addAction(tr("(none)"))->setEnabled(false);
    });
    const auto pauseToggle = [this, menu](const QString &title, bool maps::CuePauses::*flag) {
        QAction *a = menu->addAction(title);
        a->setCheckable(true);
        connect(menu, &QMenu::aboutToShow, a, [this, a, flag] { a->setChecked(m_editor->document().pauses.*flag); });
        connect(a, &QAction::triggered, this, [this, title, flag](bool on) {
            m_editor->edit(title, [flag, on](maps::TrainingScenario &doc) { doc.pauses.*flag = on; });
        });
    };
    pauseToggle(tr("Pause at Each &First Detection"), &maps::CuePauses::firstDetection);
    pauseToggle(tr("Pause at Each &Impact"), &maps::CuePauses::impact);
    menu->addAction(tr("Add &Bookmark…"), QKeySequence(Qt::CTRL | Qt::Key_B), this, [this] {
        bool ok = false;
        const QString note = QInputDialog::getText(this, tr("Add Bookmark"), tr("Note for this moment:"), QLineEdit::Normal, QString(), &ok);
        const auto when = static_cast<std::int64_t>(m_clock.timeMs());
        if (ok)
            m_editor->edit(tr("Bookmark"), [note, when](maps::TrainingScenario &doc) {
                doc.bookmarks.push_back({when, note});
                std::stable_sort(doc.bookmarks.begin(), doc.bookmarks.end(),
                                 [](const maps::Bookmark &a, const maps::Bookmark &b) { return a.timeMsUtc < b.timeMsUtc; });
            });
    });
}

void MainWindow::openLaunchDialog(const QString &editId)
{
    if (!m_editor->isActive())
        m_editor->newScenario();
    const maps::ScenarioLaunch *editing = editId.isEmpty() ? nullptr : m_editor->document().findLaunch(editId);
    if (!editId.isEmpty() && !editing)
        return;
    auto *dialog = new LaunchDialog(m_editor->document(), m_clock.timeMs(), this);
    dialog->setObjectName(QStringLiteral("launchDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (editing)
        dialog->setLaunch(*editing);
    connect(dialog, &LaunchDialog::pickRequested, this, [this, dialog](bool impact) {
        dialog->hide();
        statusBar()->showMessage(impact ? tr("Click the impact point (Esc cancels)") : tr("Click the launch site (Esc cancels)"), 15000);
        m_editor->beginPick([dialog = QPointer<LaunchDialog>(dialog), impact](std::optional<QPointF> at) {
            if (!dialog)
                return;
            if (at)
                impact ? dialog->setImpact(*at) : dialog->setSite(*at);
            dialog->show();
        });
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const maps::ScenarioLaunch launch = *dialog->launch();
        const QString replacing = dialog->editing();
        // One undo step: the launch added, or the edited one replaced where it stood.
        m_editor->edit(replacing.isEmpty() ? tr("New Launch %1").arg(launch.id) : tr("Edit %1").arg(replacing),
                       [launch, replacing](maps::TrainingScenario &doc) {
                           const auto it = std::find_if(doc.launches.begin(), doc.launches.end(),
                                                        [&](const maps::ScenarioLaunch &l) { return !replacing.isEmpty() && l.id == replacing; });
                           if (it != doc.launches.end())
                               *it = launch;
                           else
                               doc.launches.push_back(launch);
                       });
    });
    dialog->show();
}

void MainWindow::onClockForCues(double timeMs)
{
    if (m_cueSeeking)
        return;
    const double from = std::exchange(m_cueCheckedMs, timeMs);
    if (!m_clock.isPlaying() || m_clock.isReversed() || timeMs <= from)
        return;
    for (const maps::Cue &c : m_cues) {
        if (!c.pause || c.timeMs <= from || c.timeMs > timeMs)
            continue;
        // Back to the moment itself, stopped: "what does Japan see now?"
        m_cueSeeking = true;
        m_clock.pause();
        m_clock.seek(c.timeMs);
        m_cueCheckedMs = c.timeMs;
        m_cueSeeking = false;
        statusBar()->showMessage(tr("Paused: %1").arg(c.text), 30000);
        return;
    }
}

void MainWindow::showExercise(Scenario::Ptr scenario)
{
    m_exerciseOpening = false;
    m_cues = maps::scenarioCues(m_editor->document(), *scenario);
    m_cueCheckedMs = m_clock.timeMs();
    m_scenario = std::move(scenario);
    m_openedFiles = m_editor->path().isEmpty() ? QStringList() : QStringList{m_editor->path()};
    m_builder.waitForFinished();
    rebuildOverlay();
    if (!m_scenario->find(m_selection.track()) && !m_scenario->tracks.empty())
        m_pendingTrack = m_scenario->tracks.front().id;
    applyPendingScene();
}

bool MainWindow::maybeSaveScenario()
{
    if (!m_editor || !m_editor->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved scenario"),
                                              tr("The scenario %1 has changes that are not saved. Save them?")
                                                  .arg(m_editor->path().isEmpty() ? tr("(new)") : QFileInfo(m_editor->path()).fileName()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    QString error;
    if (m_editor->path().isEmpty()) {
        QString path = QFileDialog::getSaveFileName(this, tr("Save Scenario As"), QString(), tr("Scenario files (*.trilink.json)"));
        if (path.isEmpty())
            return false;
        if (!maps::isScenarioFileName(path))
            path += QStringLiteral(".trilink.json");
        if (m_editor->saveAs(path, &error))
            return true;
    } else if (m_editor->save(&error)) {
        return true;
    }
    QMessageBox::warning(this, tr("Save Scenario"), error);
    return false;
}

void MainWindow::updateScenarioTitle()
{
    const QString name = m_editor->path().isEmpty() ? tr("new scenario") : QFileInfo(m_editor->path()).fileName();
    setWindowTitle(m_editor->isActive() ? tr("%1[*] — Trilink").arg(name) : property("plainTitle").toString());
    setWindowModified(m_editor->isModified());
}

} // namespace trilink::app
