// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/layers/Layers.h"

#include <QPainter>

#include <cmath>

namespace trilink::maps {

double BannerLayer::height(const MapSettings &settings, const MapStyle &style)
{
    return settings.banner.isEmpty() ? 0.0 : std::round(style.place.bannerHeight * settings.uiScale());
}

QRectF BannerLayer::freeFrame(const MapSettings &settings, const MapStyle &style)
{
    const double h = height(settings, style);
    return QRectF(0, h, settings.size.width(), settings.size.height() - 2 * h);
}

void BannerLayer::draw(LayerContext &c) const
{
    if (c.settings.banner.isEmpty())
        return;
    const double h = height(c.settings, c.style);
    const QFont f = c.labels.font(c.style.type.banner);
    const QSize size = c.settings.size;
    for (const QRectF strip : {QRectF(0, 0, size.width(), h), QRectF(0, size.height() - h, size.width(), h)}) {
        c.painter.fillRect(strip, c.style.colour.banner);
        c.painter.setPen(c.style.colour.bannerText);
        c.painter.setFont(f);
        c.painter.drawText(strip, Qt::AlignCenter, c.settings.banner);
    }
}

} // namespace trilink::maps
