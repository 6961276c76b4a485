// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/BaseMap.h"
#include "maps/ProjectedBaseMap.h"

// The bundled base map as the build installs it, read once per test program and projected on demand: the
// data `trilink` itself draws.
inline const QString &bundledBaseMapPath()
{
    static const QString path = QStringLiteral(TRILINK_BUILD_DATA_DIR "/basemap/trilink-basemap.gpkg");
    return path;
}

inline trilink::maps::ProjectedBaseMapCache &bundledBaseMap()
{
    static trilink::maps::ProjectedBaseMapCache cache(trilink::maps::readBaseMap(bundledBaseMapPath()).data);
    return cache;
}
