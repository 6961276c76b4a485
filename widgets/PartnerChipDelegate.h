// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Partner.h"

#include <QStyledItemDelegate>

#include <utility>
#include <vector>

namespace trilink::widgets {

// Paints a held-by cell as small rounded chips "USA" "KOR" "JPN" in the shared partner colours
// (maps::partnerColor) with dark text; a partner with a slot but no custody is a faint outlined chip, so
// the columns line up and an absence reads as an absence. The held mask comes from Qt::UserRole, the slots
// from TrackListModel::ChipSlotsRole (all three when the model says nothing). Chip text follows the view's
// font; setFontScale scales padding, radius and outline so the chips keep their shape at briefing sizes.
// Threads: GUI thread only.
class PartnerChipDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit PartnerChipDelegate(QObject *parent = nullptr);

    void setFontScale(double scale);
    double fontScale() const { return m_fontScale; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Room for a chip per slot whatever the row holds: three in the combined view, so the column does not
    // jump from row to row, one in a partner's view, so the column gives the missile names room.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The chip rectangles inside a cell, one per slot in kAllPartners order (for painting and tests).
    std::vector<std::pair<Partner, QRectF>> chipRects(const QStyleOptionViewItem &option, PartnerMask slotMask) const;

private:
    QFont chipFont(const QFont &base) const;
    double scaled(double px) const { return px * m_fontScale; }

    double m_fontScale = 1.0;
};

} // namespace trilink::widgets
