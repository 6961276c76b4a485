// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The main window's exports for reports: File → Export Picture (the dialog), Export What I See, Copy
// Picture, Export Brief (PDF) and Export Animation, each drawn on a worker.
// Every picture is drawn from the scene the window shows (maps::sceneOfView, then maps::sceneSettings, as
// `trilink export` draws its command line's scene), so the viewer's file and the command's file are the same.
#include "app/gui/BriefingMode.h"
#include "app/gui/ExportDialog.h"
#include "app/gui/MainWindow.h"
#include "core/Units.h"
#include "maps/MapRenderer.h"
#include "maps/export/AnimationWriter.h"
#include "maps/export/BriefWriter.h"
#include "maps/scene/SceneOptions.h"
#include "maps/scene/SceneSettings.h"
#include "widgets/MapCanvas.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace trilink::app {

maps::PictureRequest MainWindow::requestFor(const maps::MapSettings &view, const QString &path, maps::PictureFormat format, QSize size) const
{
    const QPointF centre = m_canvas->centreLonLat().value_or(region::defaultCentre());
    return {maps::sceneOfView(view, centre, size, m_coverageAltKm, m_openedFiles), path, format};
}

maps::PictureRequest MainWindow::exportRequest(const QString &path, maps::PictureFormat format, QSize size) const
{
    maps::MapSettings view = m_canvas->settings();
    if (m_briefing->isActive() && view.banner.isEmpty())
        view.banner = m_briefing->bannerText(); // on screen the banner strips are outside the map
    return requestFor(view, path, format, size);
}

QStringList MainWindow::exportArguments(const QString &path, maps::PictureFormat format, QSize size) const
{
    return maps::pictureArguments(exportRequest(path, format, size));
}

QFuture<QString> MainWindow::exportPicture(const QStringList &arguments)
{
    QString error;
    const auto request = maps::parsePictureRequest(arguments, error);
    return request ? exportPicture(*request) : QtFuture::makeReadyFuture(error);
}

std::optional<maps::MapSettings> MainWindow::sceneSettings(const maps::Scene &scene, QString &error) const
{
    return maps::sceneSettings(scene, m_scenario.get(), scene.tracks ? m_overlay : nullptr, error);
}

QFuture<QString> MainWindow::exportPicture(const maps::PictureRequest &request)
{
    QString error;
    if (!m_baseCache)
        return QtFuture::makeReadyFuture(tr("The base map is still loading"));
    const auto settings = sceneSettings(request.scene, error);
    if (!settings)
        return QtFuture::makeReadyFuture(error);
    // Drawn on a worker by the same render job as `trilink export`: the window stays live.
    return QtConcurrent::run([settings = *settings, cache = m_baseCache, format = request.format, path = request.outPath] {
        QString error;
        const QByteArray bytes = maps::renderPicture(settings, *cache, format, error);
        if (bytes.isEmpty() || !maps::writeFileAtomically(path, bytes, error))
            return error;
        return QString();
    });
}

void MainWindow::reportWhenDone(QFuture<QString> work, const QString &title, const QString &busy, const QString &done)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, title, done] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (!error.isEmpty())
            QMessageBox::warning(this, title, error);
        else
            statusBar()->showMessage(done, 8000);
    });
    statusBar()->showMessage(busy);
    watcher->setFuture(work);
}

void MainWindow::startExport(const maps::PictureRequest &request)
{
    reportWhenDone(exportPicture(request), tr("Export Picture"), tr("Exporting %1…").arg(request.outPath), tr("Exported %1").arg(request.outPath));
}

