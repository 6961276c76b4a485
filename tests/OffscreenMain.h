// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QByteArray>
#include <QtGlobal>

// Runs `run(argc, argv)` (a test or benchmark program's work) inside a Qt application of type App
// (QGuiApplication for rendering, which needs fonts; QApplication for widgets). CTest sets the offscreen
// platform; test discovery at build time and a benchmark run by hand do not, so it defaults to it here.
template <class App, class Run>
int runOffscreen(int argc, char **argv, Run run)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    App app(argc, argv);
    return run(argc, argv);
}

