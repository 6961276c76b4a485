// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The main window's files: opening track files (dialog, command line, drop) off the GUI thread with
// progress and cancel, and exporting tracks.
#include "app/gui/MainWindow.h"
#include "app/gui/ScenarioEditor.h"
#include "maps/scene/ScenarioFile.h"
#include "maps/trackio/TrackFile.h"
#include "widgets/MapCanvas.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>
#include <QPointer>

#include <algorithm>

namespace trilink::app {
namespace {
QString lastFolder(const QString &key)
{
    return QSettings().value(key, QDir::homePath()).toString();
}

void rememberFolder(const QString &key, const QString &path)
{
    QSettings().setValue(key, QFileInfo(path).absolutePath());
}
} // namespace

void MainWindow::chooseFilesToOpen()
{
    const QString filter = tr("Track files and scenarios (%1 *.trilink.json);;Scenario files (*.trilink.json);;All files (*)")
                               .arg(maps::readableExtensions().join(QLatin1Char(' ')));
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open Track Files"), lastFolder(QStringLiteral("files/openFolder")), filter);
    if (paths.isEmpty())
        return;
    rememberFolder(QStringLiteral("files/openFolder"), paths.front());
    openFiles(paths);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openFiles(paths);
    }
}

void MainWindow::openFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (!m_scenario || m_files.isRunning()) {
        m_pendingFiles << paths; // after the catalogue, or after the read in progress
        return;
    }
    if (isLive()) {
        m_pendingFiles << paths; // the live feed's tracks are the picture until Disconnect
        statusBar()->showMessage(tr("%1 file(s) will open when the live feed is disconnected").arg(m_pendingFiles.size()), 10000);
        return;
    }
    if (std::any_of(paths.begin(), paths.end(), [](const QString &p) { return maps::isScenarioFileName(p); })) {
        // One exercise at a time; its own track files come with it.
        const auto it = std::find_if(paths.begin(), paths.end(), [](const QString &p) { return maps::isScenarioFileName(p); });
        if (maybeSaveScenario()) {
            m_exerciseOpening = true;
            m_editor->open(*it);
        }
        return;
    }
    m_filesCancel = std::make_shared<std::atomic<bool>>(false);
    if (!m_filesProgress) {
        m_filesProgress = new QProgressDialog(this);
        m_filesProgress->setWindowTitle(tr("Opening track files"));
        m_filesProgress->setRange(0, 1000);
        m_filesProgress->setMinimumDuration(400);
        m_filesProgress->setAutoClose(false);
        m_filesProgress->setAutoReset(false);
        connect(m_filesProgress, &QProgressDialog::canceled, this, [this] {
            if (m_filesCancel)
                m_filesCancel->store(true);
        });
        connect(&m_files, &QFutureWatcher<maps::TracksRead>::finished, this, &MainWindow::onFilesRead);
    }
    m_filesProgress->setLabelText(tr("Reading %1…").arg(QFileInfo(paths.front()).fileName()));
    m_filesProgress->setValue(0);
    m_filesProgress->show();
    QPointer<QProgressDialog> progress = m_filesProgress;
    m_files.setFuture(QtConcurrent::run([paths, cancel = m_filesCancel, progress] {
        return maps::readSceneTracks(paths, cancel.get(), [progress](double f) {
            const int value = static_cast<int>(1000.0 * f);
            QMetaObject::invokeMethod(progress, [progress, value] {
                if (progress)
                    progress->setValue(value);
            });
        });
    }));
}

void MainWindow::onFilesRead()
{
    m_filesProgress->hide();
    maps::TracksRead read = m_files.result();
    if (read.cancelled) {
        statusBar()->showMessage(tr("Opening cancelled: nothing was added"), 8000);
    } else if (!read.tracks.empty()) {
        auto next = std::make_shared<Scenario>(*m_scenario);
        next->problems << read.problems;
        const QString first = read.tracks.front().id;
        addTracks(*next, std::move(read.tracks));
        m_openedFiles << read.read;
        m_scenario = next;
        m_builder.waitForFinished();
        rebuildOverlay();
        m_pendingTrack = first;
        // Events of one uid in several CoT files became one track: said with the track count (rebuildOverlay).
        if (!read.merged.isEmpty())
            m_filesNote = read.merged.size() == 1 ? read.merged.front()
                                                  : tr("%1 tracks joined from the events of one uid in several CoT files (first: %2)")
                                                        .arg(read.merged.size())
                                                        .arg(read.merged.front());
    }
    if (!read.problems.isEmpty() || !read.unreadable.isEmpty()) {
        QMessageBox box(this);
        box.setIcon(read.unreadable.isEmpty() ? QMessageBox::Information : QMessageBox::Warning);
        box.setWindowTitle(tr("Problems in the files opened"));
        box.setText(read.unreadable.isEmpty() ? tr("The good tracks were loaded; %1 problems were found.").arg(read.problems.size())
                                              : tr("%1 file(s) could not be read at all.").arg(read.unreadable.size()));
        box.setDetailedText(read.problems.join(QLatin1Char('\n')));
        box.exec();
    }
    if (!m_pendingFiles.isEmpty())
        openFiles(std::exchange(m_pendingFiles, {}));
    applyPendingScene();
}

void MainWindow::exportTracks()
{
    if (!m_scenario)
        return;
    QStringList filters;
    for (const QString &ext : maps::writableExtensions())
        filters << tr("%1 (*.%2)").arg(ext.toUpper(), ext);
    QString chosenFilter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Tracks"), lastFolder(QStringLiteral("files/exportFolder")) + QStringLiteral("/trilink-tracks.czml"),
                                                      filters.join(QStringLiteral(";;")), &chosenFilter);
    if (path.isEmpty())
        return;
    rememberFolder(QStringLiteral("files/exportFolder"), path);
    // The selected track, or every track when none is selected.
    std::vector<RecordedTrack> tracks;
    for (const auto &t : m_scenario->tracks)
        if (m_selection.track().isEmpty() || t.id == m_selection.track())
            tracks.push_back(recordingFromTrack(t));
    QString error;
    if (!maps::writeTrackFile(path, tracks, &error)) {
        QMessageBox::warning(this, tr("Export Tracks"), error);
        return;
    }
    statusBar()->showMessage(tr("Wrote %1 track(s) to %2").arg(tracks.size()).arg(path), 8000);
}

} // namespace trilink::app
