// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"
#include "core/TrackFilter.h"
#include "core/YearReview.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QToolButton;

namespace trilink::widgets {

// The year in review in a dock: a period (the whole record or one year), the list of its charts and the
// chosen one drawn with Qt Charts, so a bar or a box says its value under the pointer and a click on a bar
// filters the tracks to that year (or month) and class, or to the flights that partner missed alone; with a
// summary line of the period above. Export writes the chart as PNG or SVG through maps::ChartPainter (the
// same picture as `trilink stats --out`) and its data as CSV.
//
// The review is computed from the scenario on a worker (YearReview::compute takes a tenth of a second for
// the whole record); the panel shows the last one and replaces it when a newer one arrives.
// Threads: GUI thread only (the worker gets a copy of the scenario pointer and the year).
class StatisticsPanel : public QWidget {
    Q_OBJECT
public:
    explicit StatisticsPanel(QWidget *parent = nullptr);
    ~StatisticsPanel() override;

    void setScenario(Scenario::Ptr scenario);
    // nullopt: the whole record.
    void setYear(std::optional<int> year);
    std::optional<int> year() const { return m_year; }
    // The chart shown, by id (YearReview's chart ids); an unknown id leaves the choice as it is.
    void showChart(const QString &id);
    QString chartId() const;
    void setDarkTheme(bool dark);

    const YearReview *review() const { return m_review.get(); }
    QChart *chart() const;
    QComboBox *yearBox() const { return m_yearBox; }
    QListWidget *chartList() const { return m_list; }

    // Writes the chart shown: PNG or SVG by the file's extension, or its data for ".csv". False with
    // `error` set when it cannot.
    bool exportChart(const QString &path, QString &error) const;

signals:
    // The user clicked a bar: show those tracks (the window applies it to the track list and the map).
    void filterRequested(const trilink::TrackFilter &filter);
    // A newer review is shown.
    void reviewReady();

private:
    void recompute();
    void onComputed();
    void rebuildChart();
    void fillYears();

    Scenario::Ptr m_scenario;
    std::optional<int> m_year;
    std::shared_ptr<const YearReview> m_review;
    QFutureWatcher<std::shared_ptr<const YearReview>> m_watcher;
    bool m_recomputePending = false;
    bool m_dark = false;
    QString m_chartId = QStringLiteral("launches");

    QComboBox *m_yearBox = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_list = nullptr;
    QChartView *m_view = nullptr;
    QToolButton *m_export = nullptr;
};

} // namespace trilink::widgets
