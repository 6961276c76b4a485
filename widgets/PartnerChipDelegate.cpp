// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "widgets/PartnerChipDelegate.h"

#include "maps/PartnerStyle.h"
#include "widgets/TrackListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <bit>
#include <cmath>

namespace trilink::widgets {
namespace {
// Dark enough on all three Okabe-Ito colours for WCAG AA contrast at chip size.
const QColor kChipText(0x10, 0x16, 0x1d);
constexpr double kPadX = 5, kGap = 3, kMarginX = 4, kOutline = 1; // tight: the list must leave the window to the map

PartnerMask slotsOf(const QModelIndex &index)
{
    const QVariant v = index.data(TrackListModel::ChipSlotsRole);
    return v.isValid() ? static_cast<PartnerMask>(v.toInt()) : PartnerMask(0b111);
}
} // namespace

PartnerChipDelegate::PartnerChipDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void PartnerChipDelegate::setFontScale(double scale)
{
    m_fontScale = std::clamp(scale, 0.5, 4.0);
}

QFont PartnerChipDelegate::chipFont(const QFont &base) const
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(std::max(6.0, f.pointSizeF() * 0.85));
    else
        f.setPixelSize(std::max(8, static_cast<int>(f.pixelSize() * 0.85)));
    f.setBold(true);
    f.setLetterSpacing(QFont::PercentageSpacing, 104);
    return f;
}

std::vector<std::pair<Partner, QRectF>> PartnerChipDelegate::chipRects(const QStyleOptionViewItem &option,
                                                                     PartnerMask slotMask) const
{
    const QFontMetricsF fm(chipFont(option.font));
    // Every chip as wide as the widest code, so the three line up from row to row.
    double textW = 0;
    for (Partner p : kAllPartners)
        textW = std::max(textW, fm.horizontalAdvance(partnerCode(p)));
    const double w = textW + 2 * scaled(kPadX), h = std::min<double>(fm.height() + scaled(4), option.rect.height() - 2);
    const double y = option.rect.top() + (option.rect.height() - h) / 2.0;
    double x = option.rect.left() + scaled(kMarginX);
    std::vector<std::pair<Partner, QRectF>> rects;
    for (Partner p : kAllPartners) {
        if (!(slotMask & partnerBit(p)))
            continue;
        rects.emplace_back(p, QRectF(x, y, w, h));
        x += w + scaled(kGap);
    }
    return rects;
}

void PartnerChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Background, selection and focus as the style draws them for any cell, but no text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const PartnerMask held = static_cast<PartnerMask>(index.data(Qt::UserRole).toInt());
    const PartnerMask slotMask = slotsOf(index);
    const QColor faint = [&] {
        QColor c = option.palette.color(QPalette::Text);
        c.setAlphaF(0.28f);
        return c;
    }();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(chipFont(option.font));
    for (const auto &[p, rect] : chipRects(option, slotMask)) {
        const double radius = rect.height() / 2.0;
        if (held & partnerBit(p)) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(maps::partnerColor(p));
            painter->drawRoundedRect(rect, radius, radius);
            painter->setPen(kChipText);
        } else {
            const double inset = scaled(kOutline) / 2.0;
            painter->setPen(QPen(faint, scaled(kOutline)));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), radius, radius);
        }
        painter->drawText(rect, Qt::AlignCenter, partnerCode(p));
    }
    painter->restore();
}

QSize PartnerChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetricsF fm(chipFont(option.font));
    double textW = 0;
    for (Partner p : kAllPartners)
        textW = std::max(textW, fm.horizontalAdvance(partnerCode(p)));
    const int chips = std::max(1, std::popcount(slotsOf(index)));
    const double w = chips * (textW + 2 * scaled(kPadX)) + (chips - 1) * scaled(kGap) + 2 * scaled(kMarginX);
    return {static_cast<int>(std::ceil(w)), static_cast<int>(std::ceil(fm.height() + scaled(10)))};
}

} // namespace trilink::widgets
