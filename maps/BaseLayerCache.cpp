// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/BaseLayerCache.h"

namespace trilink::maps {

QImage BaseLayerCache::find(const MapSettings &settings) const
{
    std::lock_guard lock(m_mutex);
    return m_key && *m_key == settings.still() ? m_image : QImage();
}

void BaseLayerCache::store(const MapSettings &settings, const QImage &image)
{
    std::lock_guard lock(m_mutex);
    m_key = settings.still();
    m_image = image;
}

} // namespace trilink::maps
