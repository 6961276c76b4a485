// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/RenderJob.h"

#include "maps/MapRenderer.h"

#include <QtConcurrent/QtConcurrentRun>

namespace trilink::maps {

RenderJob::RenderJob(std::shared_ptr<ProjectedBaseMapCache> cache, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_layers(std::make_shared<BaseLayerCache>(true))
{
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, &RenderJob::onFinished);
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleMs);
    connect(&m_idle, &QTimer::timeout, this, &RenderJob::prepare);
}

RenderJob::~RenderJob()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void RenderJob::request(const MapSettings &settings)
{
    m_idle.stop();
    if (m_preparing) {
        // Drawing ahead is never worth a wait: stop it, and draw this next.
        m_pending = settings;
        m_cancel->store(true);
        return;
    }
    if (m_running) {
        if (*m_running == settings)
            return;
        m_pending = settings;
        // Only a change of the still part makes the running work useless. With the same still part the
        // running job either finishes fast (the still part cached) or is drawing the still part the next
        // request needs too: cancelling it then would starve the picture while the clock moves every frame
        // (a live feed's new tracks while playing, a theme change during playback).
        if (m_running->still() != settings.still())
            m_cancel->store(true);
        return;
    }
    start(settings);
}

void RenderJob::start(const MapSettings &settings)
{
    m_running = settings;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // The worker gets its own copies and shared pointers: nothing here is touched while it runs.
    m_watcher.setFuture(QtConcurrent::run([cache = m_cache, layers = m_layers, settings, cancel = m_cancel] {
        return MapRenderer::renderImage(settings, *cache, cancel.get(), layers.get());
    }));
}

void RenderJob::prepare()
{
    if (!m_shown || m_running)
        return;
    m_running = *m_shown;
    m_preparing = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run([cache = m_cache, layers = m_layers, settings = *m_shown, cancel = m_cancel] {
        if (const auto base = cache->get(settings.projection, cancel.get()))
            layers->prepareNeighbours(settings, *base, *cache->data(), cancel.get());
        return QImage();
    }));
}

void RenderJob::onFinished()
{
    const MapSettings done = *m_running;
    const bool cancelled = m_cancel->load();
    const bool prepared = m_preparing;
    const QImage image = m_watcher.result();
    m_running.reset();
    m_preparing = false;
    if (m_pending) {
        const MapSettings next = *m_pending;
        m_pending.reset();
        start(next);
    }
    if (prepared || cancelled || image.isNull())
        return;
    m_shown = done;
    if (!m_running)
        m_idle.start();
    emit rendered(image, done);
}

} // namespace trilink::maps
