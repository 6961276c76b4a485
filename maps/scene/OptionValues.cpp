// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/scene/OptionValues.h"

#include "core/Units.h"

#include <QRegularExpression>

#include <cmath>

namespace trilink::maps {
namespace {
constexpr int kMaxSide = 16384;
}

std::optional<QSize> parseSize(const QString &text, QString &error)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,6})\\s*[xX×]\\s*(\\d{1,6})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        error = QStringLiteral("size '%1' is not WIDTHxHEIGHT in pixels, such as 1920x1080").arg(text);
        return std::nullopt;
    }
    const int w = m.captured(1).toInt(), h = m.captured(2).toInt();
    if (w < 16 || h < 16 || w > kMaxSide || h > kMaxSide) {
        error = QStringLiteral("size %1x%2 is out of range (16 to %3 pixels a side)").arg(w).arg(h).arg(kMaxSide);
        return std::nullopt;
    }
    return QSize(w, h);
}

std::optional<QPointF> parseLonLat(const QString &text, QString &error)
{
    const QStringList parts = text.split(QLatin1Char(','));
    bool okLon = false, okLat = false;
    const double lon = parts.size() == 2 ? parts[0].trimmed().toDouble(&okLon) : 0;
    const double lat = parts.size() == 2 ? parts[1].trimmed().toDouble(&okLat) : 0;
    if (!okLon || !okLat || !std::isfinite(lon) || !std::isfinite(lat)) {
        error = QStringLiteral("centre '%1' is not LON,LAT in degrees, such as %2,%3").arg(text).arg(region::kDefaultLon).arg(region::kDefaultLat);
        return std::nullopt;
    }
    if (lon < -180 || lon > 360 || lat < -90 || lat > 90) {
        error = QStringLiteral("centre %1 is off the Earth (longitude -180..360, latitude -90..90)").arg(text);
        return std::nullopt;
    }
    return QPointF(std::remainder(lon, 360.0), lat);
}

std::optional<double> parsePositive(const QString &text, double max, QString &error)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || v <= 0 || v > max) {
        error = QStringLiteral("'%1' is not a number above 0 and at most %2").arg(text).arg(max);
        return std::nullopt;
    }
    return v;
}

} // namespace trilink::maps
