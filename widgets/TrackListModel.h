// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"
#include "core/Units.h"

#include <QAbstractItemModel>

#include <utility>
#include <vector>

namespace trilink::widgets {

// The tracks of a scenario as a tree, as seen from one view (combined or a single partner): one top-level
// row per launch event (core/TrackGroups: one site on one UTC day), in launch order; an event of several
// missiles (a salvo) is a row of its own whose children are its missiles, an event of one missile is that
// missile's row. Qt::DisplayRole is the text a person reads; Qt::UserRole is the raw value to sort by
// (numbers for the numeric columns, launch in ms since the epoch, the held-by partner mask);
// Qt::ToolTipRole gives the launch in one line (missile, id, when, where, range, apogee, flight in the
// user's units), each partner's first detection and held share, and the sources of the figures. An event row sums up its missiles:
// their names, the first launch, the span of apogees and ranges, the longest flight, every partner that
// held one of them.
//
// Held by: in the combined view every partner whose sensors held the track; as partner P only P, because
// that is all P's own sensors contribute (what reaches P over the links is the Gain column's business).
// Gain: what P's picture gains from sharing (SharingModel::gain); "—" in the combined view, where there is
// no "alone" to compare with. Threads: GUI thread only.
class TrackListModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Track, Missile, Launch, Apogee, Range, Flight, HeldBy, Origin, Gain, ColumnCount };
    // The partners whose chips the held-by column has room for (a PartnerMask): all three combined, only
    // the viewer in a partner's view. The chip delegate draws a slot for each.
    static constexpr int ChipSlotsRole = Qt::UserRole + 1;
    static constexpr int TrackIdRole = Qt::UserRole + 2; // the track's id; empty on an event's own row
    static constexpr int EventRole = Qt::UserRole + 3;   // the event the row belongs to

    explicit TrackListModel(QObject *parent = nullptr);

    void setScenario(Scenario::Ptr scenario);
    Scenario::Ptr scenario() const { return m_scenario; }
    void setViewAs(ViewAs viewAs);
    ViewAs viewAs() const { return m_viewAs; }
    // The apogee and range columns (and the tooltips) in these units (View → Units).
    void setUnits(const UnitSystem &units);
    // A column's key as the settings keep it ("missile", "held-by", ...), and back (-1: unknown).
    static QString columnKey(int column);
    static int columnForKey(const QString &key);

    // The row of a track (column `column`), invalid when no track has that id.
    QModelIndex indexForId(const QString &id, int column = 0) const;
    // The track a row shows; null on an event's own row.
    const ScenarioTrack *trackAt(const QModelIndex &index) const;
    QString idAt(const QModelIndex &index) const; // empty on an event's own row
    // Every track of the row: the event's missiles, or the one track.
    QStringList trackIdsAt(const QModelIndex &index) const;
    // The partners shown as holding the row's track (or any of the event's) in the current view.
    PartnerMask heldBy(const QModelIndex &index) const;
    int trackCount() const { return m_scenario ? static_cast<int>(m_scenario->tracks.size()) : 0; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "2017-11-28 18:17Z": the launch column's format, for tests and tips. The flight column is
    // text::durationClock ("53:00"), the gain column text::sharingGain ("26 s earlier · +21 %").
    static QString launchText(std::int64_t launchMsUtc);

private:
    struct Event {
        QString key;
        std::vector<int> tracks; // indices into the scenario's tracks, in launch order
    };
    bool isEventRow(const QModelIndex &index) const;
    // Every row's `roles` changed (events and their missiles), without a reset that would lose the selection.
    void allChanged(const QList<int> &roles);
    QVariant display(const ScenarioTrack &t, int column) const;
    QVariant sortValue(const ScenarioTrack &t, int column) const;
    QVariant eventDisplay(const Event &e, int column) const;
    QVariant eventSortValue(const Event &e, int column) const;
    QString toolTip(const ScenarioTrack &t) const;

    Scenario::Ptr m_scenario;
    ViewAs m_viewAs;
    UnitSystem m_units;
    std::vector<Event> m_events;
    std::vector<std::pair<int, int>> m_place; // per track: its event and its child row (-1: the event's row)
};

} // namespace trilink::widgets
