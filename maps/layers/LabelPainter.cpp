// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/LabelPainter.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace trilink::maps {

LabelPainter::LabelPainter(QPainter &painter, const MapStyle &style, double scale)
    : m_painter(painter)
    , m_style(style)
    , m_scale(scale)
{
}

QFont LabelPainter::font(const MapFont &spec) const
{
    QFont f(m_style.type.family);
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(spec.px * m_scale))));
    f.setBold(spec.bold);
    return f;
}

void LabelPainter::haloText(QPointF baseline, const QString &text, const QFont &f, const QColor &colour, Fill fill)
{
    // SVG and PDF keep text as text: the halo is the text drawn in a ring of offsets underneath.
    const QPaintEngine *engine = m_painter.paintEngine();
    if (engine && (engine->type() == QPaintEngine::SVG || engine->type() == QPaintEngine::Pdf)) {
        const double r = m_style.line.vectorHalo * m_scale;
        m_painter.setFont(f);
        m_painter.setPen(m_style.textHalo);
        for (int i = 0; i < 8; ++i) {
            const double a = i * std::numbers::pi / 4;
            m_painter.drawText(baseline + QPointF(r * std::cos(a), r * std::sin(a)), text);
        }
        m_painter.setPen(colour);
        m_painter.drawText(baseline, text);
        return;
    }
    QPainterPath path;
    path.addText(baseline, f, text);
    const QPen halo(m_style.textHalo, m_style.line.halo * m_scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (fill == Fill::Glyphs) {
        m_painter.setBrush(Qt::NoBrush);
        m_painter.setPen(halo);
        m_painter.drawPath(path);
        m_painter.setPen(colour);
        m_painter.setFont(f);
        m_painter.drawText(baseline, text);
        return;
    }
    m_painter.setPen(halo);
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawPath(path);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(colour);
    m_painter.drawPath(path);
}

void LabelPainter::boxedText(const QRectF &box, const QString &text, const QFont &f, const QColor &panel, const QPen &outline, const QColor &colour)
{
    const double radius = 4 * m_scale;
    m_painter.setPen(outline);
    m_painter.setBrush(panel);
    m_painter.drawRoundedRect(box, radius, radius);
    m_painter.setPen(colour);
    m_painter.setFont(f);
    m_painter.drawText(box, Qt::AlignCenter, text);
}

bool LabelPainter::isFree(const QRectF &box, bool mayOverlapLabels) const
{
    if (!m_bounds.isNull() && !m_bounds.contains(box))
        return false;
    const auto hits = [&box](const QRectF &o) { return o.intersects(box); };
    return std::none_of(m_reserved.begin(), m_reserved.end(), hits) && (mayOverlapLabels || std::none_of(m_taken.begin(), m_taken.end(), hits));
}

std::optional<QRectF> LabelPainter::claimFirst(const std::vector<QRectF> &candidates)
{
    for (const QRectF &box : candidates)
        if (claim(box))
            return box;
    return std::nullopt;
}

std::vector<QRectF> LabelPainter::placesAround(const QRectF &a, QSizeF size, double gap)
{
    const double w = size.width(), h = size.height();
    const double midY = a.center().y() - h / 2, midX = a.center().x() - w / 2;
    return {QRectF(a.right() + gap, midY, w, h),          QRectF(a.left() - gap - w, midY, w, h),
            QRectF(midX, a.bottom() + gap, w, h),         QRectF(midX, a.top() - gap - h, w, h),
            QRectF(a.right() + gap, a.bottom(), w, h),    QRectF(a.right() + gap, a.top() - h, w, h),
            QRectF(a.left() - gap - w, a.bottom(), w, h), QRectF(a.left() - gap - w, a.top() - h, w, h)};
}

bool LabelPainter::claim(const QRectF &box)
{
    if (!isFree(box))
        return false;
    m_taken.push_back(box);
    m_claimed.push_back(box);
    return true;
}

} // namespace trilink::maps
