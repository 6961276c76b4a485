// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"
#include "core/Selection.h"
#include "core/TrackFilter.h"
#include "core/TrackGroups.h"
#include "core/Units.h"

#include <QFont>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;

namespace trilink::widgets {

class PartnerChipDelegate;
class TrackFilterProxy;
class TrackListModel;

// The track list dock's content: filters (text: id, alias, missile, site, event, any case; year, class,
// missile, outcome, launch site and held-by in the current view: one TrackFilter) and a sortable tree of
// the tracks grouped by launch event (TrackListModel through TrackFilterProxy; launch ascending at first):
// a salvo is a row that expands to its missiles. Picking an event's row selects its first missile; a double
// click on it, or the context menu on any row, asks to play the event, its day in Korea or its year as one
// (playRequested); the count says how many tracks the filters show and how many missiles of the record
// have no track.
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
    void setUnits(const UnitSystem &units);

    // The columns the user hid (TrackListModel::columnKey names), through the header's context menu; by
    // default what a briefer reads is shown (missile, launch, range, held by, and the sharing gain in a
    // partner's view) and the rest hidden (track id, apogee, flight time, origin). The gain column only
    // ever shows in a partner's view. At least one column stays.
    QStringList hiddenColumns() const;
    void setHiddenColumns(const QStringList &keys);
    static QStringList defaultHiddenColumns();

    // Show only tracks held by this partner in the current view; nothing: every track.
    void setPartnerFilter(std::optional<Partner> partner);
    // Every filter at once (the statistics view asks for "the SRBMs of 2022"); the controls follow.
    void setFilter(const TrackFilter &filter);
    const TrackFilter &filter() const;

    TrackListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const;
    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QComboBox *partnerFilter() const { return m_partnerCombo; }
    QComboBox *yearFilter() const { return m_yearCombo; }
    QComboBox *classFilter() const { return m_classCombo; }
    QComboBox *missileFilter() const { return m_missileCombo; }
    QComboBox *outcomeFilter() const { return m_outcomeCombo; }
    QComboBox *siteFilter() const { return m_siteCombo; }
    // The proxy row of a track (column 0), invalid when the filters hide it.
    QModelIndex viewIndexForId(const QString &id) const;

signals:
    void trackSelected(const QString &id);
    // The filters changed (the window fades what they leave out on the map).
    void filterChanged(const trilink::TrackFilter &filter);
    // Play several missiles as one: the event, the Korean day or the year of `key`.
    void playRequested(trilink::TrackGroup::Kind kind, const QString &key);
    // The user showed or hid a column (the window keeps hiddenColumns() in its settings).
    void columnsChanged(const QStringList &hidden);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The missile column takes the width the others leave, but never less than twelve characters (then
    // the table scrolls sideways instead of squeezing it to nothing). QHeaderView::Stretch cannot do this:
    // with no width left over it falls back to the longest name, however long.
    void fitMissileColumn();
    void onSelectionChanged();
    // Shows m_selectedId as the table's selection (if its row is visible) without emitting.
    void syncSelection(bool scroll);
    void updateCount();
    void fillFilterChoices();
    // The filter the controls say, applied.
    void applyControls();
    void showContextMenu(const QPoint &pos);
    void showHeaderMenu(const QPoint &pos);
    // Hides what the user hid (and the gain outside a partner's view); the tree's branches go in the
    // first column shown.
    void applyColumns();

    TrackListModel *m_model = nullptr;
    TrackFilterProxy *m_proxy = nullptr;
    PartnerChipDelegate *m_chips = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_partnerCombo = nullptr;
    QComboBox *m_yearCombo = nullptr;
    QComboBox *m_classCombo = nullptr;
    QComboBox *m_missileCombo = nullptr;
    QComboBox *m_outcomeCombo = nullptr;
    QComboBox *m_siteCombo = nullptr;
    bool m_applying = false; // set while setFilter() moves the controls
    QLabel *m_count = nullptr;
    QString m_selectedId;
    bool m_syncing = false;    // set while the panel itself changes the selection
    bool m_fitPending = false; // a fitMissileColumn() is queued
    QSet<int> m_hidden; // columns the user hid
    QFont m_baseFont;
    double m_fontScale = 1.0;
};

} // namespace trilink::widgets
