// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QPointF>
#include <QWidget>

#include <functional>
#include <vector>

namespace trilink::app {

// One grab handle of a scenario launch on the map: its site or its impact point, in the canvas's pixels.
struct LaunchHandle {
    int launch = -1;
    bool impact = false;
    QPointF pixel;
};

// The grab handles of the launches being authored, drawn over the map canvas (a child of it, transparent to
// the mouse, so the canvas and ScenarioEditor keep every event): a square on each site, a ring on each impact
// point and a thin dashed line between them, the handle under the mouse drawn larger. What it draws comes from
// `handles` each time it paints; the editor calls update() when the document, the view or the hover changes.
// Threads: GUI thread.
class LaunchHandles : public QWidget {
public:
    LaunchHandles(QWidget *canvas, std::function<std::vector<LaunchHandle>()> handles);
    void setHover(int launch, bool impact); // -1: none
    bool eventFilter(QObject *watched, QEvent *event) override; // follows the canvas's size

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::function<std::vector<LaunchHandle>()> m_handles;
    int m_hoverLaunch = -1;
    bool m_hoverImpact = false;
};

} // namespace trilink::app
