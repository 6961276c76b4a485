// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/gui/LaunchHandles.h"

#include <QEvent>
#include <QPainter>

#include <map>

namespace trilink::app {
namespace {
// An authoring aid, not part of the picture (exports never show it): one amber over both themes, outlined dark.
const QColor kHandle(255, 196, 0);
const QColor kOutline(20, 20, 20);
constexpr double kSizePx = 11.0, kHoverSizePx = 16.0;
} // namespace

LaunchHandles::LaunchHandles(QWidget *canvas, std::function<std::vector<LaunchHandle>()> handles)
    : QWidget(canvas), m_handles(std::move(handles))
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(canvas->rect());
    canvas->installEventFilter(this);
    raise();
}

void LaunchHandles::setHover(int launch, bool impact)
{
    if (launch == m_hoverLaunch && impact == m_hoverImpact)
        return;
    m_hoverLaunch = launch;
    m_hoverImpact = impact;
    update();
}

bool LaunchHandles::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void LaunchHandles::paintEvent(QPaintEvent *)
{
    const std::vector<LaunchHandle> handles = m_handles();
    if (handles.empty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // The line of fire, site to impact, so a trainer sees which ends belong together.
    std::map<int, std::pair<QPointF, QPointF>> ends;
    std::map<int, int> count;
    for (const LaunchHandle &h : handles) {
        (h.impact ? ends[h.launch].second : ends[h.launch].first) = h.pixel;
        ++count[h.launch];
    }
    p.setPen(QPen(kHandle, 1.2, Qt::DashLine));
    for (const auto &[launch, line] : ends)
        if (count[launch] == 2)
            p.drawLine(line.first, line.second);
    for (const LaunchHandle &h : handles) {
        const double size = h.launch == m_hoverLaunch && h.impact == m_hoverImpact ? kHoverSizePx : kSizePx;
        const QRectF box(h.pixel.x() - size / 2, h.pixel.y() - size / 2, size, size);
        p.setPen(QPen(kOutline, 2.0));
        p.setBrush(h.impact ? Qt::NoBrush : QBrush(kHandle));
        if (h.impact) {
            p.drawEllipse(box);
            p.setPen(QPen(kHandle, 2.0));
            p.drawEllipse(box.adjusted(1.5, 1.5, -1.5, -1.5));
        } else {
            p.drawRect(box);
        }
    }
}

} // namespace trilink::app
