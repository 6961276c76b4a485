// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Text.h"

#include <QByteArray>
#include <QPointer>

#include <functional>
#include <QObject>
#include <QString>

class QDockWidget;
class QLabel;
class QMainWindow;
class QScreen;

namespace trilink::widgets {
class MapCanvas;
}

namespace trilink::app {

// Briefing mode: the map full screen on the chosen screen for a room, docks and chrome hidden, large type,
// the dark theme, and a releasability banner top and bottom. Leaving restores the window as it was.
class BriefingMode : public QObject {
    Q_OBJECT
public:
    static constexpr double kTextScale = 1.7;

    BriefingMode(QMainWindow *window, widgets::MapCanvas *canvas, QLabel *topBanner, QLabel *bottomBanner);
    // The dock whose content (the timeline and its custody strip) briefing mode shows under the map, above
    // the bottom banner, in the briefing's type size (`setFontScale`: called with kTextScale, then 1).
    void setStrip(QDockWidget *dock, std::function<void(double)> setFontScale);

    bool isActive() const { return m_active; }
    void enter(QScreen *screen = nullptr); // null: the screen the window is on
    void leave();
    void toggle() { m_active ? leave() : enter(); }

    QString bannerText() const { return m_banner; }
    void setBannerText(const QString &text);
    // The briefing loop: play each launch of the scenario in turn (the window does the stepping).
    bool loops() const { return m_loop; }
    void setLoop(bool loop) { m_loop = loop; }

    static QString defaultBanner() { return text::defaultBanner(); }

signals:
    void activeChanged(bool active);

private:
    QMainWindow *m_window;
    widgets::MapCanvas *m_canvas;
    QLabel *m_top;
    QLabel *m_bottom;
    bool m_active = false;
    bool m_loop = false;
    QString m_banner = defaultBanner();
    QPointer<QDockWidget> m_stripDock;
    QPointer<QWidget> m_strip; // the dock's content, under the map while briefing
    std::function<void(double)> m_stripFontScale;
    QByteArray m_geometry;
    QByteArray m_state;
    bool m_wasMaximised = false;
    bool m_wasDark = true;
    double m_textScale = 1.0;
};

} // namespace trilink::app
