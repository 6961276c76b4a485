// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/gui/BriefingMode.h"

#include "app/gui/ApplicationTheme.h"
#include "widgets/MapCanvas.h"

#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWindow>

namespace trilink::app {

BriefingMode::BriefingMode(QMainWindow *window, widgets::MapCanvas *canvas, QLabel *topBanner, QLabel *bottomBanner)
    : QObject(window)
    , m_window(window)
    , m_canvas(canvas)
    , m_top(topBanner)
    , m_bottom(bottomBanner)
{
    for (QLabel *b : {m_top, m_bottom}) {
        b->setAlignment(Qt::AlignCenter);
        b->setAutoFillBackground(true);
        b->setStyleSheet(QStringLiteral("QLabel { background: #007A33; color: white; font-weight: bold; padding: 6px; }"));
        b->hide();
    }
    setBannerText(m_banner);
}

void BriefingMode::setStrip(QDockWidget *dock, std::function<void(double)> setFontScale)
{
    m_stripDock = dock;
    m_stripFontScale = std::move(setFontScale);
}

void BriefingMode::setBannerText(const QString &text)
{
    m_banner = text.trimmed().isEmpty() ? defaultBanner() : text.trimmed();
    m_top->setText(m_banner);
    m_bottom->setText(m_banner);
}

void BriefingMode::enter(QScreen *screen)
{
    if (m_active)
        return;
    m_active = true;
    m_geometry = m_window->saveGeometry();
    m_state = m_window->saveState();
    m_wasMaximised = m_window->isMaximized();
    m_wasDark = m_canvas->settings().theme == maps::MapTheme::Dark;
    m_textScale = m_canvas->settings().textScale;

    m_window->menuBar()->hide();
    m_window->statusBar()->hide();
    for (QToolBar *t : m_window->findChildren<QToolBar *>())
        t->hide();
    for (QDockWidget *d : m_window->findChildren<QDockWidget *>())
        d->hide();
    // The timeline's custody strip (who held the track, and when) is what the room reads with the map: it
    // moves out of its dock to sit under the map, above the bottom banner, in the briefing's type size.
    auto *centre = qobject_cast<QVBoxLayout *>(m_bottom->parentWidget()->layout());
    if (m_stripDock && m_stripDock->widget() && centre) {
        m_strip = m_stripDock->widget();
        centre->insertWidget(centre->indexOf(m_bottom), m_strip);
        m_strip->show();
        if (m_stripFontScale)
            m_stripFontScale(kTextScale);
    }
    QFont f = m_top->font();
    f.setPixelSize(26);
    f.setBold(true);
    for (QLabel *b : {m_top, m_bottom}) {
        b->setFont(f);
        b->show();
    }
    applyApplicationTheme(true);
    m_canvas->setTheme(maps::MapTheme::Dark);
    m_canvas->modifySettings([](maps::MapSettings &s) { s.textScale = kTextScale; });
    if (screen || (screen = m_window->screen())) {
        // Move to the chosen screen before going full screen, so a second display (the room's) gets it.
        if (m_window->windowHandle())
            m_window->windowHandle()->setScreen(screen);
        m_window->setGeometry(screen->geometry());
    }
    m_window->showFullScreen();
    m_canvas->setFocus();
    emit activeChanged(true);
}

void BriefingMode::leave()
{
    if (!m_active)
        return;
    m_active = false;
    for (QLabel *b : {m_top, m_bottom})
        b->hide();
    if (m_strip && m_stripDock) {
        m_stripDock->setWidget(m_strip); // back into its dock (restoreState below shows the dock again)
        if (m_stripFontScale)
            m_stripFontScale(1.0);
    }
    m_strip.clear();
    m_window->menuBar()->show();
    m_window->statusBar()->show();
    m_window->showNormal();
    m_window->restoreState(m_state);
    m_window->restoreGeometry(m_geometry);
    if (m_wasMaximised)
        m_window->showMaximized();
    applyApplicationTheme(m_wasDark);
    m_canvas->setTheme(m_wasDark ? maps::MapTheme::Dark : maps::MapTheme::Light);
    const double scale = m_textScale;
    m_canvas->modifySettings([scale](maps::MapSettings &s) { s.textScale = scale; });
    emit activeChanged(false);
}

} // namespace trilink::app
