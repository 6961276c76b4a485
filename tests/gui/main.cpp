// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/GdalSetup.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    trilink::maps::setUpGdal(); // as the program does at start-up
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The window's data and remembered settings: the build tree's data, and settings in a test location so
    // a run never reads or changes a user's.
    qputenv("TRILINK_DATA_DIR", TRILINK_BUILD_DATA_DIR);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TrilinkTests"));
    QCoreApplication::setApplicationName(QStringLiteral("trilink-gui-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
