// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "tests/OffscreenMain.h"

#include <benchmark/benchmark.h>

// Runs the registered benchmarks inside a Qt application of type App (QGuiApplication, or QApplication for
// the widgets), on the offscreen platform unless QT_QPA_PLATFORM names another.
template <class App>
int runBenchmarks(int argc, char **argv)
{
    return runOffscreen<App>(argc, argv, [](int &count, char **values) {
        benchmark::Initialize(&count, values);
        benchmark::RunSpecifiedBenchmarks();
        benchmark::Shutdown();
        return 0;
    });
}
