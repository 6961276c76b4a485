// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QFutureWatcher>
#include <QMainWindow>

#include "maps/BaseMap.h"
#include "maps/TrackOverlay.h"

#include <optional>

class QLabel;
class QActionGroup;

namespace trilink::widgets {
class MapCanvas;
}

namespace trilink::app {

// The main window: the map, its menus and the status bar. Wiring only: it loads the base map off the GUI
// thread, hands it to the canvas and shows what the canvas reports.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void loadBaseMap();
    void onBaseMapLoaded();
    void loadCatalogue();
    void onCursorMoved(std::optional<QPointF> lonLat);
    void chooseProjection(const QString &name);
    void applyTheme(bool dark);
    void exportPicture();
    void showAbout();

    widgets::MapCanvas *m_canvas;
    QLabel *m_position;
    QLabel *m_range;
    QLabel *m_scale;
    QActionGroup *m_projections = nullptr;
    QFutureWatcher<maps::BaseMapReadResult> m_loader;
    struct CatalogueView {
        maps::TrackOverlay::Ptr overlay;
        QString summary;
    };
    QFutureWatcher<CatalogueView> m_catalogue;
    QPointF m_reference{125.7625, 39.0392}; // Pyongyang until the user picks a point
    QString m_referenceName;
};

} // namespace trilink::app
