// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/chart/ChartPainter.h"

#include "maps/PartnerStyle.h"
#include "maps/export/PrintPage.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace trilink::maps {
namespace {
QFont scaled(const ChartPainter::Style &s, double factor, bool bold = false)
{
    QFont f = s.font;
    f.setPointSizeF(std::max(4.0, s.font.pointSizeF() * s.fontScale * factor));
    f.setBold(bold);
    return f;
}

// 1, 2 or 5 times a power of ten, so that about `want` steps cover top.
double niceStep(double top, int want)
{
    if (top <= 0)
        return 1;
    const double raw = top / want;
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * p)
            return m * p;
    return 10 * p;
}

QString numberText(double v)
{
    return std::abs(v - std::round(v)) < 1e-9 ? QString::number(static_cast<long long>(std::llround(v))) : QString::number(v, 'f', 1);
}

// Text wrapped at spaces into lines no wider than `width` (the printed pages' rule).
QStringList wrapped(const QString &text, const QFontMetricsF &fm, double width)
{
    return text.isEmpty() ? QStringList() : print::wrapAtSpaces(text, fm, width).split(u'\n');
}
} // namespace

ChartPainter::Style ChartPainter::Style::light()
{
    Style s;
    s.font = QFont(QStringLiteral("DejaVu Sans"), 9);
    s.text = QColor(0x1a, 0x1d, 0x21);
    s.muted = QColor(0x5c, 0x64, 0x6e);
    s.grid = QColor(0xdd, 0xe1, 0xe6);
    s.background = Qt::white;
    return s;
}

ChartPainter::Style ChartPainter::Style::dark()
{
    Style s = light();
    s.text = QColor(0xe8, 0xec, 0xf0);
    s.muted = QColor(0xa0, 0xa8, 0xb2);
    s.grid = QColor(0x3a, 0x41, 0x4a);
    s.background = QColor(0x17, 0x1b, 0x21);
    return s;
}

QColor ChartPainter::seriesColour(const QString &key)
{
    if (key.startsWith(QLatin1String("partner:")))
        if (const auto p = parsePartner(key.mid(8)))
            return partnerColor(*p);
    static const std::pair<const char *, QRgb> classes[] = {
        {"class:srbm", 0x88CCEE}, {"class:mrbm", 0x44AA99}, {"class:irbm", 0xDDCC77}, {"class:icbm", 0xCC6677},
        {"class:slbm", 0x332288}, {"class:hgv", 0xAA4499},  {"class:slv", 0x999933},  {"class:unknown", 0xBBBBBB},
    };
    for (const auto &[name, rgb] : classes)
        if (key == QLatin1String(name))
            return QColor::fromRgb(rgb);
    return Qt::gray;
}

