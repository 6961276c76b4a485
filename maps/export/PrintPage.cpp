// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/export/PrintPage.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStringList>

namespace trilink::maps::print {

QFont font(double points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QString wrapAtSpaces(const QString &text, const QFontMetricsF &fm, double width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        QString line;
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            const QString longer = line.isEmpty() ? word : line + u' ' + word;
            if (!line.isEmpty() && fm.horizontalAdvance(longer) > width) {
                lines << line;
                line = word;
            } else {
                line = longer;
            }
        }
        lines << line;
    }
    return lines.join(u'\n');
}

double textBlock(QPainter *p, const QPaintDevice *device, const QFont &f, const QColor &colour, double left, double top, double width,
                 const QString &text, int flags)
{
    const QFontMetricsF fm(f, device);
    const QString wrapped = wrapAtSpaces(text, fm, width);
    const int align = (flags & Qt::AlignHorizontal_Mask) ? flags : flags | Qt::AlignLeft;
    const QRectF r = fm.boundingRect(QRectF(0, 0, width, 1e6), align | Qt::TextWordWrap, wrapped);
    if (p) {
        p->setFont(f);
        p->setPen(colour);
        p->drawText(QRectF(left, top, width, r.height() + pt(1)), align | Qt::TextWordWrap, wrapped);
    }
    return r.height();
}

double banner(QPainter &p, const QRectF &body, double top, const QString &text)
{
    if (text.isEmpty())
        return 0;
    const QRectF band(body.left(), top, body.width(), pt(13));
    p.fillRect(band, bannerGreen());
    p.setFont(font(7.5, true));
    p.setPen(Qt::white);
    p.drawText(band, Qt::AlignCenter, text);
    return band.height();
}

double footer(QPainter &p, const QPaintDevice *device, const QRectF &body, double bottom, const QString &left, int page, int pages)
{
    const QFont small = font(6.3);
    const QFontMetricsF fs(small, device);
    p.setFont(small);
    p.setPen(muted());
    const QRectF line(body.left(), bottom - fs.height(), body.width(), fs.height());
    const QString right = QStringLiteral("Page %1 of %2").arg(page).arg(pages);
    p.drawText(QRectF(line.left(), line.top(), line.width() - fs.horizontalAdvance(right) - pt(8), line.height()),
               Qt::AlignLeft | Qt::AlignVCenter, fs.elidedText(left, Qt::ElideRight, line.width() - fs.horizontalAdvance(right) - pt(8)));
    p.drawText(line, Qt::AlignRight | Qt::AlignVCenter, right);
    return line.top();
}

} // namespace trilink::maps::print
