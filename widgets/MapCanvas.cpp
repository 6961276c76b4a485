// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "widgets/MapCanvas.h"

#include "core/Units.h"
#include "maps/MapStyle.h"
#include "maps/OverlayToolTip.h"
#include "maps/layers/TrackLayer.h"
#include "widgets/SelectionBinding.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QToolTip>
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
    m_settings.followSelection();
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
    return m_projection->inverse(m_settings.centre.x(), m_settings.centre.y());
}

void MapCanvas::setProjection(const maps::ProjectionSpec &spec)
{
    const auto centre = centreLonLat().value_or(region::defaultCentre());
    // The same place stays at the centre; the projected scale (metres per pixel) carries over.
    auto next = std::make_unique<maps::Projection>(spec);
    const auto c = next->forward(centre.x(), centre.y());
    if (!next->isValid() || !c)
        return;
    m_projection = std::move(next);
    m_settings.projection = spec;
    m_settings.centre = *c;
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

void MapCanvas::setTime(std::optional<double> timeMs)
{
    if (m_settings.timeMs == timeMs)
        return;
    m_settings.timeMs = timeMs;
    changed();
}

void MapCanvas::setSelectedTrack(const QString &id)
{
    if (m_settings.selectedTrack == id)
        return;
    m_settings.selectedTrack = id;
    changed();
}

void MapCanvas::setViewAs(ViewAs viewAs)
{
    m_settings.viewAs = viewAs;
    changed();
}

void MapCanvas::setSelection(Selection *selection)
{
    m_selection = selection;
    followSelection(this, selection);
}

void MapCanvas::modifySettings(const std::function<void(maps::MapSettings &)> &change)
{
    change(m_settings);
    changed();
}

void MapCanvas::setMeasuring(bool on)
{
    m_measuring = on;
    m_measureStart.reset();
    setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
}

void MapCanvas::clearMeasure()
{
    m_measureStart.reset();
    m_settings.measure.reset();
    emit measureChanged(std::nullopt);
    changed();
}

void MapCanvas::showLonLat(QPointF lonLat, std::optional<double> extentKm)
{
    const auto centre = m_projection->forward(lonLat.x(), lonLat.y());
    if (!centre)
        return;
    m_settings.centre = *centre;
    m_spanKm = extentKm;
    if (extentKm && width() > 0)
        m_settings.metresPerPixel = std::clamp(*extentKm * 1000.0 / width(), kMinMetresPerPixel, kMaxMetresPerPixel);
    changed();
}

void MapCanvas::ensureVisible(const QPolygonF &lonLat)
{
    QRectF box;
    for (const QPointF &g : lonLat)
        if (const auto m = m_projection->forward(g.x(), g.y()))
            box = box.isNull() ? QRectF(*m, QSizeF(1, 1)) : box.united(QRectF(*m, QSizeF(1, 1)));
    if (box.isNull() || width() <= 0 || height() <= 0)
        return;
    const QRectF view(m_settings.toMap(QPointF(0, height())), m_settings.toMap(QPointF(width(), 0)));
    const QRectF inner = view.adjusted(view.width() * 0.08, view.height() * 0.08, -view.width() * 0.08, -view.height() * 0.08);
    if (inner.contains(box))
        return;
    m_settings.centre = box.center();
    m_spanKm.reset();
    const double needed = std::max(box.width() / (width() * 0.8), box.height() / (height() * 0.7));
    m_settings.metresPerPixel = std::clamp(std::max(m_settings.metresPerPixel, needed), kMinMetresPerPixel, kMaxMetresPerPixel);
    changed();
}

QString MapCanvas::toolTipAt(QPointF pixel) const
{
    if (!m_settings.tracks)
        return {};
    // Within a sensor symbol's radius (MapStyle, at the picture's scale) and a few pixels more.
    const double reach = maps::MapStyle::forTheme(m_settings.theme).symbol.sensor * m_settings.uiScale() + 4.0;
    const maps::TrackOverlay::SensorMark *nearest = nullptr;
    double bestD = reach;
    for (const auto &s : m_settings.tracks->sensors) {
        if (!(m_settings.shownSensorPartners() & partnerBit(s.partner)) || s.kind == SensorKind::SpaceIr)
            continue;
        const auto xy = m_projection->forward(s.lonLat.x(), s.lonLat.y());
        if (!xy)
            continue;
        const QPointF d = m_settings.toPixel(*xy) - pixel;
        if (const double dist = std::hypot(d.x(), d.y()); dist <= bestD) {
            bestD = dist;
            nearest = &s;
        }
    }
    if (nearest)
        return maps::sensorToolTip(*nearest, m_coordinates);
    const QString id = trackAt(pixel);
    const auto *t = id.isEmpty() ? nullptr : m_settings.tracks->find(id);
    return t ? maps::trackToolTip(*t, m_settings.viewAs) : QString();
}

bool MapCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), tip, this);
        }
        return true;
    }
    return QWidget::event(event);
}

