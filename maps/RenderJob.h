// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/MapRenderer.h"
#include "maps/MapSettings.h"
#include "maps/ProjectedBaseMap.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace trilink::maps {

// Renders map pictures on a worker thread, one job in flight: a request made while a job runs cancels it
// when its still part (MapStill) differs, else lets it finish; only the latest request is drawn next.
//
// Threads: construct, request() and receive rendered() on one thread (the GUI thread); the drawing runs on
// Qt's global thread pool from a copy of the settings and the shared immutable base map, never touching
// this object.
class RenderJob : public QObject {
    Q_OBJECT
public:
    explicit RenderJob(std::shared_ptr<ProjectedBaseMapCache> cache, QObject *parent = nullptr);
    ~RenderJob() override;

    void request(const MapSettings &settings);
    bool isBusy() const { return m_running.has_value(); }

signals:
    void rendered(const QImage &image, const trilink::maps::MapSettings &settings);

private:
    void start(const MapSettings &settings);
    void onFinished();

    std::shared_ptr<ProjectedBaseMapCache> m_cache;
    std::shared_ptr<BaseLayerCache> m_layers; // the geography of the last view, reused while only the scenario moves
    QFutureWatcher<QImage> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<MapSettings> m_running;
    std::optional<MapSettings> m_pending;
};

} // namespace trilink::maps
