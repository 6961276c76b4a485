// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/gui/GroupPlayback.h"

#include <QScopedValueRollback>

namespace trilink::app {

GroupPlayback::GroupPlayback(PlaybackClock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    connect(m_clock, &PlaybackClock::timeChanged, this, &GroupPlayback::onTime);
}

std::optional<TrackGroup> GroupPlayback::play(const Scenario &scenario, TrackGroup::Kind kind, const QString &key)
{
    std::optional<TrackGroup> g = trackgroups::find(scenario, kind, key);
    if (!g || g->spans.empty())
        return std::nullopt;
    m_group = g;
    m_ids = std::make_shared<QSet<QString>>(g->trackIds.begin(), g->trackIds.end());
    m_clock->setRange(g->spans.front().first, g->spans.back().second);
    m_clock->seek(g->spans.front().first);
    emit changed();
    return g;
}

void GroupPlayback::stop()
{
    if (!m_group)
        return;
    m_group.reset();
    emit changed();
}

void GroupPlayback::onTime(double timeMs)
{
    if (!m_group || m_folding)
        return;
    const double folded = foldIntoSpans(m_group->spans, timeMs, !m_clock->isReversed(), m_clock->loops());
    if (folded != timeMs) {
        QScopedValueRollback guard(m_folding, true);
        m_clock->seek(folded);
    }
}

} // namespace trilink::app
