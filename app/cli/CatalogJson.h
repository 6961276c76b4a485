// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/CatalogFacts.h"
#include "core/Scenario.h"

#include <QJsonObject>

namespace trilink::cli {

// The facts of a catalogue missile as JSON (id, aliases, event, launch, missile, class, site, outcome, each
// reported figure with its text, source and any adjustment, the impact point and its basis, notes and
// sources): what `trilink catalog --json` and `trilink stats --json` print for a track or a row left out.
QJsonObject factsJson(const CatalogFacts &facts);
// A catalogue track: its facts, the modelled figures beside the reported ones, and published or modelled.
QJsonObject catalogTrackJson(const ScenarioTrack &track);

} // namespace trilink::cli
