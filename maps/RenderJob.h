// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/MapRenderer.h"
#include "maps/MapSettings.h"
#include "maps/ProjectedBaseMap.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace trilink::maps {

// Renders map pictures on a worker thread, one job in flight: a request made while a job runs cancels it
// when its still part (MapStill) differs, else lets it finish; only the latest request is drawn next.
// Once no request has come for kIdleMs after a picture, it draws ahead on the same worker what a pan or a
// wheel notch of that picture would need (BaseLayerCache::prepareNeighbours), so that picture costs about
// a pan; any request cancels that work at once (it checks inside every layer) and is drawn next. A
// playing clock or a live feed asks more often than that, so it never draws ahead then.
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
    // A picture is being drawn or waits (drawing ahead does not count).
    bool isBusy() const { return m_running.has_value() && !m_preparing; }
    // Drawing ahead for the last picture delivered.
    bool isDrawingAhead() const { return m_preparing; }
    // How long after a picture with no new request it starts drawing ahead.
    static constexpr int kIdleMs = 150;

signals:
    void rendered(const QImage &image, const trilink::maps::MapSettings &settings);

private:
    void start(const MapSettings &settings);
    void prepare();
    void onFinished();

    std::shared_ptr<ProjectedBaseMapCache> m_cache;
    std::shared_ptr<BaseLayerCache> m_layers; // the geography of the last view, reused while only the scenario moves
    QFutureWatcher<QImage> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<MapSettings> m_running;
    std::optional<MapSettings> m_pending;
    std::optional<MapSettings> m_shown;   // the last picture delivered
    bool m_preparing = false;             // the job in flight draws ahead for m_running
    QTimer m_idle;                        // single shot: starts drawing ahead
};

} // namespace trilink::maps
