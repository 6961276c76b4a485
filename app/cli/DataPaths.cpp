// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/DataPaths.h"

#include <QCoreApplication>
#include <QDir>

namespace trilink::cli {

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

} // namespace trilink::cli
