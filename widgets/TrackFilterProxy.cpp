// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "widgets/TrackFilterProxy.h"

#include "widgets/TrackListModel.h"

namespace trilink::widgets {

TrackFilterProxy::TrackFilterProxy(TrackListModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
    setSortRole(Qt::UserRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // An event row is shown when one of its missiles passes, and then with those missiles only.
    setRecursiveFilteringEnabled(true);
}

void TrackFilterProxy::setFilter(const TrackFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

int TrackFilterProxy::acceptedTracks() const
{
    int n = 0;
    if (const Scenario::Ptr s = m_model->scenario())
        for (const ScenarioTrack &t : s->tracks)
            n += m_filter.accepts(t, m_model->viewAs());
    return n;
}

bool TrackFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const ScenarioTrack *t = m_model->trackAt(m_model->index(sourceRow, 0, sourceParent));
    return t && m_filter.accepts(*t, m_model->viewAs()); // an event's own row: shown through its missiles
}

} // namespace trilink::widgets
