// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"
#include "maps/MapSettings.h"
#include "maps/ProjectedBaseMap.h"
#include "maps/scene/SceneOptions.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace trilink::maps {

enum class BriefPageSize { A4, Letter };

// "a4" or "letter" (any case); nullopt for anything else.
std::optional<BriefPageSize> briefPageSizeFromName(const QString &name);

struct BriefOptions {
    BriefPageSize pageSize = BriefPageSize::A4;
    // What the pages show: whose picture (layers.viewAs: combined or one partner's own sensors alone), the
    // map's theme (layers.theme; the page itself is always black on white) and the banner top and bottom of
    // every page (layers.banner; empty for none). Each page's map is this scene with its own track
    // selected at its instant, fitted as a page (SceneView::Fit::Page), without the fans and the legend.
    Scene scene = SceneCommand::brief().defaults;
};

// One page: a track of the scenario and the instant its map and side view show.
struct BriefItem {
    const ScenarioTrack *track = nullptr; // into the scenario passed to writeBrief
    std::optional<double> timeMs;         // UTC; empty: the end of the flight
};

// The one-page launch brief, one page per item, as PDF bytes: title (missile, date, UTC and KST/JST),
// key figures (apogee, range, flight time, impact area) as reported and as modelled, the map of the track
// in partner colours (vector: MapRenderer draws straight onto the PDF page), the side view
// (SideViewPainter), the partners' attribution and sharing gain, the sources of every figure and the
// releasability banner. Reported figures and sources come from a catalogue track's facts (with the CNS/NTI
// and nk-missile-tests credit); a recorded track cites its file.
// Empty bytes and `error` set on failure. Threads: any thread; the cache is thread-safe.
QByteArray writeBrief(const Scenario &scenario, const std::vector<BriefItem> &items, const BriefOptions &options,
                      ProjectedBaseMapCache &cache, QString &error);

} // namespace trilink::maps
