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

#include <QTextStream>

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

    // The scenario: the bundled catalogue and any track files, as the viewer shows them.
    Scenario scenario;
    maps::TrackOverlay::Ptr overlay;
    if (scene.tracks) {
        if (const int rc = CommandErrors{"export"}.loadScenario(scene.files, scenario); rc != kExitOk)
            return rc;
        overlay = maps::buildTrackOverlay(scenario, scene.coverageAltKm * 1000.0);
    }
    const auto settings = maps::sceneSettings(scene, scene.tracks ? &scenario : nullptr, overlay, error);
    if (!settings) {
        err << "trilink export: " << error << "\n";
        return kExitUsage;
    }

    const auto base = maps::readBaseMap(maps::baseMapPath());
    if (!base.data) {
        err << "trilink export: " << base.error << "\n";
        return kExitFailure;
    }
    maps::ProjectedBaseMapCache cache(base.data);
    // Rendered into memory first, then written atomically: a failed export never leaves half a file.
    const QByteArray bytes = maps::renderPicture(*settings, cache, request->format, error);
    if (bytes.isEmpty() || !maps::writeFileAtomically(request->outPath, bytes, error)) {
        err << "trilink export: " << error << "\n";
        return kExitFailure;
    }
    QTextStream(stdout) << "wrote " << request->outPath << " (" << maps::pictureFormatName(request->format) << " "
                        << settings->size.width() << "x" << settings->size.height() << ", " << settings->projection.title() << ")\n";
    return kExitOk;
}

} // namespace trilink::cli