QString MapCanvas::trackAt(QPointF pixel, double tolerancePx) const
{
    if (!m_settings.tracks)
        return {};
    QString best;
    double bestD = tolerancePx;
    const auto distance = [](QPointF p, QPointF a, QPointF b) {
        const QPointF ab = b - a;
        const double len2 = QPointF::dotProduct(ab, ab);
        const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
        const QPointF d = p - (a + t * ab);
        return std::hypot(d.x(), d.y());
    };
    for (const auto &t : m_settings.tracks->tracks) {
        const auto drawn = maps::TrackLayer::drawnSamples(t, m_settings, t.id == m_settings.selectedTrack);
        if (!drawn)
            continue; // not on the map at this time
        const auto [first, last] = *drawn;
        std::optional<QPointF> previous;
        const int stride = std::max(1, (last - first) / 400); // about 400 segments a track is plenty to hit
        for (int i = first; i <= last; i = (i == last) ? last + 1 : std::min(last, i + stride)) {
            const QPointF g = t.groundTrack[i];
            const auto m = m_projection->forward(g.x(), g.y());
            if (!m) {
                previous.reset();
                continue;
            }
            const QPointF px = m_settings.toPixel(*m);
            if (previous) {
                const double d = distance(pixel, *previous, px);
                if (d < bestD) {
                    bestD = d;
                    best = t.id;
                }
            }
            previous = px;
        }
    }
    return best;
}

void MapCanvas::zoomBy(double factor, QPointF anchorPx)
{
    // The map point under the anchor stays under it (to within half a pixel: MapSettings::zoomTo).
    const double mpp = std::clamp(m_settings.metresPerPixel / factor, kMinMetresPerPixel, kMaxMetresPerPixel);
    if (mpp == m_settings.metresPerPixel)
        return;
    m_spanKm.reset();
    m_settings.zoomTo(mpp, anchorPx);
    changed();
}

void MapCanvas::panBy(QPointF deltaPx)
{
    m_settings.centre += QPointF(-deltaPx.x(), deltaPx.y()) * m_settings.metresPerPixel;
    changed();
}

void MapCanvas::resetView()
{
    const auto spec = m_settings.projection;
    auto fresh = maps::MapSettings::regionalDefault(size());
    m_spanKm.reset();
    // Only the view resets; what is shown on it stays.
    m_settings.centre = fresh.centre;
    m_settings.metresPerPixel = fresh.metresPerPixel;
    m_settings.projection = fresh.projection;
    m_projection = std::make_unique<maps::Projection>(m_settings.projection);
    if (!(spec == m_settings.projection))
        setProjection(maps::ProjectionSpec::centred(spec.kind, region::kDefaultLon, region::kDefaultLat));
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
    // A scene's or a track's view keeps the width it was shown at while the docks around settle.
    if (m_spanKm && width() > 0)
        m_settings.metresPerPixel = std::clamp(*m_spanKm * 1000.0 / width(), kMinMetresPerPixel, kMaxMetresPerPixel);
    changed();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragFrom = event->position();
        m_pressAt = event->position();
        if (!m_measuring)
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
    if (event->button() != Qt::LeftButton)
        return;
    m_dragFrom.reset();
    if (!m_measuring)
        unsetCursor();
    if (QLineF(m_pressAt, event->position()).length() > 4.0)
        return; // a drag, not a click
    if (m_measuring) {
        const auto at = lonLatAt(event->position());
        if (!at)
            return;
        if (!m_measureStart || m_settings.measure) {
            m_measureStart = at;
            m_settings.measure.reset();
        } else {
            m_settings.measure = QLineF(*m_measureStart, *at);
        }
        emit measureChanged(m_settings.measure);
        changed();
        return;
    }
    const QString id = trackAt(event->position());
    if (id.isEmpty())
        return;
    emit trackClicked(id);
    if (m_selection)
        m_selection->selectTrack(id);
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(maps::kWheelZoomStep, steps), event->position());
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
