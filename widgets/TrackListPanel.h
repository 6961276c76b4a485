// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"
#include "core/Selection.h"

#include <QFont>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace trilink::widgets {

class PartnerChipDelegate;
class TrackListModel;

// The track list dock's content: a text filter (id, missile, launch date, origin; any case), a held-by
// filter, and a sortable table of the tracks (TrackListModel through a sort/filter proxy, sorted by the raw
// Qt::UserRole values; launch ascending at first).
//
// Selection contract: trackSelected is emitted only when the user changes the selection (mouse or
// keyboard), with the track's id, or an empty id when the user clears it. selectTrack() and everything the
// panel does to itself (new scenario, view, filter) re-select quietly, so wiring trackSelected to the map
// and the map's selection back to selectTrack() cannot loop. A selected track hidden by a filter stays
// selected (selectedTrack() still names it) and is highlighted again when the filter lets it through.
// Threads: GUI thread only.
class TrackListPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrackListPanel(QWidget *parent = nullptr);
    ~TrackListPanel() override;

    void setScenario(Scenario::Ptr scenario);
    void setViewAs(ViewAs viewAs);
    // Follows the selection's track and view-as from now on, and selects the track the user picks here.
    void setSelection(Selection *selection);
    // Selects and scrolls to the track's row without emitting trackSelected; an unknown or empty id clears
    // the selection.
    void selectTrack(const QString &id);
    QString selectedTrack() const { return m_selectedId; }
    void setFontScale(double scale);

    // Show only tracks held by this partner in the current view; nothing: every track.
    void setPartnerFilter(std::optional<Partner> partner);

    TrackListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QComboBox *partnerFilter() const { return m_partnerCombo; }

signals:
    void trackSelected(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The missile column takes the width the others leave, but never less than fourteen characters (then
    // the table scrolls sideways instead of squeezing it to nothing). QHeaderView::Stretch cannot do this:
    // with no width left over it falls back to the longest name, however long.
    void fitMissileColumn();
    void onSelectionChanged();
    // Shows m_selectedId as the table's selection (if its row is visible) without emitting.
    void syncSelection(bool scroll);
    void updateCount();

    TrackListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    PartnerChipDelegate *m_chips = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_partnerCombo = nullptr;
    QLabel *m_count = nullptr;
    QString m_selectedId;
    bool m_syncing = false;    // set while the panel itself changes the selection
    bool m_fitPending = false; // a fitMissileColumn() is queued
    QFont m_baseFont;
    double m_fontScale = 1.0;
};

} // namespace trilink::widgets
