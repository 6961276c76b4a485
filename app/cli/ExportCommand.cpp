// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/ExportCommand.h"

#include "app/cli/CommandLine.h"
#include "maps/BaseMap.h"
#include "maps/DataPaths.h"
#include "maps/TrackOverlay.h"
#include "maps/export/PictureWriter.h"
#include "maps/scene/PictureRequest.h"
#include "maps/scene/SceneSettings.h"
#include "core/ParallelFor.h"

#include <QTextStream>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace trilink::cli {

int runExport(const QStringList &arguments)
{
    QTextStream err(stderr);
    QString error, help;
    const auto request = maps::parsePictureRequest(arguments, error, &help);
    if (!help.isEmpty()) {
        QTextStream(stdout) << help;
        return kExitOk;
    }
    if (!request) {
        err << "trilink export: " << error << "\n";
        return kExitUsage;
    }
    const maps::Scene &scene = request->scene;

    // While the tracks load, a worker reads the base map and, when the view does not follow a launch, projects
    // it and draws its geography for that view (for a PNG): for an export of many tracks, the two halves of the work side
    // by side. The render takes that geography only if the view with the tracks is the same (the layer
    // cache's key decides), else draws its own. Both on threads of Qt's pool, where its raster engine does not
    // hand each fill to other threads (runOnPool).
    maps::BaseLayerCache layers;
    struct Base {
        maps::BaseMapReadResult read;
        std::unique_ptr<maps::ProjectedBaseMapCache> cache;
    };
    const bool png = request->format == maps::PictureFormat::Png;
    QFuture<Base> early = QtConcurrent::run([&scene, &layers, png] {
        Base b{maps::readBaseMap(maps::baseMapPath()), nullptr};
        if (!b.read.data)
            return b;
        b.cache = std::make_unique<maps::ProjectedBaseMapCache>(b.read.data);
        QString ignored;
        if (const auto view = png && scene.launch.isEmpty() ? maps::sceneSettings(scene, nullptr, nullptr, ignored) : std::nullopt)
            if (const auto projected = b.cache->get(view->projection))
                layers.prepareGeography(*view, *projected);
        return b;
    });

    // The scenario: the bundled catalogue and any track files, as the viewer shows them.
    Scenario scenario;
    maps::TrackOverlay::Ptr overlay;
    if (scene.tracks) {
        if (const int rc = CommandErrors{"export"}.loadScenario(scene.files, scenario); rc != kExitOk)
            return rc;
        // A picture with coverage off draws no fan: none is computed.
        const auto fans = scene.layers.coveragePartners ? maps::CoverageFans::Built : maps::CoverageFans::Skipped;
        overlay = maps::buildTrackOverlay(scenario, scene.coverageAltKm * 1000.0, nullptr, fans);
    }
    const auto settings = maps::sceneSettings(scene, scene.tracks ? &scenario : nullptr, overlay, error);
    if (!settings) {
        err << "trilink export: " << error << "\n";
        return kExitUsage;
    }

    const Base base = early.takeResult();
    if (!base.read.data) {
        err << "trilink export: " << base.read.error << "\n";
        return kExitFailure;
    }
    // Rendered into memory first, then written atomically: a failed export never leaves half a file.
    const QByteArray bytes = runOnPool([&] { return maps::renderPicture(*settings, *base.cache, request->format, error, nullptr, &layers); });
    if (bytes.isEmpty() || !maps::writeFileAtomically(request->outPath, bytes, error)) {
        err << "trilink export: " << error << "\n";
        return kExitFailure;
    }
    QTextStream(stdout) << "wrote " << request->outPath << " (" << maps::pictureFormatName(request->format) << " "
                        << settings->size.width() << "x" << settings->size.height() << ", " << settings->projection.title() << ")\n";
    return kExitOk;
}

} // namespace trilink::cli
