// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/TrackOverlay.h"
#include "maps/layers/MapLayer.h"

#include <optional>
#include <utility>
#include <vector>

namespace trilink::maps {

// The tracks, coloured by who held them (parallel stripes, one per partner, over a dark casing), with their
// launch and impact symbols, the current position and a label: the selected track on top, the others
// dimmed (faded when there are more than MapStyle::crowdedTracks); with an emphasised set (the group being
// played, the list's filters), the tracks outside it faded to a thin grey line under the rest. Moving: it follows the time, the selection, the
// emphasis, the trail and the view-as.
//
// In two parts: every track's lines first (the stripes, casings, grey and dashed paths), then every track's
// marks over all the lines (launch and impact symbols, the current position and its label), so no track's
// symbols are buried under another's stripes, and the lines alone can be kept and moved while the viewer
// pans (BaseLayerCache::drawTracks).
class TrackLayer : public MapLayer {
public:
    enum class Part { Lines, Marks };
    explicit TrackLayer(Part part)
        : m_part(part)
    {
    }
    void draw(LayerContext &context) const override;

    // The samples [first, last] of a track the layer draws at the settings' time, nullopt when it draws none:
    // a playback shows what is happening, so a track not launched yet, or down more than ten minutes ago,
    // is off the map unless selected (the selected one shows its whole predicted path before launch). A
    // trail starts the flown part later; the part still to fly is drawn too, dashed.
    static std::optional<std::pair<int, int>> drawnSamples(const TrackOverlay::Track &track, const MapSettings &settings, bool selected);

    // Pixel polylines of one track's samples [first, last], split where the projection breaks, simplified to
    // a quarter of a pixel (samples under a pixel apart are never projected), each piece a run of one partner mask (as seen in the view).
    struct Run {
        PartnerMask mask = 0;
        QPolygonF pixels;
    };
    static std::vector<Run> runs(const LayerContext &context, const TrackOverlay::Track &track, int first, int last);
    // The same through another projection of the same spec (one per thread: a Projection is one thread's).
    static std::vector<Run> runs(const LayerContext &context, const Projection &projection, const TrackOverlay::Track &track, int first, int last);

    // The boxes of a track's launch triangle and impact cross (with the ring of a predicted impact), where
    // they project: the space the still pass keeps free of labels for them (TrackEndSpaceLayer).
    static std::vector<QRectF> endBoxes(const LayerContext &context, const TrackOverlay::Track &track, bool selected);
    // How a track is drawn among many: in full, dimmed (another is selected), or faded to a thin line (it is
    // outside the emphasised set).
    enum class Weight { Full, Dimmed, Faded };
    // Whether many tracks' lines are drawn in two bands of rows at once (on; the same pixels as one painter).
    // Off draws them with the one painter: for comparing the two (tests, benches). Process-wide.
    static void setDrawInBands(bool on);

private:
    struct Flown {
        bool done = false;
        std::vector<Run> runs;
    };
    // Per track of the overlay, the runs of its flown part worked out ahead (empty for a few tracks).
    static std::vector<Flown> flownRuns(const LayerContext &context);
    // Each track in its order (faded, then the others, the selected on top) with `drawOne`.
    template <typename DrawOne>
    static void forEachTrack(LayerContext &context, DrawOne drawOne);
    static void drawLines(LayerContext &context, const TrackOverlay::Track &track, bool selected, Weight weight, const std::vector<Run> *flown);
    static void drawMarks(LayerContext &context, const TrackOverlay::Track &track, bool selected);
    static void drawFaded(LayerContext &context, const TrackOverlay::Track &track, const std::vector<Run> *flown);

    const Part m_part;
};

} // namespace trilink::maps
