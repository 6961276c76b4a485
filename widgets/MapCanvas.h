// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Selection.h"
#include "maps/MapSettings.h"
#include "maps/ProjectedBaseMap.h"
#include "maps/Projection.h"
#include "maps/RenderJob.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace trilink::widgets {

// The interactive map: pan by drag, zoom by wheel or keys around the cursor, projection and theme
// switching. It only keeps the view settings and shows pictures from a RenderJob; while the next picture
// renders on the worker, the last one is shown moved and scaled to the new view, so the widget never waits.
//
// Threads: GUI thread only. The RenderJob does the drawing elsewhere from a copy of the settings.
class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    // Until a cache is set the canvas shows "Loading base map…".
    void setBaseMap(std::shared_ptr<maps::ProjectedBaseMapCache> cache);
    const maps::MapSettings &settings() const { return m_settings; }
    bool hasPicture() const { return !m_image.isNull(); }
    // The last finished picture and the settings it was drawn for (the view may have moved on since).
    QImage picture() const { return m_image; }
    const maps::MapSettings &pictureSettings() const { return m_imageSettings; }

    void setProjection(const maps::ProjectionSpec &spec); // keeps the geographic centre and the scale
    void setTheme(maps::MapTheme theme);
    void setReference(std::optional<QPointF> lonLat);
    void setTracks(maps::TrackOverlay::Ptr tracks);
    // The scenario layer: the instant shown (empty: every track whole), the selected track, whose picture.
    void setTime(std::optional<double> timeMs);
    void setSelectedTrack(const QString &id);
    void setViewAs(ViewAs viewAs);
    // Follows the selection's track and view-as from now on, and selects the track the user clicks in it.
    void setSelection(Selection *selection);
    // Any other setting of the picture (layers, trail, banner, text size); the canvas keeps size and view.
    void modifySettings(const std::function<void(maps::MapSettings &)> &change);
    // How the tooltips give places (the window's View → Coordinates).
    void setCoordinateFormat(CoordinateFormat format) { m_coordinates = format; }
    // Measuring: while on, two left clicks set the ends of a geodesic whose range and bearing are drawn.
    void setMeasuring(bool on);
    bool isMeasuring() const { return m_measuring; }
    void clearMeasure();
    // Centres the view on (lon, lat), `extentKm` across if given (else at the same scale). The width asked
    // for stays across while the window settles (a dock growing narrows the canvas), until a zoom.
    void showLonLat(QPointF lonLat, std::optional<double> extentKm);
    // Moves (and if need be zooms out) so that every (lon, lat) point is in view with a margin; does nothing
    // when they already are.
    void ensureVisible(const QPolygonF &lonLat);
    // The track drawn nearest the pixel, within tolerancePx, or empty: only the part TrackLayer draws at the
    // view's time counts, so a track off the map (not launched yet, long down) cannot be clicked.
    QString trackAt(QPointF pixel, double tolerancePx = 8.0) const;
    // What a hover at the pixel shows: the sensor symbol under it (of the partners shown), else the track
    // (trackAt); empty over neither (maps/OverlayToolTip words it).
    QString toolTipAt(QPointF pixel) const;
    void zoomBy(double factor, QPointF anchorPx);
    void panBy(QPointF deltaPx);
    void resetView();
    std::optional<QPointF> lonLatAt(QPointF pixel) const;
    // The geographic centre of the view, if it is on the Earth.
    std::optional<QPointF> centreLonLat() const;

    static constexpr double kMinMetresPerPixel = 20.0;
    static constexpr double kMaxMetresPerPixel = 40000.0;

signals:
    void cursorMoved(std::optional<QPointF> lonLat);
    void referencePicked(QPointF lonLat);
    void viewChanged(const trilink::maps::MapSettings &settings);
    void trackClicked(const QString &id);
    void measureChanged(std::optional<QLineF> lonLat);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void changed();
    void onRendered(const QImage &image, const maps::MapSettings &settings);

    maps::MapSettings m_settings;
    std::optional<double> m_spanKm; // the width showLonLat was asked for, kept across resizes until a zoom
    CoordinateFormat m_coordinates = CoordinateFormat::Degrees;
    std::shared_ptr<maps::ProjectedBaseMapCache> m_cache;
    std::unique_ptr<maps::RenderJob> m_job;
    std::unique_ptr<maps::Projection> m_projection; // GUI-thread instance for cursor read-outs
    QImage m_image;
    maps::MapSettings m_imageSettings;
    std::optional<QPointF> m_dragFrom;
    QPointF m_pressAt;
    bool m_measuring = false;
    QPointer<Selection> m_selection;
    std::optional<QPointF> m_measureStart;
};

} // namespace trilink::widgets