void MainWindow::exportPictureDialog()
{
    if (!m_baseCache)
        return;
    const QString banner = m_canvas->settings().banner.isEmpty() ? m_briefing->bannerText() : m_canvas->settings().banner;
    auto requestOf = [this](const ExportChoice &c) {
        maps::MapSettings view = m_canvas->settings();
        view.showLegend = c.legend;
        view.showScaleBar = c.scaleBar;
        view.showDecorations = c.decorations;
        view.showGraticule = c.graticule;
        view.showPlaces = c.labels;
        view.banner = c.banner ? c.bannerText : QString();
        return requestFor(view, c.path, c.format, c.size);
    };
    ExportDialog dialog(m_canvas->size(), banner, [requestOf](const ExportChoice &c) { return maps::shellCommand(maps::pictureArguments(requestOf(c))); }, this);
    if (dialog.exec() == QDialog::Accepted)
        startExport(requestOf(dialog.choice()));
}

void MainWindow::exportWhatISee()
{
    if (!m_baseCache)
        return;
    QSettings s;
    const QString folder = s.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export What I See"), QDir(folder).filePath(QStringLiteral("trilink-map.png")),
                                                      tr("PNG image (*.png);;SVG vector drawing (*.svg);;PDF vector document (*.pdf)"), &selectedFilter);
    if (path.isEmpty())
        return;
    s.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    auto format = maps::pictureFormatFromName(QFileInfo(path).suffix());
    QString file = path;
    if (!format) { // no or unknown suffix: the chosen filter's
        format = selectedFilter.contains(QLatin1String("svg")) ? maps::PictureFormat::Svg
                 : selectedFilter.contains(QLatin1String("pdf")) ? maps::PictureFormat::Pdf
                                                                 : maps::PictureFormat::Png;
        file += u'.' + maps::pictureFormatName(*format).toLower();
    }
    startExport(exportRequest(file, *format, m_canvas->size()));
}

void MainWindow::copyPicture()
{
    if (!m_baseCache)
        return;
    QString error;
    const auto settings = sceneSettings(exportRequest(QString(), maps::PictureFormat::Png, m_canvas->size()).scene, error);
    if (!settings) {
        QMessageBox::warning(this, tr("Copy Picture"), error);
        return;
    }
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher] {
        const QImage image = watcher->result();
        watcher->deleteLater();
        if (image.isNull())
            return;
        QGuiApplication::clipboard()->setImage(image);
        statusBar()->showMessage(tr("Copied the picture (%1 × %2) to the clipboard").arg(image.width()).arg(image.height()), 5000);
    });
    watcher->setFuture(QtConcurrent::run([settings = *settings, cache = m_baseCache] { return maps::MapRenderer::renderImage(settings, *cache); }));
}

namespace {
QString selectedOrWarn(QWidget *parent, const QString &selected, const QString &title)
{
    if (selected.isEmpty())
        QMessageBox::information(parent, title, QObject::tr("Select a launch first (in the track list or on the map)."));
    return selected;
}
} // namespace

void MainWindow::exportBrief()
{
    const QString id = selectedOrWarn(this, m_selection.track(), tr("Export Brief"));
    if (id.isEmpty() || !m_baseCache || !m_scenario)
        return;
    QSettings s;
    const QString folder = s.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Brief (PDF)"), QDir(folder).filePath(id + QStringLiteral("-brief.pdf")),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    s.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    maps::BriefOptions options;
    options.scene.layers.viewAs = m_selection.viewAs();
    options.scene.layers.banner = m_briefing->bannerText();
    options.pageSize = QLocale().measurementSystem() == QLocale::ImperialUSSystem ? maps::BriefPageSize::Letter : maps::BriefPageSize::A4;
    const auto work = QtConcurrent::run([scenario = m_scenario, cache = m_baseCache, id, options, path] {
        QString error;
        const std::vector<maps::BriefItem> items{{scenario->find(id), std::nullopt}};
        const QByteArray pdf = maps::writeBrief(*scenario, items, options, *cache, error);
        if (pdf.isEmpty() || !maps::writeFileAtomically(path, pdf, error))
            return error;
        return QString();
    });
    reportWhenDone(work, tr("Export Brief"), tr("Writing the brief %1…").arg(path), tr("Wrote the brief %1").arg(path));
}

