// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/LabelPainter.h"
#include "maps/layers/PathPieces.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <numbers>
#include <optional>

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

double LabelPainter::advance(const QFont &font, const QString &text)
{
    static std::mutex mutex;
    static QHash<QString, double> advances;
    constexpr qsizetype kMostStrings = 8192;
    const QString key = font.key() + QChar(0x1f) + text;
    {
        std::lock_guard lock(mutex);
        if (const auto it = advances.constFind(key); it != advances.cend())
            return *it;
    }
    const double w = QFontMetricsF(font).horizontalAdvance(text);
    std::lock_guard lock(mutex);
    if (advances.size() >= kMostStrings)
        advances.clear();
    advances.insert(key, w);
    return w;
}

namespace {
// Label halos already drawn (with the letters when they are the outline), as premultiplied sprites, so a label drawn again with the same text, type, colours
// and sub-pixel position (every label after a pan by whole pixels, every playback frame's still part, the
// credits of every picture of a size) is copied instead of stroked again: the halo's stroke was a quarter of
// a full redraw. "Over" is associative, so the sprite laid over the map gives the pixels the halo and the
// letters drawn onto the map give, to a unit of rounding. The position is kept to Qt's rasterizer's 1/64
// pixel. Bounded: cleared when it holds more than kBytes. Threads: thread-safe (render jobs and exports).
class HaloSprites {
public:
    struct Sprite {
        QImage image;
        QPoint corner; // the image's top-left from the baseline's whole pixel
    };
    static HaloSprites &instance()
    {
        static HaloSprites sprites;
        return sprites;
    }
    std::optional<Sprite> find(const QString &key)
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_sprites.constFind(key);
        return it == m_sprites.cend() ? std::nullopt : std::optional(*it);
    }
    void store(const QString &key, const Sprite &sprite)
    {
        std::lock_guard lock(m_mutex);
        if (m_bytes > kBytes) {
            m_sprites.clear();
            m_bytes = 0;
        }
        m_sprites.insert(key, sprite);
        m_bytes += sprite.image.sizeInBytes();
    }

private:
    static constexpr qsizetype kBytes = 48 << 20;
    std::mutex m_mutex;
    QHash<QString, Sprite> m_sprites;
    qsizetype m_bytes = 0;
};

constexpr double kSubpixel = 64.0;

// Draws the halo, and the letters when they are filled as the outline, with their baseline at `baseline`
// of whatever `painter` paints on. Hinted glyphs are drawn by the caller, straight onto the picture: Qt
// blends glyphs with a gamma that depends on what they are drawn over, so they cannot come from a sprite.
void drawHalo(QPainter &painter, QPointF baseline, const QString &text, const QFont &f, const QColor &colour, const QPen &halo,
              LabelPainter::Fill fill)
{
    QPainterPath path;
    path.addText(baseline, f, text);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(halo);
    drawPathInPieces(painter, path); // a line of 150 letters in one piece took Qt 140 ms at 4K: see PathPieces.h
    if (fill == LabelPainter::Fill::Glyphs)
        return;
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    drawPathInPieces(painter, path);
}

void drawGlyphs(QPainter &painter, QPointF baseline, const QString &text, const QFont &f, const QColor &colour, LabelPainter::Fill fill)
{
    if (fill != LabelPainter::Fill::Glyphs)
        return;
    painter.setPen(colour);
    painter.setFont(f);
    painter.drawText(baseline, text);
}
} // namespace

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
    const QPen halo(m_style.textHalo, m_style.line.halo * m_scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    // A sprite only where it lands on whole pixels unscaled: a raster image under a translation by whole pixels.
    const QTransform t = m_painter.worldTransform();
    const bool wholePixels = engine && engine->type() == QPaintEngine::Raster && t.type() <= QTransform::TxTranslate &&
                             t.dx() == std::floor(t.dx()) && t.dy() == std::floor(t.dy()) &&
                             m_painter.compositionMode() == QPainter::CompositionMode_SourceOver && m_painter.opacity() == 1.0;
    if (!wholePixels) {
        drawHalo(m_painter, baseline, text, f, colour, halo, fill);
        drawGlyphs(m_painter, baseline, text, f, colour, fill);
        return;
    }
    const QPointF device = t.map(baseline);
    const QPoint whole(static_cast<int>(std::floor(device.x())), static_cast<int>(std::floor(device.y())));
    const QPointF frac(std::round((device.x() - whole.x()) * kSubpixel) / kSubpixel, std::round((device.y() - whole.y()) * kSubpixel) / kSubpixel);
    const QString key = QStringLiteral("%1\x1f%2\x1f%3 %4 %5 %6 %7 %8 %9")
                            .arg(text, f.key())
                            .arg(fill == Fill::Glyphs ? 0u : colour.rgba())
                            .arg(m_style.textHalo.rgba())
                            .arg(halo.widthF())
                            .arg(static_cast<int>(fill))
                            .arg(frac.x() * kSubpixel)
                            .arg(frac.y() * kSubpixel)
                            .arg(static_cast<int>(m_painter.renderHints()));
    auto &sprites = HaloSprites::instance();
    auto sprite = sprites.find(key);
    if (!sprite) {
        QPainterPath outline;
        outline.addText(frac, f, text);
        const double pad = halo.widthF() / 2 + 2;
        const QRectF r = outline.boundingRect().adjusted(-pad, -pad, pad, pad);
        const QPoint corner(static_cast<int>(std::floor(r.left())), static_cast<int>(std::floor(r.top())));
        const QSize size(static_cast<int>(std::ceil(r.right())) - corner.x() + 1, static_cast<int>(std::ceil(r.bottom())) - corner.y() + 1);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHints(m_painter.renderHints());
        drawHalo(p, frac - QPointF(corner), text, f, colour, halo, fill);
        p.end();
        sprite = HaloSprites::Sprite{image, corner};
        sprites.store(key, *sprite);
    }
    // Back through the whole-pixel translation to the painter's own coordinates.
    m_painter.drawImage(QPointF(whole + sprite->corner) - QPointF(t.dx(), t.dy()), sprite->image);
    drawGlyphs(m_painter, baseline, text, f, colour, fill);
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
