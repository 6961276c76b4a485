// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"
#include "core/Units.h"

#include <QColor>
#include <QFont>
#include <QFontMetrics>
#include <QRect>
#include <QString>

#include <array>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

class QPainter;
class QPaintDevice;

namespace trilink::maps {

// Where a radar's coverage cuts the selected trajectory: the instant the visibility model's answer for that
// sensor changes, refined between the 1 s samples by bisection on the interpolated state.
struct CoverageEdge {
    QString sensorId;
    Partner partner = Partner::USA;
    double timeS = 0; // since launch
    bool entering = true;
    double altM = 0;
    double groundRangeKm = 0; // along the ground track from the launch point
    bool notional = false;    // the sensor's position is notional
};

// A track in profile, drawn onto any QPainter inside a given rectangle: altitude (km) against ground range
// along the track (km) or against time since launch. The curve is coloured by flight phase; apogee is marked
// and labelled; an optional current instant is a marker with its T+ time and altitude; under the plot one
// thin bar per partner shows who held the track (only the partners in the view); the radars' coverage edges
// are short ticks on the curve in the partner's colour, labelled where room allows. The side view dock and
// the one-page brief both draw through here, so they show the same picture.
//
// setTrack() works out the ground ranges (PROJ geodesics), the held spans and the coverage edges
// (VisibilityModel per sample, bisected); paint() only maps them to the rectangle. Lengths are "pixels" of
// the dock at scale 1, times Style::lengthScale; fonts are measured on the device they are drawn on.
// Threads: one object per thread; it keeps a pointer to the track, which must outlive it.
class SideViewPainter {
public:
    enum class Mode { GroundRange, Time };
    static constexpr int kMaxEdgeLabels = 6;

    struct Style {
        QFont font;                 // base font (point size); scaled by fontScale
        double fontScale = 1.0;     // on the base font's point size
        double lengthScale = 1.0;   // margins, ticks, markers and widths: dock pixels to device units
        double lineScale = 1.0;     // hairlines and corner radii (unscaled in the dock)
        QColor text = Qt::black;    // palette Text
        QColor base = Qt::white;    // palette Base: the background
        int headerMinHeight = 0;    // the header row is at least this tall (the dock's mode button)
        int headerReserveRight = 0; // device units kept free at the header's right end (the mode button)
        bool showTitle = true;      // "id · label" at the header's left
    };

    void setStyle(const Style &style) { m_style = style; }
    const Style &style() const { return m_style; }
    // The profile of `track` (null clears) with the held spans and coverage edges of `viewAs`'s sensors.
    void setTrack(const ScenarioTrack *track, const SensorLaydown &laydown, ViewAs viewAs);
    const ScenarioTrack *track() const { return m_track; }
    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }
    // Altitude and ground range (axes, labels, ticks at round values) in these units; metric by default.
    void setUnits(const UnitSystem &units) { m_units = units; }
    const UnitSystem &units() const { return m_units; }
    const std::vector<CoverageEdge> &coverageEdges() const { return m_edges; }

    // The plot's frame (axes) inside `area`, laid out with fonts measured on `device`.
    QRect plotRect(const QRect &area, const QPaintDevice *device) const;
    // Device point of the trajectory at timeS after launch (clamped to the flight); (0, 0) without a track.
    QPointF pointFor(const QRect &area, const QPaintDevice *device, double timeS) const;
    double groundRangeKmAt(double timeS) const;
    // The time since launch whose point of the curve lies at device x (clamped to the flight); nullopt
    // without a track or left or right of the plot.
    std::optional<double> timeAtX(const QRect &area, const QPaintDevice *device, double x) const;

    // An axis's labels as drawn: the value in the axis's unit (kft, nm, s), where its gridline meets the
    // axis (device units) and its text.
    struct AxisTick {
        double value = 0;
        QPointF at;
        QString text;
    };
    std::vector<AxisTick> altitudeTicks(const QRect &area, const QPaintDevice *device) const;
    std::vector<AxisTick> alongTicks(const QRect &area, const QPaintDevice *device) const;

    // The whole picture in `area` on the painter's device; currentTimeS (since launch) places the marker,
    // none or outside the flight draws no marker. `emptyText` is shown without a track.
    void paint(QPainter &p, const QRect &area, std::optional<double> currentTimeS, const QString &emptyText) const;

private:
    // The layout for one paint or one query: area, device metrics and derived rectangles.
    struct Frame;
    Frame frame(const QRect &area, const QPaintDevice *device) const;
    QFont scaledFont(double factor = 1.0, bool bold = false) const;
    int scaled(double px) const { return static_cast<int>(std::lround(px * m_style.lengthScale)); }
    double xValueAt(double timeS) const; // km or s, by mode
    double xMax() const { return m_mode == Mode::Time ? m_timeMaxS : m_rangeMaxKm; }
    QPointF toPixel(const Frame &f, double xValue, double altKm) const;
    QPointF pointAt(const Frame &f, double timeS) const;
    void findCoverageEdges(const SensorLaydown &laydown, ViewAs viewAs);
    void paintHeader(QPainter &p, const Frame &f) const;
    void paintAxes(QPainter &p, const Frame &f) const;
    std::vector<AxisTick> altitudeTicks(const Frame &f) const;
    std::vector<AxisTick> alongTicks(const Frame &f) const;
    void paintCurve(QPainter &p, const Frame &f) const;
    void paintHeldStrip(QPainter &p, const Frame &f) const;
    void paintMarkers(QPainter &p, const Frame &f, std::optional<double> currentTimeS, std::vector<QRectF> &used) const;
    void paintEdges(QPainter &p, const Frame &f, std::vector<QRectF> &used) const;

    Style m_style;
    Mode m_mode = Mode::GroundRange;
    UnitSystem m_units;
    const ScenarioTrack *m_track = nullptr;
    ViewAs m_viewAs;
    std::vector<double> m_rangeKm; // per sample, cumulative along the ground track
    // Axis extents, with room for the apogee label above the curve; the ticks are chosen when painting.
    double m_rangeMaxKm = 1, m_timeMaxS = 1, m_altMaxKm = 1;
    std::vector<CoverageEdge> m_edges;
    std::array<std::vector<std::pair<double, double>>, kPartnerCount> m_heldS; // per partner, [start, end) s
};

} // namespace trilink::maps
