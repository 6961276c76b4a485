// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"
#include "core/SharingSettings.h"
#include "core/Units.h"

#include <QString>

#include <vector>

namespace trilink {

// What the inspector says about one track, as sections of field/value rows in the user's units and
// coordinates: the track (missile, class, event, launch in UTC and Korea/Japan time, site, origin,
// outcome), the flight (the modelled apogee, range, flight time and maximum speed, each beside the figure the
// public record reported, with its source), custody (each partner alone, the common platform and each
// partner's sharing gain), every event in time order (the flight's and the attribution's) and the sources.
// Plain text: the widget shows it as it is, so a name from a file cannot become markup.
struct DetailRow {
    QString field;
    QString value;
};
struct DetailSection {
    QString title;
    std::vector<DetailRow> rows;
};

struct DetailOptions {
    UnitSystem units;
    CoordinateFormat coordinates = CoordinateFormat::Degrees;
};

std::vector<DetailSection> trackDetails(const ScenarioTrack &track, const SharingSettings &sharing, const DetailOptions &options = {});

// "Burnout", "Apogee", "Enters Japan's EEZ (approx.)": an event's kind as a reader says it.
QString trajectoryEventTitle(TrajectoryEventKind kind);

} // namespace trilink
