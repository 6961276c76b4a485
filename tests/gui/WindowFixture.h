// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "app/gui/MainWindow.h"

#include <QSignalSpy>

#include <map>
#include <utility>

// A main window of `size`, shown, with the catalogue modelled: one per size for the test program, since
// modelling the catalogue takes half a second.
inline trilink::app::MainWindow &readyWindow(QSize size)
{
    static std::map<std::pair<int, int>, trilink::app::MainWindow *> windows;
    auto *&w = windows[{size.width(), size.height()}];
    if (!w) {
        w = new trilink::app::MainWindow;
        // A first run maximizes to the screen (the offscreen one is 800x600); the tests ask for their size.
        w->setWindowState(Qt::WindowNoState);
        w->resize(size);
        w->show();
        QSignalSpy ready(w, &trilink::app::MainWindow::scenarioReady);
        if (!w->scenario())
            ready.wait(30000);
    }
    return *w;
}
