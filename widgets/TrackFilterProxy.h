// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/TrackFilter.h"

#include <QSortFilterProxyModel>

namespace trilink::widgets {

class TrackListModel;

// The track list's sort and filter: tracks by TrackFilter (year, class, missile, outcome, site, held-by in
// the current view, text); an event row shows while any of its missiles does, with only those. Sorted by
// the model's raw Qt::UserRole values. Threads: GUI thread only.
class TrackFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TrackFilterProxy(TrackListModel *model, QObject *parent = nullptr);

    void setFilter(const TrackFilter &filter);
    const TrackFilter &filter() const { return m_filter; }
    // Tracks the filter lets through, and how many.
    int acceptedTracks() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    TrackListModel *m_model;
    TrackFilter m_filter;
};

} // namespace trilink::widgets
