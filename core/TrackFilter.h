// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace trilink {

// Which tracks a view shows: by year, class, missile, outcome, launch site and the partners that held the
// track in the current view, and free text (id, alias, missile, site, event, origin, launch date; any case). An unset field lets
// everything through. A recorded track has no catalogue facts: the catalogue fields filter it out when set.
// A plain value: the track list, the map's fading and the statistics share one.
struct TrackFilter {
    std::optional<int> year;
    QString missileClass; // srbm, ..., unknown
    QString missile;      // the missile's name as the record gives it ("Hwasong-11A (KN-23)")
    std::optional<LaunchOutcome> outcome;
    QString siteKey;      // "sohae"
    PartnerMask heldBy = 0; // the track is held by every one of these partners (in the view's picture)
    QString text;

    bool isEmpty() const;
    bool accepts(const ScenarioTrack &track, ViewAs viewAs = std::nullopt) const;
    bool operator==(const TrackFilter &) const = default;

    // The values each field can take in a scenario, for the filters' menus, most frequent first for
    // missiles and sites, in order for years and classes.
    struct Choices {
        QList<int> years;
        QStringList classes;
        QStringList missiles;
        QList<std::pair<QString, QString>> sites; // key, name
    };
    static Choices choices(const Scenario &scenario);
};

} // namespace trilink

Q_DECLARE_METATYPE(trilink::TrackFilter)
