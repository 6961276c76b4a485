// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/DataPaths.h"

#include "core/DataDir.h"

namespace trilink::maps {

QString dataDir()
{
    return trilink::dataDir();
}

QString baseMapPath()
{
    return dataDir() + QStringLiteral("/basemap/trilink-basemap.gpkg");
}

} // namespace trilink::maps
