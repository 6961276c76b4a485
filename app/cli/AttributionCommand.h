// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Partner.h"
#include "core/SharingSettings.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace trilink {
struct AttributionResult;
struct Trajectory;
class VisibilityModel;
} // namespace trilink

namespace trilink::cli {

// trilink attribution [--launch ID] [--view-as combined|USA|KOR|JPN] [--json]
// Which partner's sensors see each bundled catalogue track, and what the shared picture adds. `arguments`
// starts with "attribution". FILE: a scenario file or track files instead of the catalogue. Headless.
int runAttribution(const QStringList &arguments);

// The attribution of one trajectory as JSON, so `simulate --attribution` can print the same object:
//   {"partners": {"USA": {"first_detection_s", "last_detection_s", "held_fraction", "sensors": [...],
//                         "custody": [[start, end], ...]}, ...},   // partners that never see it are absent
//    "partner_set": ["USA", ...], "combined": {...common platform picture...},
//    "sharing_gain": {"KOR": {"first_detection_earlier_s": s or null, "held_fraction_gain": f,
//                             "seen_alone": bool}, ...},
//    "events": [{"t_s": s, "event": "first detected by KOR"}, ...], "view_as": "combined"|"USA"|...}
// viewAs empty = combined (every partner, plus the common-platform picture); a partner = its own sensors
// alone (only that partner under "partners" and "sharing_gain").
QJsonObject attributionJson(const Trajectory &trajectory, const VisibilityModel &model,
                            const SharingSettings &settings = {}, std::optional<Partner> viewAs = std::nullopt);

QJsonObject attributionJson(const AttributionResult &result, const SharingSettings &settings = {},
                            std::optional<Partner> viewAs = std::nullopt);

// The same as a table for people: per partner first and last detection, share of the flight held and the
// sensors; the common platform's picture; the sharing gain and the attribution events.
QString attributionText(const AttributionResult &result, const SharingSettings &settings = {},
                        std::optional<Partner> viewAs = std::nullopt);

} // namespace trilink::cli
