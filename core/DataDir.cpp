// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/DataDir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace trilink {

QString dataDir()
{
    const QString env = qEnvironmentVariable("TRILINK_DATA_DIR");
    if (!env.isEmpty())
        return QDir::cleanPath(env);
    // Without a QCoreApplication (a test or benchmark main), the program's own path from /proc.
    const QString bin = QCoreApplication::instance() ? QCoreApplication::applicationDirPath()
                                                     : QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath().section(u'/', 0, -2);
    return QDir::cleanPath(bin + QStringLiteral("/../") + QStringLiteral(TRILINK_DATA_SUBDIR));
}

} // namespace trilink