void ChartPainter::paint(QPainter &p, const QRectF &rect, const StatChart &c, const Style &s)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    if (s.drawBackground)
        p.fillRect(rect, s.background);
    const double u = s.lengthScale;
    const QRectF body = rect.adjusted(14 * u, 10 * u, -14 * u, -8 * u);
    double top = body.top();
    const auto text = [&](const QFont &f, const QColor &colour, const QString &t, double y, int flags = Qt::AlignLeft) {
        p.setFont(f);
        p.setPen(colour);
        const QFontMetricsF fm(f, p.device());
        p.drawText(QRectF(body.left(), y, body.width(), fm.height()), flags | Qt::AlignVCenter, t);
        return fm.height();
    };
    const QFont titleFont = scaled(s, 1.3, true), smallFont = scaled(s, 0.95), labelFont = scaled(s, 0.9), valueFont = scaled(s, 0.8);
    // The title on up to two lines, the second elided.
    {
        const QFontMetricsF fm(titleFont, p.device());
        QStringList lines = wrapped(c.title, fm, body.width());
        if (lines.size() > 2)
            lines = {lines[0], fm.elidedText(lines.mid(1).join(u' '), Qt::ElideRight, body.width())};
        for (const QString &line : lines)
            top += text(titleFont, s.text, line, top);
    }
    if (!c.subtitle.isEmpty())
        top += text(smallFont, s.muted, QFontMetricsF(smallFont, p.device()).elidedText(c.subtitle, Qt::ElideRight, body.width()), top);

    // Legend: a swatch and the name of each series, in one or more rows.
    {
        const QFontMetricsF fm(labelFont, p.device());
        p.setFont(labelFont);
        top += 4 * u;
        double x = body.left();
        const double h = fm.height();
        for (const StatChart::Series &series : c.series) {
            const double w = 12 * u + 5 * u + fm.horizontalAdvance(series.name) + 14 * u;
            if (x + w > body.right() && x > body.left()) {
                x = body.left();
                top += h;
            }
            p.fillRect(QRectF(x, top + h / 2 - 5 * u, 12 * u, 10 * u), seriesColour(series.colourKey));
            p.setPen(s.text);
            p.drawText(QRectF(x + 17 * u, top, w, h), Qt::AlignLeft | Qt::AlignVCenter, series.name);
            x += w;
        }
        top += h + 6 * u;
    }

    // The note at the foot, wrapped.
    const QFontMetricsF noteFm(valueFont, p.device());
    const QStringList noteLines = wrapped(c.note, noteFm, body.width());
    const double noteH = noteLines.size() * noteFm.height();
    const double bottom = body.bottom() - noteH - (noteLines.isEmpty() ? 0 : 4 * u);
    p.setFont(valueFont);
    p.setPen(s.muted);
    for (int i = 0; i < noteLines.size(); ++i)
        p.drawText(QRectF(body.left(), bottom + 4 * u + i * noteFm.height(), body.width(), noteFm.height()), Qt::AlignLeft, noteLines[i]);

    // The plot: value axis on the left, category labels under it.
    const QFontMetricsF lfm(labelFont, p.device());
    const QFontMetricsF vfm(valueFont, p.device());
    const double maxV = std::max(1.0, c.maxValue());
    const double step = niceStep(maxV, 6);
    const double axisTop = std::ceil(maxV / step - 1e-9) * step + (c.kind == StatChart::Kind::Boxes ? 0 : 0);
    double labelW = 0;
    for (double v = 0; v <= axisTop + 1e-9; v += step)
        labelW = std::max(labelW, lfm.horizontalAdvance(numberText(v)));
    const bool boxes = c.kind == StatChart::Kind::Boxes;
    const double catLabelH = lfm.height() * (boxes ? 2.0 : 1.0) + 4 * u;
    const double xLabelH = c.xLabel.isEmpty() ? 0 : lfm.height();
    const QRectF plot(body.left() + lfm.height() + labelW + 8 * u, top + vfm.height(), 0, 0);
    const QRectF area(plot.left(), plot.top(), body.right() - plot.left(),
                      std::max(20 * u, bottom - catLabelH - xLabelH - plot.top()));
    const auto yOf = [&](double v) { return area.bottom() - area.height() * v / axisTop; };

    p.setFont(labelFont);
    for (double v = 0; v <= axisTop + 1e-9; v += step) {
        const double y = yOf(v);
        p.setPen(QPen(s.grid, std::max(1.0, u)));
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        p.setPen(s.muted);
        p.drawText(QRectF(area.left() - labelW - 6 * u, y - lfm.height() / 2, labelW, lfm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   numberText(v));
    }
    // y label, turned.
    p.save();
    p.translate(body.left(), area.center().y());
    p.rotate(-90);
    p.setPen(s.muted);
    p.drawText(QRectF(-area.height() / 2, 0, area.height(), lfm.height()), Qt::AlignCenter, c.yLabel);
    p.restore();
    if (!c.xLabel.isEmpty()) {
        p.setPen(s.muted);
        p.drawText(QRectF(area.left(), area.bottom() + catLabelH, area.width(), xLabelH), Qt::AlignCenter, c.xLabel);
    }

    const int nCat = std::max<int>(1, c.categories.size());
    const double slot = area.width() / nCat;
    const int nSeries = std::max<int>(1, static_cast<int>(c.series.size()));
    for (int k = 0; k < c.categories.size(); ++k) {
        const double x0 = area.left() + k * slot;
        p.setPen(s.text);
        p.setFont(labelFont);
        p.drawText(QRectF(x0, area.bottom() + 2 * u, slot, lfm.height()), Qt::AlignHCenter | Qt::AlignTop,
                   lfm.elidedText(c.categories[k], Qt::ElideRight, slot));
        const double groupW = slot * 0.8;
        const double gx = x0 + (slot - groupW) / 2;
        if (c.kind == StatChart::Kind::StackedBars) {
            double base = 0;
            for (const StatChart::Series &series : c.series) {
                const double v = k < static_cast<int>(series.values.size()) ? series.values[k] : 0.0;
                if (v <= 0)
                    continue;
                p.fillRect(QRectF(QPointF(gx, yOf(base + v)), QPointF(gx + groupW, yOf(base))), seriesColour(series.colourKey));
                base += v;
            }
            if (base > 0) {
                p.setFont(valueFont);
                p.setPen(s.text);
                p.drawText(QRectF(x0, yOf(base) - vfm.height(), slot, vfm.height()), Qt::AlignCenter, numberText(base));
            }
            continue;
        }
        const double barW = groupW / nSeries;
        for (int j = 0; j < static_cast<int>(c.series.size()); ++j) {
            const StatChart::Series &series = c.series[j];
            const QColor colour = seriesColour(series.colourKey);
            const double bx = gx + j * barW;
            if (!boxes) {
                const double v = k < static_cast<int>(series.values.size()) ? series.values[k] : 0.0;
                if (v > 0)
                    p.fillRect(QRectF(QPointF(bx + barW * 0.06, yOf(v)), QPointF(bx + barW * 0.94, yOf(0))), colour);
                const QString t = numberText(v);
                if (vfm.horizontalAdvance(t) <= barW) {
                    p.setFont(valueFont);
                    p.setPen(s.text);
                    p.drawText(QRectF(bx, yOf(v) - vfm.height(), barW, vfm.height()), Qt::AlignCenter, t);
                }
                continue;
            }
            const BoxSummary b = k < static_cast<int>(series.boxes.size()) ? series.boxes[k] : BoxSummary{};
            const double cx = bx + barW / 2;
            p.setFont(valueFont);
            p.setPen(s.muted);
            if (vfm.horizontalAdvance(QStringLiteral("n=%1").arg(b.n)) <= barW * 1.1)
                p.drawText(QRectF(bx - barW * 0.05, area.bottom() + 2 * u + lfm.height(), barW * 1.1, vfm.height()), Qt::AlignCenter,
                           QStringLiteral("n=%1").arg(b.n));
            if (!b.n)
                continue;
            const QPen whisker(colour.darker(130), std::max(1.0, 1.5 * u));
            p.setPen(whisker);
            p.drawLine(QPointF(cx, yOf(b.min)), QPointF(cx, yOf(b.q1)));
            p.drawLine(QPointF(cx, yOf(b.q3)), QPointF(cx, yOf(b.max)));
            p.drawLine(QPointF(cx - barW * 0.2, yOf(b.min)), QPointF(cx + barW * 0.2, yOf(b.min)));
            p.drawLine(QPointF(cx - barW * 0.2, yOf(b.max)), QPointF(cx + barW * 0.2, yOf(b.max)));
            const QRectF box(QPointF(bx + barW * 0.15, yOf(b.q3)), QPointF(bx + barW * 0.85, yOf(b.q1)));
            p.fillRect(box, colour);
            p.drawRect(box);
            p.setPen(QPen(s.text, std::max(1.0, 2 * u)));
            p.drawLine(QPointF(box.left(), yOf(b.median)), QPointF(box.right(), yOf(b.median)));
        }
    }
    p.setPen(QPen(s.muted, std::max(1.0, u)));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    if (c.isEmpty()) {
        p.setFont(labelFont);
        p.setPen(s.muted);
        p.drawText(area, Qt::AlignCenter, QStringLiteral("no flights in this period"));
    }
    p.restore();
}

QByteArray ChartPainter::png(const StatChart &chart, QSize size, const Style &style)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(style.background);
    {
        QPainter p(&image);
        paint(p, QRectF(QPointF(0, 0), QSizeF(size)), chart, style);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray ChartPainter::svg(const StatChart &chart, QSize size, const Style &style)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(chart.title);
    svg.setDescription(QStringLiteral("Made with Trilink %1. %2").arg(QStringLiteral(TRILINK_VERSION), chart.note));
    svg.setResolution(96);
    QPainter p;
    if (!p.begin(&svg))
        return {};
    paint(p, QRectF(QPointF(0, 0), QSizeF(size)), chart, style);
    p.end();
    return bytes;
}

} // namespace trilink::maps
