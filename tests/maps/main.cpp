// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include <QGuiApplication>

#include <gtest/gtest.h>

// Rendering needs fonts and a QGuiApplication; CTest runs this on the offscreen platform.
int main(int argc, char **argv)
{
    // CTest sets the offscreen platform; test discovery at build time does not, so default to it here.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
