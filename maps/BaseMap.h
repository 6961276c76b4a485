// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QPolygonF>
#include <QString>

#include <memory>
#include <vector>

namespace trilink::maps {

struct Place {
    QString name;
    QString kind;    // "capital", "city" or "territory"
    QString country; // ISO 3166 alpha-3
    int rank = 3;    // 1 = labelled first
    double lon = 0;
    double lat = 0;
};

// The base layers in geographic degrees (x = lon, y = lat), as read from the bundled GeoPackage.
// Immutable once read: render jobs on worker threads share it through BaseMapData::Ptr.
struct BaseMapData {
    using Ptr = std::shared_ptr<const BaseMapData>;
    std::vector<QPolygonF> landRings; // outer rings and holes; filled with the odd-even rule
    std::vector<QPolygonF> coastlines;
    std::vector<QPolygonF> borders;
    std::vector<QPolygonF> admin1;
    std::vector<Place> places;
    QString sourcePath;

    std::size_t vertexCount() const;
};

struct BaseMapReadResult {
    BaseMapData::Ptr data; // null when the file could not be read
    QString error;         // "file: what is wrong" when data is null
};

// Reads the bundled base map with GDAL/OGR. Opens its own dataset, so it may run on any thread.
BaseMapReadResult readBaseMap(const QString &path);

} // namespace trilink::maps