void MainWindow::exportAnimation()
{
    const QString id = selectedOrWarn(this, m_selection.track(), tr("Export Animation"));
    const ScenarioTrack *track = m_scenario && !id.isEmpty() ? m_scenario->find(id) : nullptr;
    if (!track || !m_baseCache)
        return;
    const QString ffmpeg = maps::AnimationWriter::findFfmpeg();
    QSettings s;
    const QString folder = s.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    const QString filters = ffmpeg.isEmpty() ? tr("PNG frames in a folder (*)") : tr("MP4 video (*.mp4);;GIF animation (*.gif);;PNG frames in a folder (*)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Animation"),
                                                      QDir(folder).filePath(id + (ffmpeg.isEmpty() ? QString() : QStringLiteral(".mp4"))), filters);
    if (path.isEmpty())
        return;
    s.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    const auto format = maps::animationFormatFromPath(path);
    if (!format) {
        QMessageBox::warning(this, tr("Export Animation"), tr("%1: give a .mp4 or .gif file, or a folder name without an extension for PNG frames").arg(path));
        return;
    }
    if (*format != maps::AnimationFormat::PngFrames && ffmpeg.isEmpty()) {
        QMessageBox::warning(this, tr("Export Animation"), tr("ffmpeg not found: install the Debian package ffmpeg, or give a folder to get numbered PNG frames"));
        return;
    }
    // The view on screen at 1280x720, from launch to impact at the playback speed, 30 frames a second.
    QString error;
    const auto settings = sceneSettings(exportRequest(QString(), maps::PictureFormat::Png, QSize(1280, 720)).scene, error);
    if (!settings) {
        QMessageBox::warning(this, tr("Export Animation"), error);
        return;
    }
    maps::AnimationJob job;
    job.settings = *settings;
    job.timing.fromMs = static_cast<double>(track->launchMsUtc);
    job.timing.toMs = track->endMsUtc();
    job.timing.fps = 30;
    job.timing.speed = std::clamp(m_clock.rate(), 1.0, 600.0);
    job.format = *format;
    job.outPath = path;
    job.ffmpegPath = ffmpeg;
    if (job.timing.frameCount() > maps::AnimationTiming::kMaxFrames) {
        QMessageBox::warning(this, tr("Export Animation"), tr("%1 frames at %2×: choose a faster playback speed").arg(job.timing.frameCount()).arg(job.timing.speed));
        return;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto *progress = new QProgressDialog(tr("Drawing %1 frames…").arg(job.timing.frameCount()), tr("Cancel"), 0, job.timing.frameCount(), this);
    progress->setWindowTitle(tr("Export Animation"));
    progress->setMinimumDuration(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    QPointer<QProgressDialog> dialog = progress;
    auto *watcher = new QFutureWatcher<maps::AnimationResult>(this);
    connect(watcher, &QFutureWatcher<maps::AnimationResult>::finished, this, [this, watcher, dialog, path] {
        const maps::AnimationResult r = watcher->result();
        watcher->deleteLater();
        if (dialog)
            dialog->close();
        if (r.cancelled)
            statusBar()->showMessage(tr("Animation cancelled: nothing was written"), 8000);
        else if (!r.ok)
            QMessageBox::warning(this, tr("Export Animation"), r.error);
        else
            statusBar()->showMessage(tr("Wrote %1 frames to %2").arg(r.frames).arg(path), 8000);
    });
    watcher->setFuture(QtConcurrent::run([job, cache = m_baseCache, cancel, dialog] {
        return maps::AnimationWriter::write(job, *cache, cancel.get(), [dialog](const maps::AnimationProgress &p) {
            QMetaObject::invokeMethod(dialog, [dialog, p] {
                if (!dialog)
                    return;
                if (p.stage == maps::AnimationProgress::Stage::Encoding)
                    dialog->setLabelText(QObject::tr("Encoding the video with ffmpeg…"));
                dialog->setValue(std::min(p.done, p.total - 1));
            });
        });
    }));
}

} // namespace trilink::app
