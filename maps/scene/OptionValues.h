// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QPointF>
#include <QSize>
#include <QString>

#include <optional>

namespace trilink::maps {

// Readers of option values (the scene's options and the commands' own). Each returns nullopt and sets
// `error` to a one-line reason on a bad value.
std::optional<QSize> parseSize(const QString &text, QString &error);        // "1920x1080", up to 16384 a side
std::optional<QPointF> parseLonLat(const QString &text, QString &error);    // "LON,LAT" in degrees
std::optional<double> parsePositive(const QString &text, double max, QString &error);

} // namespace trilink::maps
