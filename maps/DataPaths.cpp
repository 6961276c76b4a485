// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/DataPaths.h"

#include <QCoreApplication>
#include <QDir>

namespace trilink::maps {

QString dataDir()
{
    const QString env = qEnvironmentVariable("TRILINK_DATA_DIR");
    if (!env.isEmpty())
        return QDir::cleanPath(env);
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../") + QStringLiteral(TRILINK_DATA_SUBDIR));
}

QString baseMapPath()
{
    return dataDir() + QStringLiteral("/basemap/trilink-basemap.gpkg");
}

} // namespace trilink::maps
