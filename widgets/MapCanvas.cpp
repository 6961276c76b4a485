// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "widgets/MapCanvas.h"

#include "maps/MapStyle.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace trilink::widgets {

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent)
    , m_projection(std::make_unique<maps::Projection>(m_settings.projection))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
    m_settings = maps::MapSettings::regionalDefault(QSize(1280, 800));
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::setBaseMap(std::shared_ptr<maps::ProjectedBaseMapCache> cache)
{
    m_cache = std::move(cache);
    m_job = std::make_unique<maps::RenderJob>(m_cache);
    connect(m_job.get(), &maps::RenderJob::rendered, this, &MapCanvas::onRendered);
    changed();
}

void MapCanvas::changed()
{
    m_settings.size = size();
    if (m_job && !m_settings.size.isEmpty())
        m_job->request(m_settings);
    update();
    emit viewChanged(m_settings);
}

void MapCanvas::onRendered(const QImage &image, const maps::MapSettings &settings)
{
    m_image = image;
    m_imageSettings = settings;
    update();
}

std::optional<QPointF> MapCanvas::lonLatAt(QPointF pixel) const
{
    const QPointF m = m_settings.toMap(pixel);
    return m_projection->inverse(m.x(), m.y());
}

std::optional<QPointF> MapCanvas::centreLonLat() const
{
    return m_projection->inverse(m_settings.center.x(), m_settings.center.y());
}

void MapCanvas::setProjection(const maps::ProjectionSpec &spec)
{
    const auto centre = centreLonLat().value_or(QPointF(129.5, 37.5));
    // The same place stays at the centre; the projected scale (metres per pixel) carries over.
    auto next = std::make_unique<maps::Projection>(spec);
    const auto c = next->forward(centre.x(), centre.y());
    if (!next->isValid() || !c)
        return;
    m_projection = std::move(next);
    m_settings.projection = spec;
    m_settings.center = *c;
    changed();
}

void MapCanvas::setTheme(maps::MapTheme theme)
{
    m_settings.theme = theme;
    changed();
}

void MapCanvas::setReference(std::optional<QPointF> lonLat)
{
    m_settings.reference = lonLat;
    changed();
}

void MapCanvas::setTracks(maps::TrackOverlay::Ptr tracks)
{
    m_settings.tracks = std::move(tracks);
    changed();
}

void MapCanvas::zoomBy(double factor, QPointF anchorPx)
{
    // The map point under the anchor stays under it.
    const QPointF anchorMap = m_settings.toMap(anchorPx);
    const double mpp = std::clamp(m_settings.metresPerPixel / factor, kMinMetresPerPixel, kMaxMetresPerPixel);
    if (mpp == m_settings.metresPerPixel)
        return;
    m_settings.metresPerPixel = mpp;
    const QPointF moved = m_settings.toMap(anchorPx);
    m_settings.center += anchorMap - moved;
    changed();
}

void MapCanvas::panBy(QPointF deltaPx)
{
    m_settings.center += QPointF(-deltaPx.x(), deltaPx.y()) * m_settings.metresPerPixel;
    changed();
}

void MapCanvas::resetView()
{
    const auto spec = m_settings.projection;
    auto fresh = maps::MapSettings::regionalDefault(size());
    fresh.theme = m_settings.theme;
    fresh.reference = m_settings.reference;
    fresh.tracks = m_settings.tracks;
    m_settings = fresh;
    m_projection = std::make_unique<maps::Projection>(m_settings.projection);
    if (!(spec == m_settings.projection))
        setProjection(spec.kind == maps::ProjectionKind::RegionalLcc || spec.kind == maps::ProjectionKind::WebMercator
                          ? spec
                          : maps::ProjectionSpec::centred(spec.kind, 129.5, 37.5));
    changed();
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const auto style = maps::MapStyle::forTheme(m_settings.theme);
    painter.fillRect(rect(), style.sea);
    if (!m_image.isNull()) {
        if (m_imageSettings.projection == m_settings.projection) {
            // Image pixel -> map metres -> current pixel: a scale and a shift while the next picture renders.
            const double k = m_imageSettings.metresPerPixel / m_settings.metresPerPixel;
            const QPointF origin = m_settings.toPixel(m_imageSettings.toMap(QPointF(0, 0)));
            painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
            painter.drawImage(QRectF(origin, QSizeF(m_image.size()) * k), m_image);
        } else {
            painter.drawImage(QPointF(0, 0), m_image);
            painter.fillRect(rect(), QColor(0, 0, 0, 90));
        }
    }
    if (m_image.isNull() || !m_cache || !(m_imageSettings.projection == m_settings.projection)) {
        painter.setPen(style.text);
        QFont f = font();
        f.setPixelSize(18);
        painter.setFont(f);
        painter.drawText(rect(), Qt::AlignCenter, m_cache ? tr("Projecting base map…") : tr("Loading base map…"));
    }
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    changed();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragFrom = event->position();
        setCursor(Qt::ClosedHandCursor);
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragFrom) {
        panBy(event->position() - *m_dragFrom);
        m_dragFrom = event->position();
    }
    emit cursorMoved(lonLatAt(event->position()));
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragFrom.reset();
        unsetCursor();
    }
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    const QPointF cursorPos = mapFromGlobal(QCursor::pos());
    const QPointF anchor = rect().contains(cursorPos.toPoint()) ? cursorPos : QPointF(rect().center());
    const double panStep = std::min(width(), height()) / 6.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.5, anchor); break;
    case Qt::Key_Minus: zoomBy(1 / 1.5, anchor); break;
    case Qt::Key_Left: panBy({panStep, 0}); break;
    case Qt::Key_Right: panBy({-panStep, 0}); break;
    case Qt::Key_Up: panBy({0, panStep}); break;
    case Qt::Key_Down: panBy({0, -panStep}); break;
    case Qt::Key_Home: resetView(); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void MapCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    const auto at = lonLatAt(event->pos());
    QMenu menu(this);
    QAction *origin = menu.addAction(tr("Measure range and bearing from here"));
    QAction *centre = menu.addAction(tr("Centre the map here"));
    QAction *clear = menu.addAction(tr("Clear range rings"));
    origin->setEnabled(at.has_value());
    centre->setEnabled(at.has_value());
    clear->setEnabled(m_settings.reference.has_value());
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == origin) {
        setReference(at);
        emit referencePicked(*at);
    } else if (chosen == centre) {
        panBy(QPointF(rect().center()) - QPointF(event->pos()));
    } else if (chosen == clear) {
        setReference(std::nullopt);
    }
}

void MapCanvas::leaveEvent(QEvent *)
{
    emit cursorMoved(std::nullopt);
}

} // namespace trilink::widgets
