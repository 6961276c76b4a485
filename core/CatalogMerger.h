// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/CatalogScenario.h"
#include "core/CnsLaunchTable.h"
#include "core/LaunchCatalog.h"

namespace trilink {

// Turns the public record into flight plans, one missile at a time, without flying anything:
//  - every row of cns_launches.csv is one missile, id "<event_id>-<series>" ("2022-11-01-wonsan-3");
//  - where launches.csv names the row (cns_event_id/cns_series, as crosscheck.md pairs them), its figures,
//    published flight time, impact point, sources and notes win, and its old id ("2017-11-28-HS15",
//    "2016-09-05-NODONG-b") stays as an alias; its salvo members go to the paired rows that report a range;
//  - otherwise the impact point is derived from the site, nagix's bearing and the range along the WGS84
//    geodesic; the apogee is the reported one, or the minimum-energy arc;
//  - a row without a launch time takes the one cns_adjustments.csv gives (from the row's note), else it is
//    placed 20 s after the missile before it that day;
//  - salvo members reported with the same minute launch kSalvoStepS apart, and members with the same
//    figures fan out by up to kSalvoSpreadDeg per missile (kMaxSalvoFanDeg in all) about the bearing;
//  - a row without the facts for a track (no site, no range, no time) is an exclusion with the reason.
// Deterministic, and cheap (no physics): the plan is what the cache of modelled tracks is keyed by.
class CatalogMerger {
public:
    static constexpr double kSalvoStepS = 20.0;
    static constexpr double kSalvoSpreadDeg = 1.0;
    static constexpr double kMaxSalvoFanDeg = 8.0;

    static CatalogPlan merge(const CnsLaunchTable &cns, const LaunchCatalog &launches,
                             const std::vector<CnsAdjustment> &adjustments);
    // The bundled record (":/catalog/cns_launches.csv", ":/catalog/launches.csv", ":/catalog/cns_adjustments.csv").
    static CatalogPlan builtin();
};

} // namespace trilink
