// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/gui/MainWindow.h"

#include "app/cli/DataPaths.h"
#include "app/gui/ApplicationTheme.h"
#include "core/CatalogScenario.h"
#include "core/Geodesic.h"
#include "maps/MapRenderer.h"
#include "widgets/MapCanvas.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace trilink::app {
namespace {
QString formatLonLat(QPointF p)
{
    return QStringLiteral("%1°%2  %3°%4")
        .arg(std::abs(p.y()), 0, 'f', 4)
        .arg(p.y() >= 0 ? 'N' : 'S')
        .arg(std::abs(p.x()), 0, 'f', 4)
        .arg(p.x() >= 0 ? 'E' : 'W');
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_canvas(new widgets::MapCanvas(this))
    , m_position(new QLabel(this))
    , m_range(new QLabel(this))
    , m_scale(new QLabel(this))
    , m_referenceName(tr("Pyongyang"))
{
    setWindowTitle(tr("Trilink — North-East Asia missile-warning picture"));
    setCentralWidget(m_canvas);
    statusBar()->addWidget(m_position, 1);
    statusBar()->addWidget(m_range, 2);
    statusBar()->addPermanentWidget(m_scale);
    m_position->setMinimumWidth(220);
    buildMenus();

    connect(m_canvas, &widgets::MapCanvas::cursorMoved, this, &MainWindow::onCursorMoved);
    connect(m_canvas, &widgets::MapCanvas::referencePicked, this, [this](QPointF p) {
        m_reference = p;
        m_referenceName = formatLonLat(p);
    });
    connect(m_canvas, &widgets::MapCanvas::viewChanged, this, [this](const maps::MapSettings &s) {
        m_scale->setText(tr("%1 · %2 km across").arg(s.projection.name()).arg(std::lround(s.metresPerPixel * s.size.width() / 1000.0)));
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1440, 900);
    applyTheme(settings.value(QStringLiteral("view/theme"), QStringLiteral("dark")).toString() == QLatin1String("dark"));
    chooseProjection(settings.value(QStringLiteral("view/projection"), QStringLiteral("lcc")).toString());
    loadBaseMap();
}

MainWindow::~MainWindow()
{
    m_loader.waitForFinished();
    m_catalogue.waitForFinished();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = file->addAction(tr("&Export Picture…"), this, &MainWindow::exportPicture);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
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
    view->addSeparator();
    QAction *dark = view->addAction(tr("&Dark Theme"));
    dark->setCheckable(true);
    dark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(dark, &QAction::toggled, this, &MainWindow::applyTheme);
    view->addSeparator();
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, this, [this] { m_canvas->zoomBy(1.5, m_canvas->rect().center()); });
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, [this] { m_canvas->zoomBy(1 / 1.5, m_canvas->rect().center()); });
    view->addAction(tr("&Reset View"), QKeySequence(Qt::Key_Home), m_canvas, &widgets::MapCanvas::resetView);
    dark->setChecked(m_canvas->settings().theme == maps::MapTheme::Dark);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Trilink"), this, &MainWindow::showAbout);
}

void MainWindow::loadBaseMap()
{
    connect(&m_loader, &QFutureWatcher<maps::BaseMapReadResult>::finished, this, &MainWindow::onBaseMapLoaded);
    statusBar()->showMessage(tr("Loading the base map…"));
    m_loader.setFuture(QtConcurrent::run([path = cli::baseMapPath()] { return maps::readBaseMap(path); }));
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
    m_canvas->setBaseMap(std::make_shared<maps::ProjectedBaseMapCache>(result.data));
    loadCatalogue();
}

void MainWindow::loadCatalogue()
{
    // The bundled public catalogue is the default scenario: flown on a worker (about half a second), then
    // handed to the canvas as an immutable overlay.
    connect(&m_catalogue, &QFutureWatcher<CatalogueView>::finished, this, [this] {
        const CatalogueView view = m_catalogue.result();
        m_canvas->setTracks(view.overlay);
        statusBar()->showMessage(view.summary, 15000);
    });
    statusBar()->showMessage(tr("Modelling the public launch catalogue…"));
    m_catalogue.setFuture(QtConcurrent::run([] {
        const CatalogScenario scenario = CatalogScenarioBuilder::buildBuiltin();
        auto overlay = std::make_shared<maps::TrackOverlay>();
        int published = 0;
        for (const auto &t : scenario.tracks) {
            maps::TrackOverlay::Track track{t.id, {}, !t.published};
            track.groundTrack.reserve(int(t.trajectory.samples.size()));
            for (const auto &s : t.trajectory.samples)
                track.groundTrack << QPointF(s.lon, s.lat);
            overlay->tracks.push_back(std::move(track));
            published += t.published;
        }
        return CatalogueView{overlay, QObject::tr("Public launch catalogue: %1 tracks (%2 with published flight times, %3 modelled); "
                                                  "%4 rows without enough facts — see trilink catalog")
                                          .arg(scenario.tracks.size())
                                          .arg(published)
                                          .arg(int(scenario.tracks.size()) - published)
                                          .arg(scenario.withoutEnoughFacts.size())};
    }));
}

void MainWindow::onCursorMoved(std::optional<QPointF> lonLat)
{
    if (!lonLat) {
        m_position->clear();
        m_range->clear();
        return;
    }
    m_position->setText(formatLonLat(*lonLat));
    const auto g = geodesic::inverse(m_reference.x(), m_reference.y(), lonLat->x(), lonLat->y());
    m_range->setText(tr("%1 km, bearing %2° from %3")
                         .arg(g.distanceM / 1000.0, 0, 'f', 1)
                         .arg(geodesic::compassBearing(g.azimuth1Deg), 0, 'f', 1)
                         .arg(m_referenceName));
}

void MainWindow::chooseProjection(const QString &name)
{
    const auto kind = maps::ProjectionSpec::kindFromName(name).value_or(maps::ProjectionKind::RegionalLcc);
    const auto centre = m_canvas->centreLonLat().value_or(QPointF(129.5, 37.5));
    m_canvas->setProjection(maps::ProjectionSpec::centred(kind, centre.x(), centre.y()));
    for (QAction *a : m_projections->actions())
        a->setChecked(a->data().toString() == maps::ProjectionSpec::centred(kind, 0, 0).name());
}

void MainWindow::applyTheme(bool dark)
{
    applyApplicationTheme(dark);
    m_canvas->setTheme(dark ? maps::MapTheme::Dark : maps::MapTheme::Light);
}

void MainWindow::exportPicture()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Picture"), folder + QStringLiteral("/trilink-map.png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    // The same synchronous render job as `trilink export`, at the window's size.
    std::shared_ptr<maps::ProjectedBaseMapCache> cache;
    if (m_loader.isFinished() && m_loader.result().data)
        cache = std::make_shared<maps::ProjectedBaseMapCache>(m_loader.result().data);
    const QImage image = cache ? maps::MapRenderer::renderImage(m_canvas->settings(), *cache) : QImage();
    QSaveFile out(path);
    if (image.isNull() || !out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG") || !out.commit()) {
        QMessageBox::warning(this, tr("Export"), tr("%1: cannot write the picture: %2").arg(path, out.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Trilink"),
                       tr("<h3>Trilink %1</h3><p>A common operating picture of ballistic-missile warning in North-East "
                          "Asia, from public data.</p><p>Base map: Natural Earth 1:10m and 1:50m, v4.1.0 (public "
                          "domain), via world-atlas 2.0.2 (ISC) and QGIS's world_map.gpkg.<br>Projections: PROJ. "
                          "Vector data: GDAL/OGR. Interface: Qt.</p>")
                           .arg(QStringLiteral(TRILINK_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("view/theme"), m_canvas->settings().theme == maps::MapTheme::Dark ? "dark" : "light");
    settings.setValue(QStringLiteral("view/projection"), m_canvas->settings().projection.name());
    event->accept();
}

} // namespace trilink::app
