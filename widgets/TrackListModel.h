// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"

#include <QAbstractTableModel>

namespace trilink::widgets {

// One row per track of a scenario, in the scenario's (launch) order, as seen from one view: combined or a
// single partner. Qt::DisplayRole is the text a person reads; Qt::UserRole is the raw value to sort and
// filter by (numbers for the numeric columns, launch in ms since the epoch, the held-by partner mask);
// Qt::ToolTipRole gives each partner's first detection and held share.
//
// Held by: in the combined view every partner whose sensors held the track; as partner P only P, because
// that is all P's own sensors contribute (what reaches P over the links is the Gain column's business).
// Gain: what P's picture gains from sharing (SharingModel::gain); "—" in the combined view, where there is
// no "alone" to compare with. Threads: GUI thread only.
class TrackListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Track, Missile, Launch, Apogee, Range, Flight, HeldBy, Origin, Gain, ColumnCount };
    // The partners whose chips the held-by column has room for (a PartnerMask): all three combined, only
    // the viewer in a partner's view. The chip delegate draws a slot for each.
    static constexpr int ChipSlotsRole = Qt::UserRole + 1;

    explicit TrackListModel(QObject *parent = nullptr);

    void setScenario(Scenario::Ptr scenario);
    Scenario::Ptr scenario() const { return m_scenario; }
    void setViewAs(ViewAs viewAs);
    ViewAs viewAs() const { return m_viewAs; }

    // -1 when no track has that id.
    int rowForId(const QString &id) const;
    // Empty when the row is out of range.
    QString idAt(int row) const;
    // The partners shown as holding the track in the current view.
    PartnerMask heldBy(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "2017-11-28 18:17Z": the launch column's format, for tests and tips. The flight column is
    // text::durationClock ("53:00"), the gain column text::sharingGain ("26 s earlier · +21 %").
    static QString launchText(std::int64_t launchMsUtc);

private:
    QVariant display(const ScenarioTrack &t, int column) const;
    QVariant sortValue(const ScenarioTrack &t, int column) const;
    QString toolTip(const ScenarioTrack &t) const;

    Scenario::Ptr m_scenario;
    ViewAs m_viewAs;
};

} // namespace trilink::widgets
