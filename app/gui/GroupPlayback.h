// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/PlaybackClock.h"
#include "core/Scenario.h"
#include "core/TrackGroups.h"

#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

namespace trilink::app {

// Plays several missiles as one: an event (a salvo), a day as Korea counts it (every missile of "2 November
// 2022") or a year. The clock's range becomes the group's, and whenever it lands in a gap between the
// group's spans (the hours between a day's salvos, the months between a year's events) it moves on to the
// next span, so the group plays back to back (the rule: core foldIntoSpans). The map draws the group's
// tracks in full and the rest faded (emphasised()). Selecting a track outside the group ends it.
//
// Threads: GUI thread (it follows the clock's signals).
class GroupPlayback : public QObject {
    Q_OBJECT
public:
    explicit GroupPlayback(PlaybackClock *clock, QObject *parent = nullptr);

    // Starts playing the group (nothing when the scenario has no such group); returns it.
    std::optional<TrackGroup> play(const Scenario &scenario, TrackGroup::Kind kind, const QString &key);
    void stop();
    const std::optional<TrackGroup> &group() const { return m_group; }
    bool contains(const QString &trackId) const { return m_group && m_ids->contains(trackId); }
    // The group's tracks, for MapMoment::emphasised; null when no group plays.
    std::shared_ptr<const QSet<QString>> emphasised() const { return m_group ? m_ids : nullptr; }

signals:
    void changed(); // a group started or stopped

private:
    void onTime(double timeMs);

    PlaybackClock *m_clock;
    std::optional<TrackGroup> m_group;
    std::shared_ptr<QSet<QString>> m_ids = std::make_shared<QSet<QString>>();
    bool m_folding = false;
};

} // namespace trilink::app
